#pragma once
// Pakistani given names and family names with the spelling variants the front desk meets,
// plus Urdu script for the common ones. Used only by the synthetic-data generator.
#include <QList>
#include <QString>

namespace bhu::synth {

struct PoolName {
    QString latin;
    QString urdu;   // empty when not known
};

const QList<PoolName>& maleGivenNames();
const QList<PoolName>& femaleGivenNames();
const QList<PoolName>& familyNames();
// Transliteration variants for a canonical spelling ("Muhammad" → Mohammad, Mohd, M., ...).
QList<QString> spellingVariants(const QString& canonical);

} // namespace bhu::synth
