#include "bhu/fhir/FhirPatient.h"

#include "FhirRead.h"
#include "PatientParts.h"
#include "bhu/domain/NameScript.h"
#include "bhu/domain/Phone.h"
#include "bhu/fhir/FhirCodes.h"

#include <QRegularExpression>
#include <functional>
#include <QUuid>

namespace bhu::fhir {

using namespace patientparts;

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("bhu::FhirPatient", s);
}

QString at(const QString& path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// "Patient/<id>" or "urn:uuid:<id>" → <id>; anything else → "".
QString referencedId(const QString& ref)
{
    if (ref.startsWith(u"Patient/")) return ref.mid(8);
    if (ref.startsWith(u"urn:uuid:")) return ref.mid(9);
    return {};
}

bool hasExtension(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path,
                  const std::function<bool(const QJsonObject&)>& valueTest)
{
    const QJsonArray ext = r.array(element, QStringLiteral("extension"), path + QStringLiteral(".extension"));
    for (qsizetype i = 0; i < ext.size(); ++i) {
        const QJsonObject e = r.object(ext.at(i), at(path + QStringLiteral(".extension"), i));
        if (r.string(e, QStringLiteral("url"), at(path + QStringLiteral(".extension"), i) + QStringLiteral(".url")) == url
            && valueTest(e))
            return true;
    }
    return false;
}

QJsonObject extensionNamed(FhirReader& r, const QJsonObject& element, const QString& url, const QString& path)
{
    const QJsonArray ext = r.array(element, QStringLiteral("extension"), path + QStringLiteral(".extension"));
    for (qsizetype i = 0; i < ext.size(); ++i) {
        const QJsonObject e = r.object(ext.at(i), at(path + QStringLiteral(".extension"), i));
        if (e.value(u"url").toString() == url) return e;
    }
    return {};
}

void readId(FhirReader& r, const QJsonObject& o, Patient& p)
{
    const QString type = o.value(u"resourceType").toString();
    if (type != u"Patient") {
        r.fail(QStringLiteral("resource_type"),
               tr("This is not a FHIR Patient (resourceType is \"%1\").").arg(type.isEmpty() ? tr("missing") : type));
        return;
    }
    p.id = r.string(o, QStringLiteral("id"), QStringLiteral("Patient.id"));
    if (r.failed()) return;
    if (p.id.isEmpty()) {
        r.fail(QStringLiteral("id"), tr("The FHIR Patient has no id; every patient is exchanged with its UUID."));
    } else if (QUuid::fromString(p.id).isNull() || p.id.size() != 36) {
        r.fail(QStringLiteral("id"), tr("The FHIR Patient id \"%1\" is not a UUID.").arg(p.id));
    }
}

void readIdentifiers(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Patient& p)
{
    const QString path = QStringLiteral("Patient.identifier");
    const QJsonArray ids = r.array(o, QStringLiteral("identifier"), path);
    for (qsizetype i = 0; i < ids.size() && !r.failed(); ++i) {
        const QJsonObject id = r.object(ids.at(i), at(path, i));
        const QString system = r.string(id, QStringLiteral("system"), at(path, i) + QStringLiteral(".system"));
        const QString value = r.string(id, QStringLiteral("value"), at(path, i) + QStringLiteral(".value")).trimmed();
        if (r.failed()) return;
        if (value.isEmpty()) {
            r.fail(QStringLiteral("identifier"), tr("Identifier %1 of the FHIR Patient has no value.").arg(i + 1));
            return;
        }
        const QString ours = cfg.domainIdSystem(system);
        if (!ours.isEmpty() && p.identifier(ours).isEmpty()) p.setIdentifier(ours, value);
    }
}

void readNames(FhirReader& r, const QJsonObject& o, Patient& p)
{
    const QString path = QStringLiteral("Patient.name");
    const QJsonArray names = r.array(o, QStringLiteral("name"), path);
    for (qsizetype i = 0; i < names.size() && !r.failed(); ++i) {
        const QString np = at(path, i);
        const QJsonObject n = r.object(names.at(i), np);
        QString text = r.string(n, QStringLiteral("text"), np + QStringLiteral(".text")).simplified();
        if (text.isEmpty()) {
            QStringList parts;
            for (const char16_t* key : {u"prefix", u"given"}) {
                const QString k = QString::fromUtf16(key);
                const QJsonArray a = r.array(n, k, np + u'.' + k);
                for (qsizetype j = 0; j < a.size(); ++j) {
                    if (!a.at(j).isString()) {
                        r.fail(QStringLiteral("structure"), tr("The FHIR Patient is malformed: %1 must be text.").arg(at(np + u'.' + k, j)));
                        return;
                    }
                    parts.append(a.at(j).toString());
                }
            }
            parts.append(r.string(n, QStringLiteral("family"), np + QStringLiteral(".family")));
            text = parts.join(u' ').simplified();
        }
        if (r.failed() || text.isEmpty()) continue;
        const bool urdu = hasExtension(r, n, sys::LanguageExtension, np, [](const QJsonObject& e) {
            return e.value(u"valueCode").toString().startsWith(u"ur");
        });
        if (urdu || isArabicScript(text)) {
            if (p.nameUrdu.isEmpty()) p.nameUrdu = text;
        } else if (p.name.isEmpty()) {
            p.name = text;
        }
    }
    if (!r.failed() && p.name.isEmpty() && p.nameUrdu.isEmpty())
        r.fail(QStringLiteral("name"), tr("The FHIR Patient has no name."));
}

void readGenderAndBirth(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Patient& p)
{
    const QString gender = r.string(o, QStringLiteral("gender"), QStringLiteral("Patient.gender"));
    if (r.failed()) return;
    p.sex = sexFromCode(gender);
    if (!gender.isEmpty() && sexCode(p.sex) != gender) {
        r.fail(QStringLiteral("gender"), tr("The FHIR Patient gender \"%1\" is not male, female, other or unknown.").arg(gender));
        return;
    }

    const QString birth = r.string(o, QStringLiteral("birthDate"), QStringLiteral("Patient.birthDate"));
    if (r.failed() || birth.isEmpty()) return;
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = shape.match(birth);
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 7 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? (m.captured(2).isEmpty() ? 1 : 15) : m.captured(3).toInt();
    const QDate d(year, month, day);
    if (!m.hasMatch() || !d.isValid() || year < 1800) {
        r.fail(QStringLiteral("birth_date"),
               tr("The FHIR Patient birthDate \"%1\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).").arg(birth));
        return;
    }
    p.birthDate = d;
    const QJsonObject element = r.object(o, QStringLiteral("_birthDate"), QStringLiteral("Patient._birthDate"));
    const QJsonObject estimated = extensionNamed(r, element, cfg.birthDateEstimatedUrl(), QStringLiteral("Patient._birthDate"));
    p.birthDateEstimated = m.captured(3).isEmpty() || estimated.value(u"valueBoolean").toBool();
}

void readTelecomAndAddress(FhirReader& r, const QJsonObject& o, Patient& p)
{
    const QJsonArray telecom = r.array(o, QStringLiteral("telecom"), QStringLiteral("Patient.telecom"));
    for (qsizetype i = 0; i < telecom.size() && !r.failed() && p.phone.isEmpty(); ++i) {
        const QJsonObject t = r.object(telecom.at(i), at(QStringLiteral("Patient.telecom"), i));
        const QString system = t.value(u"system").toString();
        if (system != u"phone" && system != u"sms") continue;
        const auto phone = normalizePhone(r.string(t, QStringLiteral("value"), at(QStringLiteral("Patient.telecom"), i) + QStringLiteral(".value")));
        if (phone.ok()) p.phone = phone.value();   // landlines and foreign numbers are not stored
    }

    const QJsonArray addresses = r.array(o, QStringLiteral("address"), QStringLiteral("Patient.address"));
    if (addresses.isEmpty() || r.failed()) return;
    const QString ap = QStringLiteral("Patient.address[0]");
    const QJsonObject a = r.object(addresses.at(0), ap);
    p.address.province = r.string(a, QStringLiteral("state"), ap + QStringLiteral(".state"));
    p.address.district = r.string(a, QStringLiteral("district"), ap + QStringLiteral(".district"));
    p.address.tehsil = r.string(a, QStringLiteral("city"), ap + QStringLiteral(".city"));
    const QJsonArray lines = r.array(a, QStringLiteral("line"), ap + QStringLiteral(".line"));
    if (!lines.isEmpty()) p.address.village = lines.at(0).toString();
    p.address.unionCouncil = extensionNamed(r, a, sys::PrecinctExtension, ap).value(u"valueString").toString();
}

void readContacts(FhirReader& r, const QJsonObject& o, const FhirConfig& cfg, Patient& p)
{
    const QString path = QStringLiteral("Patient.contact");
    const QJsonArray contacts = r.array(o, QStringLiteral("contact"), path);
    for (qsizetype i = 0; i < contacts.size() && !r.failed(); ++i) {
        const QString cp = at(path, i);
        const QJsonObject c = r.object(contacts.at(i), cp);
        Relation relation = Relation::None;
        QString roleWord;
        const QJsonArray rels = r.array(c, QStringLiteral("relationship"), cp + QStringLiteral(".relationship"));
        for (qsizetype j = 0; j < rels.size() && !r.failed(); ++j) {
            const QJsonObject cc = r.object(rels.at(j), at(cp + QStringLiteral(".relationship"), j));
            bool ours = false;
            QString role;
            for (const QJsonValue cv : cc.value(u"coding").toArray()) {
                const QJsonObject coding = cv.toObject();
                if (coding.value(u"system").toString() == cfg.guardianRelationSystem()) {
                    relation = relationFromCode(coding.value(u"code").toString());
                    ours = true;
                } else if (coding.value(u"system").toString() == sys::RoleCode) {
                    role = wordOfRoleCode(coding.value(u"code").toString());
                }
            }
            if (!ours) {
                const QString text = cc.value(u"text").toString();
                roleWord = text.isEmpty() ? role : text;
            }
        }
        const QJsonObject cnic = extensionNamed(r, c, cfg.contactIdentifierUrl(), cp);
        const QJsonObject name = r.object(c, QStringLiteral("name"), cp + QStringLiteral(".name"));
        if (r.failed()) return;
        if (relation != Relation::None || (!name.isEmpty() && cnic.isEmpty())) {
            if (p.relation == Relation::None && p.guardianName.isEmpty()) {
                p.relation = relation;
                p.guardianName = name.value(u"text").toString();
            }
        }
        const QJsonObject cnicId = cnic.value(u"valueIdentifier").toObject();
        if (!cnicId.isEmpty() && p.guardianCnic.isEmpty()) {
            p.guardianCnic = cnicId.value(u"value").toString();
            p.guardianRelationship = roleWord;
        }
    }
}

void readLinks(FhirReader& r, const QJsonObject& o, QList<PatientLink>& out)
{
    const QJsonArray links = r.array(o, QStringLiteral("link"), QStringLiteral("Patient.link"));
    for (qsizetype i = 0; i < links.size() && !r.failed(); ++i) {
        const QJsonObject l = r.object(links.at(i), at(QStringLiteral("Patient.link"), i));
        const QString type = l.value(u"type").toString();
        const QString other = referencedId(l.value(u"other").toObject().value(u"reference").toString());
        if (other.isEmpty()) continue;
        for (auto t : {PatientLink::Type::ReplacedBy, PatientLink::Type::Replaces, PatientLink::Type::Refer, PatientLink::Type::SeeAlso})
            if (patientLinkTypeCode(t) == type) out.append(PatientLink{t, other});
    }
}

} // namespace

Result<Patient> patientFromFhir(const QJsonObject& resource, const FhirConfig& cfg, QList<PatientLink>* links)
{
    FhirReader r(QStringLiteral("Patient"));
    Patient p;
    QList<PatientLink> linkList;
    readId(r, resource, p);
    if (!r.failed()) readIdentifiers(r, resource, cfg, p);
    if (!r.failed()) readNames(r, resource, p);
    if (!r.failed()) readGenderAndBirth(r, resource, cfg, p);
    if (!r.failed()) readTelecomAndAddress(r, resource, p);
    if (!r.failed()) readContacts(r, resource, cfg, p);
    if (!r.failed()) readLinks(r, resource, linkList);
    if (!r.failed()) {
        const QJsonObject org = r.object(resource, QStringLiteral("managingOrganization"), QStringLiteral("Patient.managingOrganization"));
        const QJsonObject id = org.value(u"identifier").toObject();
        if (id.value(u"system").toString() == cfg.facilitySystem) p.facilityCode = id.value(u"value").toString();
    }
    if (r.failed()) return r.error();
    if (links) *links = linkList;
    return p;
}

} // namespace bhu::fhir
