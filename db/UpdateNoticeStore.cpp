#include "bhu/db/UpdateNoticeStore.h"

#include "bhu/db/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bhu::db {

namespace {
const QString kNotice = QStringLiteral("update.notice");
const QString kEtag = QStringLiteral("update.etag");
const QString kCheckedBy = QStringLiteral("update.checked_by");
} // namespace

Result<QString> UpdateNoticeStore::meta(const QString& key)
{
    auto st = m_c.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!st.ok()) return st.error();
    st.value()->bind(1, key);
    auto r = st.value()->step();
    if (!r.ok()) return r.error();
    const QString v = r.value() ? st.value()->text(0) : QString();
    st.value()->reset();
    return v;
}

Status UpdateNoticeStore::setMeta(const QString& key, const QString& value)
{
    auto st = m_c.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st.ok()) return st.error();
    st.value()->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
    return st.value()->run();
}

Result<std::optional<UpdateNotice>> UpdateNoticeStore::notice()
{
    auto text = meta(kNotice);
    if (!text.ok()) return text.error();
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    if (o.value(u"version").toString().isEmpty()) return std::optional<UpdateNotice>();
    return std::optional<UpdateNotice>(UpdateNotice{o.value(u"product").toString(), o.value(u"version").toString(),
                                                    o.value(u"released").toString(), o.value(u"where").toString(),
                                                    o.value(u"notes").toString(),
                                                    QDateTime::fromString(o.value(u"received_at").toString(), Qt::ISODate)});
}

Status UpdateNoticeStore::store(const UpdateNotice& n, const QString& etag, const QString& programVersion, const Actor& who)
{
    auto before = notice();
    if (!before.ok()) return before.error();
    const QJsonObject o{{QStringLiteral("product"), n.product}, {QStringLiteral("version"), n.version},
                        {QStringLiteral("released"), n.released}, {QStringLiteral("where"), n.where},
                        {QStringLiteral("notes"), n.notes},
                        {QStringLiteral("received_at"), n.receivedAt.toUTC().toString(Qt::ISODate)}};
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(setMeta(kNotice, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
    BHU_TRY(setMeta(kEtag, etag));
    BHU_TRY(setMeta(kCheckedBy, programVersion));
    if (!before->has_value() || before->value().version != n.version)
        BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("update.notice"), QStringLiteral("Release"), n.product, QString(),
                                     QStringLiteral("version=%1").arg(n.version)));
    return tx.commit();
}

Status UpdateNoticeStore::withdraw(const QString& etag, const QString& programVersion, const Actor& who)
{
    auto before = notice();
    if (!before.ok()) return before.error();
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(setMeta(kNotice, QString()));
    BHU_TRY(setMeta(kEtag, etag));
    BHU_TRY(setMeta(kCheckedBy, programVersion));
    if (before->has_value())
        BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("update.withdrawn"), QStringLiteral("Release"), before->value().product, QString(),
                                     QStringLiteral("version=%1").arg(before->value().version)));
    return tx.commit();
}

Status UpdateNoticeStore::reject(const QString& etag, const QString& why, const QString& programVersion, const Actor& who)
{
    Transaction tx(m_c);
    BHU_TRY(tx.started());
    BHU_TRY(setMeta(kEtag, etag));
    BHU_TRY(setMeta(kCheckedBy, programVersion));
    BHU_TRY(AuditLog(m_c).append(who, QStringLiteral("update.rejected"), QStringLiteral("Release"), QString(), QString(), why));
    return tx.commit();
}

Result<QString> UpdateNoticeStore::etag(const QString& programVersion)
{
    auto by = meta(kCheckedBy);
    if (!by.ok()) return by.error();
    if (by.value() != programVersion) return QString();
    return meta(kEtag);
}

} // namespace bhu::db
