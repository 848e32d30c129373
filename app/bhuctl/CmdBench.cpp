// bhuctl bench: front-desk latency on a real (or seeded) database.
//   bhuctl bench search --db PATH [--queries N] [--seed S]
//     A fixed, deterministic mix of realistic queries built from the database's own patients:
//     full names, prefixes ("muh akr"), misspellings (a vowel dropped or doubled), spelling
//     variants (Muhammad → Mohd), reordered names, "name s/o guardian", MR numbers with and
//     without dashes, CNICs with dashes, phones as 03XXXXXXXXX. Warm-up, then each
//     PatientService::search call is timed. Prints percentiles overall and per kind, and the
//     hit rate: the share of queries whose intended patient is in the top 10.
//   bhuctl bench register --db PATH [--n N] [--seed S]
//     Registers N synthetic patients the way the form does (duplicate check, then
//     registerPatient) and times both. Target: registration ≤ 20 ms p95. Adds patients: use a
//     copy or a training database.
#include "Cli.h"

#include "bhu/domain/Cnic.h"
#include "bhu/domain/MrNumber.h"
#include "bhu/domain/NameNormalizer.h"
#include "bhu/services/PatientService.h"
#include "bhu/synth/NamePool.h"
#include "bhu/synth/PatientGenerator.h"
#include "bhu/synth/Rng.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace bhuctl {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhuctl", s); }

