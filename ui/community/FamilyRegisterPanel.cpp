#include "FamilyRegisterPanel.h"

#include "patients/PatientText.h"
#include "patients/SessionAccess.h"
#include "bhu/services/HouseholdService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bhu::ui {

namespace {
constexpr int kHouseholdRole = Qt::UserRole + 1;   // household id (on every row)
constexpr int kMemberRole = Qt::UserRole + 2;      // index into m_patients (member rows), -1 otherwise
} // namespace

FamilyRegisterPanel::FamilyRegisterPanel(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_access(std::move(access)), m_clock(clock)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("familyRegister"));
    m_tree->setAccessibleName(tr("Family register"));
    m_tree->setHeaderLabels({tr("Household / member"), tr("MR number"), tr("Relationship"), tr("Age / sex")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* household = new QGroupBox(tr("New household"), this);
    m_village = new QLineEdit(household);
    m_village->setObjectName(QStringLiteral("householdVillage"));
    m_address = new QLineEdit(household);
    m_address->setObjectName(QStringLiteral("householdAddress"));
    m_address->setPlaceholderText(tr("House, street or landmark"));
    m_addHousehold = new QPushButton(tr("Add &household"), household);
    m_addHousehold->setObjectName(QStringLiteral("addHousehold"));
    auto* hf = new QFormLayout(household);
    hf->addRow(tr("&Village or mohalla"), m_village);
    hf->addRow(tr("A&ddress"), m_address);
    hf->addRow(m_addHousehold);

    auto* member = new QGroupBox(tr("New member of the selected household"), this);
    m_name = new QLineEdit(member);
    m_name->setObjectName(QStringLiteral("memberName"));
    m_sex = new QComboBox(member);
    m_sex->setObjectName(QStringLiteral("memberSex"));
    m_sex->addItem(PatientText::sexName(Sex::Female), int(Sex::Female));
    m_sex->addItem(PatientText::sexName(Sex::Male), int(Sex::Male));
    m_birth = new QDateEdit(member);
    m_birth->setObjectName(QStringLiteral("memberBirthDate"));
    m_birth->setLayoutDirection(Qt::LeftToRight);   // numbers and dates read left to right in Urdu too
    m_birth->setCalendarPopup(true);
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setMaximumDate(m_clock.nowUtc().toLocalTime().date());
    m_birth->setDate(m_clock.nowUtc().toLocalTime().date());
    m_relationship = new QComboBox(member);
    m_relationship->setObjectName(QStringLiteral("memberRelationship"));
    for (Relationship r : allRelationships()) m_relationship->addItem(relationshipName(r), relationshipCode(r));
    m_notDuplicate = new QCheckBox(tr("I checked the possible duplicates: this is a new person"), member);
    m_notDuplicate->setObjectName(QStringLiteral("memberNotDuplicate"));
    m_notDuplicate->hide();
    m_addMember = new QPushButton(tr("Add &member"), member);
    m_addMember->setObjectName(QStringLiteral("addMember"));
    auto* mf = new QFormLayout(member);
    mf->addRow(tr("&Name"), m_name);
    mf->addRow(tr("&Sex"), m_sex);
    mf->addRow(tr("Date of &birth"), m_birth);
    mf->addRow(tr("&Relationship to the head"), m_relationship);
    mf->addRow(m_notDuplicate);
    mf->addRow(m_addMember);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* forms = new QHBoxLayout;
    forms->addWidget(household);
    forms->addWidget(member);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(forms);
    layout->addWidget(m_status);

    connect(m_addHousehold, &QPushButton::clicked, this, &FamilyRegisterPanel::addHousehold);
    connect(m_address, &QLineEdit::returnPressed, this, &FamilyRegisterPanel::addHousehold);
    connect(m_addMember, &QPushButton::clicked, this, &FamilyRegisterPanel::addMember);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_notDuplicate->setChecked(false);
        m_notDuplicate->hide();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item) return;
        const int i = item->data(0, kMemberRole).toInt();
        if (i >= 0 && i < m_patients.size()) Q_EMIT memberSelected(m_patients.at(i));
    });
}

void FamilyRegisterPanel::setVillage(const QString& village)
{
    m_filterVillage = village;
    if (!village.isEmpty()) m_village->setText(village);
    refresh();
}

QString FamilyRegisterPanel::currentHouseholdId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, kHouseholdRole).toString() : QString();
}

