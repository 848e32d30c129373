#pragma once
// Golden-file support for tests/fixtures/fhir (see its README.md).
//
// A produced JSON value is compared with <fixtures>/<name> as parsed JSON: QJsonDocument
// equality, so key order, indentation and number formatting do not matter. With the
// environment variable BHU_UPDATE_GOLDEN=1 the expected file is (re)written from the produced
// value instead and the comparison passes; review the change with `git diff` before committing.
#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace bhu::test {

QString fhirFixtureDir();
QString fhirFixturePath(const QString& name);   // an absolute name is used as it is
// Names (not paths) of the fixture files matching a wildcard, sorted.
QStringList fhirFixtures(const QString& wildcard);
QByteArray readFhirFixture(const QString& name);   // empty (and an ADD_FAILURE) if unreadable
QJsonDocument readJsonFixture(const QString& name);

bool updatingGolden();   // BHU_UPDATE_GOLDEN=1

// The first place where two JSON values differ, as a path ("/name/0/given/1"), or "".
QString firstJsonDifference(const QJsonValue& a, const QJsonValue& b, const QString& path = {});

// Compares with (or, when updating, rewrites) the expected file.
::testing::AssertionResult matchesGolden(const QJsonDocument& actual, const QString& expectedName);

} // namespace bhu::test
