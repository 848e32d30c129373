#include "bhu/test/RegistryProcess.h"

#include "bhu/test/TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace bhu::test {

RegistryProcess::~RegistryProcess() { stop(); }

bool RegistryProcess::start(const QString& conninfo, const QStringList& extraArgs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("registry.log")));
    m_process->start(binPath(QStringLiteral("bhu-registry")),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"), conninfo, QStringLiteral("--allow-http"),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                         extraArgs);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("could not start ") + binPath(QStringLiteral("bhu-registry"));
        return false;
    }
    static const QRegularExpression re(QStringLiteral("listening on https?://[^:]+:(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) break;
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const auto m = re.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = m.captured(1).toInt();
            return true;
        }
    }
    m_error = QStringLiteral("bhu-registry did not report a port; stdout: ") + QString::fromUtf8(out) + QStringLiteral("; log: ") +
              QString::fromUtf8(log().right(2000));
    return false;
}

void RegistryProcess::stop()
{
    if (!m_process) return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    m_port = 0;
}

void RegistryProcess::kill()
{
    if (!m_process) return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QByteArray RegistryProcess::log() const
{
    QFile f(m_dir.filePath(QStringLiteral("registry.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace bhu::test
