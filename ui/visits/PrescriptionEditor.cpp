#include "PrescriptionEditor.h"

#include "SearchPicker.h"
#include "bhu/domain/ReferenceData.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace bhu::ui {

PrescriptionEditor::PrescriptionEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("prescriptionEditor"));
    m_picker = new SearchPicker(
        [](const QString& text) {
            QList<SearchPicker::Suggestion> out;
            for (const Medicine& m : ReferenceData::current()->searchMedicines(text, 8)) out.append({m.code, m.text()});
            return out;
        },
        this);
    m_picker->edit()->setObjectName(QStringLiteral("medicineSearch"));
    m_picker->edit()->setPlaceholderText(tr("Medicine; Enter picks it"));
    m_details = new QWidget(this);
    auto field = [this](const char* name, int chars) {
        auto* e = new QLineEdit(m_details);
        e->setObjectName(QString::fromLatin1(name));
        e->setMinimumWidth(fontMetrics().averageCharWidth() * chars);
        e->installEventFilter(this);
        return e;
    };
    m_dose = field("rxDose", 10);
    m_frequency = field("rxFrequency", 6);
    m_duration = field("rxDuration", 4);
    m_duration->setValidator(new QIntValidator(0, 3650, m_duration));
    m_quantity = field("rxQuantity", 4);
    m_quantity->setValidator(new QIntValidator(0, 100000, m_quantity));
    // Numbers read left to right in Urdu too.
    m_duration->setLayoutDirection(Qt::LeftToRight);
    m_quantity->setLayoutDirection(Qt::LeftToRight);
    m_instructions = field("rxInstructions", 16);
    auto* row = new QHBoxLayout(m_details);
    row->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QLineEdit*>> parts{{tr("Dose"), m_dose},         {tr("Frequency"), m_frequency},
                                                      {tr("Days"), m_duration},      {tr("Quantity"), m_quantity},
                                                      {tr("Instructions"), m_instructions}};
    for (const auto& [label, edit] : parts) {
        auto* l = new QLabel(label, m_details);
        l->setBuddy(edit);
        row->addWidget(l);
        row->addWidget(edit, edit == m_instructions ? 2 : 1);
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("prescriptionList"));
    m_list->setMaximumHeight(fontMetrics().height() * 5);
    m_list->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picker);
    layout->addWidget(m_details);
    layout->addWidget(m_list);
    setFocusProxy(m_picker);

    connect(m_picker, &SearchPicker::picked, this, [this](const QString& code) {
        if (const auto m = ReferenceData::current()->medicine(code)) pick(m->defaultPrescription());
    });
    connect(m_picker, &SearchPicker::freeTextEntered, this, [this](const QString& text) {
        Prescription p;
        p.medicineName = text;
        pick(p);
    });
}

QString PrescriptionEditor::describe(const Prescription& p)
{
    const QLocale l;
    QString s = tr("%1 — %2 %3").arg(p.medicineText(), p.dose, p.frequency);
    if (p.durationDays > 0) s += tr(" × %1 days").arg(l.toString(p.durationDays));
    if (p.quantityDispensed > 0) s += tr(", %1 %2 given").arg(l.toString(p.quantityDispensed), p.dispenseUnit());
    if (!p.instructions.isEmpty()) s += tr(" (%1)").arg(p.instructions);
    return s.simplified();
}

void PrescriptionEditor::pick(const Prescription& p)
{
    m_current = p;
    m_dose->setText(p.dose);
    m_frequency->setText(p.frequency);
    m_duration->setText(p.durationDays > 0 ? QString::number(p.durationDays) : QString());
    m_quantity->clear();
    m_instructions->clear();
    m_dose->setFocus();
    m_dose->selectAll();
}

void PrescriptionEditor::addCurrent()
{
    if (m_current.medicineName.isEmpty()) {
        m_picker->setFocus();
        return;
    }
    Prescription p = m_current;
    p.dose = m_dose->text().trimmed();
    p.frequency = m_frequency->text().trimmed();
    p.durationDays = m_duration->text().toInt();
    p.quantityDispensed = m_quantity->text().toInt();
    p.instructions = m_instructions->text().trimmed();
    m_items.append(p);
    m_current = Prescription{};
    for (QLineEdit* e : {m_dose, m_frequency, m_duration, m_quantity, m_instructions}) e->clear();
    rebuild();
    m_picker->setFocus();
}

void PrescriptionEditor::setPrescriptions(const QList<Prescription>& p)
{
    m_items = p;
    rebuild();
}

void PrescriptionEditor::rebuild()
{
    m_list->clear();
    for (const Prescription& p : std::as_const(m_items)) m_list->addItem(describe(p));
}

void PrescriptionEditor::setReadOnly(bool readOnly)
{
    m_picker->setVisible(!readOnly);
    m_details->setVisible(!readOnly);
    m_list->setProperty("readOnly", readOnly);
}

bool PrescriptionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ControlModifier);
        if (enter && watched != m_list) {
            addCurrent();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Delete && !m_list->property("readOnly").toBool()) {
            const int row = m_list->currentRow();
            if (row >= 0 && row < m_items.size()) {
                m_items.removeAt(row);
                rebuild();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bhu::ui
