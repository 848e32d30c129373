#pragma once
// Private helpers of the canonical JSON snapshots (PatientJson style): a missing date or time is
// an empty string, a missing measurement is null.
#include "bhu/domain/ClinicalFact.h"
#include "bhu/domain/Clock.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace bhu::jsonfields {

inline QJsonValue date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
inline QDate date(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
inline QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? isoUtc(t) : QString();
}
inline QDateTime time(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s.isEmpty()) return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
inline QJsonValue number(const std::optional<double>& x)
{
    return x ? QJsonValue(*x) : QJsonValue(QJsonValue::Null);
}
inline std::optional<double> number(const QJsonValue& v)
{
    if (!v.isDouble()) return std::nullopt;
    return v.toDouble();
}

// The ClinicalFact fields, written into / read from the same object as the fact's own fields.
inline void writeFact(const ClinicalFact& f, QJsonObject& o)
{
    o.insert(QStringLiteral("id"), f.id);
    o.insert(QStringLiteral("patient_id"), f.patientId);
    o.insert(QStringLiteral("visit_id"), f.visitId);
    o.insert(QStringLiteral("version"), f.version);
    o.insert(QStringLiteral("amends_id"), f.amendsId);
    o.insert(QStringLiteral("amend_reason"), f.amendReason);
    o.insert(QStringLiteral("recorded_at"), time(f.recordedAt));
    o.insert(QStringLiteral("recorded_by"), f.recordedBy);
}
inline void readFact(const QJsonObject& o, ClinicalFact& f)
{
    f.id = o.value(u"id").toString();
    f.patientId = o.value(u"patient_id").toString();
    f.visitId = o.value(u"visit_id").toString();
    f.version = o.value(u"version").toInt(1);
    f.amendsId = o.value(u"amends_id").toString();
    f.amendReason = o.value(u"amend_reason").toString();
    f.recordedAt = time(o.value(u"recorded_at"));
    f.recordedBy = o.value(u"recorded_by").toString();
}

} // namespace bhu::jsonfields
