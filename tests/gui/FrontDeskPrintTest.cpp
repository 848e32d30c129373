// The patient card and the OPD token slip rendered to PDF (text checked with pdftotext), and the
// search results model checked with QAbstractItemModelTester.
#include "FrontDeskFixture.h"
#include "bhu/domain/MrNumber.h"
#include "patients/PatientSearchModel.h"
#include "patients/SessionAccess.h"
#include "print/PatientCardRenderer.h"
#include "print/PatientPrinting.h"
#include "print/QrCode.h"
#include "print/TokenSlipRenderer.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bhu;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    // NFKC: the "ﬁ" ligature that text shaping puts into "Rafiq" reads back as "fi".
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

class gui_front_desk_print : public bhu::test::FrontDeskTest {};

TEST_F(gui_front_desk_print, CardPdfIsId1SizedAndCarriesTheMrNumber)
{
    if (!havePdfToText()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("card.pdf"));
    const ui::PrintedPatient printed = ui::PrintedPatient::from(*s_known, QStringLiteral("BHU Chak Pindi"), QDate::currentDate());
    ASSERT_TRUE(ui::PatientCardRenderer(printed).writePdf(path).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(formatMrNumber(s_known->mrNumber()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Muhammad Rafiq Qureshi"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("BHU Chak Pindi")));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    // 85.6 × 54 mm = 242.65 × 153.07 pt
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(out);
    ASSERT_TRUE(size.hasMatch()) << out.toStdString();
    EXPECT_NEAR(size.captured(1).toDouble(), 242.65, 1.0);
    EXPECT_NEAR(size.captured(2).toDouble(), 153.07, 1.0);
}

TEST_F(gui_front_desk_print, CardImageHasAQrCodeAndRendersQuickly)
{
    const ui::PrintedPatient printed = ui::PrintedPatient::from(*s_known, QStringLiteral("BHU Chak Pindi"), QDate::currentDate());
    QElapsedTimer timer;
    timer.start();
    const QImage image = ui::PatientCardRenderer(printed).toImage(300);
    EXPECT_LT(timer.elapsed(), 1000);   // on the GUI thread: must stay short
    ASSERT_FALSE(image.isNull());
    EXPECT_NEAR(image.width(), 1011, 2);   // 85.6 mm at 300 dpi
    // The QR code's corner finder pattern is solid black at its centre.
    const ui::QrCode qr = ui::QrCode::encode(s_known->mrNumber().toLatin1());
    ASSERT_FALSE(qr.isNull());
    EXPECT_TRUE(qr.isDark(3, 3));
    if (!qEnvironmentVariableIsEmpty("BHU_SAVE_RENDERS")) image.save(qEnvironmentVariable("BHU_SAVE_RENDERS") + QStringLiteral("/card.png"));
}

TEST_F(gui_front_desk_print, PrintingRecordsAndTokenSlipCarriesNumberAndMr)
{
    if (!havePdfToText()) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    auto access = std::make_shared<ui::SessionAccess>(s_session);
    QWidget parent;
    ui::PatientPrinting printing(access, &parent);
    const QString card = dir.filePath(QStringLiteral("card.pdf"));
    const auto cardDone = printing.writePdf(*s_known, ui::PatientPrinting::Document::Card, card);
    ASSERT_TRUE(cardDone.ok()) << cardDone.error().message.toStdString();
    EXPECT_TRUE(pdfText(card).contains(formatMrNumber(s_known->mrNumber())));

    const QString slip = dir.filePath(QStringLiteral("token.pdf"));
    const auto slipDone = printing.writePdf(*s_known, ui::PatientPrinting::Document::TokenSlip, slip);
    ASSERT_TRUE(slipDone.ok()) << slipDone.error().message.toStdString();
    const QString text = pdfText(slip);
    EXPECT_TRUE(text.contains(formatMrNumber(s_known->mrNumber()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("OPD token")));
    if (!qEnvironmentVariableIsEmpty("BHU_SAVE_RENDERS")) {
        QFile::copy(card, qEnvironmentVariable("BHU_SAVE_RENDERS") + QStringLiteral("/card.pdf"));
        QFile::copy(slip, qEnvironmentVariable("BHU_SAVE_RENDERS") + QStringLiteral("/token.pdf"));
    }
}

SearchHit hit(const QString& id, const QString& name, Relation r, const QString& guardian, Sex sex, QDate born, bool est)
{
    SearchHit h;
    h.patientId = id;
    h.mr = QStringLiteral("000000000018");
    h.name = name;
    h.relation = r;
    h.guardianName = guardian;
    h.sex = sex;
    h.birthDate = born;
    h.birthDateEstimated = est;
    h.cnic = QStringLiteral("3520212345671");
    h.phone = QStringLiteral("+923001234567");
    h.village = QStringLiteral("Chak 45");
    return h;
}

TEST(gui_front_desk_model, PassesTheModelTesterAndShowsTheColumns)
{
    ui::PatientSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDate today(2025, 6, 1);
    model.setToday(today);
    model.setHits({hit(QStringLiteral("a"), QStringLiteral("Ali Raza"), Relation::SonOf, QStringLiteral("Akbar"), Sex::Male,
                       today.addYears(-34), true),
                   hit(QStringLiteral("b"), QStringLiteral("Amna"), Relation::DaughterOf, QStringLiteral("Ali Raza"), Sex::Female,
                       today.addMonths(-8), false)});
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), ui::PatientSearchModel::ColumnCount);
    using C = ui::PatientSearchModel;
    auto text = [&model](int row, int col) { return model.index(row, col).data().toString(); };
    EXPECT_EQ(text(0, C::Name), QStringLiteral("Ali Raza"));
    EXPECT_EQ(text(0, C::Guardian), QStringLiteral("S/O Akbar"));
    EXPECT_EQ(text(0, C::AgeSex), QStringLiteral("34 y (est.) · M"));
    EXPECT_EQ(text(1, C::AgeSex), QStringLiteral("8 m · F"));
    EXPECT_EQ(text(0, C::Mr), QStringLiteral("0000-0000-0018"));
    EXPECT_EQ(text(0, C::Cnic), QStringLiteral("35202-1234567-1"));
    EXPECT_EQ(text(0, C::Phone), QStringLiteral("0300-1234567"));
    EXPECT_EQ(text(0, C::Village), QStringLiteral("Chak 45"));
    EXPECT_EQ(text(0, C::LastVisit), QString());
    EXPECT_EQ(model.headerData(C::Guardian, Qt::Horizontal).toString(), QStringLiteral("Guardian"));
    ASSERT_NE(model.hitFromIndex(model.index(1, C::Phone)), nullptr);
    EXPECT_EQ(model.hitFromIndex(model.index(1, C::Phone))->patientId, QStringLiteral("b"));
    EXPECT_EQ(model.hitFromIndex(QModelIndex()), nullptr);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    model.setHits({hit(QStringLiteral("c"), QStringLiteral("Bushra"), Relation::WifeOf, QStringLiteral("Kamran"), Sex::Female,
                       QDate(), false)});
    EXPECT_EQ(text(0, C::AgeSex), QStringLiteral("F"));
}

} // namespace
