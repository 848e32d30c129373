#include "FrontDeskFixture.h"

namespace bhu::test {
TestDb* FrontDeskTest::s_db = nullptr;
std::shared_ptr<services::Session> FrontDeskTest::s_session;
Patient* FrontDeskTest::s_known = nullptr;
} // namespace bhu::test
