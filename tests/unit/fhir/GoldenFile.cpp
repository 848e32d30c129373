#include "GoldenFile.h"

#include <cctype>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace bhu::test {

QString fhirFixtureDir()
{
    return QStringLiteral(BHU_FHIR_FIXTURES);
}

QString fhirFixturePath(const QString& name)
{
    return QDir::isAbsolutePath(name) ? name : fhirFixtureDir() + u'/' + name;
}

QStringList fhirFixtures(const QString& wildcard)
{
    QStringList names = QDir(fhirFixtureDir()).entryList({wildcard}, QDir::Files, QDir::Name);
    names.sort();
    return names;
}

QByteArray readFhirFixture(const QString& name)
{
    QFile f(fhirFixturePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read fixture " << f.fileName().toStdString();
        return {};
    }
    return f.readAll();
}

QJsonDocument readJsonFixture(const QString& name)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(readFhirFixture(name), &err);
    if (err.error != QJsonParseError::NoError)
        ADD_FAILURE() << name.toStdString() << ": " << err.errorString().toStdString() << " at " << err.offset;
    return doc;
}

bool updatingGolden()
{
    return qEnvironmentVariable("BHU_UPDATE_GOLDEN") == u"1";
}

QString firstJsonDifference(const QJsonValue& a, const QJsonValue& b, const QString& path)
{
    const QString here = path.isEmpty() ? QStringLiteral("/") : path;
    if (a.type() != b.type()) return here;
    if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& k : keys) {
            if (!oa.contains(k) || !ob.contains(k)) return path + u'/' + k;
            const QString d = firstJsonDifference(oa.value(k), ob.value(k), path + u'/' + k);
            if (!d.isEmpty()) return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < qMax(aa.size(), ab.size()); ++i) {
            const QString p = path + u'/' + QString::number(i);
            if (i >= aa.size() || i >= ab.size()) return p;
            const QString d = firstJsonDifference(aa.at(i), ab.at(i), p);
            if (!d.isEmpty()) return d;
        }
        return {};
    }
    return a == b ? QString() : here;
}

::testing::AssertionResult matchesGolden(const QJsonDocument& actual, const QString& expectedName)
{
    const QString path = fhirFixturePath(expectedName);
    if (updatingGolden()) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(actual.toJson(QJsonDocument::Indented)) < 0 || !f.commit())
            return ::testing::AssertionFailure() << "cannot write " << path.toStdString();
        return ::testing::AssertionSuccess() << "rewrote " << path.toStdString();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return ::testing::AssertionFailure() << "missing golden file " << path.toStdString()
                                             << " (run with BHU_UPDATE_GOLDEN=1 to create it)";
    }
    QJsonParseError err;
    const QJsonDocument expected = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return ::testing::AssertionFailure() << path.toStdString() << " is not JSON: " << err.errorString().toStdString();
    if (expected == actual) return ::testing::AssertionSuccess();
    const QJsonValue a = actual.isArray() ? QJsonValue(actual.array()) : QJsonValue(actual.object());
    const QJsonValue e = expected.isArray() ? QJsonValue(expected.array()) : QJsonValue(expected.object());
    return ::testing::AssertionFailure() << expectedName.toStdString() << " differs first at "
                                         << firstJsonDifference(a, e).toStdString() << "\n--- produced:\n"
                                         << actual.toJson(QJsonDocument::Indented).toStdString()
                                         << "(BHU_UPDATE_GOLDEN=1 rewrites the expected file)";
}

fhir::FhirConfig configFor(const QString& fixture)
{
    fhir::FhirConfig cfg;
    if (fixture.contains(u"urn-uuid")) cfg.references = fhir::ReferenceStyle::UrnUuid;
    return cfg;
}

std::vector<std::string> inputs(const QString& type)
{
    std::vector<std::string> out;
    for (const QString& n : fhirFixtures(type + QStringLiteral("_*.input.json"))) out.push_back(n.chopped(11).toStdString());
    return out;
}

std::string testName(const ::testing::TestParamInfo<std::string>& p)
{
    std::string n = p.param;
    for (char& c : n)
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

} // namespace bhu::test
