#pragma once
// N clinics syncing with one registry at the same time, each on its own thread and connection:
// enrol, push a day's small Bundle (patients, their visits and diagnoses), pull its change feed
// to the end. Measures every request's latency and counts errors.
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bhu::bench {

struct ConcurrentResult {
    int clients = 0;
    int requests = 0;
    int errors = 0;
    qint64 resourcesPushed = 0;
    double wallSeconds = 0;
    double p50Ms = 0, p95Ms = 0, maxMs = 0;
    QString firstError;
    QJsonObject toJson() const;
};

// tokens: one enrolment token per clinic (facility codes in `codes`, same order).
ConcurrentResult runConcurrentClinics(const QString& host, int port, const QStringList& codes, const QStringList& tokens,
                                      int patientsPerClinic);

} // namespace bhu::bench
