#include "bhu/domain/ReferenceLists.h"

#include "ReferenceDataImpl.h"
#include "bhu/domain/EpiSchedule.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::ReferenceLists", s); }

const QString kMedicines = QStringLiteral("medicines");
const QString kIcd10 = QStringLiteral("icd10");
const QString kComplaints = QStringLiteral("complaints");
const QString kEpi = QStringLiteral("epi-schedule");

QString resourcePath(QStringView name)
{
    if (name == kMedicines) return QStringLiteral(":/bhu/reference/medicines.csv");
    if (name == kIcd10) return QStringLiteral(":/bhu/reference/icd10_phc.csv");
    if (name == kComplaints) return QStringLiteral(":/bhu/reference/complaints.csv");
    if (name == kEpi) return QStringLiteral(":/bhu/epi/schedule.csv");
    return {};
}

Error unknownList(QStringView name)
{
    return Error::make(ErrorCode::Invalid,
                       tr("%1 is not a reference list. The lists are: %2.").arg(name.toString(), referenceListNames().join(QStringLiteral(", "))),
                       QStringLiteral("reference.list"));
}

template <typename T>
Result<int> rowsOf(const Result<T>& parsed)
{
    if (!parsed.ok()) return parsed.error();
    return static_cast<int>(parsed.value().size());
}
} // namespace

const QStringList& referenceListNames()
{
    static const QStringList names{kMedicines, kIcd10, kComplaints, kEpi};
    return names;
}

bool isReferenceListName(QStringView name) { return referenceListNames().contains(name); }

QString referenceListId(QStringView name)
{
    if (!isReferenceListName(name)) return {};
    static const QUuid urlNamespace(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));   // RFC 4122, URL
    return QUuid::createUuidV5(urlNamespace, QStringLiteral("https://fhir.bhu.gov.pk/reference/") + name).toString(QUuid::WithoutBraces);
}

QString referenceListName(QStringView id)
{
    for (const QString& n : referenceListNames())
        if (referenceListId(n) == id) return n;
    return {};
}

QString referenceListTagSystem() { return QStringLiteral("https://fhir.bhu.gov.pk/CodeSystem/reference-list"); }

Result<int> checkReferenceList(QStringView name, const QByteArray& csv)
{
    Result<int> rows = 0;
    if (name == kMedicines) rows = rowsOf(parseMedicinesCsv(csv));
    else if (name == kIcd10) rows = rowsOf(parseIcd10Csv(csv));
    else if (name == kComplaints) rows = rowsOf(parseComplaintsCsv(csv));
    else if (name == kEpi) {
        auto s = EpiSchedule::parse(csv);
        if (!s.ok()) return s.error();
        rows = static_cast<int>(s.value().doses().size());
    } else
        return unknownList(name);
    if (rows.ok() && rows.value() == 0)
        return Error::make(ErrorCode::Invalid, tr("The %1 list has no rows. Keep the header row and add the list's rows.").arg(name.toString()),
                           QStringLiteral("reference.empty"));
    return rows;
}

Result<QByteArray> builtInReferenceCsv(QStringView name)
{
    const QString path = resourcePath(name);
    if (path.isEmpty()) return unknownList(name);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound, tr("The built-in reference list %1 is missing from this build.").arg(name.toString()),
                           QStringLiteral("reference.resource"));
    return f.readAll();
}

} // namespace bhu
