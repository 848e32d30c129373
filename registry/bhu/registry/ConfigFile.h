#pragma once
// The settings file of `bhu-registry --config FILE` (installed as /etc/bhu-registry/registry.conf).
// One `name = value` per line; `#` starts a comment; the names are the long command-line options
// without their dashes (db, listen, cert, key, allow-http, threads, auth-failures, auth-window,
// consult-escalate-minutes, name-frequency-hours, update-manifest).
// Options given on the command line win over the file.
#include "bhu/domain/Result.h"

#include <QMap>
#include <QString>

namespace bhu::registry {

// The names a settings file may use.
const QStringList& configFileNames();

// Reads FILE into "--name" → value. An unknown name, a line without `=` or an unreadable file
// is an Invalid/NotFound error naming the file and the line.
Result<QMap<QString, QString>> readConfigFile(const QString& path);
// The same from text (tests); `origin` names the source in messages.
Result<QMap<QString, QString>> parseConfig(const QString& text, const QString& origin);

} // namespace bhu::registry
