#include "bhu/domain/ReferenceData.h"

#include "ReferenceDataImpl.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

namespace bhu {

namespace {

Result<QByteArray> readResource(const QString& name)
{
    QFile f(QStringLiteral(":/bhu/reference/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("bhu::ReferenceData", "The built-in reference list %1 is missing from this build.").arg(name),
                           QStringLiteral("reference.resource"));
    }
    return f.readAll();
}

template <typename T>
QList<T> pick(const QList<T>& list, const QList<int>& indexes)
{
    QList<T> out;
    out.reserve(indexes.size());
    for (int i : indexes) out.append(list.at(i));
    return out;
}

template <typename T>
std::optional<T> byCode(const QList<T>& list, QStringView code)
{
    for (const T& e : list)
        if (QStringView(e.code).compare(code.trimmed(), Qt::CaseInsensitive) == 0) return e;
    return std::nullopt;
}

} // namespace

int IcdEntry::dhisRow(std::optional<int> ageYears) const
{
    return ageYears && *ageYears < 5 ? dhisRowUnder5 : dhisRowOver5;
}

QString Medicine::text() const
{
    return defaultPrescription().medicineText();
}

Prescription Medicine::defaultPrescription() const
{
    Prescription p;
    p.medicineCode = code;
    p.medicineName = name;
    p.strength = strength;
    p.form = form;
    p.dose = dose;
    p.frequency = frequency;
    p.durationDays = durationDays;
    return p;
}

ReferenceData::ReferenceData() : d(std::make_unique<Data>()) {}
ReferenceData::~ReferenceData() = default;
ReferenceData::ReferenceData(const ReferenceData& o) : d(std::make_unique<Data>(*o.d)) {}
ReferenceData& ReferenceData::operator=(const ReferenceData& o)
{
    if (this != &o) d = std::make_unique<Data>(*o.d);
    return *this;
}
ReferenceData::ReferenceData(ReferenceData&& o) noexcept : d(std::exchange(o.d, std::make_unique<Data>())) {}
ReferenceData& ReferenceData::operator=(ReferenceData&& o) noexcept
{
    std::swap(d, o.d);
    return *this;
}

Result<ReferenceData> ReferenceData::parse(const QByteArray& icd10Csv, const QByteArray& medicinesCsv,
                                           const QByteArray& complaintsCsv)
{
    auto icd = parseIcd10Csv(icd10Csv);
    if (!icd.ok()) return icd.error();
    auto meds = parseMedicinesCsv(medicinesCsv);
    if (!meds.ok()) return meds.error();
    auto complaints = parseComplaintsCsv(complaintsCsv);
    if (!complaints.ok()) return complaints.error();

    ReferenceData r;
    r.d->diagnoses = std::move(icd.value());
    r.d->medicines = std::move(meds.value());
    r.d->complaints = std::move(complaints.value());
    for (const auto& e : r.d->diagnoses) r.d->diagnosisKeys.append(makeReferenceKey(e.code, {e.nameEn, e.nameUr}));
    for (const auto& m : r.d->medicines) r.d->medicineKeys.append(makeReferenceKey(m.code, {m.text()}));
    for (const auto& c : r.d->complaints) r.d->complaintKeys.append(makeReferenceKey(c.code, {c.nameEn, c.nameUr}));
    return r;
}

Result<ReferenceData> ReferenceData::loadBuiltIn()
{
    auto icd = readResource(QStringLiteral("icd10_phc.csv"));
    if (!icd.ok()) return icd.error();
    auto meds = readResource(QStringLiteral("medicines.csv"));
    if (!meds.ok()) return meds.error();
    auto complaints = readResource(QStringLiteral("complaints.csv"));
    if (!complaints.ok()) return complaints.error();
    return parse(icd.value(), meds.value(), complaints.value());
}

const ReferenceData& ReferenceData::builtIn()
{
    static const ReferenceData data = [] {
        auto r = loadBuiltIn();
        if (!r.ok()) {
            qWarning("bhu: built-in reference data: %s", qUtf8Printable(r.error().message));
            return ReferenceData();
        }
        return std::move(r.value());
    }();
    return data;
}

Result<QByteArray> ReferenceData::builtInMedicinesCsv()
{
    return readResource(QStringLiteral("medicines.csv"));
}

namespace {
QMutex g_currentMutex;
std::shared_ptr<const ReferenceData>& currentSlot()
{
    static std::shared_ptr<const ReferenceData> slot;
    return slot;
}
} // namespace

std::shared_ptr<const ReferenceData> ReferenceData::current()
{
    QMutexLocker lock(&g_currentMutex);
    if (!currentSlot()) currentSlot() = std::shared_ptr<const ReferenceData>(&builtIn(), [](const ReferenceData*) {});
    return currentSlot();
}

void ReferenceData::setCurrent(std::shared_ptr<const ReferenceData> data)
{
    QMutexLocker lock(&g_currentMutex);
    currentSlot() = std::move(data);
}

Result<ReferenceData> ReferenceData::withMedicines(const QByteArray& medicinesCsv) const
{
    auto meds = parseMedicinesCsv(medicinesCsv);
    if (!meds.ok()) return meds.error();
    if (meds.value().isEmpty()) {
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("bhu::ReferenceData", "The medicines list is empty. Keep the header row and add at least one medicine."),
                           QStringLiteral("reference.medicines.empty"));
    }
    ReferenceData r(*this);
    r.d->medicines = std::move(meds.value());
    r.d->medicineKeys.clear();
    for (const auto& m : r.d->medicines) r.d->medicineKeys.append(makeReferenceKey(m.code, {m.text()}));
    return r;
}

const QList<IcdEntry>& ReferenceData::diagnoses() const { return d->diagnoses; }
const QList<Medicine>& ReferenceData::medicines() const { return d->medicines; }
const QList<Complaint>& ReferenceData::complaints() const { return d->complaints; }

std::optional<IcdEntry> ReferenceData::diagnosis(QStringView code) const { return byCode(d->diagnoses, code); }
std::optional<Medicine> ReferenceData::medicine(QStringView code) const { return byCode(d->medicines, code); }
std::optional<Complaint> ReferenceData::complaint(QStringView code) const { return byCode(d->complaints, code); }

QList<IcdEntry> ReferenceData::searchDiagnoses(QStringView text, int limit) const
{
    return pick(d->diagnoses, rankedReferenceMatches(makeReferenceQuery(text), d->diagnosisKeys, limit));
}

QList<Medicine> ReferenceData::searchMedicines(QStringView text, int limit) const
{
    return pick(d->medicines, rankedReferenceMatches(makeReferenceQuery(text), d->medicineKeys, limit));
}

QList<Complaint> ReferenceData::searchComplaints(QStringView text, int limit) const
{
    return pick(d->complaints, rankedReferenceMatches(makeReferenceQuery(text), d->complaintKeys, limit));
}

} // namespace bhu
