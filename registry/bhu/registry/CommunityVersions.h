#pragma once
// The next stored version of a community record that changes after it is recorded
// (docs/sync-protocol.md, "Households and pregnancies"). Pure: no database.
//  - EpisodeOfCare (a pregnancy): the sent resource when its client version is higher than the
//    stored one (the outcome is recorded once, as version 2); otherwise nothing changes.
//  - Group (a household): the two are merged, so that two computers that changed the same
//    household offline both keep their changes: the household's own fields from the higher
//    client version, the memberships as the union by membership id, an ended membership
//    winning over the same one still current; client version = the higher of the two.
// nullopt: the stored version stays current (the same content, or an older client version).
#include <QJsonObject>
#include <optional>

namespace bhu::registry {

struct NextVersion {
    QJsonObject content;   // without meta
    int clientVersion = 0;
};

std::optional<NextVersion> nextCommunityVersion(const QString& type, const QJsonObject& stored, const QJsonObject& sent);

} // namespace bhu::registry