double percentile(QList<double> v, double pct)
{
    if (v.isEmpty()) return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<qsizetype>(std::ceil(pct / 100.0 * static_cast<double>(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

QJsonObject stats(const QList<double>& ms)
{
    double sum = 0;
    for (double x : ms) sum += x;
    return QJsonObject{{QStringLiteral("p50_ms"), round3(percentile(ms, 50))},
                       {QStringLiteral("p95_ms"), round3(percentile(ms, 95))},
                       {QStringLiteral("p99_ms"), round3(percentile(ms, 99))},
                       {QStringLiteral("max_ms"), round3(ms.isEmpty() ? 0 : *std::max_element(ms.begin(), ms.end()))},
                       {QStringLiteral("mean_ms"), round3(ms.isEmpty() ? 0 : sum / static_cast<double>(ms.size()))}};
}

bool wholeNumber(const QCommandLineParser& p, const char* name, qint64 fallback, qint64* out)
{
    if (!p.isSet(QLatin1String(name))) {
        *out = fallback;
        return true;
    }
    bool ok = false;
    *out = p.value(QLatin1String(name)).toLongLong(&ok);
    return ok && *out >= 0;
}

// ---------------------------------------------------------------------------------------------
// search

enum class Kind { FullName, Prefix, Misspelled, Variant, Reordered, NameGuardian, MrDashes, MrDigits, CnicDashes, PhoneLocal };

QString kindName(Kind k)
{
    switch (k) {
    case Kind::FullName: return QStringLiteral("full_name");
    case Kind::Prefix: return QStringLiteral("prefix");
    case Kind::Misspelled: return QStringLiteral("misspelled");
    case Kind::Variant: return QStringLiteral("variant");
    case Kind::Reordered: return QStringLiteral("reordered");
    case Kind::NameGuardian: return QStringLiteral("name_guardian");
    case Kind::MrDashes: return QStringLiteral("mr_dashes");
    case Kind::MrDigits: return QStringLiteral("mr_digits");
    case Kind::CnicDashes: return QStringLiteral("cnic_dashes");
    case Kind::PhoneLocal: return QStringLiteral("phone_03xx");
    }
    return {};
}

// The fixed mix, 20 slots: names dominate, as at a real front desk.
const QList<Kind>& mix()
{
    static const QList<Kind> m = {Kind::FullName,   Kind::Prefix,       Kind::Misspelled, Kind::NameGuardian, Kind::Variant,
                                  Kind::MrDashes,   Kind::Reordered,    Kind::Prefix,     Kind::CnicDashes,   Kind::Misspelled,
                                  Kind::NameGuardian, Kind::PhoneLocal, Kind::FullName,   Kind::Prefix,       Kind::Variant,
                                  Kind::MrDigits,   Kind::Misspelled,   Kind::NameGuardian, Kind::Reordered,  Kind::CnicDashes};
    return m;
}

QStringList words(const QString& name) { return name.simplified().split(u' ', Qt::SkipEmptyParts); }

bool isVowel(QChar c) { return QStringLiteral("aeiouAEIOU").contains(c); }

QString misspell(const QString& name, bhu::synth::Rng& rng)
{
    QStringList w = words(name);
    // The longest word with a vowel after its first letter.
    int best = -1;
    for (int i = 0; i < w.size(); ++i) {
        const QString& t = w.at(i);
        bool vowel = false;
        for (int j = 1; j < t.size(); ++j) vowel = vowel || isVowel(t.at(j));
        if (vowel && t.size() >= 4 && (best < 0 || t.size() > w.at(best).size())) best = i;
    }
    if (best < 0) return {};
    QString t = w.at(best);
    QList<int> vowels;
    for (int j = 1; j < t.size(); ++j)
        if (isVowel(t.at(j))) vowels << j;
    const int at = vowels.at(rng.below(static_cast<int>(vowels.size())));
    if (rng.chance(50)) t.remove(at, 1);
    else t.insert(at, t.at(at));
    w[best] = t;
    return w.join(u' ');
}

QString variant(const QString& name, bhu::synth::Rng& rng)
{
    static const QHash<QString, QStringList> groups = [] {
        QHash<QString, QStringList> g;   // lower-case spelling → all spellings of that name
        QList<bhu::synth::PoolName> all = bhu::synth::maleGivenNames();
        all += bhu::synth::femaleGivenNames();
        all += bhu::synth::familyNames();
        for (const auto& n : std::as_const(all)) {
            QStringList spellings = bhu::synth::spellingVariants(n.latin);
            if (spellings.isEmpty()) continue;
            spellings.prepend(n.latin);
            for (const QString& s : std::as_const(spellings)) g.insert(s.toLower(), spellings);
        }
        return g;
    }();
    QStringList w = words(name);
    for (int i = 0; i < w.size(); ++i) {
        const auto it = groups.constFind(w.at(i).toLower());
        if (it == groups.constEnd()) continue;
        QStringList others;
        for (const QString& s : it.value())
            if (s.compare(w.at(i), Qt::CaseInsensitive) != 0) others << s;
        if (others.isEmpty()) continue;
        // Muhammad → Mohd, the front desk's favourite shortcut.
        const auto mohd = std::find_if(others.begin(), others.end(), [](const QString& s) { return s == u"Mohd"; });
        w[i] = mohd != others.end() && rng.chance(60) ? *mohd : others.at(rng.below(static_cast<int>(others.size())));
        return w.join(u' ');
    }
    return {};
}

QString prefixes(const QString& name, bhu::synth::Rng& rng)
{
    QStringList w;
    for (const QString& t : words(name))
        if (t.size() >= 3 && !t.endsWith(u'.')) w << t;
    if (w.isEmpty()) return {};
    QStringList out;
    for (int i = 0; i < std::min<qsizetype>(2, w.size()); ++i) out << w.at(i).left(std::min<qsizetype>(w.at(i).size(), 3 + rng.below(2)));
    return out.join(u' ');
}

QString queryFor(Kind k, const bhu::SearchHit& h, bhu::synth::Rng& rng)
{
    switch (k) {
    case Kind::FullName: return h.name;
    case Kind::Prefix: return prefixes(h.name, rng);
    case Kind::Misspelled: return misspell(h.name, rng);
    case Kind::Variant: return variant(h.name, rng);
    case Kind::Reordered: {
        QStringList w = words(h.name);
        if (w.size() < 2) return {};
        std::reverse(w.begin(), w.end());
        return w.join(u' ');
    }
    case Kind::NameGuardian: {
        if (h.guardianName.isEmpty()) return {};
        const QString rel = h.relation == bhu::Relation::None ? QStringLiteral("s/o") : bhu::relationCode(h.relation);
        return h.name + u' ' + rel + u' ' + h.guardianName;
    }
    case Kind::MrDashes: return h.mr.size() == 12 ? bhu::formatMrNumber(h.mr) : QString();
    case Kind::MrDigits: return h.mr;
    case Kind::CnicDashes: return h.cnic.size() == 13 ? bhu::formatCnic(h.cnic) : QString();
    case Kind::PhoneLocal: return h.phone.startsWith(QStringLiteral("+92")) ? QStringLiteral("0") + h.phone.mid(3) : QString();
    }
    return {};
}

// Patients to look for, sampled through search itself: for each common given name (in a
// seeded order), a few of the patients it finds. Works on any database with Pakistani names.
bhu::Result<QList<bhu::SearchHit>> sampleTargets(bhu::services::PatientService& svc, int wanted, quint64 seed)
{
    QList<QString> names;
    for (const auto& n : bhu::synth::maleGivenNames()) names << n.latin;
    for (const auto& n : bhu::synth::femaleGivenNames()) names << n.latin;
    bhu::synth::Rng rng(seed);
    for (qsizetype i = names.size() - 1; i > 0; --i) std::swap(names[i], names[rng.below(static_cast<int>(i + 1))]);
    const int perName = std::max(2, wanted / static_cast<int>(names.size()) + 2);
    QList<bhu::SearchHit> out;
    QSet<QString> seen;
    for (int round = 0; round < 3 && out.size() < wanted; ++round) {
        for (const QString& n : std::as_const(names)) {
            if (out.size() >= wanted) break;
            bhu::SearchQuery q;
            q.text = n;
            q.limit = 60;
            auto r = svc.search(q);
            if (!r.ok()) return r.error();
            QList<bhu::SearchHit> hits = r->hits;
            int took = 0;
            while (!hits.isEmpty() && took < perName && out.size() < wanted) {
                const bhu::SearchHit h = hits.takeAt(rng.below(static_cast<int>(hits.size())));
                if (seen.contains(h.patientId) || h.name.isEmpty()) continue;
                seen.insert(h.patientId);
                out << h;
                ++took;
            }
        }
    }
    return out;
}

int runSearchBench(QCommandLineParser& p, bhu::services::Session& session)
{
    qint64 n = 0, seed = 0;
    if (!wholeNumber(p, "queries", 1000, &n) || n < 1 || !wholeNumber(p, "seed", 1, &seed))
        return failUsage(tr("--queries N (≥ 1) and --seed S take whole numbers."));
    bhu::services::PatientService svc(session);
    auto count = svc.count();
    if (!count.ok()) return fail(count.error());
    if (count.value() == 0) return fail(bhu::Error::make(bhu::ErrorCode::NotFound, tr("The database has no patients: run bhuctl seed first.")));
    auto targets = sampleTargets(svc, static_cast<int>(std::min<qint64>(n, 500)), static_cast<quint64>(seed));
    if (!targets.ok()) return fail(targets.error());
    if (targets->isEmpty())
        return fail(bhu::Error::make(bhu::ErrorCode::NotFound, tr("No patients found to build queries from (the name search found none).")));

    struct Query {
        Kind kind;
        QString text;
        QString intended;
    };
    QList<Query> queries;
    bhu::synth::Rng rng(static_cast<quint64>(seed) * 7919 + 17);
    const auto& t = targets.value();
    for (qint64 i = 0; i < n; ++i) {
        Kind kind = mix().at(static_cast<int>(i % mix().size()));
        const int start = rng.below(static_cast<int>(t.size()));
        QString text;
        QString intended;
        // The first target (from a random start) that has what this kind needs.
        for (int j = 0; j < t.size() && text.isEmpty(); ++j) {
            const bhu::SearchHit& h = t.at((start + j) % t.size());
            text = queryFor(kind, h, rng);
            intended = h.patientId;
        }
        if (text.isEmpty()) {
            kind = Kind::FullName;
            text = t.at(start).name;
            intended = t.at(start).patientId;
        }
        queries << Query{kind, text, intended};
    }

    auto runOne = [&](const Query& q, double* ms, bool* hit) -> bhu::Status {
        bhu::SearchQuery sq;
        sq.text = q.text;
        QElapsedTimer timer;
        timer.start();
        auto r = svc.search(sq);
        *ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!r.ok()) return r.error();
        *hit = false;
        for (qsizetype i = 0; i < std::min<qsizetype>(10, r->hits.size()); ++i)
            if (r->hits.at(i).patientId == q.intended) *hit = true;
        return {};
    };
    // Warm-up: caches, statement preparation, page cache.
    for (qsizetype i = 0; i < std::min<qsizetype>(50, queries.size()); ++i) {
        double ms = 0;
        bool hit = false;
        if (auto s = runOne(queries.at(i), &ms, &hit); !s.ok()) return fail(s.error());
    }
    QList<double> all;
    QHash<int, QList<double>> perKind;
    QHash<int, int> perKindHits;
    int hits = 0;
    for (const Query& q : std::as_const(queries)) {
        double ms = 0;
        bool hit = false;
        if (auto s = runOne(q, &ms, &hit); !s.ok()) return fail(s.error());
        all << ms;
        perKind[static_cast<int>(q.kind)] << ms;
        if (hit) {
            ++hits;
            ++perKindHits[static_cast<int>(q.kind)];
        }
    }
    QJsonObject kinds;
    for (int k = 0; k <= static_cast<int>(Kind::PhoneLocal); ++k) {
        const auto kind = static_cast<Kind>(k);
        const QList<double> v = perKind.value(k);
        if (v.isEmpty()) continue;
        const QJsonObject s = stats(v);
        kinds.insert(kindName(kind), QJsonObject{{QStringLiteral("queries"), static_cast<int>(v.size())},
                                                 {QStringLiteral("p50_ms"), s.value(u"p50_ms")},
                                                 {QStringLiteral("p95_ms"), s.value(u"p95_ms")},
                                                 {QStringLiteral("hit_rate"), round3(double(perKindHits.value(k)) / double(v.size()))}});
    }
    QJsonObject out = stats(all);
    out.insert(QStringLiteral("patients"), count.value());
    out.insert(QStringLiteral("queries"), static_cast<int>(queries.size()));
    out.insert(QStringLiteral("targets"), static_cast<int>(t.size()));
    out.insert(QStringLiteral("seed"), seed);
    out.insert(QStringLiteral("hit_rate"), round3(double(hits) / double(queries.size())));
    out.insert(QStringLiteral("by_kind"), kinds);
    printJson(out);
    return Ok;
}

// ---------------------------------------------------------------------------------------------
// register

int runRegisterBench(QCommandLineParser& p, bhu::services::Session& session)
{
    qint64 n = 0, seed = 0;
    if (!wholeNumber(p, "n", 200, &n) || n < 1 || !wholeNumber(p, "seed", 90001, &seed))
        return failUsage(tr("--n N (≥ 1) and --seed S take whole numbers."));
    // It adds synthetic patients: demonstration data, the same permission as bhuctl seed.
    if (auto s = session.require(bhu::services::Permission::SeedDemoData); !s.ok()) return fail(s.error());
    bhu::services::PatientService svc(session);
    // Synthetic patients get synthetic national MR numbers, as with bhuctl seed (docs/identifiers.md).
    if (auto s = svc.reserveSyntheticMrNumbers(static_cast<int>(n)); !s.ok()) return fail(s.error());
    bhu::synth::PatientGenerator gen(static_cast<quint64>(seed), QDate::currentDate(), session.facility().code);
    const QList<bhu::Patient> people = gen.next(static_cast<int>(n));
    constexpr int kWarmup = 5;
    QList<double> checkMs, registerMs;
    int prompts = 0, refused = 0;
    for (qsizetype i = 0; i < people.size(); ++i) {
        bhu::Patient pt = people.at(i);
        pt.id.clear();
        QElapsedTimer timer;
        timer.start();
        auto dups = svc.findDuplicates(pt);
        const double check = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!dups.ok()) return fail(dups.error());
        bhu::services::RegisterOptions o;
        o.confirmedNotDuplicate = !dups->isEmpty();   // the clerk looked and chose "new patient"
        if (!dups->isEmpty()) ++prompts;
        timer.restart();
        auto r = svc.registerPatient(pt, o);
        const double reg = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        if (!r.ok()) {
            if (r.is(bhu::ErrorCode::Conflict) || r.is(bhu::ErrorCode::Invalid)) {
                ++refused;   // e.g. a CNIC already on another patient
                continue;
            }
            return fail(r.error());
        }
        if (i < kWarmup) continue;
        checkMs << check;
        registerMs << reg;
    }
    QJsonObject out = stats(registerMs);
    out.insert(QStringLiteral("registered"), static_cast<int>(people.size()) - refused);
    out.insert(QStringLiteral("timed"), static_cast<int>(registerMs.size()));
    out.insert(QStringLiteral("refused"), refused);
    out.insert(QStringLiteral("duplicate_prompts"), prompts);
    out.insert(QStringLiteral("duplicate_check"), stats(checkMs));
    out.insert(QStringLiteral("target_p95_ms"), 20);
    out.insert(QStringLiteral("meets_target"), percentile(registerMs, 95) <= 20.0);
    auto total = svc.count();
    out.insert(QStringLiteral("patients"), total.ok() ? total.value() : -1);
    out.insert(QStringLiteral("seed"), seed);
    printJson(out);
    return Ok;
}
} // namespace

Command benchCommand()
{
    return Command{
        QStringLiteral("bench"),
        QCoreApplication::translate("bhuctl", "Front-desk latency: bench search | bench register."),
        [](QCommandLineParser& p) {
            addDbOptions(p);
            p.addPositionalArgument(QStringLiteral("what"), QCoreApplication::translate("bhuctl", "search or register"));
            p.addOption({QStringLiteral("queries"), QCoreApplication::translate("bhuctl", "search: number of timed queries (default 1000)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("seed"), QCoreApplication::translate("bhuctl", "Seed of the query mix / synthetic patients."),
                         QStringLiteral("S")});
            p.addOption({QStringLiteral("n"), QCoreApplication::translate("bhuctl", "register: patients to add (default 200)."),
                         QStringLiteral("N")});
        },
        [](QCommandLineParser& p) {
            const QStringList args = p.positionalArguments();
            const QString what = args.value(0);
            if (args.size() != 1 || (what != u"search" && what != u"register"))
                return failUsage(tr("usage: bhuctl bench search|register --db PATH …  (bhuctl bench --help)"));
            int rc = Ok;
            auto session = openSession(p, QStringLiteral("bench ") + what, &rc);
            if (!session) return rc;
            return what == u"search" ? runSearchBench(p, *session) : runRegisterBench(p, *session);
        },
    };
}

} // namespace bhuctl
