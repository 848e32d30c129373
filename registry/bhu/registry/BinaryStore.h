#pragma once
// Storage of the photos of teleconsultations (registry migration 6): one row per Binary id,
// filled by resumable chunks. The only place their SQL lives.
#include <pqxx/pqxx>

#include <QByteArray>
#include <QString>
#include <optional>

namespace bhu::registry {

struct StoredBinary {
    QString id;
    long long facilityId = 0;
    QString contentType;
    long long size = 0;
    QString sha256;
    long long committed = 0;
    bool complete = false;
};

// The row locked for this transaction (SELECT … FOR UPDATE), or none.
std::optional<StoredBinary> lockBinary(pqxx::work& w, const QString& id);
std::optional<StoredBinary> findBinary(pqxx::work& w, const QString& id);
void createBinary(pqxx::work& w, const QString& id, long long facilityId, const QString& deviceId, const QString& contentType,
                  long long size, const QString& sha256);
// Appends bytes at the committed offset; returns the new committed offset.
long long appendBinary(pqxx::work& w, const QString& id, const QByteArray& bytes);
// SHA-256 (hex) of the stored bytes.
QString binarySha256(pqxx::work& w, const QString& id);
void completeBinary(pqxx::work& w, const QString& id);
// Throws away the bytes of an upload whose whole-file hash did not match (offset back to 0).
void discardBinary(pqxx::work& w, const QString& id);
QByteArray binaryData(pqxx::work& w, const QString& id);

} // namespace bhu::registry
