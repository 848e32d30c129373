#include "bhu/db/Store.h"

#include "bhu/db/AuditLog.h"
#include "bhu/db/DemoMark.h"
#include "bhu/db/Migrations.h"
#include "bhu/db/SchemaUpgrade.h"
#include "bhu/db/Outbox.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <openssl/rand.h>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::Store", s); }
QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) QFile::remove(path + QString::fromLatin1(suffix));
}
} // namespace

Store::~Store() { close(); }

void Store::close()
{
    m_conn.reset();
    m_key.wipe();
}

QString Store::generateRecoveryKey()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";   // no I, O, 0, 1
    unsigned char raw[32];
    RAND_bytes(raw, sizeof raw);
    QString out;
    for (int i = 0; i < 32; ++i) {
        if (i && i % 4 == 0) out += u'-';
        out += QLatin1Char(alphabet[raw[i] & 31]);
    }
    return out;
}

int Store::facilityNumberFromCode(const QString& code)
{
    QString digits;
    for (QChar c : code)
        if (c.isDigit()) digits += c;
    const int n = static_cast<int>(digits.right(5).toInt());
    return n >= 1 ? n : 1;
}

Result<Created> Store::create(const CreateOptions& o)
{
    if (o.facilityCode.trimmed().isEmpty() || o.facilityName.trimmed().isEmpty())
        return Error::make(ErrorCode::Invalid, tr("Enter the facility code and name."));
    if (o.adminUser.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("Enter a user name for the administrator."));
    if (o.facilityNumber < 0 || o.facilityNumber > 99999)
        return Error::make(ErrorCode::Invalid, tr("The facility number must be between 1 and 99999."));
    if (o.adminPassword.size() < 8)
        return Error::make(ErrorCode::Invalid, tr("The password must have at least 8 characters."));
    const QString keyPath = KeySlotFile::pathFor(o.path);
    if (QFileInfo::exists(o.path) || QFileInfo::exists(keyPath))
        return Error::make(ErrorCode::Conflict, tr("A database already exists at %1; it was left untouched.").arg(o.path));

    const SecretBytes key = SecretBytes::random(32);
    Created created{newId(), generateRecoveryKey()};
    const QString now = isoUtc(Clock::system().nowUtc());
    const QString adminName = KeySlotFile::normalizeUser(o.adminUser);
    const QString adminId = newId();

    auto fail = [&](const Error& e) {
        removeDatabaseFiles(o.path);
        QFile::remove(keyPath);
        return e;
    };
    {
        auto conn = Connection::open(o.path, key, Connection::Mode::Create);
        if (!conn.ok()) return fail(conn.error());
        Connection& c = *conn.value();
        if (auto s = migrate(c); !s.ok()) return fail(s.error());
        Transaction tx(c);
        if (!tx.started().ok()) return fail(tx.started().error());
        auto ins = [&](const char* sql, const QStringList& args) -> Status {
            auto st = c.prepare(sql);
            if (!st.ok()) return st.error();
            for (int i = 0; i < args.size(); ++i) st.value()->bind(i + 1, args[i].isNull() ? QStringLiteral("") : args[i]);
            return st.value()->run();
        };
        Status s = ins("INSERT INTO meta(key, value) VALUES ('database_id', ?)", {created.databaseId});
        if (s.ok()) s = ins("INSERT INTO meta(key, value) VALUES ('created_at', ?)", {now});
        if (s.ok())
            s = ins("INSERT INTO facility(id, code, name, created_at, number) VALUES (?,?,?,?,?)",
                    {newId(), o.facilityCode.trimmed(), o.facilityName.trimmed(), now,
                     QString::number(o.facilityNumber > 0 ? o.facilityNumber : facilityNumberFromCode(o.facilityCode))});
        if (s.ok())
            s = ins("INSERT INTO users(id, username, full_name, role, created_at) VALUES (?,?,?,'admin',?)",
                    {adminId, adminName, o.adminFullName, now});
        if (s.ok())
            s = AuditLog(c).append(Actor{adminId, adminName, QStringLiteral("init")}, QStringLiteral("database.create"),
                                   QStringLiteral("Facility"), o.facilityCode.trimmed());
        if (s.ok()) s = tx.commit();
        if (!s.ok()) return fail(s.error());
    }

    KeySlotFile keys = KeySlotFile::createNew(keyPath, created.databaseId);
    Status s = keys.setPassword(adminName, o.adminPassword, key);
    if (s.ok()) s = keys.setRecoveryKey(created.recoveryKey, key);
    if (s.ok()) s = keys.save();
    if (!s.ok()) return fail(s.error());
    QFile::setPermissions(o.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return created;
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, const QString& user, const QString& password)
{
    if (!QFileInfo::exists(path))
        return Error::make(ErrorCode::NotFound, tr("No database at %1. Check the path or create one with 'bhuctl init'.").arg(path));
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(path));
    if (!keys.ok()) return keys.error();
    auto key = keys->unlockCandidates(user, password);
    if (!key.ok()) return key.error();
    return finishOpen(path, std::move(keys.value()), std::move(key.value()), KeySlotFile::normalizeUser(user));
}

