#include "AgeInput.h"

#include "PatientText.h"
#include "bhu/domain/Age.h"
#include "bhu/domain/DigitText.h"

#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace bhu::ui {

AgeInput::AgeInput(QWidget* parent) : QWidget(parent), m_today(PatientText::today())
{
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("birthDateEdit"));
    m_date->setAccessibleName(tr("Date of birth"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy"));
    m_date->setMaxLength(12);
    // Dates and numbers read left to right in Urdu too.
    m_date->setLayoutDirection(Qt::LeftToRight);
    m_years = new QLineEdit(this);
    m_years->setObjectName(QStringLiteral("ageYearsEdit"));
    m_years->setAccessibleName(tr("Age in years"));
    m_years->setValidator(new QIntValidator(0, 120, m_years));
    m_years->setMaxLength(3);
    m_years->setLayoutDirection(Qt::LeftToRight);
    m_months = new QLineEdit(this);
    m_months->setObjectName(QStringLiteral("ageMonthsEdit"));
    m_months->setAccessibleName(tr("Age in months"));
    m_months->setValidator(new QIntValidator(0, 240, m_months));
    m_months->setMaxLength(3);
    m_months->setLayoutDirection(Qt::LeftToRight);
    const int digitWidth = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16;
    m_years->setMaximumWidth(digitWidth);
    m_months->setMaximumWidth(digitWidth);
    m_date->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("ageHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_date);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("or age:"), this));
    row->addWidget(m_years);
    row->addWidget(new QLabel(tr("years"), this));
    row->addWidget(m_months);
    row->addWidget(new QLabel(tr("months"), this));
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    setTabOrder(m_date, m_years);
    setTabOrder(m_years, m_months);
    setFocusProxy(m_date);
    connect(m_date, &QLineEdit::textEdited, this, [this] {
        m_years->clear();
        m_months->clear();
        updateHint();
    });
    auto ageEdited = [this] {
        m_date->clear();
        updateHint();
    };
    connect(m_years, &QLineEdit::textEdited, this, ageEdited);
    connect(m_months, &QLineEdit::textEdited, this, ageEdited);
    updateHint();
}

QString AgeInput::typedDateFormat()
{
    return tr("dd/MM/yyyy", "how a date of birth is shown and typed; a QDate format with a four-digit year");
}

QDate AgeInput::parseDate(const QString& text)
{
    // Day first, as Pakistani forms write it; ISO dates too. Urdu digits count as digits.
    const QString t = stripToDigits(text.trimmed(), u"");
    if (t.isEmpty()) return {};
    // The format the field shows (translatable) first, so what it displays reads back.
    if (const QDate shown = QLocale().toDate(t, typedDateFormat()); shown.isValid()) return shown;
    static const char* const formats[] = {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-M-d", "yyyy/M/d", "ddMMyyyy"};
    for (const char* f : formats) {
        const QDate d = QDate::fromString(t, QString::fromLatin1(f));
        if (d.isValid()) return d;
    }
    return {};
}

AgeInput::Value AgeInput::value() const
{
    Value v;
    if (!m_date->text().trimmed().isEmpty()) {
        v.birthDate = parseDate(m_date->text());
        if (!v.birthDate.isValid()) v.error = tr("This is not a date. Type the date of birth as day/month/year, e.g. 23/03/1990.");
        return v;
    }
    if (m_years->text().isEmpty() && m_months->text().isEmpty()) return v;
    const auto born = estimateBirthDate(m_years->text().toInt(), m_months->text().toInt(), m_today);
    if (!born.ok()) {
        v.error = born.error().message;
        return v;
    }
    v.birthDate = born.value();
    v.estimated = true;
    return v;
}

void AgeInput::setValue(const QDate& birthDate, bool estimated)
{
    clear();
    if (!birthDate.isValid()) return;
    if (estimated) {
        if (const auto span = ageOn(birthDate, m_today); span.ok()) {
            m_years->setText(QString::number(span->years));
            if (span->months > 0) m_months->setText(QString::number(span->months));
        }
    } else {
        m_date->setText(QLocale().toString(birthDate, typedDateFormat()));
    }
    updateHint();
}

void AgeInput::clear()
{
    m_date->clear();
    m_years->clear();
    m_months->clear();
    updateHint();
}

void AgeInput::updateHint()
{
    const Value v = value();
    if (v.birthDate.isValid() && v.estimated)
        m_hint->setText(tr("Estimated date of birth: %1").arg(PatientText::date(v.birthDate)));
    else if (v.birthDate.isValid())
        m_hint->setText(tr("Age: %1").arg(PatientText::age(v.birthDate, false, m_today)));
    else
        m_hint->setText(tr("Type the date of birth, or the age if the patient does not know it."));
}

} // namespace bhu::ui
