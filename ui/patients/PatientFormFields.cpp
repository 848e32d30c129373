#include "PatientFormFields.h"

#include "AgeInput.h"
#include "FieldIssueLabel.h"
#include "PatientText.h"
#include "bhu/domain/UrduNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bhu::ui {

PatientFormFields::PatientFormFields(AddressPicker::PlaceLoader places, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("patientFormFields"));
    m_general = new FieldIssueLabel(this);
    m_general->setObjectName(QStringLiteral("generalIssue"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(buildPerson(), 1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildIdentity());
    auto* addressBox = new QGroupBox(tr("Address"), this);
    m_address = new AddressPicker(std::move(places), addressBox);
    (new QVBoxLayout(addressBox))->addWidget(m_address);
    right->addWidget(addressBox);
    right->addStretch(1);
    columns->addLayout(right, 1);
    auto* notes = new QFormLayout;
    notes->addRow(tr("N&otes:"), withIssue(QStringLiteral("notes"), m_notes));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_general);
    layout->addLayout(columns);
    layout->addLayout(notes);
    layout->addStretch(1);

    // Deliberate order: who the person is, then how to reach them, identity, address, notes.
    const QList<QWidget*> order{m_name, m_nameUrdu, m_relation, m_guardian, m_sex, m_age->dateEdit(), m_age->yearsEdit(),
                                m_age->monthsEdit(), m_phone, m_idKind, m_nationalId, m_guardianCnic, m_guardianRelationship,
                                m_address->combo(db::PlaceLevel::Province), m_address->combo(db::PlaceLevel::District),
                                m_address->combo(db::PlaceLevel::Tehsil), m_address->combo(db::PlaceLevel::UnionCouncil),
                                m_address->combo(db::PlaceLevel::Village), m_notes};
    for (int i = 1; i < order.size(); ++i) setTabOrder(order.at(i - 1), order.at(i));
}

QWidget* PatientFormFields::withIssue(const QString& key, QWidget* input, QWidget* focus)
{
    auto* box = new QWidget(this);
    auto* label = new FieldIssueLabel(box);
    label->setObjectName(key + QStringLiteral("Issue"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(input);
    layout->addWidget(label);
    m_issueLabels.insert(key, label);
    m_focusFor.insert(key, focus ? focus : input);
    m_keyOrder << key;
    return box;
}

QWidget* PatientFormFields::buildPerson()
{
    auto* box = new QGroupBox(tr("Person"), this);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("As on the CNIC, in English letters"));
    m_nameUrdu = new QLineEdit(box);
    m_nameUrdu->setObjectName(QStringLiteral("nameUrduEdit"));
    m_nameUrdu->setAccessibleName(tr("Name in Urdu"));
    m_nameUrdu->setLayoutDirection(Qt::RightToLeft);
    m_nameUrdu->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_nameUrdu->setFont(PatientText::urduFont(m_name->font().pointSizeF() * 1.1));
    m_nameUrdu->setMinimumHeight(QFontMetrics(m_nameUrdu->font()).height() + 6);   // Nastaliq is tall
    m_nameUrdu->setToolTip(tr("Suggested from the name for common names; change it if it is spelt otherwise."));
    connect(m_name, &QLineEdit::textEdited, this, &PatientFormFields::suggestUrduName);

    m_relation = new QComboBox(box);
    m_relation->setObjectName(QStringLiteral("relationCombo"));
    m_relation->setAccessibleName(tr("Relation"));
    m_relation->addItem(tr("—"), static_cast<int>(Relation::None));
    for (Relation r : {Relation::SonOf, Relation::DaughterOf, Relation::WifeOf, Relation::ChildOf})
        m_relation->addItem(PatientText::relationLabel(r), static_cast<int>(r));
    m_guardian = new QLineEdit(box);
    m_guardian->setObjectName(QStringLiteral("guardianEdit"));
    m_guardian->setAccessibleName(tr("Father's or husband's name"));
    m_guardian->setPlaceholderText(tr("Father's or husband's name"));
    auto* guardianRow = new QWidget(box);
    auto* gl = new QHBoxLayout(guardianRow);
    gl->setContentsMargins(0, 0, 0, 0);
    gl->addWidget(m_relation);
    gl->addWidget(m_guardian, 1);

    m_sex = new QComboBox(box);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("—"), static_cast<int>(Sex::Unknown));
    for (Sex s : {Sex::Male, Sex::Female, Sex::Other}) m_sex->addItem(PatientText::sexName(s), static_cast<int>(s));
    m_age = new AgeInput(box);
    m_phone = new QLineEdit(box);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Mobile phone"));
    m_phone->setPlaceholderText(tr("03XX-XXXXXXX"));
    m_phone->setLayoutDirection(Qt::LeftToRight);   // numbers read left to right in Urdu too

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), withIssue(QStringLiteral("name"), m_name));
    form->addRow(tr("Name in &Urdu:"), withIssue(QStringLiteral("nameUrdu"), m_nameUrdu));
    form->addRow(tr("&Guardian:"), withIssue(QStringLiteral("guardian"), guardianRow, m_guardian));
    form->addRow(tr("Se&x:"), withIssue(QStringLiteral("sex"), m_sex));
    form->addRow(tr("&Date of birth:"), withIssue(QStringLiteral("birthDate"), m_age, m_age->dateEdit()));
    form->addRow(tr("&Phone:"), withIssue(QStringLiteral("phone"), m_phone));
    return box;
}

