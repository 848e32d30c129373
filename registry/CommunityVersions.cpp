#include "bhu/registry/CommunityVersions.h"

#include "bhu/fhir/FhirGroup.h"
#include "bhu/registry/EntryParse.h"

#include <QHash>

namespace bhu::registry {

namespace {
QJsonObject withoutMeta(QJsonObject o)
{
    o.remove(QStringLiteral("meta"));
    return o;
}

std::optional<NextVersion> mergedGroup(const QJsonObject& stored, const QJsonObject& sent, int storedCv, int sentCv)
{
    auto a = fhir::householdFromFhir(stored);
    auto b = fhir::householdFromFhir(sent);
    if (!b.ok()) return std::nullopt;   // parseEntry let it through; the stored one stays
    if (!a.ok()) return NextVersion{withoutMeta(sent), sentCv};
    HouseholdRecord merged = sentCv >= storedCv ? b.value() : a.value();
    const HouseholdRecord& other = sentCv >= storedCv ? a.value() : b.value();
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < merged.members.size(); ++i) at.insert(merged.members[i].id, i);
    for (const HouseholdMember& m : other.members) {
        const auto it = at.constFind(m.id);
        if (it == at.constEnd()) {
            merged.members.append(m);
            continue;
        }
        HouseholdMember& mine = merged.members[*it];
        if (mine.isCurrent() && !m.isCurrent()) {
            mine.leftOn = m.leftOn;
            mine.leftReason = m.leftReason;
        }
    }
    merged.household.version = std::max(storedCv, sentCv);
    const QJsonObject content = withoutMeta(fhir::householdToFhir(merged));
    if (content == withoutMeta(stored)) return std::nullopt;
    return NextVersion{content, merged.household.version};
}
} // namespace

std::optional<NextVersion> nextCommunityVersion(const QString& type, const QJsonObject& stored, const QJsonObject& sent)
{
    const int storedCv = clientVersionOf(stored).value_or(1);
    const int sentCv = clientVersionOf(sent).value_or(1);
    if (type == u"Group") return mergedGroup(stored, sent, storedCv, sentCv);
    if (sentCv <= storedCv) return std::nullopt;
    return NextVersion{withoutMeta(sent), sentCv};
}

} // namespace bhu::registry
