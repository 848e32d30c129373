#include "SessionAccess.h"

namespace bhu::ui {

SessionAccess::SessionAccess(std::shared_ptr<services::Session> session) : m_session(std::move(session))
{
    m_facilityName = m_session->facility().name;
    m_facilityCode = m_session->facility().code;
    m_userName = m_session->user().username;
}

} // namespace bhu::ui
