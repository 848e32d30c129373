#include "bhu/db/KeySlots.h"

#include "bhu/db/Crypto.h"
#include "bhu/domain/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::KeySlotFile", s); }
QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }
QByteArray unb64(const QJsonValue& v) { return QByteArray::fromBase64(v.toString().toLatin1()); }
const auto kAlgKdf = QStringLiteral("pbkdf2-hmac-sha512");
const auto kAlgWrap = QStringLiteral("aes-256-gcm");
} // namespace

KeySlotFile KeySlotFile::createNew(const QString& path, const QString& databaseId)
{
    KeySlotFile f;
    f.m_path = path;
    f.m_databaseId = databaseId;
    return f;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::NotFound,
                           tr("The key file %1 is missing. It must stay beside the database; restore it from the backup.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Failed, tr("The key file %1 cannot be read: %2.").arg(path, file.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    const QJsonObject o = doc.object();
    if (pe.error != QJsonParseError::NoError || o.value(u"format").toString() != u"bhu-keyslots")
        return Error::make(ErrorCode::Corrupt, tr("The key file %1 is damaged. Restore it from the backup.").arg(path));
    if (o.value(u"version").toInt() != 1)
        return Error::make(ErrorCode::TooNew, tr("The key file %1 was written by a newer version of BHU Clinic. Update this program.").arg(path));

    KeySlotFile f;
    f.m_path = path;
    f.m_databaseId = o.value(u"database_id").toString();
    for (const QJsonValue v : o.value(u"slots").toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject kdf = s.value(u"kdf").toObject();
        const QJsonObject wrap = s.value(u"wrap").toObject();
        if (kdf.value(u"alg").toString() != kAlgKdf || wrap.value(u"alg").toString() != kAlgWrap)
            return Error::make(ErrorCode::TooNew, tr("The key file %1 uses an unknown algorithm. Update this program.").arg(path));
        KeySlot k;
        k.id = s.value(u"id").toString();
        k.kind = s.value(u"kind").toString();
        k.user = s.value(u"user").toString();
        k.iterations = kdf.value(u"iterations").toInt();
        k.salt = unb64(kdf.value(u"salt"));
        k.nonce = unb64(wrap.value(u"nonce"));
        k.ciphertext = unb64(wrap.value(u"ciphertext"));
        k.tag = unb64(wrap.value(u"tag"));
        k.createdAt = s.value(u"created_at").toString();
        k.pending = s.value(u"pending").toBool(false);
        if (k.iterations < crypto::kPbkdf2MinIterations)
            return Error::make(ErrorCode::Corrupt, tr("The key file %1 is damaged. Restore it from the backup.").arg(path));
        f.m_slots.append(k);
    }
    const QJsonObject failures = o.value(u"login_failures").toObject();
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        f.m_failures.insert(it.key(), LoginFailures{v.value(u"count").toInt(), v.value(u"last_at").toString()});
    }
    for (const QJsonValue v : o.value(u"unreported_failures").toArray()) {
        const QJsonObject u = v.toObject();
        f.m_unreported.append(UnreportedFailure{u.value(u"user").toString(), u.value(u"at").toString(), u.value(u"source").toString()});
    }
    return f;
}

