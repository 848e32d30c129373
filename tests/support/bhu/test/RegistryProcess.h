#pragma once
// Runs the real `bhu-registry serve --allow-http --listen 127.0.0.1:0` as a child process for
// integration tests: waits for its "listening on …" line, knows the port, stops it (SIGTERM,
// then SIGKILL). Its stderr (the request log) goes to a file, readable with log().
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace bhu::test {

class RegistryProcess {
public:
    RegistryProcess() = default;
    ~RegistryProcess();
    RegistryProcess(const RegistryProcess&) = delete;
    RegistryProcess& operator=(const RegistryProcess&) = delete;

    // Starts the server on `conninfo` (already migrated); false with error() on failure.
    bool start(const QString& conninfo, const QStringList& extraArgs = {});
    void stop();
    // SIGKILL, as a power cut or the OOM killer would: no clean shutdown.
    void kill();

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString error() const { return m_error; }
    QByteArray log() const;   // what the server wrote to stderr so far

private:
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_error;
};

} // namespace bhu::test
