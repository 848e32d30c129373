// bhuctl patient: the front desk from a script.
//   bhuctl patient search --db PATH QUERY [--sex male|female|other] [--min-age N] [--max-age N] [--village V] [--limit N]
//   bhuctl patient add --db PATH --name NAME --sex SEX [--guardian NAME --relation s/o|d/o|w/o] [--birth-date D | --age A]
//                      [--cnic N] [--phone P] [--village V] [--confirm-new] …
// search prints one JSON line per match, best first. add prints the new patient's JSON (with its
// MR number); exit 1 with the field messages on invalid input; exit 3 with the possible
// duplicates (JSON lines) when the duplicate check finds some and --confirm-new was not given.
#include "Cli.h"

#include "bhu/domain/MrNumber.h"
#include "bhu/domain/PatientJson.h"
#include "bhu/services/ImportService.h"
#include "bhu/services/PatientService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace bhuctl {

namespace {
constexpr int kDuplicates = 3;   // exit code: possible duplicates, nothing saved

QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }
QString opt(const QCommandLineParser& p, const char* name) { return p.value(QLatin1String(name)).trimmed(); }

QJsonObject hitJson(const bhu::SearchHit& h)
{
    return QJsonObject{{QStringLiteral("id"), h.patientId},
                       {QStringLiteral("mr"), h.mr},
                       {QStringLiteral("name"), h.name},
                       {QStringLiteral("name_ur"), h.nameUrdu},
                       {QStringLiteral("relation"), bhu::relationCode(h.relation)},
                       {QStringLiteral("guardian"), h.guardianName},
                       {QStringLiteral("sex"), bhu::sexCode(h.sex)},
                       {QStringLiteral("birth_year"), h.birthDate.isValid() ? QJsonValue(h.birthDate.year()) : QJsonValue()},
                       {QStringLiteral("village"), h.village},
                       {QStringLiteral("score"), qRound(h.score * 1000) / 1000.0}};
}

std::optional<bhu::Sex> sexOption(const QString& v)
{
    if (v == u"male" || v == u"m") return bhu::Sex::Male;
    if (v == u"female" || v == u"f") return bhu::Sex::Female;
    if (v == u"other") return bhu::Sex::Other;
    return std::nullopt;
}

bool intOption(const QCommandLineParser& p, const char* name, int* out)
{
    if (!p.isSet(QLatin1String(name))) return true;
    bool ok = false;
    *out = opt(p, name).toInt(&ok);
    return ok && *out >= 0;
}

int runSearch(QCommandLineParser& p, bhu::services::Session& session)
{
    bhu::SearchQuery q;
    q.text = p.positionalArguments().mid(1).join(u' ').trimmed();
    if (q.text.isEmpty()) return failUsage(tr("usage: bhuctl patient search --db PATH QUERY [--sex …] [--limit N]"));
    if (p.isSet(QStringLiteral("sex"))) {
        q.sex = sexOption(opt(p, "sex").toLower());
        if (!q.sex) return failUsage(tr("--sex must be male, female or other."));
    }
    q.limit = 20;
    if (!intOption(p, "min-age", &q.minAgeYears) || !intOption(p, "max-age", &q.maxAgeYears) || !intOption(p, "limit", &q.limit))
        return failUsage(tr("--min-age, --max-age and --limit take a whole number ≥ 0."));
    if (q.limit == 0) return failUsage(tr("--limit must be at least 1."));
    q.village = opt(p, "village");
    auto r = bhu::services::PatientService(session).search(q);
    if (!r.ok()) return fail(r.error());
    if (!r->notice.isEmpty()) QTextStream(stderr) << r->notice << Qt::endl;
    for (const bhu::SearchHit& h : r->hits) printJson(hitJson(h));
    return Ok;
}

