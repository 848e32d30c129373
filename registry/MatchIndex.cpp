// SQL of the master patient index: table match_keys (migration 0003), name frequencies (0012).
#include "bhu/registry/MatchIndex.h"

#include "bhu/fhir/FhirPatient.h"
#include "bhu/match/BlockingKeys.h"
#include "bhu/match/NameFrequencies.h"
#include "bhu/registry/Reply.h"

#include <QJsonArray>
#include <algorithm>

namespace bhu::registry {

namespace {

// A PostgreSQL text[] literal: every element double-quoted, \ and " escaped.
std::string textArray(const QStringList& items)
{
    std::string out = "{";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        out += '"';
        for (const char c : items.at(i).toStdString()) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    return out + "}";
}

bool mergedAway(const QJsonObject& resource)
{
    for (const QJsonValue& l : resource.value(u"link").toArray())
        if (l.toObject().value(u"type").toString() == u"replaced-by") return true;
    return false;
}

const char* tableName(match::NameFrequencies::Table t)
{
    switch (t) {
    case match::NameFrequencies::Male: return "male";
    case match::NameFrequencies::Female: return "female";
    case match::NameFrequencies::All: break;
    }
    return "all";
}

// The counts findMatches needs for `me`: the totals, its own words (its sex's table and
// everyone's) and its guardian's words (men's table).
match::NameFrequencies nameFrequenciesFor(pqxx::work& w, const match::MatchRecord& me)
{
    using F = match::NameFrequencies;
    F freq;
    for (const auto& row : w.exec("SELECT sex, patients, sum_squares FROM name_frequency_totals")) {
        const std::string sex = row[0].as<std::string>();
        const F::Table t = sex == "male" ? F::Male : (sex == "female" ? F::Female : F::All);
        freq.setTotals(t, row[1].as<long long>(), row[2].as<double>());
    }
    if (freq.isEmpty()) return freq;
    QStringList sexes, words;
    auto want = [&](const QList<match::NameToken>& name, F::Table t) {
        for (const match::NameToken& tok : name) {
            if (tok.common || tok.key.size() < 2) continue;
            for (F::Table table : {t, F::All}) {
                sexes << QString::fromLatin1(tableName(table));
                words << match::blockingWord(tok);
            }
        }
    };
    want(me.name, F::tableOf(me.sex));
    want(me.guardian, F::Male);
    if (words.isEmpty()) return freq;
    auto rows = w.exec_params("SELECT f.sex, f.word, f.patients FROM name_frequency f"
                              " JOIN unnest($1::text[], $2::text[]) AS q(sex, word) ON f.sex = q.sex AND f.word = q.word",
                              textArray(sexes), textArray(words));
    for (const auto& row : rows) {
        const std::string sex = row[0].as<std::string>();
        const F::Table t = sex == "male" ? F::Male : (sex == "female" ? F::Female : F::All);
        freq.setCount(t, q8(row[1].as<std::string>()), row[2].as<long long>());
    }
    return freq;
}

} // namespace

void indexPatient(pqxx::work& w, const QString& patientId, const Patient& p)
{
    const QStringList keys = match::blockingKeys(match::recordFromPatient(p));
    w.exec_params("DELETE FROM match_keys WHERE patient_id = $1", s8(patientId));
    if (keys.isEmpty()) return;
    w.exec_params("INSERT INTO match_keys (key, patient_id) SELECT DISTINCT unnest($1::text[]), $2::uuid ON CONFLICT DO NOTHING",
                  textArray(keys), s8(patientId));
}

std::vector<MatchCandidate> findMatches(pqxx::work& w, const Patient& p, int limit, match::Grade minGrade)
{
    std::vector<MatchCandidate> out;
    if (limit <= 0) return out;
    match::MatchRecord me = match::recordFromPatient(p);
    const QStringList keys = match::blockingKeys(me);
    if (keys.isEmpty()) return out;
    // Value-specific name weights: the query's words are rated (the same rule as the batch,
    // which rates both sides: an agreeing pair takes the more frequent word's rarity).
    nameFrequenciesFor(w, me).apply(me);
    // Each key contributes at most kMaxPostingsPerKey patients; those sharing most keys first.
    auto rows = w.exec_params(
        "SELECT r.id::text, r.content::text FROM ("
        "  SELECT x.patient_id, count(*) AS shared FROM unnest($1::text[]) AS k(key),"
        "  LATERAL (SELECT patient_id FROM match_keys m WHERE m.key = k.key LIMIT $2) x"
        "  WHERE x.patient_id::text <> $3 GROUP BY x.patient_id ORDER BY shared DESC, x.patient_id LIMIT $4) c"
        " JOIN resources r ON r.type = 'Patient' AND r.id = c.patient_id AND NOT r.deleted",
        textArray(keys), kMaxPostingsPerKey, s8(p.id), kMaxCandidates);
    for (const auto& row : rows) {
        const QJsonObject content = jsonObject(row[1].as<std::string>());
        if (mergedAway(content)) continue;
        auto other = fhir::patientFromFhir(content);
        if (!other.ok()) continue;
        match::MatchResult m = match::compare(me, match::recordFromPatient(other.value()), match::defaultWeights(), true);
        if (m.grade < minGrade || m.grade == match::Grade::None) continue;
        out.push_back(MatchCandidate{q8(row[0].as<std::string>()), m.score, m.weight, m.grade, content, std::move(m.fields)});
    }
    std::sort(out.begin(), out.end(), [](const MatchCandidate& a, const MatchCandidate& b) {
        if (a.grade != b.grade) return a.grade > b.grade;
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.patientId < b.patientId;
    });
    if (out.size() > static_cast<std::size_t>(limit)) out.resize(static_cast<std::size_t>(limit));
    return out;
}

Result<qint64> refreshNameFrequencies(Db& db)
{
    return db.transact([](pqxx::work& w) -> qint64 {
        w.exec("DELETE FROM name_frequency");
        w.exec("DELETE FROM name_frequency_totals");
        // One row per (patient, word, sex) from the name keys; the word is the key's second part.
        w.exec("CREATE TEMP TABLE nf_words ON COMMIT DROP AS"
               " SELECT DISTINCT m.patient_id, split_part(m.key, ':', 2) AS word,"
               "  CASE r.content->>'gender' WHEN 'male' THEN 'male' WHEN 'female' THEN 'female' ELSE '' END AS sex"
               " FROM match_keys m JOIN resources r ON r.type = 'Patient' AND r.id = m.patient_id AND NOT r.deleted"
               " WHERE m.key LIKE 'nu:%' OR m.key LIKE 'nv:%'");
        w.exec("INSERT INTO name_frequency (sex, word, patients)"
               " SELECT sex, word, count(*) FROM nf_words WHERE sex <> '' GROUP BY sex, word"
               " UNION ALL SELECT 'all', word, count(*) FROM nf_words GROUP BY word");
        w.exec("INSERT INTO name_frequency_totals (sex, patients, sum_squares)"
               " SELECT t.sex, t.n, coalesce((SELECT sum(f.patients::float8 * f.patients) FROM name_frequency f WHERE f.sex = t.sex), 0)"
               " FROM (SELECT sex, count(DISTINCT patient_id) AS n FROM nf_words WHERE sex <> '' GROUP BY sex"
               "       UNION ALL SELECT 'all', count(DISTINCT patient_id) FROM nf_words) t WHERE t.n > 0");
        return w.exec1("SELECT coalesce((SELECT patients FROM name_frequency_totals WHERE sex = 'all'), 0)")[0].as<long long>();
    });
}

Result<int> backfillMatchKeys(Db& db)
{
    constexpr int kBatch = 2000;
    int total = 0;
    for (;;) {
        auto r = db.transact([&](pqxx::work& w) {
            auto rows = w.exec_params("SELECT r.id::text, r.content::text FROM resources r WHERE r.type = 'Patient'"
                                      " AND NOT EXISTS (SELECT 1 FROM match_keys m WHERE m.patient_id = r.id)"
                                      " ORDER BY r.id LIMIT $1",
                                      kBatch);
            int indexed = 0, done = 0;
            for (const auto& row : rows) {
                ++done;
                auto p = fhir::patientFromFhir(jsonObject(row[1].as<std::string>()));
                if (!p.ok()) continue;
                indexPatient(w, q8(row[0].as<std::string>()), p.value());
                ++indexed;
            }
            return std::make_pair(done, indexed);
        });
        if (!r.ok()) return r.error();
        total += r.value().second;
        // Patients that give no keys at all (or cannot be read) are not retried forever.
        if (r.value().first < kBatch || r.value().second == 0) break;
    }
    return total;
}

} // namespace bhu::registry
