#pragma once
// How patient facts read on screen and on paper: "S/O Akbar", "34 y (est.)", "0300-1234567".
// One place, so the search table, the patient page, the duplicate check and the printed card
// say the same thing the same way. Numbers and dates go through QLocale.
#include "bhu/domain/Patient.h"
#include "bhu/domain/PatientSearch.h"

#include <QCoreApplication>
#include <QFont>

namespace bhu::ui {

class PatientText {
    Q_DECLARE_TR_FUNCTIONS(PatientText)
public:
    static QString relationLabel(Relation r);                          // "S/O", … ; "" for None
    static QString guardian(Relation r, const QString& guardianName);  // "S/O Akbar"
    static QString sexName(Sex s);                                     // "Male", …
    static QString sexShort(Sex s);                                    // "M", "F", "O", ""
    // "34 y", "34 y (est.)", "8 m", "12 d"; "" without a birth date.
    static QString age(const QDate& birthDate, bool estimated, const QDate& today);
    static QString ageSex(const QDate& birthDate, bool estimated, Sex s, const QDate& today);   // "34 y (est.) · M"
    static QString date(const QDate& d);                               // locale short date; "" if invalid
    static QString dateTime(const QDateTime& t);                       // locale short date and time
    static QString mr(const QString& digits);                          // XXXX-XXXX-XXXX
    static QString cnic(const QString& digits);                        // XXXXX-XXXXXXX-X
    static QString phone(const QString& e164);                         // 03XX-XXXXXXX
    static QString village(const Address& a);                          // "Village, UC"
    static QString queryKind(QueryKind k);                             // "Searching by CNIC"
    static QString nationalIdOf(const Patient& p);                     // CNIC, else B-form (digits)

    // "ali s/o akbar" → name "ali", S/O, guardian "akbar" (the search box's text for a new patient).
    struct TypedName {
        QString name;
        Relation relation = Relation::None;
        QString guardian;
    };
    static TypedName splitTypedName(const QString& typed);
    // Whose CNIC a child is registered under: stored code and translated name.
    static QList<std::pair<QString, QString>> guardianRelationships();

    static QDate today();
    // Noto Nastaliq Urdu Regular (fontconfig would pick Bold, see platform notes).
    static QFont urduFont(qreal pointSize);
};

} // namespace bhu::ui
