// Refusals and corrections: an impossible vital is refused at its field and nothing is saved;
// a correction of a signed visit keeps both versions; a long history renders quickly.
#include "VisitFixture.h"
#include "visits/TrendChart.h"
#include "visits/VisitForm.h"
#include "visits/VisitTimeline.h"
#include "visits/VisitTimelineModel.h"
#include "visits/VitalsPanel.h"

#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>

using namespace bhu;
using bhu::test::child;
using bhu::test::pressKey;
using bhu::test::waitUntil;

namespace {

class gui_visit_rules : public bhu::test::VisitTest {};

TEST_F(gui_visit_rules, ImpossibleVitalIsRefusedAtItsFieldAndNothingIsSaved)
{
    const VisitRecord started = startAndOpen();
    ASSERT_FALSE(started.visit.id.isEmpty());
    ui::VisitForm* form = screen->form();
    typeInto(child<QLineEdit>(form, "complaintEdit"), QStringLiteral("Headache"));
    typeInto(child<QLineEdit>(form, "vital_systolic"), QStringLiteral("500"));
    typeInto(child<QLineEdit>(form, "vital_weight_kg"), QStringLiteral("60"));
    pressKey(form, Qt::Key_S, Qt::ControlModifier);

    const QString atField = child<QLabel>(form, "vitalMessage_systolic")->text();
    EXPECT_FALSE(atField.isEmpty());
    EXPECT_TRUE(atField.contains(QStringLiteral("300"))) << atField.toStdString();   // names the range
    EXPECT_TRUE(child<QLabel>(form, "vitalMessage_weight_kg")->text().isEmpty());
    EXPECT_TRUE(child<QLabel>(form, "visitMessage")->text().contains(QStringLiteral("Nothing was saved")));

    // Ctrl+Enter is refused too: no confirmation, nothing closed.
    pressKey(form, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(form->findChild<QWidget*>(QStringLiteral("closeConfirmBox")), nullptr);

    services::VisitService svc(*s_session);
    auto stored = svc.open(started.visit.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->vitals.has_value());
    EXPECT_TRUE(stored->visit.chiefComplaint.isEmpty());
    EXPECT_TRUE(stored->visit.isOpen());

    // Fixed, it saves.
    QLineEdit* sys = child<QLineEdit>(form, "vital_systolic");
    sys->selectAll();
    typeInto(sys, QStringLiteral("120"));
    pressKey(form, Qt::Key_S, Qt::ControlModifier);
    stored = svc.open(started.visit.id);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->vitals.has_value());
    EXPECT_EQ(stored->vitals->systolic, 120.0);
}

TEST_F(gui_visit_rules, CorrectionKeepsBothVersions)
{
    VisitRecord r = startAndOpen();
    ASSERT_FALSE(r.visit.id.isEmpty());
    r.visit.chiefComplaint = QStringLiteral("Cough");
    r.vitals = VitalSigns{};
    r.vitals->weightKg = 60;
    services::VisitService svc(*s_session);
    auto closed = svc.closeVisit(r);
    ASSERT_TRUE(closed.ok()) << closed.error().message.toStdString();

    screen->showVisit(closed.value());
    ui::VisitForm* form = screen->form();
    ASSERT_TRUE(form->isReadOnly());
    auto* correct = child<QPushButton>(form, "correctButton");
    ASSERT_TRUE(correct->isVisible());
    correct->click();
    ASSERT_FALSE(form->isReadOnly());
    QLineEdit* weight = child<QLineEdit>(form, "vital_weight_kg");
    weight->selectAll();
    typeInto(weight, QStringLiteral("66"));
    pressKey(form, Qt::Key_Return, Qt::ControlModifier);
    QInputDialog* ask = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (ask = form->findChild<QInputDialog*>(QStringLiteral("correctionReasonDialog"))) && ask->isVisible(); }));
    ask->setTextValue(QStringLiteral("Weight misread from the scale"));
    ask->accept();
    ASSERT_TRUE(waitUntil([&] { return form->isReadOnly(); }, 5000));

    auto versions = svc.versions(form->record().visit.id);
    ASSERT_TRUE(versions.ok()) << versions.error().message.toStdString();
    ASSERT_EQ(versions->size(), 2);
    EXPECT_EQ(versions->at(0).vitals->weightKg, 60.0);
    EXPECT_EQ(versions->at(1).vitals->weightKg, 66.0);
    EXPECT_EQ(versions->at(1).visit.amendReason, QStringLiteral("Weight misread from the scale"));
    const QString note = child<QLabel>(form, "correctionLabel")->text();
    EXPECT_TRUE(note.contains(bhu::test::kClinician) && note.contains(QStringLiteral("Weight misread"))) << note.toStdString();

    // The timeline marks it; the original stays readable in the form.
    ui::PatientPage page(access);
    page.setPatient(patient);
    ui::VisitTimelineModel* model = page.timeline()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(model->data(model->index(0)).toString().contains(QStringLiteral("Corrected by")));
    auto* combo = form->findChild<QWidget*>(QStringLiteral("versionCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_TRUE(combo->isVisibleTo(form));
}

// Speed is measured by bhu-bench-timeline (bench/), not here.
TEST_F(gui_visit_rules, TimelineOf200VisitsShowsEveryVisitAndPoint)
{
    QList<VisitRecord> visits;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = 199; i >= 0; --i) {
        VisitRecord r;
        r.visit.id = QString::number(i);
        r.visit.status = VisitStatus::Closed;
        r.visit.closedAt = start.addDays(2 * i);
        r.visit.chiefComplaint = QStringLiteral("Follow-up %1").arg(i);
        r.vitals = VitalSigns{};
        r.vitals->systolic = 120 + i % 30;
        r.vitals->diastolic = 80 + i % 15;
        r.vitals->weightKg = 60 + (i % 10) * 0.5;
        Diagnosis d;
        d.icd10 = QStringLiteral("I10");
        d.display = QStringLiteral("Hypertension");
        r.diagnoses << d;
        visits << r;
    }
    ui::VisitTimeline timeline(access);
    timeline.resize(1000, 500);
    timeline.show();
    timeline.setVisits(visits);
    const QPixmap shot = timeline.grab();
    EXPECT_FALSE(shot.isNull());
    EXPECT_EQ(timeline.model()->rowCount(), 200);
    EXPECT_EQ(timeline.bpChart()->pointCount(), 400);
    EXPECT_EQ(timeline.weightChart()->pointCount(), 200);
    EXPECT_TRUE(timeline.model()->data(timeline.model()->index(0)).toString().contains(QStringLiteral("Follow-up 199")));
}

} // namespace