Status KeySlotFile::save() const
{
    QJsonArray slotArray;
    for (const KeySlot& k : m_slots) {
        slotArray.append(QJsonObject{
            {QStringLiteral("id"), k.id},
            {QStringLiteral("kind"), k.kind},
            {QStringLiteral("user"), k.user},
            {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("alg"), kAlgKdf},
                                                {QStringLiteral("iterations"), k.iterations},
                                                {QStringLiteral("salt"), b64(k.salt)}}},
            {QStringLiteral("wrap"), QJsonObject{{QStringLiteral("alg"), kAlgWrap},
                                                 {QStringLiteral("nonce"), b64(k.nonce)},
                                                 {QStringLiteral("ciphertext"), b64(k.ciphertext)},
                                                 {QStringLiteral("tag"), b64(k.tag)}}},
            {QStringLiteral("created_at"), k.createdAt},
            {QStringLiteral("pending"), k.pending},
        });
    }
    QJsonObject failures;
    for (auto it = m_failures.begin(); it != m_failures.end(); ++it)
        failures.insert(it.key(), QJsonObject{{QStringLiteral("count"), it->count}, {QStringLiteral("last_at"), it->lastAt}});
    QJsonArray unreported;
    for (const auto& u : m_unreported)
        unreported.append(QJsonObject{{QStringLiteral("user"), u.user}, {QStringLiteral("at"), u.at}, {QStringLiteral("source"), u.source}});
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("bhu-keyslots")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("database_id"), m_databaseId},
                           {QStringLiteral("slots"), slotArray},
                           {QStringLiteral("login_failures"), failures},
                           {QStringLiteral("unreported_failures"), unreported}};
    QSaveFile out(m_path);   // writes a temporary file, fsyncs and renames on commit
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0 || !out.commit())
        return Error::make(ErrorCode::Failed, tr("The key file %1 could not be written: %2. Nothing was changed.").arg(m_path, out.errorString()));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

bool KeySlotFile::hasUser(const QString& user) const
{
    const QString u = normalizeUser(user);
    for (const auto& s : m_slots)
        if (s.kind == u"password" && s.user == u && !s.pending) return true;
    return false;
}

QByteArray KeySlotFile::aad(const KeySlot& s) const
{
    return (QStringLiteral("bhu-keyslot-v1|") + m_databaseId + u'|' + s.id + u'|' + s.kind + u'|' + s.user).toUtf8();
}

Result<KeySlot> KeySlotFile::seal(const QString& kind, const QString& user, const QString& secret, const SecretBytes& key) const
{
    KeySlot s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.kind = kind;
    s.user = user;
    s.iterations = crypto::kPbkdf2MinIterations;
    s.salt = crypto::randomBytes(16);
    s.createdAt = isoUtc(Clock::system().nowUtc());
    const SecretBytes kek = crypto::pbkdf2Sha512(secret, s.salt, s.iterations);
    auto sealed = crypto::aesGcmSeal(kek, key.bytes(), aad(s));
    if (!sealed.ok()) return sealed.error();
    s.nonce = sealed->nonce;
    s.ciphertext = sealed->ciphertext;
    s.tag = sealed->tag;
    return s;
}

Result<SecretBytes> KeySlotFile::open(const KeySlot& s, const QString& secret) const
{
    const SecretBytes kek = crypto::pbkdf2Sha512(secret, s.salt, s.iterations);
    auto key = crypto::aesGcmOpen(kek, crypto::Sealed{s.nonce, s.ciphertext, s.tag}, aad(s));
    if (key.is(ErrorCode::WrongPassword))
        return Error::make(ErrorCode::WrongPassword,
                           s.kind == u"recovery" ? tr("The recovery key is not correct. Check each group of characters.")
                                                 : tr("Wrong user name or password."));
    return key;
}

Status KeySlotFile::setPassword(const QString& user, const QString& password, const SecretBytes& databaseKey)
{
    const QString u = normalizeUser(user);
    if (u.isEmpty()) return Error::make(ErrorCode::Invalid, tr("Enter a user name."));
    auto slot = seal(QStringLiteral("password"), u, password, databaseKey);
    if (!slot.ok()) return slot.error();
    // Replaced in place: the order of the slots stays (the first is the administrator from init).
    for (KeySlot& existing : m_slots)
        if (existing.kind == u"password" && existing.user == u && !existing.pending) {
            existing = slot.value();
            return {};
        }
    m_slots.append(slot.value());
    return {};
}

Status KeySlotFile::stagePassword(const QString& user, const QString& password, const SecretBytes& newKey)
{
    const QString u = normalizeUser(user);
    auto slot = seal(QStringLiteral("password"), u, password, newKey);
    if (!slot.ok()) return slot.error();
    slot->pending = true;
    m_slots.removeIf([&](const KeySlot& s) { return s.pending && s.kind == u"password" && s.user == u; });
    m_slots.append(slot.value());
    return {};
}

