#include "bhu/domain/DoseFrequency.h"

#include <QCoreApplication>

namespace bhu {

namespace {

struct FrequencyRow {
    const char16_t* code;
    int times;
    int period;
    const char16_t* unit;
    bool asNeeded, once, bedtime;
    const char* name;   // for translation
};

const FrequencyRow kFrequencies[] = {
    {u"OD", 1, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once a day")},
    {u"BD", 2, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "twice a day")},
    {u"TDS", 3, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "three times a day")},
    {u"QID", 4, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "four times a day")},
    {u"HS", 1, 1, u"d", false, false, true, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "at bedtime")},
    {u"SOS", 0, 0, u"", true, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "when needed")},
    {u"STAT", 1, 0, u"", false, true, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once, now")},
    {u"WEEKLY", 1, 1, u"wk", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once a week")},
    {u"Q3M", 1, 3, u"mo", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once every three months")},
};

const FrequencyRow* find(QStringView code)
{
    QString c = code.trimmed().toString().toUpper();
    if (c == u"TID") c = QStringLiteral("TDS");
    else if (c == u"QD") c = QStringLiteral("OD");
    else if (c == u"BID") c = QStringLiteral("BD");
    else if (c == u"PRN") c = QStringLiteral("SOS");
    for (const auto& r : kFrequencies)
        if (c == QStringView(r.code)) return &r;
    return nullptr;
}

} // namespace

std::optional<DoseFrequency> doseFrequency(QStringView code)
{
    const FrequencyRow* r = find(code);
    if (!r) return std::nullopt;
    return DoseFrequency{QString::fromUtf16(r->code), r->times, r->period, QString::fromUtf16(r->unit),
                         r->asNeeded, r->once, r->bedtime};
}

QStringList doseFrequencyCodes()
{
    QStringList out;
    for (const auto& r : kFrequencies) out.append(QString::fromUtf16(r.code));
    return out;
}

QString doseFrequencyName(QStringView code)
{
    const FrequencyRow* r = find(code);
    return r ? QCoreApplication::translate("bhu::DoseFrequency", r->name) : code.toString();
}

} // namespace bhu
