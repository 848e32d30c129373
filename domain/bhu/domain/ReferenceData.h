#pragma once
// Clinical reference lists a BHU picks from: the ICD-10 short list, essential medicines and
// common chief complaints. The data are CSV files in reference/ (see reference/README.md),
// compiled into bhu_domain as the Qt resource :/bhu/reference/*.csv; builtIn() reads those.
// A district can later ship newer lists: parse() takes the same three CSV files.
//
// The medicines list is the facility's to edit (what its store actually stocks): an admin
// imports a CSV of the same columns (services/ReferenceService, `bhuctl reference`), which is
// kept in the encrypted database and made current() for the whole program when a user signs in.
// current() is what screens pick from; builtIn() stays the shipped lists.
//
// Search (searchDiagnoses / searchMedicines / searchComplaints): the typed text and the names
// are folded like names are (foldNameText: case, accents, Urdu letter variants), then ranked
//   0 — the code starts with the text ("j18", "J18.9"; dots and spaces are ignored),
//   1 — the English or Urdu name starts with the text,
//   2 — every typed word is the start of some word of a name ("resp inf", "نمو"),
// and within a rank the lists keep their file order (the most common first). Empty text
// returns the whole list.
#include "bhu/domain/Prescription.h"
#include "bhu/domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace bhu {

struct IcdEntry {
    QString code;        // WHO ICD-10: "J18.9", "A09", "I10"
    QString nameEn;
    QString nameUr;
    int dhisRowUnder5 = 0;   // priority-disease row of the monthly DHIS report; 0 = not a listed row
    int dhisRowOver5 = 0;    // the same row unless the report splits by age (pneumonia, diarrhoea)
    // The DHIS row for a patient of this age in completed years (unknown age: the 5+ row).
    int dhisRow(std::optional<int> ageYears) const;
};

struct Medicine {
    QString code;        // stable key, e.g. "paracetamol-500-tab"
    QString name;        // generic name
    QString strength;    // "500 mg"
    QString form;        // "tablet"
    QString dose;        // default dose per administration
    QString frequency;   // default DoseFrequency code
    int durationDays = 0;    // default course; 0 = not fixed

    QString text() const;    // "Paracetamol 500 mg tablet"
    // A prescription filled with this medicine and its defaults (no ids, no quantity).
    Prescription defaultPrescription() const;
};

struct Complaint {
    QString code;        // "fever"
    QString nameEn;
    QString nameUr;
};

class ReferenceData {
public:
    ReferenceData();
    ~ReferenceData();
    ReferenceData(const ReferenceData&);
    ReferenceData& operator=(const ReferenceData&);
    ReferenceData(ReferenceData&&) noexcept;
    ReferenceData& operator=(ReferenceData&&) noexcept;

    // Parses the three CSV files (UTF-8, with header rows; columns in reference/README.md).
    // Invalid with the file, line and problem (missing column, empty or duplicate code, bad
    // ICD-10 code shape, unknown frequency code, bad number).
    static Result<ReferenceData> parse(const QByteArray& icd10Csv, const QByteArray& medicinesCsv,
                                       const QByteArray& complaintsCsv);
    // The lists compiled into the program (parsed once; thread-safe). A broken built-in list
    // is a build error caught by the tests; it would give empty lists here.
    static const ReferenceData& builtIn();
    static Result<ReferenceData> loadBuiltIn();
    // The shipped medicines CSV (to export, edit and import back).
    static Result<QByteArray> builtInMedicinesCsv();

    // The lists in use: builtIn() until setCurrent() replaced them. Thread-safe; a reader keeps
    // the snapshot it got even if the lists are replaced meanwhile.
    static std::shared_ptr<const ReferenceData> current();
    static void setCurrent(std::shared_ptr<const ReferenceData> data);   // nullptr → builtIn()

    // A copy with the medicines replaced by the CSV's (same columns and checks as parse()).
    Result<ReferenceData> withMedicines(const QByteArray& medicinesCsv) const;

    const QList<IcdEntry>& diagnoses() const;
    const QList<Medicine>& medicines() const;
    const QList<Complaint>& complaints() const;

    std::optional<IcdEntry> diagnosis(QStringView code) const;   // exact code, case-insensitive
    std::optional<Medicine> medicine(QStringView code) const;
    std::optional<Complaint> complaint(QStringView code) const;

    QList<IcdEntry> searchDiagnoses(QStringView text, int limit = 20) const;
    QList<Medicine> searchMedicines(QStringView text, int limit = 20) const;
    QList<Complaint> searchComplaints(QStringView text, int limit = 20) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace bhu
