#pragma once
// The Patients area's way into the session. The store's connection (and its prepared-statement
// cache) must not be used by two threads at once, and searches run on a worker thread, so every
// service call of this area goes through run(), which holds one mutex for the call.
// Cheap calls (register, open, history) run on the GUI thread; they wait at most for one search.
#include "bhu/services/PatientService.h"
#include "bhu/services/PlaceService.h"
#include "bhu/services/Session.h"
#include "bhu/services/VisitService.h"

#include <QMutex>
#include <QMutexLocker>
#include <memory>

namespace bhu::ui {

class SessionAccess {
public:
    explicit SessionAccess(std::shared_ptr<services::Session> session);

    // Calls f(PatientService&) with the session locked; returns what f returns.
    template <typename F>
    auto run(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        services::PatientService service(*m_session);
        return f(service);
    }

    // The same for the geography reference data (the address lists of the patient form).
    template <typename F>
    auto runPlaces(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        services::PlaceService service(*m_session);
        return f(service);
    }

    // The same for clinical visits (queue, consultation, history).
    template <typename F>
    auto runVisits(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        services::VisitService service(*m_session);
        return f(service);
    }

    // The same for any other service constructed from the session (S(Session&)).
    template <typename S, typename F>
    auto runWith(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        S service(*m_session);
        return f(service);
    }

    // Any other service of the session (Community area: households, immunisations, pregnancies):
    // calls f(Session&) with the session locked.
    template <typename F>
    auto runSession(F&& f)
    {
        QMutexLocker lock(&m_mutex);
        return f(*m_session);
    }

    // The session itself, for long work on a worker thread that must not hold this lock (a
    // registry call of the specialist's inbox): the services take the session's own guard
    // around each database step.
    std::shared_ptr<services::Session> sharedSession() const { return m_session; }

    // Facts about the session that never change while it is open (no lock needed).
    QString facilityName() const { return m_facilityName; }
    QString facilityCode() const { return m_facilityCode; }
    QString userName() const { return m_userName; }

private:
    std::shared_ptr<services::Session> m_session;
    QMutex m_mutex;
    QString m_facilityName, m_facilityCode, m_userName;
};

} // namespace bhu::ui
