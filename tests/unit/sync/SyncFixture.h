#pragma once
// A clinic database enrolled with a FakeRegistry, a manual clock and a fixed jitter.
#include "FakeRegistry.h"

#include "bhu/db/Outbox.h"
#include "bhu/db/PatientRepository.h"
#include "bhu/db/SyncQueue.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/sync/SyncEngine.h"
#include "bhu/test/TestSupport.h"

#include <gtest/gtest.h>
#include <memory>

namespace bhu::test {

class SyncFixture : public ::testing::Test {
protected:
    void SetUp() override;
    sync::SyncReport sync() { return engine->syncOnce(); }
    Patient addPatient(const QString& name);
    VisitRecord addClosedVisit(const Patient& p);
    db::OutboxCounts counts();
    db::Actor actor() const { return store->actor(QStringLiteral("test")); }
    QJsonObject otherFacilityPatient(const QString& name);

    TestDb testDb;
    std::unique_ptr<db::Store> store;
    FakeRegistry fake;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    sync::SyncOptions options;
    std::unique_ptr<sync::SyncEngine> engine;
    int m_otherCount = 0;
};

} // namespace bhu::test
