#pragma once
// The patient as the front desk knows them: demographics plus several identifiers.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bhu {

enum class Sex { Unknown, Male, Female, Other };
QString sexCode(Sex s);             // "male", "female", "other", "unknown" (FHIR gender codes)
Sex sexFromCode(const QString& c);

// S/O, D/O, W/O: how forms record the guardian. Stored as short codes.
enum class Relation { None, SonOf, DaughterOf, WifeOf, ChildOf };
QString relationCode(Relation r);   // "", "s/o", "d/o", "w/o", "c/o"
Relation relationFromCode(const QString& c);

// Identifier systems a patient may carry. All of them find the patient.
namespace IdSystem {
inline const QString Mr = QStringLiteral("mr");                       // national MR number
inline const QString MrProvisional = QStringLiteral("mr-provisional"); // facility namespace
inline const QString MrRetired = QStringLiteral("mr-retired");         // retired by a merge
inline const QString Cnic = QStringLiteral("cnic");
inline const QString BForm = QStringLiteral("bform");
} // namespace IdSystem

struct Identifier {
    QString system;
    QString value;   // digits only for MR, CNIC and B-form
    bool operator==(const Identifier&) const = default;
};

struct Address {
    QString province, district, tehsil, unionCouncil, village;
    bool operator==(const Address&) const = default;
};

struct Patient {
    QString id;              // client-generated UUID
    int version = 0;         // demographics version, 1 on creation
    QString name;            // Latin script
    QString nameUrdu;        // optional, Urdu script
    Relation relation = Relation::None;
    QString guardianName;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    bool birthDateEstimated = false;
    QString phone;           // E.164 (+923XXXXXXXXX)
    QString guardianCnic;    // for a child without a B-form
    QString guardianRelationship;
    Address address;
    QString notes;
    QString facilityCode;    // where the patient was registered
    QList<Identifier> identifiers;
    QDateTime createdAt, updatedAt;

    QString identifier(const QString& system) const;
    void setIdentifier(const QString& system, const QString& value);
    QString mrNumber() const;   // national if any, else provisional
};

// One saved version of the demographics, with who saved it and when.
struct PatientVersion {
    Patient patient;
    QString changedBy;
    QDateTime changedAt;
};

} // namespace bhu
