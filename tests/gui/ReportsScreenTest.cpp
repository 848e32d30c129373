// Reports (issue 8): a supervisor opens Reports in the main window, previews last month's
// monthly report (computed off the GUI thread), and saves it as a PDF; the print and the file
// are audited. A front-desk user is refused with a message, not a crash. Generating runs on a
// worker: the screen shows progress and can be cancelled, and what the worker computes and
// writes is what the synchronous service gives. Printing a long register lays it out and paints
// it on the worker, page by page with progress, and a Cancel stops it between pages.
#include "GuiTestUtil.h"
#include "bhu/db/AuditLog.h"
#include "bhu/db/VisitRepository.h"
#include "bhu/domain/ReportExport.h"
#include "bhu/services/PatientService.h"
#include "bhu/services/ReportDocument.h"
#include "bhu/services/ReportService.h"
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/MainWindow.h"
#include "screens/ReportWork.h"
#include "screens/ReportsScreen.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QProcess>
#include <QProgressBar>
#include <QPrinter>
#include <QPushButton>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QSemaphore>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <atomic>

using namespace bhu;
using bhu::test::child;

namespace {

const QString kSupervisorPw = QStringLiteral("supervisor-password-1");

class gui_reports : public testing::Test {
protected:
    void SetUp() override
    {
        db = bhu::test::makeTestDb();
        bhu::test::addUser(db, QStringLiteral("supervisor"), Role::Supervisor, kSupervisorPw);
        {
            // Last month: three OPD visits of two patients, one with pneumonia.
            services::Session admin(bhu::test::openTestDb(db), QStringLiteral("test"));
            Patient p;
            p.name = QStringLiteral("Ali Raza");
            p.sex = Sex::Male;
            p.birthDate = QDate::currentDate().addYears(-3);
            auto kid = services::PatientService(admin).registerPatient(p, services::RegisterOptions{true, {}, {}});
            ASSERT_TRUE(kid.ok());
            p.name = QStringLiteral("Nasreen Bibi");
            p.sex = Sex::Female;
            p.birthDate = QDate(1980, 1, 1);
            auto woman = services::PatientService(admin).registerPatient(p, services::RegisterOptions{true, {}, {}});
            ASSERT_TRUE(woman.ok());
            const QDate first = QDate::currentDate().addMonths(-1).addDays(1 - QDate::currentDate().day());
            QList<VisitRecord> visits;
            for (auto [who, day, code] : {std::tuple{kid->id, 2, "J18.9"}, std::tuple{woman->id, 3, "I10"}, std::tuple{woman->id, 10, "I10"}}) {
                VisitRecord r;
                r.visit.patientId = who;
                r.visit.facilityCode = QStringLiteral("BHU-0001");
                r.visit.status = VisitStatus::Closed;
                r.visit.startedAt = QDateTime(first.addDays(day - 1), QTime(10, 0)).toUTC();
                r.visit.closedAt = r.visit.startedAt.addSecs(600);
                r.visit.signedBy = QStringLiteral("drsana");
                Diagnosis d;
                d.icd10 = QString::fromLatin1(code);
                d.display = d.icd10;
                r.diagnoses = {d};
                visits << r;
            }
            ASSERT_TRUE(db::VisitRepository(admin.store().conn()).createClosedMany(visits, admin.actor()).ok());
        }
        auto s = services::Session::unlock(db.path, QStringLiteral("supervisor"), kSupervisorPw, QStringLiteral("test"));
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        session = std::shared_ptr<services::Session>(std::move(s.value()));
    }
    bhu::test::TestDb db;
    std::shared_ptr<services::Session> session;
};

} // namespace

