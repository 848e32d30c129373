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

#include <string>
#include <vector>

#include "bhu/fhir/FhirConfig.h"

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

// Parameterised golden tests: the mapping options a fixture's name asks for (`urn-uuid`), the
// fixture names (without `.input.json`) of one resource type, and a test name made of a fixture name.
fhir::FhirConfig configFor(const QString& fixture);
std::vector<std::string> inputs(const QString& type);
std::string testName(const ::testing::TestParamInfo<std::string>& p);

} // namespace bhu::test
