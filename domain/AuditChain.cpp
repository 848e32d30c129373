#include "bhu/domain/AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace bhu {

namespace {
struct Field {
    const char* name;
    QString AuditRecord::*member;
};
// Wire names of the text fields, in hash order after seq.
constexpr Field kFields[] = {{"id", &AuditRecord::id},
                             {"at", &AuditRecord::at},
                             {"userId", &AuditRecord::userId},
                             {"username", &AuditRecord::username},
                             {"action", &AuditRecord::action},
                             {"entityType", &AuditRecord::entityType},
                             {"entityId", &AuditRecord::entityId},
                             {"patientId", &AuditRecord::patientId},
                             {"source", &AuditRecord::source},
                             {"details", &AuditRecord::details},
                             {"prevHash", &AuditRecord::prevHash},
                             {"hash", &AuditRecord::hash}};

bool isHash(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}
} // namespace

QString auditHash(const AuditRecord& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString fields[] = {e.prevHash, QString::number(e.seq), e.id, e.at, e.userId, e.username, e.action,
                              e.entityType, e.entityId, e.patientId, e.source, e.details};
    for (const QString& f : fields) {
        const QByteArray u = f.toUtf8();
        h.addData(QByteArray(QByteArray::number(u.size()) + ':'));
        h.addData(u);
    }
    return QString::fromLatin1(h.result().toHex());
}

QJsonObject auditEntryToParameter(const AuditRecord& e)
{
    QJsonArray parts{QJsonObject{{QStringLiteral("name"), QStringLiteral("seq")}, {QStringLiteral("valueInteger"), e.seq}}};
    for (const Field& f : kFields) {
        const QString& v = e.*(f.member);
        if (v.isEmpty()) continue;
        parts.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(f.name)}, {QStringLiteral("valueString"), v}});
    }
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("entry")}, {QStringLiteral("part"), parts}};
}

std::optional<AuditRecord> auditEntryFromParameter(const QJsonObject& parameter)
{
    if (parameter.value(u"name").toString() != u"entry") return std::nullopt;
    AuditRecord e;
    for (const QJsonValue pv : parameter.value(u"part").toArray()) {
        const QJsonObject p = pv.toObject();
        const QString name = p.value(u"name").toString();
        if (name == u"seq") {
            e.seq = p.value(u"valueInteger").toInteger(0);
            continue;
        }
        for (const Field& f : kFields)
            if (name == QLatin1String(f.name)) e.*(f.member) = p.value(u"valueString").toString();
    }
    if (e.seq < 1 || !isHash(e.hash) || !isHash(e.prevHash)) return std::nullopt;
    return e;
}

} // namespace bhu