TEST_F(gui_reports, SupervisorPreviewsLastMonthAndSavesThePdf)
{
    ui::MainWindow w(session);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    bhu::test::pressKey(&w, Qt::Key_4, Qt::ControlModifier);   // Reports, as the supervisor opens it
    auto* screens = child<QStackedWidget>(&w, "screens");
    ASSERT_TRUE(screens);
    auto* reports = qobject_cast<ui::ReportsScreen*>(screens->currentWidget());
    ASSERT_NE(reports, nullptr);
    // Last month is the default; the monthly report is the first choice.
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    EXPECT_EQ(reports->monthEdit()->date().month(), lastMonth.month());
    EXPECT_EQ(reports->reportChoice()->currentIndex(), 0);
    auto* pdfButton = child<QPushButton>(reports, "reportPdfButton");
    ASSERT_TRUE(pdfButton);
    EXPECT_FALSE(pdfButton->isEnabled()) << "nothing to save before a preview";

    QTest::mouseClick(child<QPushButton>(reports, "reportPreviewButton"), Qt::LeftButton);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return reports->report().has_value() && !reports->isBusy(); })) << reports->statusText().toStdString();
    const QString shown = reports->preview()->toPlainText();
    EXPECT_TRUE(shown.contains(session->facility().name));
    EXPECT_TRUE(shown.contains(u"Pneumonia under 5"));
    EXPECT_TRUE(shown.contains(QLocale(QLocale::English).standaloneMonthName(lastMonth.month())));
    const ReportCell* total = reports->report()->cell(QStringLiteral("opd"), QStringLiteral("total"), QStringLiteral("total"));
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->number.value_or(-1), 3);
    EXPECT_TRUE(pdfButton->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("monthly.pdf"));
    reports->savePdfTo(path);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return !reports->isBusy(); }));
    ASSERT_TRUE(QFile::exists(path)) << reports->statusText().toStdString();
    EXPECT_TRUE(bhu::test::readAll(path).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {   // what was saved is last month's report of this facility
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        ASSERT_TRUE(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        EXPECT_TRUE(text.contains(session->facility().code));
        EXPECT_TRUE(text.contains(QLocale(QLocale::English).standaloneMonthName(lastMonth.month())));
        EXPECT_TRUE(text.contains(u"Pneumonia under 5"));
    }

    auto recent = db::AuditLog(session->store().conn()).recent(5);
    ASSERT_TRUE(recent.ok());
    QStringList actions;
    for (const auto& e : recent.value()) actions << e.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("report.view")));
    EXPECT_TRUE(actions.contains(QStringLiteral("report.pdf")));
}

TEST_F(gui_reports, FrontDeskIsRefusedWithAMessage)
{
    bhu::test::addUser(db, QStringLiteral("desk"), Role::FrontDesk, QStringLiteral("desk-password-1"));
    auto s = services::Session::unlock(db.path, QStringLiteral("desk"), QStringLiteral("desk-password-1"), QStringLiteral("test"));
    ASSERT_TRUE(s.ok());
    ui::ReportsScreen reports(std::shared_ptr<services::Session>(std::move(s.value())));
    reports.showPreview();
    ASSERT_TRUE(bhu::test::waitUntil([&] { return !reports.isBusy(); }));
    EXPECT_FALSE(reports.report().has_value());
    EXPECT_FALSE(reports.statusText().isEmpty());
}

TEST_F(gui_reports, UrduReportPreviewsRightToLeft)
{
    ui::ReportsScreen reports(session);
    reports.setLanguage(QStringLiteral("ur"));
    reports.showPreview();
    ASSERT_TRUE(bhu::test::waitUntil([&] { return reports.report().has_value() && !reports.isBusy(); }));
    EXPECT_TRUE(reports.report()->rightToLeft());
    EXPECT_TRUE(reports.preview()->toPlainText().contains(QStringLiteral("نمونیا")));
}