Result<std::unique_ptr<Store>> Store::openWithRecoveryKey(const QString& path, const QString& recoveryKey)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(path));
    if (!keys.ok()) return keys.error();
    auto key = keys->recoveryCandidates(recoveryKey.trimmed().toUpper());
    if (!key.ok()) return key.error();
    return finishOpen(path, std::move(keys.value()), std::move(key.value()), QString());
}

Result<std::unique_ptr<Store>> Store::finishOpen(const QString& path, KeySlotFile keys, std::vector<UnwrappedKey> keysToTry,
                                                 const QString& user)
{
    // The current key first; the pending one only matters after an interrupted key rotation.
    std::stable_sort(keysToTry.begin(), keysToTry.end(), [](const UnwrappedKey& a, const UnwrappedKey& b) { return !a.pending && b.pending; });
    std::unique_ptr<Store> s(new Store);
    Error last = Error::make(ErrorCode::WrongPassword, tr("Wrong user name or password."));
    bool pendingOpened = false;
    for (UnwrappedKey& k : keysToTry) {
        auto conn = Connection::open(path, k.key, Connection::Mode::OpenExisting);
        if (!conn.ok()) {
            last = conn.error();
            continue;
        }
        s->m_conn = std::move(conn.value());
        s->m_key = std::move(k.key);
        pendingOpened = k.pending;
        break;
    }
    if (!s->m_conn) return last;
    if (keys.hasStaged()) {
        // An interrupted rotation: the key that opened the database decides which slots stay.
        if (pendingOpened) keys.commitStaged();
        else keys.discardStaged();
        BHU_TRY(keys.save());
    }
    s->m_keys = std::move(keys);

    auto meta = s->m_conn->queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (meta.ok() && meta.value() != s->m_keys.databaseId())
        return Error::make(ErrorCode::Corrupt, tr("The key file does not belong to this database."));
    BHU_TRY(upgradeSchema(*s, [&s] { s->m_conn.reset(); }));

    auto f = s->m_conn->prepare("SELECT id, code, name FROM facility LIMIT 1");
    if (!f.ok()) return f.error();
    if (auto r = f.value()->step(); r.ok() && r.value())
        s->m_facility = FacilityInfo{f.value()->text(0), f.value()->text(1), f.value()->text(2)};
    f.value()->reset();

    if (user.isEmpty()) {   // recovery: act as the recovery principal with admin rights
        s->m_user = UserRecord{QString(), QStringLiteral("recovery"), QString(), Role::Admin, true};
    } else {
        auto u = loadUser(*s->m_conn, user);
        if (!u.ok()) return u.error();
        s->m_user = u.value();
        if (!s->m_user.active)
            return Error::make(ErrorCode::Forbidden, tr("This account has been disabled. Ask the facility administrator."));
    }
    return s;
}

Result<std::unique_ptr<Store>> Store::openSibling(int busyTimeoutMs) const
{
    if (!m_conn) return Error::make(ErrorCode::Failed, tr("The database is locked. Sign in again."), QStringLiteral("closed store"));
    auto conn = Connection::open(m_conn->path(), m_key, Connection::Mode::OpenExisting);
    if (!conn.ok()) return conn.error();
    BHU_TRY(conn.value()->exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)));
    std::unique_ptr<Store> s(new Store);
    s->m_conn = std::move(conn.value());
    s->m_keys = m_keys;
    s->m_key = m_key.copy();
    s->m_facility = m_facility;
    s->m_user = m_user;
    return s;
}

Result<UserRecord> Store::loadUser(Connection& c, const QString& user)
{
    auto u = c.prepare("SELECT id, username, full_name, role, active FROM users WHERE username = ?");
    if (!u.ok()) return u.error();
    u.value()->bind(1, KeySlotFile::normalizeUser(user));
    auto r = u.value()->step();
    if (!r.ok()) return r.error();
    if (!r.value()) return Error::make(ErrorCode::WrongPassword, tr("Wrong user name or password."));
    UserRecord rec;
    rec.id = u.value()->text(0);
    rec.username = u.value()->text(1);
    rec.fullName = u.value()->text(2);
    rec.role = roleFromCode(u.value()->text(3)).value_or(Role::FrontDesk);
    rec.active = u.value()->int64(4) != 0;
    u.value()->reset();
    return rec;
}

