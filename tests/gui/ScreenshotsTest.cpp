// bhu-clinic --screenshots DIR --lang ur|en (issue 11): one non-empty PNG per area of the main
// window (plus the registration form), rendered offscreen, in the language asked for.
#include "bhu/services/Session.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/MainWindow.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

int areaCount(const bhu::test::TestDb& db)
{
    auto s = bhu::services::Session::unlock(db.path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    EXPECT_TRUE(s.ok());
    if (!s.ok()) return -1;
    bhu::ui::MainWindow m(std::shared_ptr<bhu::services::Session>(std::move(s.value())));
    // Areas the admin may not open (Consultations) get no screenshot.
    int n = 0;
    for (int i = 0; i < m.screens().size(); ++i) n += m.isAreaAvailable(static_cast<bhu::ui::MainWindow::Area>(i)) ? 1 : 0;
    return n;
}

TEST(gui_screenshots, OnePngPerScreenInEachLanguage)
{
    const bhu::test::TestDb db = bhu::test::makeTestDb();
    const int areas = areaCount(db);
    ASSERT_GT(areas, 0);
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ur")}) {
        SCOPED_TRACE(lang.toStdString());
        QTemporaryDir out;
        const auto r = bhu::test::run(QStringLiteral("bhu-clinic"),
                                      {QStringLiteral("--db"), db.path, QStringLiteral("--lang"), lang, QStringLiteral("--screenshots"), out.path()});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        EXPECT_EQ(files.size(), areas + 1) << files.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), files.size()) << "each file is listed";
        for (const QString& f : files) {
            const QImage image(QDir(out.path()).filePath(f));
            EXPECT_FALSE(image.isNull()) << f.toStdString();
            EXPECT_GE(image.width(), 1000) << f.toStdString();
        }
        EXPECT_TRUE(files.contains(QStringLiteral("01-patientsScreen.png")));
    }
}

TEST(gui_screenshots, WrongPasswordWritesNothing)
{
    const bhu::test::TestDb db = bhu::test::makeTestDb();
    QTemporaryDir out;
    const auto r = bhu::test::run(QStringLiteral("bhu-clinic"), {QStringLiteral("--db"), db.path, QStringLiteral("--screenshots"), out.path()},
                                  QStringLiteral("not-the-password"));
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(QDir(out.path()).entryList({QStringLiteral("*.png")}, QDir::Files).isEmpty());
}

} // namespace
