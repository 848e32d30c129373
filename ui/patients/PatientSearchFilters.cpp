#include "PatientSearchFilters.h"

#include "PatientText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace bhu::ui {

PatientSearchFilters::PatientSearchFilters(QWidget* parent) : QWidget(parent)
{
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexFilter"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("Any sex"), -1);
    for (Sex s : {Sex::Male, Sex::Female, Sex::Other}) m_sex->addItem(PatientText::sexName(s), static_cast<int>(s));
    auto makeAge = [this](const char* name, const QString& accessible) {
        auto* spin = new QSpinBox(this);
        spin->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
        spin->setObjectName(QString::fromLatin1(name));
        spin->setAccessibleName(accessible);
        spin->setRange(-1, 120);
        spin->setValue(-1);
        spin->setSpecialValueText(tr("any"));
        return spin;
    };
    m_minAge = makeAge("minAgeFilter", tr("Age from"));
    m_maxAge = makeAge("maxAgeFilter", tr("Age to"));
    m_village = new QLineEdit(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_village->setAccessibleName(tr("Village or union council"));
    m_village->setPlaceholderText(tr("Village or union council"));
    m_village->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCountLabel"));
    m_count->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    auto* sexLabel = new QLabel(tr("&Sex:"), this);
    sexLabel->setBuddy(m_sex);
    auto* ageLabel = new QLabel(tr("&Age from:"), this);
    ageLabel->setBuddy(m_minAge);
    auto* villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(m_village);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(sexLabel);
    row->addWidget(m_sex);
    row->addSpacing(12);
    row->addWidget(ageLabel);
    row->addWidget(m_minAge);
    row->addWidget(new QLabel(tr("to"), this));
    row->addWidget(m_maxAge);
    row->addSpacing(12);
    row->addWidget(villageLabel);
    row->addWidget(m_village, 1);
    row->addSpacing(12);
    row->addWidget(m_count);

    setTabOrder(m_sex, m_minAge);
    setTabOrder(m_minAge, m_maxAge);
    setTabOrder(m_maxAge, m_village);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PatientSearchFilters::changed);
    connect(m_minAge, &QSpinBox::valueChanged, this, &PatientSearchFilters::changed);
    connect(m_maxAge, &QSpinBox::valueChanged, this, &PatientSearchFilters::changed);
    connect(m_village, &QLineEdit::textChanged, this, &PatientSearchFilters::changed);
}

void PatientSearchFilters::applyTo(SearchQuery& q) const
{
    if (const int sex = m_sex->currentData().toInt(); sex >= 0) q.sex = static_cast<Sex>(sex);
    else q.sex.reset();
    q.minAgeYears = m_minAge->value();
    q.maxAgeYears = m_maxAge->value();
    q.village = m_village->text().trimmed();
}

bool PatientSearchFilters::isEmpty() const
{
    return m_sex->currentData().toInt() < 0 && m_minAge->value() < 0 && m_maxAge->value() < 0 && m_village->text().trimmed().isEmpty();
}

void PatientSearchFilters::setCount(const QString& text)
{
    m_count->setText(text);
}

QWidget* PatientSearchFilters::firstInput() const
{
    return m_sex;
}

QWidget* PatientSearchFilters::lastInput() const
{
    return m_village;
}

} // namespace bhu::ui