TEST_F(gui_reports, GeneratingShowsProgressAndCanBeCancelled)
{
    // Hold the worker at its first progress step, so the test sees the screen while it works.
    QSemaphore reached, gate;
    ui::reportwork::setStepHook([&](int step) {
        if (step != 0) return;
        reached.release();
        gate.acquire();
    });
    ui::ReportsScreen reports(session);
    reports.show();
    reports.reportChoice()->setCurrentIndex(1);   // the daily OPD register
    reports.showPreview();
    ASSERT_TRUE(bhu::test::waitUntil([&] { return reached.tryAcquire(); }));
    EXPECT_TRUE(reports.isBusy());
    EXPECT_TRUE(reports.progressBar()->isVisible());
    EXPECT_TRUE(reports.cancelButton()->isVisible());
    EXPECT_FALSE(child<QPushButton>(&reports, "reportPreviewButton")->isEnabled());
    QTest::mouseClick(reports.cancelButton(), Qt::LeftButton);
    gate.release(1000);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return !reports.isBusy(); }));
    ui::reportwork::setStepHook({});
    EXPECT_FALSE(reports.report().has_value());
    EXPECT_EQ(reports.statusText(), QStringLiteral("Cancelled."));
    EXPECT_FALSE(reports.progressBar()->isVisible());
    EXPECT_FALSE(reports.cancelButton()->isVisible());

    // A cancelled file is not written.
    reports.showPreview();
    ASSERT_TRUE(bhu::test::waitUntil([&] { return reports.report().has_value() && !reports.isBusy(); }));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.pdf"));
    ui::reportwork::setStepHook([&](int step) {
        if (step != -1) return;
        reached.release();
        gate.acquire();
    });
    reports.savePdfTo(path);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return reached.tryAcquire(); }));
    EXPECT_TRUE(reports.progressBar()->isVisible());
    reports.cancel();
    gate.release(1000);
    ASSERT_TRUE(bhu::test::waitUntil([&] { return !reports.isBusy(); }));
    ui::reportwork::setStepHook({});
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(reports.statusText().startsWith(QStringLiteral("Cancelled"))) << reports.statusText().toStdString();
}

TEST_F(gui_reports, WorkerResultIsIdenticalToTheSynchronousOne)
{
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    for (int kind : {0, 1, 2, 3}) {
        ui::ReportsScreen reports(session);
        reports.reportChoice()->setCurrentIndex(kind);
        reports.showPreview();
        ASSERT_TRUE(bhu::test::waitUntil([&] { return reports.report().has_value() && !reports.isBusy(); }))
            << reports.statusText().toStdString();
        const ReportTable async = *reports.report();
        auto sync = services::ReportService(*session).compute(
            services::ReportRequest::month(lastMonth.year(), lastMonth.month(), services::ReportKind(kind)));
        ASSERT_TRUE(sync.ok());
        ReportTable expected = sync.value();
        expected.generatedAt = async.generatedAt;   // the only thing that differs: when
        EXPECT_EQ(services::reportHtml(async), services::reportHtml(expected)) << "kind " << kind;
        EXPECT_EQ(reportToCsv(async), reportToCsv(expected)) << "kind " << kind;
        EXPECT_FALSE(reports.preview()->toPlainText().isEmpty());

        // Files written by the worker equal those the service writes on this thread.
        QTemporaryDir dir;
        const QString csvAsync = dir.filePath(QStringLiteral("a.csv")), csvSync = dir.filePath(QStringLiteral("s.csv"));
        const QString pdfAsync = dir.filePath(QStringLiteral("a.pdf")), pdfSync = dir.filePath(QStringLiteral("s.pdf"));
        reports.saveCsvTo(csvAsync);
        ASSERT_TRUE(bhu::test::waitUntil([&] { return !reports.isBusy(); }));
        reports.savePdfTo(pdfAsync);
        ASSERT_TRUE(bhu::test::waitUntil([&] { return !reports.isBusy(); }));
        ASSERT_TRUE(services::ReportService(*session).saveCsv(async, csvSync).ok());
        ASSERT_TRUE(services::ReportService(*session).savePdf(async, pdfSync).ok());
        EXPECT_EQ(bhu::test::readAll(csvAsync), bhu::test::readAll(csvSync));
        ASSERT_TRUE(bhu::test::readAll(pdfAsync).startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) continue;   // the PDFs' text is compared where poppler is installed
        auto text = [&](const QString& pdf) {
            QProcess p;
            p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            EXPECT_TRUE(p.waitForFinished(60000));
            return p.readAllStandardOutput();
        };
        const QByteArray a = text(pdfAsync);
        EXPECT_FALSE(a.isEmpty());
        EXPECT_EQ(a, text(pdfSync)) << "kind " << kind;
    }
}

