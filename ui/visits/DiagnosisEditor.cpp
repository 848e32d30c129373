#include "DiagnosisEditor.h"

#include "SearchPicker.h"
#include "bhu/domain/ReferenceData.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace bhu::ui {

DiagnosisEditor::DiagnosisEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("diagnosisEditor"));
    m_picker = new SearchPicker(
        [](const QString& text) {
            QList<SearchPicker::Suggestion> out;
            for (const IcdEntry& e : ReferenceData::current()->searchDiagnoses(text, 8))
                out.append({e.code, tr("%1  %2  %3").arg(e.code, e.nameEn, e.nameUr)});
            return out;
        },
        this);
    m_picker->edit()->setObjectName(QStringLiteral("diagnosisSearch"));
    m_picker->edit()->setPlaceholderText(tr("ICD-10 code, English or Urdu name; Enter adds, Shift+Enter adds as typed"));
    m_confirmed = new QCheckBox(tr("C&onfirmed"), this);
    m_confirmed->setObjectName(QStringLiteral("diagnosisConfirmed"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("diagnosisList"));
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    m_list->installEventFilter(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_picker, 1);
    top->addWidget(m_confirmed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_list);
    setFocusProxy(m_picker);

    connect(m_picker, &SearchPicker::picked, this, [this](const QString& code) {
        const auto e = ReferenceData::current()->diagnosis(code);
        if (!e) return;
        Diagnosis d;
        d.icd10 = e->code;
        d.display = e->nameEn;
        add(d);
    });
    connect(m_picker, &SearchPicker::freeTextEntered, this, [this](const QString& text) {
        Diagnosis d;
        d.display = text;
        add(d);
    });
}

QString DiagnosisEditor::describe(const Diagnosis& d)
{
    const QString certainty = d.certainty == DiagnosisCertainty::Confirmed ? tr("confirmed") : tr("provisional");
    if (d.isUncoded()) return tr("%1 (uncoded, %2)").arg(d.display, certainty);
    return tr("%1 %2 (%3)").arg(d.icd10, d.display, certainty);
}

void DiagnosisEditor::add(Diagnosis d)
{
    d.certainty = m_confirmed->isChecked() ? DiagnosisCertainty::Confirmed : DiagnosisCertainty::Provisional;
    m_items.append(d);
    rebuild();
}

void DiagnosisEditor::setDiagnoses(const QList<Diagnosis>& d)
{
    m_items = d;
    rebuild();
}

void DiagnosisEditor::rebuild()
{
    m_list->clear();
    for (const Diagnosis& d : std::as_const(m_items)) m_list->addItem(describe(d));
}

void DiagnosisEditor::setReadOnly(bool readOnly)
{
    m_picker->setVisible(!readOnly);
    m_confirmed->setVisible(!readOnly);
    m_list->setProperty("readOnly", readOnly);
}

bool DiagnosisEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && !m_list->property("readOnly").toBool()) {
        const int row = m_list->currentRow();
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (row >= 0 && row < m_items.size() && key == Qt::Key_Space) {
            Diagnosis& d = m_items[row];
            d.certainty = d.certainty == DiagnosisCertainty::Confirmed ? DiagnosisCertainty::Provisional : DiagnosisCertainty::Confirmed;
            rebuild();
            m_list->setCurrentRow(row);
            return true;
        }
        if (row >= 0 && row < m_items.size() && key == Qt::Key_Delete) {
            m_items.removeAt(row);
            rebuild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bhu::ui
