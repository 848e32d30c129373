#include "MoveMemberBox.h"

#include "patients/SessionAccess.h"
#include "bhu/services/HouseholdService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bhu::ui {

MoveMemberBox::MoveMemberBox(std::shared_ptr<SessionAccess> access, const Clock& clock, QWidget* parent)
    : QGroupBox(tr("Move to another household"), parent), m_access(std::move(access)), m_clock(clock)
{
    m_household = new QComboBox(this);
    m_household->setObjectName(QStringLiteral("moveHousehold"));
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("moveRelationship"));
    for (Relationship r : allRelationships()) m_relationship->addItem(relationshipName(r), relationshipCode(r));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("moveDate"));
    m_date->setLayoutDirection(Qt::LeftToRight);   // dates read left to right in Urdu too
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("moveReason"));
    m_reason->setPlaceholderText(tr("marriage, moved house, …"));
    m_move = new QPushButton(tr("Mo&ve member"), this);
    m_move->setObjectName(QStringLiteral("moveMember"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("moveStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* f = new QFormLayout(this);
    f->addRow(tr("&To household"), m_household);
    f->addRow(tr("Relationship to its &head"), m_relationship);
    f->addRow(tr("Moved &on"), m_date);
    f->addRow(tr("Rea&son"), m_reason);
    f->addRow(m_move);
    f->addRow(m_status);
    connect(m_move, &QPushButton::clicked, this, &MoveMemberBox::move);
}

void MoveMemberBox::showPerson(const Patient& p)
{
    m_person = p;
    m_status->clear();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_household->clear();
    auto list = m_access->runSession([&](services::Session& s) -> Result<QList<services::RegisterHousehold>> {
        services::HouseholdService svc(s);
        auto current = svc.memberships(p.id);
        if (!current.ok()) return current.error();
        QString from, village;
        for (const HouseholdMember& m : current.value())
            if (m.isCurrent()) from = m.householdId;
        if (!from.isEmpty()) {
            auto h = svc.household(from);
            if (!h.ok()) return h.error();
            village = h->household.village;
        }
        auto all = svc.familyRegister(QString(), village);
        if (!all.ok()) return all.error();
        QList<services::RegisterHousehold> out;
        for (const services::RegisterHousehold& r : all.value())
            if (r.household.id != from) out.append(r);
        return out;
    });
    if (!list.ok()) {
        m_status->setText(list.error().message);
        return;
    }
    for (const services::RegisterHousehold& r : list.value()) {
        QString head;
        for (const services::RegisterMember& m : r.members)
            if (m.member.relationship == Relationship::Head) head = m.patient.name;
        const QString label = head.isEmpty() ? r.household.village + QStringLiteral(", ") + r.household.address
                                             : tr("%1 (head: %2)").arg(r.household.village + QStringLiteral(", ") + r.household.address, head);
        m_household->addItem(label, r.household.id);
    }
    m_move->setEnabled(m_household->count() > 0);
}

void MoveMemberBox::move()
{
    const QString to = m_household->currentData().toString();
    const auto rel = relationshipFromCode(m_relationship->currentData().toString()).value_or(Relationship::OtherRelative);
    auto r = m_access->runSession([&](services::Session& s) {
        return services::HouseholdService(s).moveMember(m_person.id, to, rel, m_date->date(), m_reason->text().trimmed());
    });
    if (!r.ok()) {
        m_status->setText(r.error().message);
        return;
    }
    m_status->setText(tr("Moved to %1.").arg(m_household->currentText()));
    m_reason->clear();
    Q_EMIT moved();
}

} // namespace bhu::ui