QJsonArray issuesJson(const QList<bhu::services::FieldIssue>& issues, bool warnings)
{
    QJsonArray a;
    for (const auto& i : issues)
        if (i.warning == warnings) a.append(QJsonObject{{QStringLiteral("field"), i.field}, {QStringLiteral("message"), i.message}});
    return a;
}

int runAdd(QCommandLineParser& p, bhu::services::Session& session)
{
    bhu::Patient pt;
    pt.name = opt(p, "name");
    pt.nameUrdu = opt(p, "name-ur");
    pt.guardianName = opt(p, "guardian");
    if (p.isSet(QStringLiteral("relation"))) {
        const QString r = opt(p, "relation").toLower();
        pt.relation = bhu::relationFromCode(r);
        if (pt.relation == bhu::Relation::None) return failUsage(tr("--relation must be s/o, d/o, w/o or c/o."));
    }
    if (p.isSet(QStringLiteral("sex"))) {
        auto s = sexOption(opt(p, "sex").toLower());
        if (!s) return failUsage(tr("--sex must be male, female or other."));
        pt.sex = *s;
    }
    const QDate today = QDate::currentDate();
    if (p.isSet(QStringLiteral("birth-date")) && p.isSet(QStringLiteral("age")))
        return failUsage(tr("Give either --birth-date or --age, not both."));
    if (p.isSet(QStringLiteral("birth-date"))) {
        pt.birthDate = QDate::fromString(opt(p, "birth-date"), Qt::ISODate);
        if (!pt.birthDate.isValid()) return failUsage(tr("--birth-date must be a date like 1990-03-15."));
        pt.birthDateEstimated = p.isSet(QStringLiteral("estimated"));
    } else if (p.isSet(QStringLiteral("age"))) {
        auto a = bhu::services::importing::parseAge(opt(p, "age"));
        if (!a) return failUsage(tr("--age must be years (35), months (6m) or both (2y3m)."));
        auto d = bhu::estimateBirthDate(*a, today);
        if (!d.ok()) return fail(d.error());
        pt.birthDate = d.value();
        pt.birthDateEstimated = true;
    }
    if (p.isSet(QStringLiteral("cnic"))) pt.setIdentifier(bhu::IdSystem::Cnic, opt(p, "cnic"));
    if (p.isSet(QStringLiteral("bform"))) pt.setIdentifier(bhu::IdSystem::BForm, opt(p, "bform"));
    pt.guardianCnic = opt(p, "guardian-cnic");
    pt.guardianRelationship = opt(p, "guardian-relationship");
    pt.phone = opt(p, "phone");
    pt.address.province = opt(p, "province");
    pt.address.district = opt(p, "district");
    pt.address.tehsil = opt(p, "tehsil");
    pt.address.unionCouncil = opt(p, "union-council");
    pt.address.village = opt(p, "village");
    pt.notes = opt(p, "notes");

    bhu::services::PatientService patients(session);
    const QList<bhu::services::FieldIssue> issues = patients.validate(pt);
    QTextStream err(stderr);
    const QJsonArray errors = issuesJson(issues, false);
    const QJsonArray warnings = issuesJson(issues, true);
    if (!errors.isEmpty()) {
        for (const auto& i : issues)
            if (!i.warning) err << "bhuctl: " << i.field << ": " << i.message << Qt::endl;
        printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings}});
        return Failure;
    }
    for (const auto& i : issues) err << "bhuctl: warning: " << i.field << ": " << i.message << Qt::endl;

    bhu::services::RegisterOptions o;
    o.confirmedNotDuplicate = p.isSet(QStringLiteral("confirm-new"));
    auto created = patients.registerPatient(pt, o);
    if (created.is(bhu::ErrorCode::Conflict)) {
        auto dups = patients.findDuplicates(pt);
        err << "bhuctl: " << created.error().message << Qt::endl;
        if (dups.ok() && !dups->isEmpty()) {
            for (const auto& c : dups.value()) {
                QJsonObject o2 = hitJson(c.hit);
                o2.insert(QStringLiteral("score"), qRound(c.score * 1000) / 1000.0);
                o2.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(c.reasons));
                o2.insert(QStringLiteral("same_cnic"), c.sameCnic);
                printJson(o2);
            }
            if (!o.confirmedNotDuplicate) err << "bhuctl: " << tr("Add --confirm-new if this is a different person.") << Qt::endl;
            return kDuplicates;
        }
        return Failure;
    }
    if (!created.ok()) return fail(created.error());
    QJsonObject out = bhu::patientToJson(created.value());
    out.insert(QStringLiteral("mr"), created->mrNumber());
    out.insert(QStringLiteral("mr_formatted"), bhu::formatMrNumber(created->mrNumber()));
    if (!warnings.isEmpty()) out.insert(QStringLiteral("warnings"), warnings);
    printJson(out);
    return Ok;
}
} // namespace

