#pragma once
// Result<T>: the error channel of every library API (no exceptions cross them).
// An Error carries a machine code and a translated, user-readable message that says
// what happened and what to do.
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace bhu {

enum class ErrorCode {
    Failed,          // an operation failed (I/O, SQL, crypto)
    NotFound,        // the thing asked for does not exist
    Invalid,         // bad input; nothing was changed
    WrongPassword,   // the credentials do not unlock the database
    Forbidden,       // the user's role does not allow this
    Conflict,        // a uniqueness or version conflict
    TooNew,          // the database was made by a newer program
    Corrupt,         // integrity or tamper check failed
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::Failed;
    QString message;   // for people, translated
    QString detail;    // for developers/logs; never patient data

    static Error make(ErrorCode c, QString msg, QString det = {}) { return Error{c, std::move(msg), std::move(det)}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<1>(m_v); }
    ErrorCode code() const { return ok() ? ErrorCode::Failed : error().code; }
    bool is(ErrorCode c) const { return !ok() && error().code == c; }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_e(std::move(error)) {}
    static Result success() { return {}; }

    bool ok() const { return !m_e.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_e; }
    ErrorCode code() const { return ok() ? ErrorCode::Failed : m_e->code; }
    bool is(ErrorCode c) const { return !ok() && m_e->code == c; }

private:
    std::optional<Error> m_e;
};

using Status = Result<void>;

} // namespace bhu

// Propagate an error from an expression returning Result<...>.
#define BHU_TRY(expr)                                                                              \
    do {                                                                                           \
        auto _bhu_r = (expr);                                                                      \
        if (!_bhu_r.ok()) return _bhu_r.error();                                                   \
    } while (0)
