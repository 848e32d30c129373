#pragma once
// A small, realistic catchment for synthetic data: one district's tehsils, union councils and
// villages. Real facilities import their own reference data.
#include <QList>
#include <QString>

namespace bhu::synth {

struct Catchment {
    QString province;      // name
    int provinceDigit;     // first digit of CNICs issued there
    QString district;
    QList<QString> tehsils;
    QList<QString> unionCouncils;
    QList<QString> villages;
};

const Catchment& defaultCatchment();

} // namespace bhu::synth
