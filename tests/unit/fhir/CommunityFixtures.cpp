#include "CommunityFixtures.h"

#include <QJsonArray>

namespace bhu::test {

namespace {
QString str(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)).toString(); }
QDate day(const QJsonObject& o, const char* k) { return QDate::fromString(str(o, k), Qt::ISODate); }
QDateTime at(const QJsonObject& o, const char* k) { return QDateTime::fromString(str(o, k), Qt::ISODateWithMs); }
int integer(const QJsonObject& o, const char* k, int fallback = 0) { return o.value(QLatin1String(k)).toInt(fallback); }
std::optional<double> optNumber(const QJsonObject& o, const char* k)
{
    const QJsonValue v = o.value(QLatin1String(k));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
} // namespace

HouseholdRecord householdFromJson(const QJsonObject& o)
{
    HouseholdRecord r;
    Household& h = r.household;
    h.id = str(o, "id");
    h.village = str(o, "village");
    h.address = str(o, "address");
    h.lhwArea = str(o, "lhw_area");
    h.headPatientId = str(o, "head_patient_id");
    h.facilityCode = str(o, "facility_code");
    h.phone = str(o, "phone");
    h.createdAt = at(o, "created_at");
    h.version = integer(o, "version", 1);
    for (const QJsonValue v : o.value(u"members").toArray()) {
        const QJsonObject m = v.toObject();
        HouseholdMember x;
        x.id = str(m, "id");
        x.householdId = h.id;
        x.patientId = str(m, "patient_id");
        x.relationship = relationshipFromCode(str(m, "relationship")).value_or(Relationship::OtherRelative);
        x.joinedOn = day(m, "joined_on");
        x.leftOn = day(m, "left_on");
        x.leftReason = str(m, "left_reason");
        x.recordedAt = at(m, "recorded_at");
        x.recordedBy = str(m, "recorded_by");
        r.members.append(x);
    }
    return r;
}

Pregnancy pregnancyFromJson(const QJsonObject& o)
{
    Pregnancy p;
    p.id = str(o, "id");
    p.patientId = str(o, "patient_id");
    p.lmp = day(o, "lmp");
    p.edd = day(o, "edd");
    p.gravida = integer(o, "gravida");
    p.para = integer(o, "para");
    p.registeredOn = day(o, "registered_on");
    p.registeredBy = str(o, "registered_by");
    p.facilityCode = str(o, "facility_code");
    p.outcome = pregnancyOutcomeFromCode(str(o, "outcome")).value_or(PregnancyOutcome::Ongoing);
    p.outcomeDate = day(o, "outcome_date");
    p.deliveryPlace = str(o, "delivery_place");
    p.deliveryAttendant = str(o, "delivery_attendant");
    p.version = integer(o, "version", 1);
    return p;
}

MchContact mchContactFromJson(const QJsonObject& o)
{
    MchContact c;
    c.id = str(o, "id");
    c.patientId = str(o, "patient_id");
    c.kind = mchKindFromCode(str(o, "kind")).value_or(MchKind::Antenatal);
    c.pregnancyId = str(o, "pregnancy_id");
    c.visitId = str(o, "visit_id");
    c.date = day(o, "date");
    c.number = integer(o, "number");
    if (auto v = optNumber(o, "systolic")) c.systolic = static_cast<int>(*v);
    if (auto v = optNumber(o, "diastolic")) c.diastolic = static_cast<int>(*v);
    c.weightKg = optNumber(o, "weight_kg");
    c.hbGdl = optNumber(o, "hb_gdl");
    for (const QJsonValue s : o.value(u"danger_signs").toArray()) c.dangerSigns.append(s.toString());
    c.fpMethod = str(o, "fp_method");
    c.newAcceptor = o.value(u"new_acceptor").toBool();
    c.referred = o.value(u"referred").toBool();
    c.note = str(o, "note");
    c.facilityCode = str(o, "facility_code");
    c.recordedAt = at(o, "recorded_at");
    c.recordedBy = str(o, "recorded_by");
    c.version = integer(o, "version", 1);
    c.amendsId = str(o, "amends_id");
    c.amendReason = str(o, "amend_reason");
    return c;
}

} // namespace bhu::test
