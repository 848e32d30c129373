#include "bhu/match/BlockingKeys.h"

namespace bhu::match {

namespace {
constexpr int kBandYears = 5;
constexpr int kEdgeYears = 2;
constexpr int kMaxNameWords = 3;

} // namespace

QString blockingWord(const NameToken& t) { return t.arabic || t.skeleton.isEmpty() ? t.key : t.skeleton; }

QStringList blockingWords(const QList<NameToken>& name)
{
    QStringList out;
    for (const NameToken& t : name) {
        if (t.common || t.key.size() < 2) continue;
        const QString k = blockingWord(t);
        if (!k.isEmpty() && !out.contains(k)) out << k;
        if (out.size() == kMaxNameWords) break;
    }
    return out;
}

QStringList blockingKeys(const MatchRecord& r)
{
    QStringList keys;
    for (const QString& id : {r.cnic, r.bform})
        if (!id.isEmpty()) keys << QStringLiteral("id:") + id;
    if (!r.phone.isEmpty()) keys << QStringLiteral("ph:") + r.phone;
    if (!r.guardianCnic.isEmpty()) keys << QStringLiteral("gc:") + r.guardianCnic;

    const QStringList words = blockingWords(r.name);
    QList<int> bands;
    if (r.birthYear > 0) {
        const int band = r.birthYear / kBandYears;
        bands << band;
        const int offset = r.birthYear % kBandYears;
        if (offset < kEdgeYears) bands << band - 1;
        else if (offset >= kBandYears - kEdgeYears) bands << band + 1;
    }
    for (const QString& w : words) {
        for (int b : bands) keys << QStringLiteral("nb:%1:%2:%3").arg(w, r.district).arg(b);
        if (!r.unionCouncil.isEmpty()) keys << QStringLiteral("nu:") + w + u':' + r.unionCouncil;
        else if (!r.village.isEmpty()) keys << QStringLiteral("nv:") + w + u':' + r.village;
    }
    if (!r.unionCouncil.isEmpty() && r.birthDate.isValid())
        keys << QStringLiteral("bu:") + r.birthDate.toString(Qt::ISODate) + u':' + r.unionCouncil;
    if (!r.unionCouncil.isEmpty())
        for (const QString& g : blockingWords(r.guardian)) keys << QStringLiteral("gu:") + g + u':' + r.unionCouncil;
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace bhu::match
