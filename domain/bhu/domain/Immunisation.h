#pragma once
// A dose recorded on a person's immunisation card. Append-only like every clinical fact
// (ClinicalFact.h): once recorded it is never changed; a correction is a new version
// (new id, amendsId, version + 1, a reason) and the corrected version stays. A dose recorded in
// error is corrected by a version with enteredInError = true (FHIR status entered-in-error).
#include "bhu/domain/EpiSchedule.h"
#include "bhu/domain/ImmunisationDue.h"

#include <QDateTime>
#include <QJsonObject>

namespace bhu {

struct Immunisation {
    QString id;                 // client-generated UUID of this version
    QString patientId;
    GivenDose dose;             // antigen, dose number, date, lot, place, given elsewhere
    QString facilityCode;       // the facility (or LHW laptop's facility) that recorded it
    QString performer;          // user name of who gave or recorded the dose
    QDateTime recordedAt;       // UTC
    QString recordedBy;
    int version = 1;
    QString amendsId;
    QString amendReason;
    bool enteredInError = false;

    QString code() const { return dose.antigen + QLatin1Char('-') + QString::number(dose.dose); }   // "Penta-1"
    bool isAmendment() const { return !amendsId.isEmpty(); }
    bool operator==(const Immunisation&) const = default;
};

// Checks a dose before it is recorded: the antigen and dose number are in the schedule, the date
// is not in the future and not before birth (birthDate invalid = unknown, not checked), a dose
// given here has a lot number. Invalid with a message naming the problem.
Status validateImmunisation(const EpiSchedule& schedule, const Immunisation& i, QDate birthDate, QDate today);

// The doses that count for the due-date computation: current versions (not amended by another
// record in `all`) that are not entered in error.
QList<GivenDose> currentDoses(const QList<Immunisation>& all);

// Canonical JSON (ClinicalJson.h conventions: snake_case, every key written, "" for a missing
// date or time): the golden-file input and the snapshot format.
QJsonObject immunisationToJson(const Immunisation& i);
Immunisation immunisationFromJson(const QJsonObject& o);

} // namespace bhu
