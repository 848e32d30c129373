#include "bhu/registry/ConfigFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace bhu::registry {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::registry::ConfigFile", s); }
} // namespace

const QStringList& configFileNames()
{
    static const QStringList names{QStringLiteral("db"),      QStringLiteral("listen"),        QStringLiteral("cert"),
                                   QStringLiteral("key"),     QStringLiteral("allow-http"),    QStringLiteral("threads"),
                                   QStringLiteral("auth-failures"), QStringLiteral("auth-window"),
                                   QStringLiteral("cursor-retention-days"), QStringLiteral("consult-escalate-minutes"),
                                   QStringLiteral("name-frequency-hours"),
                                   QStringLiteral("update-manifest")};
    return names;
}

Result<QMap<QString, QString>> parseConfig(const QString& text, const QString& origin)
{
    QMap<QString, QString> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0) line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty()) continue;
        const qsizetype eq = line.indexOf(u'=');
        const QString name = eq < 0 ? line : line.left(eq).trimmed();
        if (eq < 0 || !configFileNames().contains(name))
            return Error::make(ErrorCode::Invalid, tr("%1, line %2: expected one of %3 followed by = and a value.")
                                                       .arg(origin)
                                                       .arg(i + 1)
                                                       .arg(configFileNames().join(QStringLiteral(", "))));
        out.insert(QStringLiteral("--") + name, line.mid(eq + 1).trimmed());
    }
    return out;
}

Result<QMap<QString, QString>> readConfigFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound, tr("The settings file %1 cannot be read (%2).").arg(path, f.errorString()));
    return parseConfig(QString::fromUtf8(f.readAll()), path);
}

} // namespace bhu::registry
