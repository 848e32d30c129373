#include "bhu/db/Connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sqlite3.h>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::Connection", s); }

// x'<hex>' tells SQLCipher the key is raw (no second KDF): the 32 bytes come from a key slot.
// Built in one byte buffer (no QString copies) that the caller wipes.
SecretBytes hexKeyLiteral(const SecretBytes& key)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray lit(key.size() * 2 + 3, '\0');
    lit[0] = 'x';
    lit[1] = '\'';
    for (int i = 0; i < key.size(); ++i) {
        const auto b = static_cast<unsigned char>(key.bytes().at(i));
        lit[2 + 2 * i] = hex[b >> 4];
        lit[3 + 2 * i] = hex[b & 15];
    }
    lit[lit.size() - 1] = '\'';
    return SecretBytes(std::move(lit));
}
} // namespace

// ---------------------------------------------------------------- Statement

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isNull()) return bindNull(index);
    const QByteArray u = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, u.constData(), static_cast<int>(u.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, qint64 v)
{
    sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull()) return bindNull(index);
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error e = m_conn->lastError(QString::fromUtf8(sqlite3_sql(m_stmt)).left(60));
    if (rc == SQLITE_CONSTRAINT || (rc & 0xff) == SQLITE_CONSTRAINT) e.code = ErrorCode::Conflict;
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    auto r = step();
    if (!r.ok()) return r.error();
    reset();
    return {};
}

QString Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p) return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

qint64 Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }

QByteArray Statement::blob(int col) const
{
    const void* p = sqlite3_column_blob(m_stmt, col);
    if (!p) return {};
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, col));
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

// ---------------------------------------------------------------- Connection

Connection::~Connection()
{
    for (auto& [sql, st] : m_cache) sqlite3_finalize(st->m_stmt);
    m_cache.clear();
    if (m_db) sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString& path, const SecretBytes& key, Mode mode)
{
    if (key.size() != 32)
        return Error::make(ErrorCode::Failed, tr("The database key is damaged."), QStringLiteral("key size"));
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return Error::make(ErrorCode::NotFound, tr("No database at %1. Check the path or create one with 'bhuctl init'.").arg(path));
    if (mode == Mode::Create && exists && QFileInfo(path).size() > 0)
        return Error::make(ErrorCode::Conflict, tr("A database already exists at %1; it was left untouched.").arg(path));

    std::unique_ptr<Connection> c(new Connection);
    c->m_path = path;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == Mode::Create) flags |= SQLITE_OPEN_CREATE;
    const QByteArray p = QFileInfo(path).absoluteFilePath().toUtf8();
    if (sqlite3_open_v2(p.constData(), &c->m_db, flags, nullptr) != SQLITE_OK)
        return c->lastError(tr("open"));

    // Silence SQLCipher's own stderr logging (a wrong key prints HMAC errors).
    (void)c->exec(QStringLiteral("PRAGMA cipher_log_level = NONE"));

    {
        const SecretBytes lit = hexKeyLiteral(key);
        const int rc = sqlite3_key(c->m_db, lit.bytes().constData(), lit.size());
        if (rc != SQLITE_OK) return c->lastError(tr("set key"));
    }

    // The first real read proves the key. A wrong key fails here with SQLITE_NOTADB and
    // nothing has been written to the file.
    {
        sqlite3_stmt* st = nullptr;
        int rc = sqlite3_prepare_v2(c->m_db, "SELECT count(*) FROM sqlite_master", -1, &st, nullptr);
        if (rc == SQLITE_OK) rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc == SQLITE_NOTADB)
            return Error::make(ErrorCode::WrongPassword,
                               tr("The database could not be unlocked: the key does not match. Check the user name and password."));
        if (rc != SQLITE_ROW) return c->lastError(tr("read"));
    }

    const char* pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -65536",   // 64 MiB of decrypted pages: random-key B-trees stay hot
    };
    for (const char* pr : pragmas) BHU_TRY(c->exec(QString::fromLatin1(pr)));
    return c;
}

Status Connection::exec(const QString& sql)
{
    char* err = nullptr;
    const QByteArray u = sql.toUtf8();
    if (sqlite3_exec(m_db, u.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        Error e = lastError(sql.left(60));
        if ((sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_CONSTRAINT) e.code = ErrorCode::Conflict;
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<Statement*> Connection::prepare(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        return lastError(QString::fromUtf8(sql).left(60));
    auto owned = std::make_unique<Statement>(this, st);
    Statement* raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

qint64 Connection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }

Result<QString> Connection::queryText(const QString& sql)
{
    sqlite3_stmt* st = nullptr;
    const QByteArray u = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, u.constData(), -1, &st, nullptr) != SQLITE_OK) return lastError(sql.left(60));
    const int rc = sqlite3_step(st);
    QString out;
    if (rc == SQLITE_ROW) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        out = p ? QString::fromUtf8(p) : QString();
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return lastError(sql.left(60));
    if (rc == SQLITE_DONE) return Error::make(ErrorCode::NotFound, tr("No result."));
    return out;
}

Result<qint64> Connection::queryInt(const QString& sql)
{
    auto r = queryText(sql);
    if (!r.ok()) return r.error();
    return r.value().toLongLong();
}

Status Connection::begin() { return exec(QStringLiteral("BEGIN IMMEDIATE")); }
Status Connection::commit() { return exec(QStringLiteral("COMMIT")); }
Status Connection::rollback() { return exec(QStringLiteral("ROLLBACK")); }
bool Connection::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

Error Connection::lastError(const QString& what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no handle");
    ErrorCode ec = ErrorCode::Failed;
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT) ec = ErrorCode::Corrupt;
    return Error::make(ec,
                       tr("The database reported an error (%1). Nothing was saved; try again, and if it persists run 'bhuctl verify'.")
                           .arg(msg),
                       what + QStringLiteral(": ") + msg);
}

Status Connection::rekey(const SecretBytes& newKey)
{
    const SecretBytes lit = hexKeyLiteral(newKey);
    const int rc = sqlite3_rekey(m_db, lit.bytes().constData(), lit.size());
    if (rc != SQLITE_OK) return lastError(QStringLiteral("rekey"));
    return {};
}

QString sqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }

QString sqlcipherVersion()
{
    // cipher_version needs a connection; an in-memory one without a key is enough.
    sqlite3* db = nullptr;
    QString v;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            v = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return v;
}

} // namespace bhu::db
