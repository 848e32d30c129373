#include "bhu/synth/VisitGenerator.h"

#include "bhu/domain/DoseFrequency.h"
#include "bhu/domain/ReferenceData.h"

#include <algorithm>
#include <cmath>

namespace bhu::synth {

namespace {

QString L(const char* s) { return QString::fromLatin1(s); }

// Medicines for a diagnosis: {adult code, child code (under 12; empty = same)}, in order of use.
struct Rx {
    const char* adult;
    const char* child;
};
struct Treatment {
    const char* icd;
    Rx meds[3];                 // unused entries are {nullptr, nullptr}
    const char* complaint;      // complaints.csv code
    const char* complaintText;  // as the patient says it
};
// clang-format off
const Treatment kTreatments[] = {
    {"A09",   {{"ors-sachet", nullptr}, {"zinc-20-dt", "zinc-20-dt"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "diarrhoea", "Loose motions since 2 days"},
    {"A03.9", {{"ors-sachet", nullptr}, {"ciprofloxacin-500-tab", "metronidazole-200-susp"}}, "bloody-stool", "Blood in stool"},
    {"A06.0", {{"metronidazole-400-tab", "metronidazole-200-susp"}, {"ors-sachet", nullptr}}, "bloody-stool", "Stool with blood and mucus"},
    {"A01.0", {{"cefixime-200-cap", "cefixime-100-susp"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "fever", "Fever for a week"},
    {"J06.9", {{"paracetamol-500-tab", "paracetamol-120-syr"}, {"chlorphenamine-4-tab", "chlorphenamine-2-syr"}}, "cough", "Cough and runny nose"},
    {"J02.9", {{"paracetamol-500-tab", "paracetamol-120-syr"}, {"amoxicillin-500-cap", "amoxicillin-250-susp"}}, "sore-throat", "Sore throat"},
    {"J03.9", {{"amoxicillin-500-cap", "amoxicillin-250-susp"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "sore-throat", "Throat pain and fever"},
    {"J18.9", {{"amoxicillin-500-cap", "amoxicillin-250-dt"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "breathless", "Fever, cough and fast breathing"},
    {"J20.9", {{"salbutamol-2-tab", "salbutamol-2-syr"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "cough", "Cough for a week"},
    {"J45.9", {{"salbutamol-100-inh", "salbutamol-2-syr"}, {"beclometasone-100-inh", nullptr}}, "breathless", "Wheezing at night"},
    {"J44.9", {{"salbutamol-100-inh", nullptr}, {"prednisolone-5-tab", nullptr}}, "breathless", "Shortness of breath"},
    {"R50.9", {{"paracetamol-500-tab", "paracetamol-120-syr"}}, "fever", "Fever"},
    {"B54",   {{"artemether-lumefantrine-tab", nullptr}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "fever", "Fever with chills"},
    {"B51.9", {{"chloroquine-250-tab", nullptr}, {"primaquine-7.5-tab", nullptr}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "fever", "Fever with shivering"},
    {"B50.9", {{"artemether-lumefantrine-tab", nullptr}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "fever", "High fever with chills"},
    {"A97.9", {{"paracetamol-500-tab", "paracetamol-120-syr"}, {"ors-sachet", nullptr}}, "body-ache", "Fever and body aches"},
    {"I10",   {{"amlodipine-5-tab", nullptr}, {"hydrochlorothiazide-25-tab", nullptr}}, "bp-check", "BP check"},
    {"E11.9", {{"metformin-500-tab", nullptr}, {"glibenclamide-5-tab", nullptr}}, "sugar-check", "Sugar check"},
    {"Z34.9", {{"ifa-tab", nullptr}, {"calcium-vitd-tab", nullptr}}, "pregnancy-check", "Pregnancy check-up"},
    {"Z39.2", {{"ifa-tab", nullptr}}, "follow-up", "Check-up after delivery"},
    {"Z30.9", {{"coc-tab", nullptr}}, "follow-up", "Family planning"},
    {"B82.0", {{"albendazole-400-tab", "albendazole-200-susp"}}, "abdominal-pain", "Stomach ache, worms seen"},
    {"K29.7", {{"omeprazole-20-cap", nullptr}, {"antacid-susp", nullptr}}, "heartburn", "Burning in the stomach"},
    {"K27.9", {{"omeprazole-20-cap", nullptr}, {"antacid-susp", nullptr}}, "abdominal-pain", "Upper abdominal pain"},
    {"N39.0", {{"ciprofloxacin-500-tab", "cotrimoxazole-240-susp"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "burning-urine", "Burning urine"},
    {"B86",   {{"permethrin-5-cream", nullptr}, {"cetirizine-10-tab", "chlorphenamine-2-syr"}}, "itching", "Itching at night"},
    {"L30.9", {{"hydrocortisone-1-cream", nullptr}, {"cetirizine-10-tab", "chlorphenamine-2-syr"}}, "itching", "Itchy rash"},
    {"L01.0", {{"fusidic-acid-2-cream", nullptr}}, "skin-sore", "Sores on the skin"},
    {"H10.9", {{"chloramphenicol-0.5-eye", nullptr}}, "eye-red", "Red eyes"},
    {"H66.9", {{"amoxicillin-500-cap", "amoxicillin-250-susp"}, {"paracetamol-500-tab", "paracetamol-120-syr"}}, "ear-pain", "Ear pain"},
    {"K02.9", {{"ibuprofen-400-tab", "ibuprofen-100-susp"}, {"metronidazole-400-tab", "metronidazole-200-susp"}}, "toothache", "Toothache"},
    {"D50.9", {{"ifa-tab", "ferrous-syr"}}, "weakness", "Weakness and tiredness"},
    {"E44.0", {{"vitamin-a-200k-cap", nullptr}, {"ferrous-syr", nullptr}}, "child-not-feeding", "Child not gaining weight"},
    {"E43",   {{"vitamin-a-200k-cap", nullptr}}, "child-not-feeding", "Child very thin"},
    {"G40.9", {{"carbamazepine-200-tab", nullptr}}, "fits", "Fits"},
    {"F32.9", {{"fluoxetine-20-cap", nullptr}}, "sleeplessness", "Low mood, cannot sleep"},
    {"W54",   {{"povidone-iodine-10-sol", nullptr}}, "dog-bite", "Dog bite"},
    {"N40",   {{"paracetamol-500-tab", nullptr}}, "burning-urine", "Difficulty passing urine"},
    {"I25.9", {{"aspirin-75-tab", nullptr}, {"atorvastatin-10-tab", nullptr}}, "chest-pain", "Chest pain on walking"},
    {"B05.9", {{"paracetamol-500-tab", "paracetamol-120-syr"}, {"vitamin-a-200k-cap", nullptr}}, "fever", "Fever and rash"},
};
// clang-format on

const Treatment* treatment(const QString& icd)
{
    for (const Treatment& t : kTreatments)
        if (icd == QLatin1StringView(t.icd)) return &t;
    return nullptr;
}

int perDay(const QString& freq)
{
    auto f = doseFrequency(freq);
    if (!f || f->asNeeded || f->once || f->periodUnit != u"d") return 1;
    return std::max(1, f->timesPerPeriod / std::max(1, f->period));
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }

bool isSeason(int month, std::initializer_list<int> months) { return std::find(months.begin(), months.end(), month) != months.end(); }

} // namespace

VisitGenerator::VisitGenerator(std::uint64_t seed, QDate today, QString facilityCode, QString clinician)
    : m_rng(seed ^ 0x5eedc0ffee15ULL), m_today(today), m_facility(std::move(facilityCode)), m_clinician(std::move(clinician))
{
}

QString VisitGenerator::uuid()
{
    // A version-4-shaped UUID from the seeded engine: deterministic, unique in practice.
    const std::uint64_t a = m_rng.next(), b = m_rng.next();
    const QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    QString s = hex.left(8) + u'-' + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3) + u'-';
    const char variant = "89ab"[b & 3];
    s += QLatin1Char(variant) + hex.mid(17, 3) + u'-' + hex.mid(20, 12);
    return s;
}

QList<VisitRecord> VisitGenerator::forPatient(const Patient& p, int k)
{
    QDate first = m_today.addDays(-365);
    if (p.birthDate.isValid() && p.birthDate > first) first = p.birthDate;
    if (first > m_today) first = m_today;
    const int span = static_cast<int>(first.daysTo(m_today));
    QList<QDate> days;
    for (int i = 0; i < k; ++i) {
        QDate d = first.addDays(m_rng.between(0, span));
        for (int tries = 0; tries < 5 && days.contains(d); ++tries) d = first.addDays(m_rng.between(0, span));
        days.append(d);
    }
    std::sort(days.begin(), days.end());
    QList<VisitRecord> out;
    out.reserve(k);
    for (const QDate& d : days) out.append(visit(p, d));
    return out;
}

QString VisitGenerator::pickDiagnosis(const Patient& p, QDate day, int ageMonths, const QString& exclude)
{
    const int m = day.month();
    const int age = ageMonths / 12;
    const bool female = p.sex == Sex::Female;
    const bool child = age < 5;
    const bool summer = isSeason(m, {6, 7, 8, 9});
    const bool winter = isSeason(m, {11, 12, 1, 2});
    const bool postMonsoon = isSeason(m, {9, 10, 11});
    struct W {
        const char* code;
        int w;
    };
    QList<W> ws = {
        {"J06.9", winter ? 60 : 22},
        {"J02.9", winter ? 8 : 4},
        {"J03.9", winter ? 6 : 3},
        {"J18.9", winter ? (child ? 30 : 14) : (child ? 6 : 3)},
        {"J20.9", winter ? 12 : 4},
        {"A09", summer ? (child ? 70 : 40) : (child ? 12 : 7)},
        {"A03.9", summer ? 10 : 2},
        {"A06.0", summer ? 5 : 1},
        {"A01.0", summer ? 14 : 3},
        {"R50.9", 10},
        {"B54", postMonsoon ? 14 : 1},
        {"B51.9", postMonsoon ? 4 : 0},
        {"B50.9", postMonsoon ? 2 : 0},
        {"A97.9", postMonsoon ? 8 : 0},
        {"B82.0", age >= 2 && age < 15 ? 10 : 2},
        {"K29.7", age >= 15 ? 8 : 0},
        {"K27.9", age >= 20 ? 2 : 0},
        {"N39.0", female && age >= 15 ? 8 : 2},
        {"B86", 5},
        {"L30.9", 5},
        {"L01.0", age < 12 ? 5 : 1},
        {"H10.9", 3},
        {"H66.9", age < 12 ? 6 : 1},
        {"K02.9", age >= 6 ? 3 : 0},
        {"D50.9", female && age >= 12 ? 8 : (child ? 3 : 1)},
        {"E44.0", ageMonths >= 6 && child ? 4 : 0},
        {"E43", ageMonths >= 6 && child ? 1 : 0},
        {"B05.9", child && isSeason(m, {2, 3, 4}) ? 2 : 0},
        {"J45.9", age >= 5 ? 3 : 0},
        {"J44.9", age >= 50 ? 5 : 0},
        {"I10", age > 40 ? 40 : 0},
        {"E11.9", age > 40 ? 22 : 0},
        {"I25.9", age > 50 ? 3 : 0},
        {"N40", !female && age > 55 ? 4 : 0},
        {"Z34.9", female && age >= 18 && age <= 40 ? 30 : 0},
        {"Z39.2", female && age >= 18 && age <= 40 ? 4 : 0},
        {"Z30.9", female && age >= 18 && age <= 45 ? 8 : 0},
        {"G40.9", 1},
        {"F32.9", age >= 15 ? 2 : 0},
        {"W54", 1},
    };
    int total = 0;
    for (const W& w : ws)
        if (exclude != QLatin1StringView(w.code)) total += w.w;
    int r = m_rng.below(total);
    for (const W& w : ws) {
        if (exclude == QLatin1StringView(w.code)) continue;
        if (r < w.w) return L(w.code);
        r -= w.w;
    }
    return QStringLiteral("R50.9");
}

VitalSigns VisitGenerator::vitals(const Patient& p, int ageMonths, const QStringList& codes)
{
    const bool female = p.sex == Sex::Female;
    const double age = ageMonths / 12.0;
    auto jitter = [&](double v, int pct) { return v * (1.0 + (m_rng.between(-pct * 10, pct * 10) / 1000.0)); };
    auto has = [&](const char* c) { return codes.contains(L(c)); };
    const bool febrile = has("J18.9") || has("A01.0") || has("R50.9") || has("B54") || has("B50.9") || has("B51.9") ||
                         has("A97.9") || has("J03.9") || has("B05.9") || has("H66.9");
    const bool malnourished = has("E44.0") || has("E43");
    VitalSigns v;
    // Weight and height roughly along the WHO medians.
    double weight, height;
    if (ageMonths < 12) {
        weight = 3.3 + 0.6 * ageMonths;
        height = 50.0 + 2.1 * ageMonths;
    } else if (age < 13) {
        weight = age < 6 ? 2.0 * age + 8.0 : 3.0 * age + 5.0;
        height = 6.0 * age + 77.0;
    } else if (age < 18) {
        weight = female ? 45.0 : 50.0;
        height = female ? 152.0 : 162.0;
    } else {
        weight = female ? 58.0 : 68.0;
        height = female ? 155.0 : 168.0;
    }
    weight = jitter(weight, age < 18 ? 12 : 18);
    if (malnourished) weight *= 0.8;
    v.weightKg = round1(std::max(weight, 2.0));
    if (age < 5 || m_rng.chance(30)) v.heightCm = round1(jitter(height, 4));
    if (ageMonths >= 6 && ageMonths < 60) {
        // MUAC: ~91% normal, ~7% moderate (11.5–12.5), ~2% severe (< 11.5) — worse with malnutrition.
        const int r = malnourished ? m_rng.below(30) : m_rng.below(100);
        if (r < 2) v.muacCm = round1(10.5 + m_rng.below(10) / 10.0);
        else if (r < 9) v.muacCm = round1(11.5 + m_rng.below(10) / 10.0);
        else v.muacCm = round1(12.6 + m_rng.below(30) / 10.0);
    }
    // Temperature, pulse, respiratory rate.
    v.temperatureC = febrile ? round1(38.0 + m_rng.below(19) / 10.0) : round1(36.5 + m_rng.below(9) / 10.0);
    double pulse = age < 1 ? 130 : age < 5 ? 110 : age < 12 ? 95 : 78;
    if (febrile) pulse += 12;
    v.pulse = std::round(jitter(pulse, 10));
    if (age < 12 || has("J18.9") || has("J45.9") || has("J44.9") || m_rng.chance(30)) {
        double rr = age < 1 ? 40 : age < 5 ? 30 : age < 12 ? 22 : 17;
        if (has("J18.9")) rr += age < 5 ? 15 : 8;   // fast breathing
        v.respiratoryRate = std::round(jitter(rr, 10));
    }
    if (has("J18.9") || has("J44.9") || has("J45.9") || m_rng.chance(15))
        v.spo2 = has("J18.9") || has("J44.9") ? m_rng.between(89, 96) : m_rng.between(96, 99);
    // Blood pressure from 15 years: hypertensives high, ~8% of others raised.
    if (age >= 15) {
        int sys = m_rng.between(105, 130), dia = m_rng.between(65, 84);
        if (has("I10")) {
            sys = m_rng.between(135, 178);
            dia = m_rng.between(85, 106);
        } else if (m_rng.chance(8)) {
            sys = m_rng.between(140, 160);
            dia = m_rng.between(90, 100);
        }
        v.systolic = sys;
        v.diastolic = dia;
    }
    if (has("E11.9")) v.glucoseMgDl = m_rng.between(150, 320);
    else if (age > 40 && m_rng.chance(20)) v.glucoseMgDl = m_rng.between(85, 150);
    return v;
}

QList<Prescription> VisitGenerator::prescriptions(const QStringList& codes, int ageMonths)
{
    const ReferenceData& ref = ReferenceData::builtIn();
    const bool child = ageMonths < 12 * 12;
    QList<Prescription> out;
    auto add = [&](const char* code) {
        if (!code || out.size() >= 3) return;
        auto m = ref.medicine(L(code));
        if (!m) return;
        for (const Prescription& e : out)
            if (e.medicineCode == m->code) return;
        Prescription rx = m->defaultPrescription();
        const QString f = rx.form.toLower();
        const bool unitDose = f.contains(u"tablet") || f.contains(u"capsule") || f == u"sachet";
        const int days = rx.durationDays > 0 ? rx.durationDays : 30;
        rx.quantityDispensed = unitDose ? perDay(rx.frequency) * days : 1;
        out.append(rx);
    };
    for (const QString& c : codes) {
        const Treatment* t = treatment(c);
        if (!t) continue;
        int n = 0;
        for (const Rx& rx : t->meds) {
            if (!rx.adult) break;
            // The first medicine always; the others most of the time.
            if (n++ > 0 && !m_rng.chance(70)) continue;
            add(child && rx.child ? rx.child : rx.adult);
        }
    }
    if (out.isEmpty()) add(child ? "paracetamol-120-syr" : "paracetamol-500-tab");
    return out;
}

VisitRecord VisitGenerator::visit(const Patient& p, QDate day)
{
    const ReferenceData& ref = ReferenceData::builtIn();
    int ageMonths = 30 * 12;
    if (p.birthDate.isValid() && p.birthDate <= day)
        ageMonths = static_cast<int>((day.year() - p.birthDate.year()) * 12 + day.month() - p.birthDate.month() -
                                     (day.day() < p.birthDate.day() ? 1 : 0));
    ageMonths = std::max(0, ageMonths);

    VisitRecord r;
    Visit& v = r.visit;
    v.id = uuid();
    v.patientId = p.id;
    v.facilityCode = m_facility;
    v.encounterClass = EncounterClass::Ambulatory;
    v.tokenNumber = m_rng.between(1, 90);
    // OPD hours 08:00–14:00 Pakistan time (UTC+5): 03:00–09:00 UTC.
    v.startedAt = QDateTime(day, QTime(3, 0), Qt::UTC).addSecs(m_rng.below(6 * 3600));
    v.closedAt = v.startedAt.addSecs(m_rng.between(4 * 60, 20 * 60));
    v.status = VisitStatus::Closed;
    v.signedBy = m_clinician;

    QStringList codes{pickDiagnosis(p, day, ageMonths, QString())};
    if (m_rng.chance(22)) codes << pickDiagnosis(p, day, ageMonths, codes.first());
    for (const QString& c : codes) {
        Diagnosis d;
        d.id = uuid();
        d.icd10 = c;
        d.display = ref.diagnosis(c) ? ref.diagnosis(c)->nameEn : c;
        d.certainty = m_rng.chance(70) ? DiagnosisCertainty::Confirmed : DiagnosisCertainty::Provisional;
        r.diagnoses << d;
    }
    const Treatment* main = treatment(codes.first());
    v.complaintCodes << (main ? L(main->complaint) : QStringLiteral("fever"));
    v.chiefComplaint = main ? L(main->complaintText) : QStringLiteral("Fever");
    r.vitals = vitals(p, ageMonths, codes);
    r.vitals->id = uuid();
    r.prescriptions = prescriptions(codes, ageMonths);
    for (Prescription& rx : r.prescriptions) rx.id = uuid();
    if (codes.contains(QStringLiteral("I10")) || codes.contains(QStringLiteral("E11.9"))) {
        v.advice = QStringLiteral("Less salt and sugar, walk daily, take medicines regularly.");
        v.followUpDate = day.addDays(30);
    } else if (codes.contains(QStringLiteral("A09"))) {
        v.advice = QStringLiteral("ORS after every loose stool, continue feeding, zinc for 10 days.");
    } else if (m_rng.chance(15)) {
        v.followUpDate = day.addDays(m_rng.between(3, 14));
    }
    // ~3% referrals, and every dog bite (anti-rabies vaccine at the THQ).
    const bool dogBite = codes.contains(QStringLiteral("W54"));
    if (dogBite || m_rng.chance(3)) {
        Referral f;
        f.id = uuid();
        const int lvl = m_rng.below(10);
        f.toLevel = dogBite ? FacilityLevel::Thq : lvl < 2 ? FacilityLevel::Rhc : lvl < 6 ? FacilityLevel::Thq : lvl < 9 ? FacilityLevel::Dhq
                                                                                                                   : FacilityLevel::Tertiary;
        f.facilityName = f.toLevel == FacilityLevel::Rhc ? QStringLiteral("RHC") : f.toLevel == FacilityLevel::Thq ? QStringLiteral("THQ Hospital")
                         : f.toLevel == FacilityLevel::Dhq                   ? QStringLiteral("DHQ Hospital")
                                                                             : QStringLiteral("Teaching hospital");
        f.reason = dogBite ? QStringLiteral("Anti-rabies vaccine and immunoglobulin")
                           : QStringLiteral("Not improving on treatment: %1").arg(r.diagnoses.first().display);
        f.urgency = dogBite || m_rng.chance(20) ? ReferralUrgency::Urgent : ReferralUrgency::Routine;
        f.whatWasDone = QStringLiteral("First dose of treatment given");
        r.referrals << f;
    }
    // Facts are recorded when the visit is signed.
    auto stamp = [&](ClinicalFact& f) {
        f.patientId = p.id;
        f.visitId = v.id;
        f.recordedAt = v.closedAt;
        f.recordedBy = m_clinician;
    };
    stamp(*r.vitals);
    for (auto& d : r.diagnoses) stamp(d);
    for (auto& rx : r.prescriptions) stamp(rx);
    for (auto& f : r.referrals) stamp(f);
    return r;
}

} // namespace bhu::synth
