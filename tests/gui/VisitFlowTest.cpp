// The whole OPD visit by keyboard: find the patient by MR number in search, start the visit on the patient page, call in from Today's visits,
// record vitals, two diagnoses, a prescription and a referral, close and sign; the history
// shows it and the referral slip PDF carries the MR number.
#include "VisitFixture.h"
#include "bhu/domain/DoseFrequency.h"
#include "bhu/domain/MrNumber.h"
#include "print/VisitPrinting.h"
#include "patients/PatientSearchView.h"
#include "screens/PatientsScreen.h"
#include "visits/DiagnosisEditor.h"
#include "visits/PrescriptionEditor.h"
#include "visits/QueueModel.h"
#include "visits/VisitForm.h"
#include "visits/VisitTimeline.h"
#include "visits/VisitTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace bhu;
using bhu::test::child;
using bhu::test::pressKey;
using bhu::test::waitUntil;

namespace {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) return {};
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

void typeKeys(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

class gui_visit_flow : public bhu::test::VisitTest {};

TEST_F(gui_visit_flow, RecordCloseAndPrintByKeyboard)
{
    // Search: the MR number typed (or scanned) and Enter opens the patient page; Ctrl+Shift+V
    // starts the visit there and the token is shown.
    ui::PatientsScreen patients(s_session);
    patients.resize(1200, 900);
    patients.show();
    patients.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&patients));
    ASSERT_EQ(QApplication::focusWidget(), patients.searchView()->searchEdit());
    typeKeys(patient.mrNumber());
    pressKey(&patients, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&patients] { return patients.currentView() == patients.page(); }, 20000));
    ui::PatientPage& page = *patients.page();
    ASSERT_EQ(page.patient().id, patient.id);
    pressKey(&page, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    auto* message = child<QLabel>(&page, "pageMessage");
    ASSERT_TRUE(message->text().contains(QStringLiteral("token"))) << message->text().toStdString();
    patients.hide();

    // Today's visits: F5, Down to the patient's row, Enter calls them in.
    screen->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
    QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    screen->table()->setFocus();
    pressKey(screen.get(), Qt::Key_F5);
    int row = -1;
    for (int i = 0; i < screen->model()->rowCount(); ++i)
        if (screen->model()->entries().at(i).visit.patientId == patient.id) row = i;
    ASSERT_GE(row, 0);
    EXPECT_EQ(screen->model()->entries().at(row).visit.status, VisitStatus::Waiting);
    screen->table()->setCurrentIndex(screen->model()->index(0, 0));
    for (int i = 0; i < row; ++i) pressKey(screen.get(), Qt::Key_Down);
    ASSERT_EQ(screen->table()->currentIndex().row(), row);
    pressKey(screen.get(), Qt::Key_Return);
    ASSERT_TRUE(screen->isShowingForm());
    ui::VisitForm* form = screen->form();
    EXPECT_EQ(form->record().visit.status, VisitStatus::InConsultation);

    // Complaint, then Tab through the vitals.
    pressKey(form, Qt::Key_C, Qt::AltModifier);   // the "&Complaint" label's mnemonic
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("complaintEdit"));
    typeKeys(QStringLiteral("Fever and cough for 3 days"));
    const QStringList vitals{QStringLiteral("150"), QStringLiteral("95"), QStringLiteral("104"), QStringLiteral("38.6"),
                             QStringLiteral("32"),  QStringLiteral("93"), QStringLiteral("62"),  QStringLiteral("160")};
    for (const QString& v : vitals) {
        pressKey(form, Qt::Key_Tab);
        typeKeys(v);
    }
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("vital_height_cm"));
    pressKey(form, Qt::Key_Tab);   // MUAC is hidden for an adult: glucose is next
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("vital_glucose_mg_dl"));
    typeKeys(QStringLiteral("110"));
    pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("diagnosisSearch"));
    EXPECT_FALSE(child<QLabel>(form, "bmiLabel")->text().contains(QStringLiteral("—")));
    // Unusual values are flagged next to their fields.
    EXPECT_FALSE(child<QLabel>(form, "vitalMessage_systolic")->text().isEmpty());

    // Two diagnoses: by code, and by name.
    typeKeys(QStringLiteral("J18"));
    pressKey(form, Qt::Key_Return);
    typeKeys(QStringLiteral("hypertension"));
    pressKey(form, Qt::Key_Return);
    auto* dxList = child<QListWidget>(form, "diagnosisList");
    ASSERT_EQ(dxList->count(), 2);
    EXPECT_TRUE(dxList->item(0)->text().startsWith(QStringLiteral("J18.9"))) << dxList->item(0)->text().toStdString();
    EXPECT_TRUE(dxList->item(1)->text().startsWith(QStringLiteral("I10"))) << dxList->item(1)->text().toStdString();

    // A prescription: pick, Tab to quantity, Enter adds.
    pressKey(form, Qt::Key_M, Qt::AltModifier);   // Alt+M: medicines
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("medicineSearch"));
    typeKeys(QStringLiteral("amoxicillin"));
    pressKey(form, Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("rxDose"));
    for (int i = 0; i < 3; ++i) pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("rxQuantity"));
    typeKeys(QStringLiteral("15"));
    pressKey(form, Qt::Key_Return);
    ASSERT_EQ(child<QListWidget>(form, "prescriptionList")->count(), 1);

    // Referral: Ctrl+R goes to the box, Space ticks it, Tab walks its fields.
    pressKey(form, Qt::Key_R, Qt::ControlModifier);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("referralCheck"));
    pressKey(form, Qt::Key_Space);
    ASSERT_TRUE(child<QCheckBox>(form, "referralCheck")->isChecked());
    pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("referralLevel"));
    pressKey(form, Qt::Key_Down);   // THQ → DHQ
    pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("referralFacility"));
    typeKeys(QStringLiteral("DHQ Hospital Sheikhupura"));
    pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("referralReason"));
    typeKeys(QStringLiteral("Pneumonia with low oxygen"));
    pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("referralUrgency"));
    pressKey(form, Qt::Key_Down);   // routine → urgent
    pressKey(form, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("referralDone"));
    typeKeys(QStringLiteral("First dose of amoxicillin given"));

    pressKey(form, Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(child<QLabel>(form, "visitMessage")->text().contains(QStringLiteral("Draft saved")))
        << child<QLabel>(form, "visitMessage")->text().toStdString();

    // Ctrl+Enter asks; Enter confirms.
    pressKey(form, Qt::Key_Return, Qt::ControlModifier);
    QMessageBox* box = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (box = form->findChild<QMessageBox*>(QStringLiteral("closeConfirmBox"))) && box->isVisible(); }));
    QTest::keyClick(box, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return form->isReadOnly(); }, 5000)) << child<QLabel>(form, "visitMessage")->text().toStdString();

    // Esc goes back to the queue, which now shows the visit closed.
    pressKey(form, Qt::Key_Escape);
    ASSERT_FALSE(screen->isShowingForm());
    EXPECT_EQ(screen->model()->entries().at(row).visit.status, VisitStatus::Closed);

    services::VisitService svc(*s_session);
    auto history = svc.history(patient.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    const VisitRecord& saved = history->constFirst();
    EXPECT_EQ(saved.visit.status, VisitStatus::Closed);
    EXPECT_EQ(saved.visit.signedBy, bhu::test::kClinician);
    EXPECT_EQ(saved.diagnoses.size(), 2);
    EXPECT_EQ(saved.prescriptions.size(), 1);
    EXPECT_EQ(saved.prescriptions.constFirst().quantityDispensed, 15);
    ASSERT_EQ(saved.referrals.size(), 1);
    EXPECT_EQ(saved.referrals.constFirst().toLevel, FacilityLevel::Dhq);
    EXPECT_EQ(saved.referrals.constFirst().urgency, ReferralUrgency::Urgent);
    ASSERT_TRUE(saved.vitals.has_value());
    EXPECT_EQ(saved.vitals->systolic, 150.0);
    EXPECT_EQ(saved.vitals->glucoseMgDl, 110.0);

    // The patient page's history shows it.
    page.setPatient(patient);
    ui::VisitTimelineModel* timeline = page.timeline()->model();
    ASSERT_EQ(timeline->rowCount(), 1);
    const QString line = timeline->data(timeline->index(0)).toString();
    EXPECT_TRUE(line.contains(QStringLiteral("Fever and cough"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("J18.9")));
    EXPECT_TRUE(line.contains(QStringLiteral("Amoxicillin"), Qt::CaseInsensitive));
    EXPECT_TRUE(line.contains(QStringLiteral("Sheikhupura")));

    // The referral slip as PDF: MR number as text (and QR).
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) GTEST_SKIP() << "pdftotext is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("referral.pdf"));
    const Status written = form->printing()->writePdf(saved, patient, ui::VisitPrinting::Document::ReferralSlip, path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(formatMrNumber(patient.mrNumber()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pneumonia with low oxygen"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sheikhupura")));
    const QString rxPath = dir.filePath(QStringLiteral("rx.pdf"));
    ASSERT_TRUE(form->printing()->writePdf(saved, patient, ui::VisitPrinting::Document::Prescription, rxPath).ok());
    const QString rx = pdfText(rxPath);
    EXPECT_TRUE(rx.contains(QStringLiteral("Amoxicillin"), Qt::CaseInsensitive));
    // The instruction in Urdu for the patient, whatever the program's language.
    EXPECT_TRUE(rx.contains(doseFrequencyUrdu(saved.prescriptions.constFirst().frequency))) << rx.toStdString();
}

} // namespace