QWidget* PatientFormFields::buildIdentity()
{
    auto* box = new QGroupBox(tr("Identity"), this);
    m_idKind = new QComboBox(box);
    m_idKind->setObjectName(QStringLiteral("idKindCombo"));
    m_idKind->setAccessibleName(tr("Kind of national number"));
    m_idKind->addItem(tr("CNIC"), IdSystem::Cnic);
    m_idKind->addItem(tr("B-form"), IdSystem::BForm);
    m_nationalId = new QLineEdit(box);
    m_nationalId->setObjectName(QStringLiteral("cnicEdit"));
    m_nationalId->setAccessibleName(tr("CNIC or B-form number"));
    m_nationalId->setPlaceholderText(tr("XXXXX-XXXXXXX-X"));
    m_nationalId->setLayoutDirection(Qt::LeftToRight);
    auto* idRow = new QWidget(box);
    auto* il = new QHBoxLayout(idRow);
    il->setContentsMargins(0, 0, 0, 0);
    il->addWidget(m_idKind);
    il->addWidget(m_nationalId, 1);

    m_guardianCnic = new QLineEdit(box);
    m_guardianCnic->setObjectName(QStringLiteral("guardianCnicEdit"));
    m_guardianCnic->setAccessibleName(tr("Guardian's CNIC"));
    m_guardianCnic->setPlaceholderText(tr("For a child without a B-form"));
    m_guardianCnic->setLayoutDirection(Qt::LeftToRight);
    m_guardianRelationship = new QComboBox(box);
    m_guardianRelationship->setObjectName(QStringLiteral("guardianRelationshipCombo"));
    m_guardianRelationship->setAccessibleName(tr("Guardian is the patient's"));
    for (const auto& [code, text] : PatientText::guardianRelationships()) m_guardianRelationship->addItem(text, code);
    auto* gRow = new QWidget(box);
    auto* gl = new QHBoxLayout(gRow);
    gl->setContentsMargins(0, 0, 0, 0);
    gl->addWidget(m_guardianCnic, 1);
    gl->addWidget(m_guardianRelationship);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&CNIC / B-form:"), withIssue(QStringLiteral("cnic"), idRow, m_nationalId));
    form->addRow(tr("G&uardian's CNIC:"), withIssue(QStringLiteral("guardianCnic"), gRow, m_guardianCnic));
    return box;
}

namespace {
void selectData(QComboBox* combo, const QVariant& data, const QString& textIfMissing = {})
{
    int i = combo->findData(data);
    if (i < 0 && !textIfMissing.isEmpty()) {
        combo->addItem(textIfMissing, data);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, i));
}
} // namespace

void PatientFormFields::setPatient(const Patient& p)
{
    clear();
    m_name->setText(p.name);
    m_nameUrdu->setText(p.nameUrdu);
    selectData(m_relation, static_cast<int>(p.relation));
    m_guardian->setText(p.guardianName);
    selectData(m_sex, static_cast<int>(p.sex));
    m_age->setValue(p.birthDate, p.birthDateEstimated);
    m_phone->setText(PatientText::phone(p.phone));
    const bool bform = p.identifier(IdSystem::Cnic).isEmpty() && !p.identifier(IdSystem::BForm).isEmpty();
    m_idKind->setCurrentIndex(bform ? 1 : 0);
    m_nationalId->setText(PatientText::cnic(PatientText::nationalIdOf(p)));
    m_guardianCnic->setText(PatientText::cnic(p.guardianCnic));
    selectData(m_guardianRelationship, p.guardianRelationship, p.guardianRelationship);
    m_address->setAddress(p.address);
    m_notes->setPlainText(p.notes);
}

