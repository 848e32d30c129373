#pragma once
// Patient records from a CSV file for `bhu-registry match` (docs/matching.md). Columns, by
// header name (case-insensitive, any order): record_id, given_name, family_name, full_name,
// relation, guardian_name, sex, birth_date, birth_year_estimated, age_years, cnic, phone,
// province, district, tehsil, union_council, village. Unknown columns are ignored (and kept in
// `extra` for tools such as the evaluation); an empty field means missing.
//  - name: full_name, or given_name + family_name; a relation marker inside ("Ayesha D/O
//    Ghulam Rasool") gives relation and guardian when those columns are empty.
//  - relation: S/O, D/O, W/O, C/O (or "son of", …); sex: M/F/male/female/…
//  - birth_date: yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy or a bare year (treated as estimated).
//  - birth_year_estimated: an estimated birth year (1950), or a flag (1/true/yes/y) marking
//    birth_date as estimated. age_years: an age in years on `today` → estimated birth year.
//  - cnic: 13 digits with or without dashes; anything else is ignored.
#include "bhu/domain/Result.h"
#include "bhu/match/MatchRecord.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <vector>

namespace bhu::match {

struct CsvRecords {
    std::vector<MatchRecord> records;
    QStringList extraColumns;                 // header names of the unknown columns
    std::vector<QStringList> extra;           // per record, the values of those columns
};

// Invalid: not CSV, no header, no record_id column, or a record_id repeated (the message
// names the row).
Result<CsvRecords> readMatchCsv(const QByteArray& bytes, QDate today);

// The header of the format, in the order.
QStringList matchCsvColumns();

} // namespace bhu::match
