// Admin → Medicines list: an admin imports the facility's own list and the clinician's
// prescription picker offers exactly it; a bad file changes nothing and says so; a clinician
// cannot import.
#include "VisitFixture.h"
#include "admin/MedicinesListPanel.h"
#include "bhu/db/NationalReferenceLists.h"
#include "bhu/domain/ReferenceData.h"
#include "bhu/domain/ReferenceLists.h"
#include "bhu/services/ReferenceService.h"
#include "visits/PrescriptionEditor.h"
#include "visits/SearchPicker.h"
#include "visits/VisitForm.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>

using namespace bhu;
using bhu::test::child;

namespace {

class gui_medicines_list : public bhu::test::VisitTest {
protected:
    void TearDown() override
    {
        ReferenceData::setCurrent(nullptr);
        VisitTest::TearDown();
    }
    QString writeFile(const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("list%1.csv").arg(m_files++));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    QStringList suggestionsFor(ui::VisitForm* form, const QString& text)
    {
        auto* edit = child<QLineEdit>(form, "medicineSearch");
        edit->clear();
        QTest::keyClicks(edit, text);
        QStringList out;
        auto* list = edit->parentWidget()->findChild<QListWidget*>();
        if (!list) return out;
        for (int i = 0; i < list->count(); ++i) out << list->item(i)->text();
        return out;
    }
    QTemporaryDir m_dir;
    int m_files = 0;
};

const QByteArray kOwnList = "code,name,strength,form,dose,frequency,duration_days\n"
                            "zinc-20-disp,Zinc sulphate,20 mg,dispersible tablet,1 tablet,OD,10\n"
                            "ors-sachet,Oral rehydration salts,1 sachet,powder,1 sachet in 1 L water,SOS,0\n";

} // namespace

TEST_F(gui_medicines_list, ImportedListIsWhatThePrescriptionPickerOffers)
{
    auto admin = services::Session::unlock(s_db->path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(admin.ok());
    ui::MedicinesListPanel panel(std::shared_ptr<services::Session>(std::move(admin.value())));
    EXPECT_TRUE(child<QLabel>(&panel, "medicinesListState")->text().contains(QStringLiteral("shipped")));

    // A bad row: nothing changes, and the message names the problem.
    const QByteArray bad = kOwnList + "x-1,Broken,1 mg,tablet,1 tablet,HOURLY,1\n";
    EXPECT_FALSE(panel.importFrom(writeFile(bad)));
    EXPECT_TRUE(child<QLabel>(&panel, "medicinesListMessage")->text().contains(QStringLiteral("Nothing was changed")));
    EXPECT_GT(ReferenceData::current()->medicines().size(), 2);

    ASSERT_TRUE(panel.importFrom(writeFile(kOwnList)));
    EXPECT_TRUE(child<QLabel>(&panel, "medicinesListState")->text().contains(QStringLiteral("this facility")));

    startAndOpen();
    ui::VisitForm* form = screen->form();
    const QStringList zinc = suggestionsFor(form, QStringLiteral("zinc"));
    ASSERT_FALSE(zinc.isEmpty());
    EXPECT_TRUE(zinc.constFirst().contains(QStringLiteral("Zinc sulphate"))) << zinc.constFirst().toStdString();
    EXPECT_TRUE(suggestionsFor(form, QStringLiteral("amoxicillin")).isEmpty());   // not stocked here

    // Exported list = the imported one; back to the shipped list.
    const QString exported = m_dir.filePath(QStringLiteral("exported.csv"));
    ASSERT_TRUE(panel.exportTo(exported));
    EXPECT_EQ(bhu::test::readAll(exported), kOwnList);
    ASSERT_TRUE(panel.resetToShipped());
    EXPECT_FALSE(suggestionsFor(form, QStringLiteral("amoxicillin")).isEmpty());
}

TEST_F(gui_medicines_list, AClinicianSeesTheListButCannotReplaceIt)
{
    ui::MedicinesListPanel panel(s_session);
    EXPECT_FALSE(child<QPushButton>(&panel, "importMedicines")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&panel, "resetMedicines")->isEnabled());
    EXPECT_FALSE(panel.importFrom(writeFile(kOwnList)));   // the service refuses too
    EXPECT_TRUE(child<QLabel>(&panel, "medicinesListMessage")->text().contains(QStringLiteral("Clinician")));
    EXPECT_GT(ReferenceData::current()->medicines().size(), 2);
}

// A national medicines list received from the registry: the panel names its version, and the
// pickers offer it (until a facility list is imported).
TEST_F(gui_medicines_list, ShowsTheNationalListVersionInUse)
{
    auto admin = services::Session::unlock(s_db->path, bhu::test::kAdmin, bhu::test::kPassword, QStringLiteral("test"));
    ASSERT_TRUE(admin.ok());
    std::shared_ptr<services::Session> s(std::move(admin.value()));
    const db::PulledReferenceList national{QStringLiteral("medicines"), referenceListId(u"medicines"), 3, kOwnList,
                                           QStringLiteral("2026-11-20T09:30:00.000Z")};
    {
        auto lock = s->guard();
        ASSERT_TRUE(db::NationalReferenceLists(s->store().conn()).store(national, 2, s->store().actor(QStringLiteral("test"))).ok());
    }
    ASSERT_TRUE(services::ReferenceService(*s).activate().ok());
    EXPECT_EQ(ReferenceData::current()->medicines().size(), 2);
    {
        ui::MedicinesListPanel panel(s);
        const QString state = child<QLabel>(&panel, "medicinesListState")->text();
        EXPECT_TRUE(state.contains(QStringLiteral("national list, version 3"))) << state.toStdString();
        const QString others = child<QLabel>(&panel, "referenceListsState")->text();
        EXPECT_TRUE(others.contains(QStringLiteral("Complaints: the shipped list"))) << others.toStdString();
    }
    auto lock = s->guard();
    ASSERT_TRUE(s->store().conn().exec(QStringLiteral("DELETE FROM national_reference_lists")).ok());
}
