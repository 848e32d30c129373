#include "Cli.h"

#include "bhu/db/KeySlots.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace bhuctl {

QString readPassword(const QString& prompt) { return readSecret("BHU_PASSWORD", prompt); }

QString readNewPassword(const QString& user)
{
    if (qEnvironmentVariableIsSet("BHU_NEW_PASSWORD")) return qEnvironmentVariable("BHU_NEW_PASSWORD");
    const QString pw = readSecret("BHU_NEW_PASSWORD", QCoreApplication::translate("bhuctl", "New password for %1: ").arg(user));
    const QString again = readSecret("BHU_NEW_PASSWORD", QCoreApplication::translate("bhuctl", "Repeat the new password: "));
    return pw == again ? pw : QString();
}

namespace {
// One line from the terminal without echo; nothing when there is no terminal.
#ifdef Q_OS_WIN
bool readLineQuietly(const QString& prompt, char* buf, int size)
{
    HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_EXISTING, 0, nullptr);
    if (in == INVALID_HANDLE_VALUE) return false;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    DWORD mode = 0;
    const bool haveConsole = GetConsoleMode(in, &mode) != 0;
    if (haveConsole) SetConsoleMode(in, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    DWORD read = 0;
    const bool got = ReadFile(in, buf, static_cast<DWORD>(size - 1), &read, nullptr) != 0 && read > 0;
    buf[got ? read : 0] = '\0';
    if (haveConsole) SetConsoleMode(in, mode);
    CloseHandle(in);
    std::fputs("\n", stderr);
    return got;
}
#else
bool readLineQuietly(const QString& prompt, char* buf, int size)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) return false;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTerm = tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const bool got = std::fgets(buf, size, tty) != nullptr;
    if (haveTerm) tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    return got;
}
#endif
} // namespace

QString readSecret(const char* env, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(env)) return qEnvironmentVariable(env);
    char buf[512] = {};
    const bool got = readLineQuietly(prompt, buf, static_cast<int>(sizeof buf));
    QString pw = got ? QString::fromLocal8Bit(buf) : QString();
    while (pw.endsWith(u'\n') || pw.endsWith(u'\r')) pw.chop(1);
    std::fill(std::begin(buf), std::end(buf), '\0');
    return pw;
}

void addDbOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("db"), QCoreApplication::translate("bhuctl", "Path of the clinic database."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("user"), QCoreApplication::translate("bhuctl", "User name (default: $BHU_USER, else the administrator)."),
                 QStringLiteral("USER")});
}

QString dbPath(const QCommandLineParser& p) { return p.value(QStringLiteral("db")); }

QString userName(const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("user"))) return p.value(QStringLiteral("user"));
    return defaultUser(dbPath(p));
}

QString defaultUser(const QString& db)
{
    if (qEnvironmentVariableIsSet("BHU_USER")) return qEnvironmentVariable("BHU_USER");
    // Default: the first password slot, which init gives to the administrator.
    auto keys = bhu::db::KeySlotFile::load(bhu::db::KeySlotFile::pathFor(db));
    if (keys.ok())
        for (const auto& s : keys->keySlots())
            if (s.kind == u"password") return s.user;
    return QStringLiteral("admin");
}

std::unique_ptr<bhu::services::Session> openSession(const QCommandLineParser& p, const QString& command, int* exitCode)
{
    if (dbPath(p).isEmpty()) {
        *exitCode = failUsage(QCoreApplication::translate("bhuctl", "--db PATH is required."));
        return nullptr;
    }
    return openSessionAs(dbPath(p), userName(p), command, exitCode);
}

std::unique_ptr<bhu::services::Session> openSessionAs(const QString& db, const QString& user, const QString& command, int* exitCode)
{
    if (db.isEmpty()) {
        *exitCode = failUsage(QCoreApplication::translate("bhuctl", "--db PATH is required."));
        return nullptr;
    }
    const QString pw = readPassword(QCoreApplication::translate("bhuctl", "Password for %1: ").arg(user));
    auto s = bhu::services::Session::unlock(db, user, pw, QStringLiteral("bhuctl ") + command);
    if (!s.ok()) {
        *exitCode = fail(s.error());
        return nullptr;
    }
    *exitCode = Ok;
    return std::move(s.value());
}

int fail(const bhu::Error& e)
{
    QTextStream(stderr) << "bhuctl: " << e.message << Qt::endl;
    return Failure;
}

int failUsage(const QString& message)
{
    QTextStream(stderr) << "bhuctl: " << message << Qt::endl;
    return Usage;
}

void printJson(const QJsonObject& o)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace bhuctl