Command patientCommand()
{
    return Command{
        QStringLiteral("patient"),
        QCoreApplication::translate("bhuctl", "Front desk: patient search QUERY | patient add."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("bhuctl", "search or add"));
            p.addPositionalArgument(QStringLiteral("query"), QCoreApplication::translate("bhuctl", "search: MR, CNIC, phone or name (\"ali s/o akbar\")"),
                                    QStringLiteral("[QUERY…]"));
            auto add = [&p](const char* name, const char* help, const char* value = nullptr) {
                if (value)
                    p.addOption({QLatin1String(name), QCoreApplication::translate("bhuctl", help), QLatin1String(value)});
                else
                    p.addOption({QLatin1String(name), QCoreApplication::translate("bhuctl", help)});
            };
            add("sex", "male, female or other (search: filter; add: required).", "SEX");
            add("min-age", "search: at least N years old.", "N");
            add("max-age", "search: at most N years old.", "N");
            add("village", "search: only this village or union council; add: the village.", "V");
            add("limit", "search: at most N matches (default 20).", "N");
            add("name", "add: the patient's name (Latin script).", "NAME");
            add("name-ur", "add: the name in Urdu script.", "NAME");
            add("guardian", "add: father's or husband's name.", "NAME");
            add("relation", "add: s/o, d/o or w/o.", "REL");
            add("birth-date", "add: date of birth (YYYY-MM-DD).", "DATE");
            add("estimated", "add: the date of birth is estimated.");
            add("age", "add: age instead of a date of birth: 35, 6m, 2y3m.", "AGE");
            add("cnic", "add: CNIC (13 digits, dashes allowed).", "CNIC");
            add("bform", "add: B-form / CRC number of a child.", "NUMBER");
            add("guardian-cnic", "add: the guardian's CNIC (child without a B-form).", "CNIC");
            add("guardian-relationship", "add: whose CNIC that is (father, mother, …).", "WHO");
            add("phone", "add: mobile number (03XX-XXXXXXX).", "PHONE");
            add("union-council", "add: union council.", "UC");
            add("tehsil", "add: tehsil.", "TEHSIL");
            add("district", "add: district.", "DISTRICT");
            add("province", "add: province.", "PROVINCE");
            add("notes", "add: notes.", "TEXT");
            add("confirm-new", "add: register even if the duplicate check finds similar patients.");
        },
        [](QCommandLineParser& p) {
            const QString action = p.positionalArguments().value(0);
            if (action != u"search" && action != u"add")
                return failUsage(tr("usage: bhuctl patient search|add --db PATH …  (bhuctl patient --help)"));
            if (action == u"add" && p.positionalArguments().size() > 1)
                return failUsage(tr("patient add takes options only (--name …); unexpected \"%1\".").arg(p.positionalArguments().at(1)));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("patient ") + action, &rc);
            if (!session) return rc;
            return action == u"search" ? runSearch(p, *session) : runAdd(p, *session);
        },
    };
}

} // namespace bhuctl