TEST_F(gui_reports, PrintingALongRegisterRunsPageByPageOffTheGuiThreadAndCanBeCancelled)
{
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    auto computed = services::ReportService(*session).compute(
        services::ReportRequest::month(lastMonth.year(), lastMonth.month(), services::ReportKind::OpdRegister));
    ASSERT_TRUE(computed.ok());
    ReportTable table = computed.value();
    ASSERT_FALSE(table.sections.isEmpty());
    ASSERT_FALSE(table.sections[0].rows.isEmpty());
    const ReportRow row = table.sections[0].rows[0];
    for (int i = 0; i < 400; ++i) table.sections[0].rows.append(row);   // a long day
    QTemporaryDir dir;
    auto printer = [&](const char* name) {
        auto p = std::make_shared<QPrinter>(QPrinter::HighResolution);
        p->setOutputFormat(QPrinter::PdfFormat);   // what a CUPS queue receives, written to a file
        p->setOutputFileName(dir.filePath(QString::fromLatin1(name)));
        p->setPageOrientation(services::reportOrientation(table));
        return p;
    };
    auto audited = [&] {
        return session->store().conn().queryInt(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.print'")).value();
    };
    auto pages = [](const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {pdf});
        EXPECT_TRUE(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const qsizetype at = out.indexOf(QStringLiteral("Pages:"));
        return at < 0 ? -1 : out.mid(at + 6, out.indexOf(u'\n', at) - at - 6).trimmed().toInt();
    };
    // On the thread pool as the screen runs it (QFuture::result() could run a task that has not
    // started on the waiting thread itself, so wait for it to finish first).
    auto runPrint = [&](const std::shared_ptr<QPrinter>& to, const ui::reportwork::Control& c) {
        QFuture<ui::reportwork::Done> f = QtConcurrent::run([&, to, c] { return ui::reportwork::print(session, table, to, c); });
        EXPECT_TRUE(bhu::test::waitUntil([&] { return f.isFinished(); }));
        return f.result();
    };
    const qint64 before = audited();

    // The whole register: every page painted on a worker, progress rising to the last page.
    std::atomic<int> pageSteps = 0;
    std::atomic<bool> onGuiThread = false;
    QThread* gui = QThread::currentThread();
    ui::reportwork::Control control;
    ui::reportwork::setStepHook([&](int step) {
        if (step != -2) return;
        ++pageSteps;
        if (QThread::currentThread() == gui) onGuiThread = true;
    });
    auto full = printer("full.pdf");
    ui::reportwork::Done done = runPrint(full, control);
    EXPECT_TRUE(done.ok()) << done.error.toStdString();
    EXPECT_FALSE(onGuiThread.load());
    const int total = pages(dir.filePath(QStringLiteral("full.pdf")));
    EXPECT_GT(total, 5);
    EXPECT_EQ(pageSteps.load(), total + 1);   // once before the job starts, then before each page
    EXPECT_EQ(control.progress->load(), (total - 1) * 100 / total);
    EXPECT_EQ(audited(), before + 1);

    // Cancel before the job starts (e.g. during the layout): nothing printed, nothing audited.
    ui::reportwork::Control early;
    early.cancel->store(true);
    done = runPrint(printer("early.pdf"), early);
    EXPECT_TRUE(done.cancelled);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("early.pdf"))));
    EXPECT_EQ(audited(), before + 1);

    // Cancel while page 2 is painted: page 3 is never painted; the pages painted went to the
    // print system, so the print is audited.
    ui::reportwork::Control late;
    pageSteps = 0;
    ui::reportwork::setStepHook([&](int step) {
        if (step == -2 && ++pageSteps == 3) late.cancel->store(true);   // 1: before the job, 2: page 1, 3: page 2
    });
    done = runPrint(printer("late.pdf"), late);
    ui::reportwork::setStepHook({});
    EXPECT_TRUE(done.cancelled);
    EXPECT_EQ(pageSteps.load(), 3);
    if (QFile::exists(dir.filePath(QStringLiteral("late.pdf")))) {   // unless the engine could abort the job
        EXPECT_EQ(pages(dir.filePath(QStringLiteral("late.pdf"))), 2);
    }
    EXPECT_EQ(audited(), before + 2);
}
