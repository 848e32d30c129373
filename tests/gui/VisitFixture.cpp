#include "VisitFixture.h"

namespace bhu::test {
TestDb* VisitTest::s_db = nullptr;
std::shared_ptr<services::Session> VisitTest::s_session;
} // namespace bhu::test