Status KeySlotFile::stageRecoveryKey(const QString& recoveryKey, const SecretBytes& newKey)
{
    auto slot = seal(QStringLiteral("recovery"), QString(), recoveryKey, newKey);
    if (!slot.ok()) return slot.error();
    slot->pending = true;
    m_slots.removeIf([](const KeySlot& s) { return s.pending && s.kind == u"recovery"; });
    m_slots.append(slot.value());
    return {};
}

void KeySlotFile::commitStaged()
{
    m_slots.removeIf([](const KeySlot& s) { return !s.pending; });
    for (KeySlot& s : m_slots) s.pending = false;
}

void KeySlotFile::discardStaged()
{
    m_slots.removeIf([](const KeySlot& s) { return s.pending; });
}

bool KeySlotFile::hasStaged() const
{
    return std::any_of(m_slots.begin(), m_slots.end(), [](const KeySlot& s) { return s.pending; });
}

void KeySlotFile::setFailures(const QString& user, const LoginFailures& f) { m_failures.insert(normalizeUser(user), f); }

void KeySlotFile::addUnreported(const UnreportedFailure& f)
{
    m_unreported.append(f);
    // Bounded: a flood of attempts must not grow the key file without end; the count stays.
    while (m_unreported.size() > 500) m_unreported.removeFirst();
}

Result<std::vector<UnwrappedKey>> KeySlotFile::candidates(const QString& kind, const QString& user, const QString& secret) const
{
    std::vector<UnwrappedKey> out;
    bool any = false;
    Error last = Error::make(ErrorCode::WrongPassword, tr("Wrong user name or password."));
    for (const auto& s : m_slots) {
        if (s.kind != kind || s.user != user) continue;
        any = true;
        auto key = open(s, secret);
        if (key.ok()) out.push_back(UnwrappedKey{std::move(key.value()), s.pending});
        else last = key.error();
    }
    if (!any && kind == u"password") (void)crypto::pbkdf2Sha512(secret, QByteArray(16, 'x'), crypto::kPbkdf2MinIterations);
    if (!any && kind == u"recovery") return Error::make(ErrorCode::NotFound, tr("This database has no recovery key."));
    if (out.empty()) return last;
    return out;
}

Result<std::vector<UnwrappedKey>> KeySlotFile::unlockCandidates(const QString& user, const QString& password) const
{
    return candidates(QStringLiteral("password"), normalizeUser(user), password);
}

Result<std::vector<UnwrappedKey>> KeySlotFile::recoveryCandidates(const QString& recoveryKey) const
{
    return candidates(QStringLiteral("recovery"), QString(), recoveryKey);
}

Status KeySlotFile::setRecoveryKey(const QString& recoveryKey, const SecretBytes& databaseKey)
{
    auto slot = seal(QStringLiteral("recovery"), QString(), recoveryKey, databaseKey);
    if (!slot.ok()) return slot.error();
    m_slots.removeIf([](const KeySlot& s) { return s.kind == u"recovery" && !s.pending; });
    m_slots.append(slot.value());
    return {};
}

bool KeySlotFile::removeUser(const QString& user)
{
    const QString u = normalizeUser(user);
    return m_slots.removeIf([&](const KeySlot& s) { return s.kind == u"password" && s.user == u && !s.pending; }) > 0;
}

Result<SecretBytes> KeySlotFile::unlock(const QString& user, const QString& password) const
{
    const QString u = normalizeUser(user);
    for (const auto& s : m_slots)
        if (s.kind == u"password" && s.user == u) return open(s, password);
    // Spend the same time as a real attempt so that unknown user names cannot be told apart.
    (void)crypto::pbkdf2Sha512(password, QByteArray(16, 'x'), crypto::kPbkdf2MinIterations);
    return Error::make(ErrorCode::WrongPassword, tr("Wrong user name or password."));
}

Result<SecretBytes> KeySlotFile::unlockWithRecoveryKey(const QString& recoveryKey) const
{
    for (const auto& s : m_slots)
        if (s.kind == u"recovery") return open(s, recoveryKey);
    return Error::make(ErrorCode::NotFound, tr("This database has no recovery key."));
}

} // namespace bhu::db
