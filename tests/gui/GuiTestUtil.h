#pragma once
// Helpers for driving real widgets in tests: find a named child (failing loudly) and wait for
// a condition with a deadline, processing events meanwhile (the QTRY_* pattern).
#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QWidget>
#include <gtest/gtest.h>

namespace bhu::test {

template <typename T>
T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no child " << name;
    return found;
}

template <typename Predicate>
[[nodiscard]] bool waitUntil(Predicate done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) return false;
        QTest::qWait(10);   // processes events for 10 ms, then looks again
    }
    return true;
}

// Sends a key to whatever has the keyboard focus, as a real key press would.
inline void pressKey(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, key, modifiers);
}

} // namespace bhu::test
