#pragma once
// RAII handle over one SQLCipher 4 database, with a prepared-statement cache and transactions.
// The only class that talks to the sqlite3 C API; repositories build on it.
#include "bhu/db/SecretBytes.h"
#include "bhu/domain/Result.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <unordered_map>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace bhu::db {

class Connection;

class Statement {
public:
    Statement(Connection* c, sqlite3_stmt* s) : m_conn(c), m_stmt(s) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& text);   // null QString binds NULL
    Statement& bind(int index, qint64 v);
    Statement& bind(int index, int v) { return bind(index, static_cast<qint64>(v)); }
    Statement& bind(int index, bool v) { return bind(index, static_cast<qint64>(v ? 1 : 0)); }
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    // true: a row is available; false: done. Errors come as Result errors.
    Result<bool> step();
    Status run();                                       // step to completion, expect no rows

    QString text(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QByteArray blob(int col) const;
    bool isNull(int col) const;

    void reset();

    // Steps through every row, appending read(*this) for each, then resets.
    template <typename T, typename Read>
    Result<QList<T>> collect(Read read)
    {
        QList<T> out;
        while (true) {
            auto row = step();
            if (!row.ok()) return row.error();
            if (!row.value()) break;
            out.append(read(*this));
        }
        reset();
        return out;
    }

private:
    friend class Connection;
    Connection* m_conn;
    sqlite3_stmt* m_stmt;
};

class Connection {
public:
    enum class Mode { OpenExisting, Create };
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Opens (or creates) an encrypted database with a raw 32-byte key.
    // A wrong key gives ErrorCode::WrongPassword and leaves the file untouched.
    static Result<std::unique_ptr<Connection>> open(const QString& path, const SecretBytes& key, Mode mode);

    Status exec(const QString& sql);                     // one or more statements, no parameters
    // Cached prepared statement; reset and with bindings cleared. Valid until the next prepare of the same SQL.
    Result<Statement*> prepare(const char* sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3* raw() const { return m_db; }

    // Single-value helpers for PRAGMAs and counts.
    Result<QString> queryText(const QString& sql);
    Result<qint64> queryInt(const QString& sql);

    Status begin();      // BEGIN IMMEDIATE: writers serialise up front, no deadlock on upgrade
    Status commit();
    Status rollback();
    bool inTransaction() const;

    Error lastError(const QString& what) const;

    // Re-encrypt with a new key (sqlite3_rekey). Used by key rotation.
    Status rekey(const SecretBytes& newKey);

private:
    Connection() = default;
    sqlite3* m_db = nullptr;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// RAII transaction: rolls back unless commit() was called. Inside another transaction it
// becomes a savepoint, so a repository write can be part of a larger service operation.
class Transaction {
public:
    explicit Transaction(Connection& c) : m_c(c), m_nested(c.inTransaction())
    {
        m_status = m_nested ? m_c.exec(QStringLiteral("SAVEPOINT bhu_nested")) : m_c.begin();
    }
    ~Transaction()
    {
        if (!m_status.ok() || m_done) return;
        if (m_nested) (void)m_c.exec(QStringLiteral("ROLLBACK TO bhu_nested; RELEASE bhu_nested"));
        else (void)m_c.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    const Status& started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_nested ? m_c.exec(QStringLiteral("RELEASE bhu_nested")) : m_c.commit();
    }

private:
    Connection& m_c;
    bool m_nested;
    Status m_status;
    bool m_done = false;
};

QString sqlcipherVersion();   // e.g. "4.14.0 community"
QString sqliteVersion();

} // namespace bhu::db
