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
    const char16_t* urdu;   // the instruction as the patient reads it, whatever the program's language
};

const FrequencyRow kFrequencies[] = {
    {u"OD", 1, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once a day"), u"دن میں ایک بار"},
    {u"BD", 2, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "twice a day"), u"دن میں دو بار"},
    {u"TDS", 3, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "three times a day"), u"دن میں تین بار"},
    {u"QID", 4, 1, u"d", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "four times a day"), u"دن میں چار بار"},
    {u"HS", 1, 1, u"d", false, false, true, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "at bedtime"), u"رات سوتے وقت"},
    {u"SOS", 0, 0, u"", true, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "when needed"), u"ضرورت کے وقت"},
    {u"STAT", 1, 0, u"", false, true, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once, now"), u"ابھی ایک بار"},
    {u"WEEKLY", 1, 1, u"wk", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once a week"), u"ہفتے میں ایک بار"},
    {u"Q3M", 1, 3, u"mo", false, false, false, QT_TRANSLATE_NOOP("bhu::DoseFrequency", "once every three months"), u"ہر تین مہینے بعد ایک بار"},
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

QString doseFrequencyUrdu(QStringView code)
{
    const FrequencyRow* r = find(code);
    return r ? QString::fromUtf16(r->urdu) : QString();
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
