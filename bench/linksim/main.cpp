// bhu-linksim: a TCP proxy that behaves like a slow mobile link, for the "a BHU's day over 2G"
// benchmark and for trying the clinic on a bad link by hand. Works for HTTPS too (it only
// forwards bytes).
//   bhu-linksim --listen 127.0.0.1:0 --to 127.0.0.1:8443 [--kbps 40] [--latency-ms 300]
// Prints "listening on 127.0.0.1:PORT" when ready; on SIGTERM/SIGINT prints the bytes carried as
// JSON and exits.
#include "LinkPipe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}

bool parseHostPort(const QString& s, QHostAddress& host, quint16& port)
{
    const int colon = s.lastIndexOf(u':');
    bool ok = false;
    const uint p = colon > 0 ? s.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || p > 65535) return false;
    host = QHostAddress(s.left(colon));
    port = static_cast<quint16>(p);
    return !host.isNull();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A TCP proxy with the bandwidth and latency of a slow mobile link."));
    p.addHelpOption();
    p.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on (port 0: pick one)."), QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("to"), QStringLiteral("Address to forward to."), QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("kbps"), QStringLiteral("Bandwidth each way in kbit/s (default 40)."), QStringLiteral("N"), QStringLiteral("40")});
    p.addOption({QStringLiteral("latency-ms"), QStringLiteral("One-way latency in ms (default 300)."), QStringLiteral("MS"), QStringLiteral("300")});
    p.process(app);
    QTextStream out(stdout), err(stderr);
    QHostAddress listenHost, toHost;
    quint16 listenPort = 0, toPort = 0;
    if (!parseHostPort(p.value(QStringLiteral("listen")), listenHost, listenPort) || !parseHostPort(p.value(QStringLiteral("to")), toHost, toPort)) {
        err << "usage: bhu-linksim --listen HOST:PORT --to HOST:PORT [--kbps N] [--latency-ms MS]" << Qt::endl;
        return 2;
    }
    bhu::linksim::LinkShape shape{p.value(QStringLiteral("kbps")).toDouble(), p.value(QStringLiteral("latency-ms")).toInt()};
    if (shape.kbitPerSecond <= 0 || shape.latencyMs < 0) {
        err << "--kbps must be positive and --latency-ms not negative" << Qt::endl;
        return 2;
    }

    qint64 up = 0, down = 0;
    QTcpServer server;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket* client = server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            auto* toServer = new bhu::linksim::LinkPipe(client, upstream, shape, client);
            auto* toClient = new bhu::linksim::LinkPipe(upstream, client, shape, client);
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream, toServer, toClient, &up, &down] {
                up += toServer->bytesCarried();
                down += toClient->bytesCarried();
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [client, toClient] {
                // Let what is still on the simulated line arrive before closing.
                if (toClient->idle()) client->disconnectFromHost();
                else QObject::connect(toClient, &bhu::linksim::LinkPipe::drained, client, [client] { client->disconnectFromHost(); });
            });
            upstream->connectToHost(toHost, toPort);
        }
    });
    if (!server.listen(listenHost, listenPort)) {
        err << "cannot listen on " << p.value(QStringLiteral("listen")) << ": " << server.errorString() << Qt::endl;
        return 1;
    }
    out << "listening on " << listenHost.toString() << ':' << server.serverPort() << Qt::endl;

    if (::pipe(g_signalPipe) != 0) return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        out << QJsonDocument(QJsonObject{{QStringLiteral("bytes_up"), up}, {QStringLiteral("bytes_down"), down}}).toJson(QJsonDocument::Compact)
            << Qt::endl;
        app.quit();
    });
    return app.exec();
}
