#pragma once
// Shared plumbing of bhuctl commands: argument access, password input, session opening,
// JSON output and the exit-code convention (0 success, 1 failure, 2 usage).
#include "bhu/domain/Result.h"
#include "bhu/services/Session.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <memory>

namespace bhuctl {

enum Exit { Ok = 0, Failure = 1, Usage = 2 };

struct Command {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(QCommandLineParser&)> run;
};

// Registry of sub-commands (each Cmd*.cpp adds itself in commands()).
const QList<Command>& commands();

// Password from BHU_PASSWORD, else a prompt on the terminal with echo off.
QString readPassword(const QString& prompt);
// A secret from the environment variable `env`, else a prompt with echo off.
QString readSecret(const char* env, const QString& prompt);
// A new password from BHU_NEW_PASSWORD, else asked twice; null when the two differ.
QString readNewPassword(const QString& user);
// User from --user, else BHU_USER, else the admin user recorded in the key file.
QString userName(const QCommandLineParser& p);
// --db PATH, required.
QString dbPath(const QCommandLineParser& p);
void addDbOptions(QCommandLineParser& p);

std::unique_ptr<bhu::services::Session> openSession(const QCommandLineParser& p, const QString& command, int* exitCode);
std::unique_ptr<bhu::services::Session> openSessionAs(const QString& db, const QString& user, const QString& command, int* exitCode);
// BHU_USER, else the administrator recorded first in the key file.
QString defaultUser(const QString& db);

int fail(const bhu::Error& e);            // prints "bhuctl: <message>" to stderr, returns Failure
int failUsage(const QString& message);
void printJson(const QJsonObject& o);      // one compact line on stdout

} // namespace bhuctl