Result<UserRecord> Store::addUser(const QString& username, const QString& fullName, Role role, const QString& password,
                                  const Actor& who)
{
    const QString name = KeySlotFile::normalizeUser(username);
    if (name.isEmpty() || name.contains(u' ')) return Error::make(ErrorCode::Invalid, tr("Enter a user name without spaces."));
    if (password.size() < 8) return Error::make(ErrorCode::Invalid, tr("The password must have at least 8 characters."));
    if (m_keys.hasUser(name)) return Error::make(ErrorCode::Conflict, tr("The user name %1 is taken. Choose another.").arg(name));
    UserRecord rec{newId(), name, fullName, role, true};
    Transaction tx(*m_conn);
    BHU_TRY(tx.started());
    auto st = m_conn->prepare("INSERT INTO users(id, username, full_name, role, created_at) VALUES (?,?,?,?,?)");
    if (!st.ok()) return st.error();
    st.value()->bind(1, rec.id).bind(2, name).bind(3, fullName.isNull() ? QStringLiteral("") : fullName).bind(4, roleCode(role));
    st.value()->bind(5, isoUtc(Clock::system().nowUtc()));
    if (Status s = st.value()->run(); !s.ok())
        return s.is(ErrorCode::Conflict) ? Error::make(ErrorCode::Conflict, tr("The user name %1 is taken. Choose another.").arg(name)) : s.error();
    BHU_TRY(AuditLog(*m_conn).append(who, QStringLiteral("user.add"), QStringLiteral("User"), rec.id, QString(), roleCode(role)));
    // The key slot is written before the commit: if it fails, the user row is rolled back.
    auto fresh = freshKeys();
    if (!fresh.ok()) return fresh.error();
    KeySlotFile keys = fresh.value();
    BHU_TRY(keys.setPassword(name, password, m_key));
    BHU_TRY(keys.save());
    BHU_TRY(tx.commit());
    m_keys = keys;
    return rec;
}

Result<UserRecord> Store::verifyCredentials(const QString& user, const QString& password)
{
    auto keys = KeySlotFile::load(KeySlotFile::pathFor(path()));
    if (!keys.ok()) return keys.error();
    auto key = keys->unlock(user, password);
    if (!key.ok()) return key.error();
    if (key->bytes() != m_key.bytes()) return Error::make(ErrorCode::WrongPassword, tr("Wrong user name or password."));
    auto rec = loadUser(*m_conn, user);
    if (!rec.ok()) return rec.error();
    if (!rec->active) return Error::make(ErrorCode::Forbidden, tr("This account has been disabled. Ask the facility administrator."));
    return rec;
}

Status Store::verify()
{
    Connection& c = *m_conn;
    auto ic = c.queryText(QStringLiteral("PRAGMA integrity_check"));
    if (!ic.ok()) return ic.error();
    if (ic.value() != u"ok")
        return Error::make(ErrorCode::Corrupt, tr("The database is damaged (integrity check: %1). Restore the latest backup.").arg(ic.value()));
    // cipher_integrity_check returns one row per failing page; no row means all HMACs verify.
    auto cc = c.queryText(QStringLiteral("PRAGMA cipher_integrity_check"));
    if (cc.ok())
        return Error::make(ErrorCode::Corrupt, tr("The database is damaged (encryption check: %1). Restore the latest backup.").arg(cc.value()));
    if (!cc.is(ErrorCode::NotFound)) return cc.error();
    auto fk = c.queryText(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk.ok()) return Error::make(ErrorCode::Corrupt, tr("The database has broken references (table %1). Restore the latest backup.").arg(fk.value()));
    if (!fk.is(ErrorCode::NotFound)) return fk.error();
    return AuditLog(c).verify();
}

Result<QJsonObject> Store::info()
{
    Connection& c = *m_conn;
    auto version = schemaVersion(c);
    if (!version.ok()) return version.error();
    auto patients = c.queryInt(QStringLiteral("SELECT count(*) FROM patients WHERE deleted = 0"));
    if (!patients.ok()) return patients.error();
    auto visits = VisitRepository(c).count();
    if (!visits.ok()) return visits.error();
    auto audit = AuditLog(c).count();
    if (!audit.ok()) return audit.error();
    auto outbox = Outbox(c).counts();
    if (!outbox.ok()) return outbox.error();
    auto cipher = c.queryText(QStringLiteral("PRAGMA cipher_version"));
    return QJsonObject{
        {QStringLiteral("database_id"), databaseId()},
        {QStringLiteral("facility_code"), m_facility.code},
        {QStringLiteral("facility_name"), m_facility.name},
        {QStringLiteral("sqlcipher_version"), cipher.ok() ? cipher.value() : QString()},
        {QStringLiteral("sqlite_version"), sqliteVersion()},
        {QStringLiteral("schema_version"), version.value()},
        {QStringLiteral("patients"), patients.value()},
        {QStringLiteral("visits"), visits.value()},
        {QStringLiteral("audit_entries"), audit.value()},
        {QStringLiteral("outbox_pending"), outbox->pending},
        {QStringLiteral("demo"), isDemoDatabase(c)},
    };
}

} // namespace bhu::db
