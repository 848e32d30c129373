#include "bhu/synth/NamePool.h"

#include <QHash>

namespace bhu::synth {

namespace {
PoolName n(const char16_t* latin, const char16_t* urdu = u"")
{
    return PoolName{QString::fromUtf16(latin), QString::fromUtf16(urdu)};
}
} // namespace

const QList<PoolName>& maleGivenNames()
{
    static const QList<PoolName> l = {
        n(u"Muhammad", u"محمد"), n(u"Ahmed", u"احمد"), n(u"Ali", u"علی"), n(u"Hassan", u"حسن"), n(u"Hussain", u"حسین"),
        n(u"Imran", u"عمران"), n(u"Bilal", u"بلال"), n(u"Usman", u"عثمان"), n(u"Umar", u"عمر"), n(u"Abdul Rehman", u"عبدالرحمن"),
        n(u"Zahid", u"زاہد"), n(u"Tariq", u"طارق"), n(u"Asif", u"آصف"), n(u"Kashif", u"کاشف"), n(u"Nadeem", u"ندیم"),
        n(u"Faisal", u"فیصل"), n(u"Akbar", u"اکبر"), n(u"Aslam", u"اسلم"), n(u"Rashid", u"راشد"), n(u"Shahid", u"شاہد"),
        n(u"Khalid", u"خالد"), n(u"Javed", u"جاوید"), n(u"Iqbal", u"اقبال"), n(u"Naveed", u"نوید"), n(u"Sajid", u"ساجد"),
        n(u"Waqas", u"وقاص"), n(u"Hamza", u"حمزہ"), n(u"Ibrahim", u"ابراہیم"), n(u"Yousaf", u"یوسف"), n(u"Arshad", u"ارشد"),
        n(u"Mahmood", u"محمود"), n(u"Naseer ud Din", u"نصیرالدین"), n(u"Zia ul Haq", u"ضیاءالحق"), n(u"Ghulam Abbas", u"غلام عباس"),
        n(u"Noor", u"نور"), n(u"Fazal", u"فضل"), n(u"Riaz", u"ریاض"), n(u"Sohail", u"سہیل"), n(u"Adnan", u"عدنان"), n(u"Saleem", u"سلیم"),
    };
    return l;
}

const QList<PoolName>& femaleGivenNames()
{
    static const QList<PoolName> l = {
        n(u"Ayesha", u"عائشہ"), n(u"Fatima", u"فاطمہ"), n(u"Zainab", u"زینب"), n(u"Maryam", u"مریم"), n(u"Khadija", u"خدیجہ"),
        n(u"Amna", u"آمنہ"), n(u"Sadia", u"سعدیہ"), n(u"Nasreen", u"نسرین"), n(u"Shazia", u"شازیہ"), n(u"Rubina", u"روبینہ"),
        n(u"Parveen", u"پروین"), n(u"Shabana", u"شبانہ"), n(u"Nazia", u"نازیہ"), n(u"Saima", u"صائمہ"), n(u"Bushra", u"بشریٰ"),
        n(u"Rukhsana", u"رخسانہ"), n(u"Kausar", u"کوثر"), n(u"Samina", u"ثمینہ"), n(u"Razia", u"رضیہ"), n(u"Hina", u"حنا"),
        n(u"Iqra", u"اقراء"), n(u"Mehwish", u"مہوش"), n(u"Sana", u"ثناء"), n(u"Farzana", u"فرزانہ"), n(u"Naseem", u"نسیم"),
        n(u"Zubaida", u"زبیدہ"), n(u"Asma", u"اسماء"), n(u"Rabia", u"رابعہ"), n(u"Uzma", u"عظمیٰ"), n(u"Tahira", u"طاہرہ"),
    };
    return l;
}

const QList<PoolName>& familyNames()
{
    static const QList<PoolName> l = {
        n(u"Khan", u"خان"), n(u"Ahmed", u"احمد"), n(u"Hussain", u"حسین"), n(u"Shah", u"شاہ"), n(u"Butt", u"بٹ"),
        n(u"Malik", u"ملک"), n(u"Chaudhry", u"چوہدری"), n(u"Rana", u"رانا"), n(u"Qureshi", u"قریشی"), n(u"Siddiqui", u"صدیقی"),
        n(u"Baloch", u"بلوچ"), n(u"Memon", u"میمن"), n(u"Awan", u"اعوان"), n(u"Gondal", u"گوندل"), n(u"Bhatti", u"بھٹی"),
        n(u"Abbasi", u"عباسی"), n(u"Javed", u"جاوید"), n(u"Iqbal", u"اقبال"), n(u"Rehman", u"رحمان"), n(u"Akhtar", u"اختر"),
        n(u""), n(u""), n(u""),   // family names are often missing
    };
    return l;
}

QList<QString> spellingVariants(const QString& canonical)
{
    static const QHash<QString, QList<QString>> v = {
        {QStringLiteral("Muhammad"), {QStringLiteral("Mohammad"), QStringLiteral("Muhammed"), QStringLiteral("Mohammed"),
                                      QStringLiteral("Mohd"), QStringLiteral("M."), QStringLiteral("Muhamad")}},
        {QStringLiteral("Hussain"), {QStringLiteral("Husain"), QStringLiteral("Hussein")}},
        {QStringLiteral("Ayesha"), {QStringLiteral("Aisha"), QStringLiteral("Aysha")}},
        {QStringLiteral("Abdul Rehman"), {QStringLiteral("Abdur Rahman"), QStringLiteral("Abdurrehman"), QStringLiteral("Abdul Rahman")}},
        {QStringLiteral("Rehman"), {QStringLiteral("Rahman")}},
        {QStringLiteral("Yousaf"), {QStringLiteral("Yusuf"), QStringLiteral("Yousuf")}},
        {QStringLiteral("Zia ul Haq"), {QStringLiteral("Zia-ul-Haq"), QStringLiteral("Ziaulhaq")}},
        {QStringLiteral("Naseer ud Din"), {QStringLiteral("Nasiruddin"), QStringLiteral("Naseer-ud-Din")}},
        {QStringLiteral("Fatima"), {QStringLiteral("Fatimah")}},
        {QStringLiteral("Zainab"), {QStringLiteral("Zaynab")}},
    };
    return v.value(canonical);
}

} // namespace bhu::synth