void PatientFormFields::clear(const Address& a)
{
    for (QLineEdit* e : {m_name, m_nameUrdu, m_guardian, m_phone, m_nationalId, m_guardianCnic}) e->clear();
    m_suggestedUrdu.clear();
    for (QComboBox* c : {m_relation, m_sex, m_idKind, m_guardianRelationship}) c->setCurrentIndex(0);
    m_age->clear();
    m_address->setAddress(a);
    m_notes->clear();
    clearIssues();
}

void PatientFormFields::prefillFromSearch(const QString& typed)
{
    const PatientText::TypedName typedName = PatientText::splitTypedName(typed);
    m_name->setText(typedName.name);
    suggestUrduName();
    m_guardian->setText(typedName.guardian);
    selectData(m_relation, static_cast<int>(typedName.relation));
}

void PatientFormFields::suggestUrduName()
{
    const QString suggestion = UrduNames::builtIn().suggest(m_name->text());
    if (m_nameUrdu->text().isEmpty() || m_nameUrdu->text() == m_suggestedUrdu) m_nameUrdu->setText(suggestion);
    m_suggestedUrdu = suggestion;
}

Patient PatientFormFields::applyTo(Patient p) const
{
    p.name = m_name->text().simplified();
    p.nameUrdu = m_nameUrdu->text().simplified();
    p.relation = static_cast<Relation>(m_relation->currentData().toInt());
    p.guardianName = m_guardian->text().simplified();
    p.sex = static_cast<Sex>(m_sex->currentData().toInt());
    const AgeInput::Value age = m_age->value();
    p.birthDate = age.birthDate;
    p.birthDateEstimated = age.estimated;
    p.phone = m_phone->text().trimmed();
    p.identifiers.removeIf([](const Identifier& i) { return i.system == IdSystem::Cnic || i.system == IdSystem::BForm; });
    if (const QString id = m_nationalId->text().trimmed(); !id.isEmpty()) p.setIdentifier(m_idKind->currentData().toString(), id);
    p.guardianCnic = m_guardianCnic->text().trimmed();
    p.guardianRelationship = m_guardianRelationship->currentData().toString();
    p.address = m_address->address();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

QList<services::FieldIssue> PatientFormFields::localIssues() const
{
    QList<services::FieldIssue> issues;
    if (const QString e = m_age->value().error; !e.isEmpty()) issues.append({QStringLiteral("birth_date"), e, false});
    return issues;
}

QString PatientFormFields::issueKey(const QString& field)
{
    // Service field names ("guardian_cnic", "address.village") → this form's labels.
    QString f = field;
    if (f.startsWith(u"address.")) f = f.mid(8);
    static const QHash<QString, QString> map{
        {QStringLiteral("name_urdu"), QStringLiteral("nameUrdu")},   {QStringLiteral("relation"), QStringLiteral("guardian")},
        {QStringLiteral("guardian_name"), QStringLiteral("guardian")}, {QStringLiteral("birth_date"), QStringLiteral("birthDate")},
        {QStringLiteral("age"), QStringLiteral("birthDate")},        {QStringLiteral("bform"), QStringLiteral("cnic")},
        {QStringLiteral("b_form"), QStringLiteral("cnic")},          {QStringLiteral("national_id"), QStringLiteral("cnic")},
        {QStringLiteral("guardian_cnic"), QStringLiteral("guardianCnic")},
        {QStringLiteral("guardian_relationship"), QStringLiteral("guardianCnic")},
        {QStringLiteral("union_council"), QStringLiteral("unionCouncil")}};
    return map.value(f, f);
}

void PatientFormFields::clearIssues()
{
    m_general->clearIssues();
    for (FieldIssueLabel* l : std::as_const(m_issueLabels)) l->clearIssues();
}

void PatientFormFields::showIssues(const QList<services::FieldIssue>& issues)
{
    clearIssues();
    for (const auto& issue : issues) {
        FieldIssueLabel* label = m_issueLabels.value(issueKey(issue.field), m_general);
        label->addIssue(issue.message, issue.warning);
    }
}

QWidget* PatientFormFields::firstFieldWithIssue() const
{
    for (const QString& key : m_keyOrder)
        if (m_issueLabels.value(key)->hasError()) return m_focusFor.value(key);
    for (const QString& key : m_keyOrder)
        if (m_issueLabels.value(key)->hasWarning()) return m_focusFor.value(key);
    return nullptr;
}

QWidget* PatientFormFields::firstInput() const
{
    return m_name;
}

QWidget* PatientFormFields::lastInput() const
{
    return m_notes;
}

} // namespace bhu::ui
