// Store: key rotation. SQLCipher's rekey rewrites every page in one transaction; the key file is
// written so that a crash at any point leaves a slot whose key opens the database:
//   1. stage: slots for the new key are added (marked pending) next to the old ones; saved.
//   2. rekey: the database is re-encrypted with the new key (one transaction).
//   3. commit: the old slots are dropped; saved.
// Store::finishOpen completes or undoes an interrupted rotation, whichever key opens the file.
#include "bhu/db/AuditLog.h"
#include "bhu/db/Store.h"

#include <QCoreApplication>

namespace bhu::db {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::db::Store", s); }
Error simulatedCrash() { return Error::make(ErrorCode::Failed, tr("The key rotation stopped."), QStringLiteral("simulated crash")); }
} // namespace

Result<QStringList> Store::rotateKey(const Actor& who, const QString& user, const QString& password, const QString& newRecoveryKey,
                                     const Progress& progress, std::optional<RotationStep> crashAfter)
{
    auto report = [&](int step) {
        if (progress) progress(step, 3);
    };
    auto fresh = freshKeys();
    if (!fresh.ok()) return fresh.error();
    KeySlotFile keys = fresh.value();
    if (keys.hasStaged()) keys.discardStaged();   // a rotation that never reached the rekey
    auto current = keys.unlock(user, password);
    if (!current.ok()) return current.error();
    if (current->bytes() != m_key.bytes()) return Error::make(ErrorCode::WrongPassword, tr("Wrong user name or password."));
    if (newRecoveryKey.trimmed().isEmpty()) return Error::make(ErrorCode::Invalid, tr("A new recovery key is needed."));

    QStringList dropped;
    for (const KeySlot& s : keys.keySlots())
        if (s.kind == u"password" && s.user != KeySlotFile::normalizeUser(user)) dropped << s.user;

    report(0);
    SecretBytes newKey = SecretBytes::random(32);
    BHU_TRY(keys.stagePassword(user, password, newKey));
    BHU_TRY(keys.stageRecoveryKey(newRecoveryKey.trimmed().toUpper(), newKey));
    BHU_TRY(keys.save());
    report(1);
    if (crashAfter == RotationStep::Staged) return simulatedCrash();

    BHU_TRY(m_conn->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    BHU_TRY(m_conn->rekey(newKey));
    BHU_TRY(m_conn->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    m_key = std::move(newKey);
    report(2);
    if (crashAfter == RotationStep::Rekeyed) return simulatedCrash();

    keys.commitStaged();
    BHU_TRY(keys.save());
    m_keys = keys;
    BHU_TRY(AuditLog(*m_conn).record(who, QStringLiteral("key.rotate"), QStringLiteral("Database"),
                                     databaseId(), QString(), QStringLiteral("slots_dropped=") + dropped.join(u',')));
    report(3);
    return dropped;
}

} // namespace bhu::db
