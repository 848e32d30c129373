// Test helper for crash_test: writes patients one transaction at a time and prints
// "committed <id>" after each commit returns, so the parent knows what must survive a SIGKILL.
#include "bhu/db/PatientRepository.h"
#include "bhu/db/Store.h"
#include "bhu/synth/PatientGenerator.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) return 2;
    auto store = bhu::db::Store::open(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    if (!store.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().message));
        return 1;
    }
    bhu::db::PatientRepository repo(store.value()->conn());
    const auto actor = store.value()->actor(QStringLiteral("crash_writer"));
    bhu::synth::PatientGenerator gen(static_cast<std::uint64_t>(QCoreApplication::applicationPid()), QDate(2026, 11, 25),
                                     store.value()->facility().code);
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const QList<bhu::Patient> next = gen.next(1);
        auto p = repo.create(next.first(), actor);
        if (!p.ok()) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(p.error().detail));
            return 1;
        }
        std::printf("committed %s\n", qPrintable(p->id));
        std::fflush(stdout);
    }
}
