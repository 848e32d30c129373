#include "bhu/domain/Prescription.h"

#include <QStringList>

namespace bhu {

QString Prescription::medicineText() const
{
    QStringList parts;
    for (const QString& s : {medicineName, strength, form}) {
        const QString t = s.simplified();
        if (!t.isEmpty()) parts.append(t);
    }
    return parts.join(u' ');
}

QString Prescription::dispenseUnit() const
{
    const QString f = form.simplified().toLower();
    struct Unit {
        const char16_t* formWord;
        const char16_t* unit;
    };
    static const Unit kUnits[] = {
        {u"tablet", u"tablet"}, {u"capsule", u"capsule"}, {u"syrup", u"bottle"}, {u"suspension", u"bottle"},
        {u"drops", u"bottle"}, {u"solution", u"bottle"}, {u"lotion", u"bottle"}, {u"cream", u"tube"},
        {u"ointment", u"tube"}, {u"gel", u"tube"}, {u"sachet", u"sachet"}, {u"inhaler", u"inhaler"},
        {u"injection", u"vial"}, {u"infusion", u"bag"},
    };
    for (const Unit& u : kUnits)
        if (f.contains(QStringView(u.formWord))) return QString::fromUtf16(u.unit);
    return f;
}

} // namespace bhu