void FamilyRegisterPanel::showStatus(const QString& text)
{
    m_status->setText(text);
}

void FamilyRegisterPanel::refresh()
{
    const QString keep = currentHouseholdId();
    auto reg = m_access->runSession([&](services::Session& s) { return services::HouseholdService(s).familyRegister({}, m_filterVillage); });
    m_tree->clear();
    m_patients.clear();
    if (!reg.ok()) return showStatus(reg.error().message);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    for (const services::RegisterHousehold& h : reg.value()) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, h.household.address.isEmpty() ? h.household.village : h.household.village + QStringLiteral(" — ") + h.household.address);
        top->setText(2, tr("%n member(s)", nullptr, int(h.members.size())));
        top->setData(0, kHouseholdRole, h.household.id);
        top->setData(0, kMemberRole, -1);
        for (const services::RegisterMember& m : h.members) {
            auto* row = new QTreeWidgetItem(top);
            row->setText(0, m.patient.name);
            row->setText(1, PatientText::mr(m.patient.mrNumber()));
            row->setText(2, relationshipName(m.member.relationship));
            row->setText(3, PatientText::ageSex(m.patient.birthDate, m.patient.birthDateEstimated, m.patient.sex, today));
            row->setData(0, kHouseholdRole, h.household.id);
            row->setData(0, kMemberRole, int(m_patients.size()));
            m_patients.append(m.patient);
        }
        top->setExpanded(true);
    }
    if (!keep.isEmpty()) selectHousehold(keep);
}

void FamilyRegisterPanel::selectHousehold(const QString& id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, kHouseholdRole).toString() == id) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
}

void FamilyRegisterPanel::addHousehold()
{
    Household h;
    h.village = m_village->text().trimmed();
    h.address = m_address->text().trimmed();
    auto r = m_access->runSession([&](services::Session& s) { return services::HouseholdService(s).createHousehold(h); });
    if (!r.ok()) return showStatus(r.error().message);
    m_address->clear();
    showStatus(tr("Household added. Now add its members, the head first."));
    refresh();
    selectHousehold(r->id);
    Q_EMIT householdsChanged();
    m_name->setFocus(Qt::OtherFocusReason);
}

void FamilyRegisterPanel::addMember()
{
    const QString householdId = currentHouseholdId();
    if (householdId.isEmpty()) return showStatus(tr("Select the household first (or add one)."));
    Patient p;
    p.name = m_name->text().trimmed();
    p.sex = static_cast<Sex>(m_sex->currentData().toInt());
    p.birthDate = m_birth->date();
    auto rel = relationshipFromCode(m_relationship->currentData().toString()).value_or(Relationship::OtherRelative);
    services::RegisterOptions options;
    options.confirmedNotDuplicate = m_notDuplicate->isVisible() && m_notDuplicate->isChecked();
    auto saved = m_access->run([&](services::PatientService& svc) -> Result<Patient> {
        Patient draft = p;
        svc.validate(draft);
        if (!options.confirmedNotDuplicate) {
            auto dup = svc.findDuplicates(draft);
            if (!dup.ok()) return dup.error();
            if (!dup->isEmpty()) {
                QStringList names;
                for (const auto& c : dup.value()) names.append(c.hit.name + QStringLiteral(" (") + PatientText::mr(c.hit.mr) + u')');
                return Error::make(ErrorCode::Conflict, tr("This may be someone already registered: %1. Open that record instead, or tick the box and add again.")
                                                            .arg(names.join(QStringLiteral(", "))));
            }
            options.confirmedNotDuplicate = true;   // checked just now: nothing similar
        }
        return svc.registerPatient(draft, options);
    });
    if (!saved.ok()) {
        if (saved.is(ErrorCode::Conflict)) m_notDuplicate->show();
        return showStatus(saved.error().message);
    }
    auto linked = m_access->runSession([&](services::Session& s) { return services::HouseholdService(s).addMember(householdId, saved->id, rel); });
    if (!linked.ok()) return showStatus(linked.error().message);
    showStatus(tr("%1 added with MR number %2.").arg(saved->name, PatientText::mr(saved->mrNumber())));
    m_name->clear();
    m_notDuplicate->setChecked(false);
    m_notDuplicate->hide();
    refresh();
    selectHousehold(householdId);
    Q_EMIT householdsChanged();
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace bhu::ui
