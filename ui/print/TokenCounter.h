#pragma once
// OPD token numbers: 1, 2, 3, … per facility and day, kept in the user settings until the
// visit queue (a later issue) owns them in the database.
#include <QDate>
#include <QString>

namespace bhu::ui {

class TokenCounter {
public:
    explicit TokenCounter(QString facilityCode) : m_facility(std::move(facilityCode)) {}
    int next(const QDate& day);          // issues and remembers the next number of that day
    int last(const QDate& day) const;    // 0 before the first token of the day

private:
    QString key(const QDate& day) const;
    QString m_facility;
};

} // namespace bhu::ui
