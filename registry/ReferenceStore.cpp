#include "bhu/registry/ReferenceStore.h"

#include "bhu/domain/ReferenceLists.h"
#include "bhu/registry/Crypto.h"
#include "bhu/registry/Reply.h"
#include "bhu/registry/ResourceStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace bhu::registry {

namespace {
PublishedList fromRow(const pqxx::row& r)
{
    PublishedList p;
    p.name = q8(r[0].as<std::string>());
    p.id = q8(r[1].as<std::string>());
    p.version = r[2].as<int>();
    p.rows = r[3].as<int>();
    p.publishedAt = q8(r[4].as<std::string>());
    p.publishedBy = q8(r[5].as<std::string>());
    return p;
}

const char* const kColumns =
    "name, id::text, version, rows, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), published_by";

// The Binary of one version, as the change feed sends it.
QJsonObject binaryResource(const QString& name, const QString& id, int version, const QString& at, const QByteArray& csv)
{
    const QJsonObject tag{{QStringLiteral("system"), referenceListTagSystem()}, {QStringLiteral("code"), name}};
    const QJsonObject meta{{QStringLiteral("versionId"), QString::number(version)},
                           {QStringLiteral("lastUpdated"), at},
                           {QStringLiteral("tag"), QJsonArray{tag}}};
    return {{QStringLiteral("resourceType"), QStringLiteral("Binary")},
            {QStringLiteral("id"), id},
            {QStringLiteral("meta"), meta},
            {QStringLiteral("contentType"), QStringLiteral("text/csv")},
            {QStringLiteral("data"), QString::fromLatin1(csv.toBase64())}};
}
} // namespace

Result<PublishedList> publishReferenceList(Db& db, const QString& name, const QByteArray& csv, const QString& publishedBy)
{
    auto rows = checkReferenceList(name, csv);   // nothing is stored unless the clinic can read it
    if (!rows.ok()) return rows.error();
    const QString id = referenceListId(name);
    const QString sha = sha256Hex(csv);
    return db.transact([&](pqxx::work& w) {
        lockChangeFeed(w);   // the change's seq is drawn under the feed lock (docs/registry.md, "Ordering")
        auto last = w.exec_params(std::string("SELECT ") + kColumns + ", csv_sha256 FROM reference_lists WHERE id = $1"
                                  " ORDER BY version DESC LIMIT 1", s8(id));
        if (!last.empty() && q8(last[0][6].as<std::string>()) == sha) {
            PublishedList same = fromRow(last[0]);
            same.unchanged = true;
            return same;
        }
        PublishedList p;
        p.name = name;
        p.id = id;
        p.version = last.empty() ? 1 : last[0][2].as<int>() + 1;
        p.rows = rows.value();
        p.publishedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        p.publishedBy = publishedBy;
        w.exec_params("INSERT INTO reference_lists (id, version, name, rows, csv_sha256, content, published_by, published_at)"
                      " VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::timestamptz)",
                      s8(id), p.version, s8(name), p.rows, s8(sha), jsonText(binaryResource(name, id, p.version, p.publishedAt, csv)),
                      s8(publishedBy), s8(p.publishedAt));
        // No patient, no facility: in every facility's feed (ChangesOp).
        w.exec_params("INSERT INTO changes (seq, type, id, version, patient_id, facility_id)"
                      " VALUES (nextval('change_seq'), 'Binary', $1, $2, NULL, NULL)",
                      s8(id), p.version);
        return p;
    });
}

Result<std::vector<PublishedList>> latestReferenceLists(Db& db)
{
    return db.transact([&](pqxx::work& w) {
        std::vector<PublishedList> out;
        for (const auto& r : w.exec(std::string("SELECT DISTINCT ON (name) ") + kColumns +
                                    " FROM reference_lists ORDER BY name, version DESC"))
            out.push_back(fromRow(r));
        return out;
    });
}

} // namespace bhu::registry
