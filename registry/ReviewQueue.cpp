#include "bhu/registry/ReviewQueue.h"

#include "bhu/registry/Reply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bhu::registry {

namespace {
const char* const kColumns =
    "id, patient_a::text, patient_b::text, score, grade, agrees::text, differs::text, status, coalesce(decided_by, ''),"
    " coalesce(to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''), coalesce(merge_id, 0)"
    " FROM review_queue";

QStringList stringList(const std::string& jsonArray)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(QByteArray::fromStdString(jsonArray)).array()) out << v.toString();
    return out;
}

std::string jsonList(const QStringList& l)
{
    return QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact).toStdString();
}

ReviewPair fromRow(const pqxx::row& r)
{
    ReviewPair p;
    p.id = r[0].as<long long>();
    p.patientA = q8(r[1].as<std::string>());
    p.patientB = q8(r[2].as<std::string>());
    p.score = r[3].as<double>();
    p.grade = q8(r[4].as<std::string>());
    p.agrees = stringList(r[5].as<std::string>());
    p.differs = stringList(r[6].as<std::string>());
    p.status = q8(r[7].as<std::string>());
    p.decidedBy = q8(r[8].as<std::string>());
    p.decidedAt = q8(r[9].as<std::string>());
    p.mergeId = r[10].as<long long>();
    return p;
}

void compare(FieldComparison& out, const char* field, const QString& a, const QString& b)
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty()) return;
    (a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0 ? out.agrees : out.differs) << QString::fromLatin1(field);
}
} // namespace

FieldComparison comparePatients(const Patient& a, const Patient& b)
{
    FieldComparison out;
    compare(out, "name", a.name, b.name);
    compare(out, "relation", relationCode(a.relation), relationCode(b.relation));
    compare(out, "guardian", a.guardianName, b.guardianName);
    if (a.sex != Sex::Unknown && b.sex != Sex::Unknown) compare(out, "sex", sexCode(a.sex), sexCode(b.sex));
    if (a.birthDate.isValid() && b.birthDate.isValid()) {
        const bool estimated = a.birthDateEstimated || b.birthDateEstimated;
        const bool same = estimated ? a.birthDate.year() == b.birthDate.year() : a.birthDate == b.birthDate;
        (same ? out.agrees : out.differs) << QStringLiteral("birthDate");
    }
    compare(out, "phone", a.phone, b.phone);
    compare(out, "cnic", a.identifier(IdSystem::Cnic), b.identifier(IdSystem::Cnic));
    compare(out, "bform", a.identifier(IdSystem::BForm), b.identifier(IdSystem::BForm));
    compare(out, "guardianCnic", a.guardianCnic, b.guardianCnic);
    compare(out, "address.district", a.address.district, b.address.district);
    compare(out, "address.unionCouncil", a.address.unionCouncil, b.address.unionCouncil);
    compare(out, "address.village", a.address.village, b.address.village);
    return out;
}

long long enqueuePair(pqxx::work& w, const QString& a, const QString& b, double score, const QString& grade,
                      const FieldComparison& fields)
{
    const QString lo = a < b ? a : b, hi = a < b ? b : a;
    w.exec_params("INSERT INTO review_queue (patient_a, patient_b, score, grade, agrees, differs)"
                  " VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb) ON CONFLICT (patient_a, patient_b) DO NOTHING",
                  s8(lo), s8(hi), score, s8(grade), jsonList(fields.agrees), jsonList(fields.differs));
    return w.exec_params1("SELECT id FROM review_queue WHERE patient_a = $1 AND patient_b = $2", s8(lo), s8(hi))[0].as<long long>();
}

std::vector<ReviewPair> listPairs(pqxx::work& w, const QString& status, int offset, int count, int* total)
{
    if (total)
        *total = w.exec_params1("SELECT count(*) FROM review_queue WHERE $1 = '' OR status = $1", s8(status))[0].as<int>();
    std::vector<ReviewPair> out;
    for (const auto& r : w.exec_params(std::string("SELECT ") + kColumns +
                                           " WHERE $1 = '' OR status = $1 ORDER BY score DESC, id OFFSET $2 LIMIT $3",
                                       s8(status), offset, count))
        out.push_back(fromRow(r));
    return out;
}

std::optional<ReviewPair> loadPair(pqxx::work& w, long long id)
{
    auto rows = w.exec_params(std::string("SELECT ") + kColumns + " WHERE id = $1", id);
    if (rows.empty()) return std::nullopt;
    return fromRow(rows[0]);
}

QString firstRegistered(pqxx::work& w, const QString& a, const QString& b)
{
    return q8(w.exec_params1("SELECT id::text FROM resource_versions WHERE type = 'Patient' AND id IN ($1, $2)"
                             " AND server_version = 1 ORDER BY received_at, id LIMIT 1",
                             s8(a), s8(b))[0]
                  .as<std::string>());
}

void markUnmerged(pqxx::work& w, long long mergeId, const QString& decidedBy)
{
    w.exec_params("UPDATE review_queue SET status = 'different', decided_by = $2, decided_at = now(), merge_id = NULL"
                  " WHERE merge_id = $1",
                  mergeId, s8(decidedBy));
}

void setDecision(pqxx::work& w, long long id, const QString& status, const QString& decidedBy, long long mergeId)
{
    w.exec_params("UPDATE review_queue SET status = $2, decided_by = $3, decided_at = now(), merge_id = NULLIF($4, 0) WHERE id = $1",
                  id, s8(status), s8(decidedBy), mergeId);
}

} // namespace bhu::registry
