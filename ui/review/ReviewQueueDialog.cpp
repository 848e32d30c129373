#include "ReviewQueueDialog.h"

#include "patients/PatientText.h"
#include "patients/SessionAccess.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
struct Row {
    const char* field;   // the registry's field name (agrees / differs)
    QString label;
    std::function<QString(const Patient&)> text;
};
} // namespace

ReviewQueueDialog::ReviewQueueDialog(std::shared_ptr<SessionAccess> access, ListFn list, services::ReviewDecideFn send, QWidget* parent)
    : QDialog(parent), m_access(std::move(access)), m_list(std::move(list)), m_decide(std::move(send))
{
    setObjectName(QStringLiteral("reviewQueueDialog"));
    setWindowTitle(tr("Possible duplicate patients"));
    m_pairs = new QListWidget(this);
    m_pairs->setObjectName(QStringLiteral("reviewPairs"));
    m_side = new QTableWidget(this);
    m_side->setObjectName(QStringLiteral("reviewSideBySide"));
    m_side->setColumnCount(2);
    m_side->setHorizontalHeaderLabels({tr("Record A"), tr("Record B")});
    m_side->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_side->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* buttons = new QHBoxLayout;
    const std::pair<QString, services::ReviewDecision> choices[] = {
        {tr("&Same person (merge)"), services::ReviewDecision::Same},
        {tr("&Different people"), services::ReviewDecision::Different},
        {tr("&Not sure"), services::ReviewDecision::Unsure}};
    const char* names[] = {"reviewSame", "reviewDifferent", "reviewUnsure"};
    for (int i = 0; i < 3; ++i) {
        auto* b = new QPushButton(choices[i].first, this);
        b->setObjectName(QString::fromLatin1(names[i]));
        b->setAutoDefault(false);
        const services::ReviewDecision d = choices[i].second;
        connect(b, &QPushButton::clicked, this, [this, d] { decide(d); });
        buttons->addWidget(b);
        m_decisions << b;
    }
    buttons->addStretch(1);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    buttons->addWidget(refresh);
    buttons->addWidget(close);

    auto* body = new QHBoxLayout;
    body->addWidget(m_pairs, 1);
    body->addWidget(m_side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(900, 500);

    connect(m_pairs, &QListWidget::currentRowChanged, this, &ReviewQueueDialog::showPair);
    connect(refresh, &QPushButton::clicked, this, &ReviewQueueDialog::reload);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

void ReviewQueueDialog::reload()
{
    m_pairs->clear();
    m_page = {};
    auto e = m_access->runWith<services::ReviewQueueService>([](services::ReviewQueueService& s) { return s.enrolment(); });
    auto page = e.ok() ? m_list(e.value()) : Result<sync::ReviewPage>(e.error());
    if (!page.ok()) {
        m_status->setText(page.error().message);
        showPair(-1);
        return;
    }
    m_page = page.value();
    for (const sync::ReviewCandidate& c : m_page.pairs)
        m_pairs->addItem(tr("%1 — %2 / %3").arg(QLocale().toString(c.score, 'f', 2), c.a.name, c.b.name));
    m_status->setText(m_page.pairs.isEmpty() ? tr("No pairs wait for review.")
                                             : tr("%n pair(s) wait for review.", nullptr, m_page.total));
    m_pairs->setCurrentRow(m_page.pairs.isEmpty() ? -1 : 0);
    showPair(m_pairs->currentRow());
}

void ReviewQueueDialog::showPair(int row)
{
    for (QPushButton* b : m_decisions) b->setEnabled(row >= 0);
    m_side->setRowCount(0);
    if (row < 0 || row >= m_page.pairs.size()) return;
    const sync::ReviewCandidate& c = m_page.pairs.at(row);
    const QList<Row> rows{
        {"name", tr("Name"), [](const Patient& p) { return p.name; }},
        {"guardian", tr("Guardian"), [](const Patient& p) { return PatientText::guardian(p.relation, p.guardianName); }},
        {"sex", tr("Sex"), [](const Patient& p) { return PatientText::sexName(p.sex); }},
        {"birthDate", tr("Age"), [](const Patient& p) { return PatientText::age(p.birthDate, p.birthDateEstimated, PatientText::today()); }},
        {"phone", tr("Phone"), [](const Patient& p) { return PatientText::phone(p.phone); }},
        {"cnic", tr("CNIC / B-form"), [](const Patient& p) { return PatientText::cnic(PatientText::nationalIdOf(p)); }},
        {"address.village", tr("Village"), [](const Patient& p) { return PatientText::village(p.address); }},
        {"mr", tr("MR number"), [](const Patient& p) { return PatientText::mr(p.mrNumber()); }},
        {"facility", tr("Registered at"), [](const Patient& p) { return p.facilityCode; }}};
    m_side->setRowCount(static_cast<int>(rows.size()));
    QStringList labels;
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        labels << r.label;
        const bool differs = c.differs.contains(QString::fromLatin1(r.field));
        for (int col = 0; col < 2; ++col) {
            auto* item = new QTableWidgetItem((col == 0 ? r.text(c.a) : r.text(c.b)));
            if (differs) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("Differs"));
            }
            m_side->setItem(i, col, item);
        }
    }
    m_side->setVerticalHeaderLabels(labels);
    m_status->setText(tr("Score %1. Agree: %2. Differ: %3.")
                          .arg(QLocale().toString(c.score, 'f', 2), c.agrees.join(QStringLiteral(", ")), c.differs.join(QStringLiteral(", "))));
}

void ReviewQueueDialog::decide(services::ReviewDecision d)
{
    const int row = m_pairs->currentRow();
    if (row < 0 || row >= m_page.pairs.size()) return;
    const qint64 id = m_page.pairs.at(row).id;
    const Status s = m_access->runWith<services::ReviewQueueService>([&](services::ReviewQueueService& svc) { return svc.decide(id, d, m_decide); });
    if (!s.ok()) {
        m_status->setText(s.error().message);
        return;
    }
    reload();
}

} // namespace bhu::ui
