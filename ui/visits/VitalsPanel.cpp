#include "VitalsPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace bhu::ui {

namespace {
std::optional<double> parseNumber(const QString& text, bool* bad)
{
    *bad = false;
    const QString t = text.trimmed();
    if (t.isEmpty()) return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok) v = QLocale::c().toDouble(t, &ok);
    if (!ok) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

std::optional<double>* slot(VitalSigns& s, Vital v)
{
    switch (v) {
    case Vital::Systolic: return &s.systolic;
    case Vital::Diastolic: return &s.diastolic;
    case Vital::Pulse: return &s.pulse;
    case Vital::TemperatureC: return &s.temperatureC;
    case Vital::RespiratoryRate: return &s.respiratoryRate;
    case Vital::Spo2: return &s.spo2;
    case Vital::WeightKg: return &s.weightKg;
    case Vital::HeightCm: return &s.heightCm;
    case Vital::MuacCm: return &s.muacCm;
    case Vital::GlucoseMgDl: return &s.glucoseMgDl;
    }
    return &s.systolic;
}
} // namespace

VitalsPanel::VitalsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("vitalsPanel"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (Vital v : allVitals()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("vital_") + vitalKey(v));
        edit->setMaximumWidth(fontMetrics().averageCharWidth() * 10);
        edit->setAccessibleName(vitalName(v));
        edit->setLayoutDirection(Qt::LeftToRight);   // numbers read left to right in Urdu too
        auto* label = new QLabel(vitalName(v), this);
        label->setBuddy(edit);
        auto* unit = new QLabel(vitalUnit(v), this);
        auto* msg = new QLabel(this);
        msg->setObjectName(QStringLiteral("vitalMessage_") + vitalKey(v));
        msg->setTextFormat(Qt::PlainText);
        msg->setWordWrap(true);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(unit, row, 2);
        grid->addWidget(msg, row, 3);
        m_edits.insert(v, edit);
        m_messages.insert(v, msg);
        m_rowLabels.insert(v, label);
        m_units.insert(v, unit);
        connect(edit, &QLineEdit::editingFinished, this, &VitalsPanel::edited);
        connect(edit, &QLineEdit::textChanged, this, [this, v] {
            setMessage(v, QString(), QColor());
            updateBmi();
        });
        ++row;
    }
    m_bmi = new QLabel(this);
    m_bmi->setObjectName(QStringLiteral("bmiLabel"));
    grid->addWidget(new QLabel(tr("BMI"), this), row, 0);
    grid->addWidget(m_bmi, row, 1, 1, 3);
    grid->setColumnStretch(3, 1);
    updateBmi();
}

QWidget* VitalsPanel::firstField() const
{
    return m_edits.value(Vital::Systolic);
}

void VitalsPanel::setVitals(const std::optional<VitalSigns>& v)
{
    const VitalSigns s = v.value_or(VitalSigns{});
    for (Vital k : allVitals()) {
        const auto value = vitalValue(s, k);
        m_edits.value(k)->setText(value ? QLocale().toString(*value, 'g', 6) : QString());
        setMessage(k, QString(), QColor());
    }
    updateBmi();
}

std::optional<VitalSigns> VitalsPanel::vitals(QList<VitalError>* errors) const
{
    VitalSigns s;
    for (Vital v : allVitals()) {
        bool bad = false;
        *slot(s, v) = parseNumber(m_edits.value(v)->text(), &bad);
        if (bad && errors)
            errors->append(VitalError{v, Error::make(ErrorCode::Invalid, tr("Type a number in %1.").arg(vitalUnit(v)))});
    }
    if (errors) errors->append(checkVitals(s).errors);
    if (s.isEmpty()) return std::nullopt;
    return s;
}

bool VitalsPanel::showErrors()
{
    QList<VitalError> errors;
    vitals(&errors);
    for (Vital v : allVitals()) setMessage(v, QString(), QColor());
    for (const VitalError& e : errors) setMessage(e.vital, e.error.message, QColor(0xb0, 0x1c, 0x1c));
    return errors.isEmpty();
}

void VitalsPanel::showFlags(const QList<VitalFlag>& flags)
{
    for (const VitalFlag& f : flags) {
        QColor c = f.severity == VitalSeverity::Critical  ? QColor(0xc6, 0x28, 0x28)
                   : f.severity == VitalSeverity::Warning ? QColor(0xb3, 0x6b, 0x00)
                                                          : QColor(0x1f, 0x5f, 0x99);
        setMessage(f.vital, f.message, c);
        QLineEdit* e = m_edits.value(f.vital);
        e->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(c.name()));
    }
}

void VitalsPanel::setMessage(Vital v, const QString& text, const QColor& colour)
{
    QLabel* l = m_messages.value(v);
    QPalette p = l->palette();
    if (colour.isValid()) p.setColor(QPalette::WindowText, colour);
    l->setPalette(p);
    l->setText(text);
    if (text.isEmpty()) m_edits.value(v)->setStyleSheet(QString());
    else if (colour.isValid()) m_edits.value(v)->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(colour.name()));
}

void VitalsPanel::setChild(bool child)
{
    for (QWidget* w : {static_cast<QWidget*>(m_edits.value(Vital::MuacCm)), m_rowLabels.value(Vital::MuacCm),
                       static_cast<QWidget*>(m_units.value(Vital::MuacCm)), static_cast<QWidget*>(m_messages.value(Vital::MuacCm))})
        w->setVisible(child);
}

void VitalsPanel::setReadOnly(bool readOnly)
{
    for (QLineEdit* e : std::as_const(m_edits)) e->setReadOnly(readOnly);
}

void VitalsPanel::updateBmi()
{
    VitalSigns s;
    bool bad = false;
    s.weightKg = parseNumber(m_edits.value(Vital::WeightKg)->text(), &bad);
    s.heightCm = parseNumber(m_edits.value(Vital::HeightCm)->text(), &bad);
    const auto bmi = s.bmi();
    m_bmi->setText(bmi ? tr("%1 kg/m²").arg(QLocale().toString(*bmi, 'f', 1)) : tr("—"));
}

} // namespace bhu::ui
