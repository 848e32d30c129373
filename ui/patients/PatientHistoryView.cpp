#include "PatientHistoryView.h"

#include "PatientText.h"

#include <QHeaderView>
#include <QLocale>

namespace bhu::ui {

PatientHistoryView::PatientHistoryView(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("historyView"));
    setAccessibleName(tr("Changes to the patient's details"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("Changes")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QStringList PatientHistoryView::changedFields(const Patient& a, const Patient& b)
{
    QStringList out;
    auto check = [&out](bool differs, const QString& name) {
        if (differs) out << name;
    };
    check(a.name != b.name, tr("Name"));
    check(a.nameUrdu != b.nameUrdu, tr("Name in Urdu"));
    check(a.relation != b.relation || a.guardianName != b.guardianName, tr("Guardian"));
    check(a.sex != b.sex, tr("Sex"));
    check(a.birthDate != b.birthDate || a.birthDateEstimated != b.birthDateEstimated, tr("Date of birth"));
    check(a.phone != b.phone, tr("Phone"));
    check(PatientText::nationalIdOf(a) != PatientText::nationalIdOf(b), tr("CNIC / B-form"));
    check(a.guardianCnic != b.guardianCnic || a.guardianRelationship != b.guardianRelationship, tr("Guardian's CNIC"));
    check(a.address != b.address, tr("Address"));
    check(a.notes != b.notes, tr("Notes"));
    check(a.mrNumber() != b.mrNumber(), tr("MR number"));
    return out;
}

void PatientHistoryView::setVersions(const QList<PatientVersion>& versions)
{
    clear();
    const QLocale locale;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const Patient& v = versions.at(i).patient;
        QString changes;
        if (i == 0) changes = tr("Registered");
        else {
            const QStringList fields = changedFields(versions.at(i - 1).patient, v);
            changes = fields.isEmpty() ? tr("No visible change") : fields.join(tr(", ", "list separator"));
        }
        const QDateTime when = versions.at(i).changedAt;
        auto* item = new QTreeWidgetItem(this, {locale.toString(v.version), PatientText::dateTime(when), versions.at(i).changedBy, changes});
        item->setToolTip(3, changes);
    }
}

} // namespace bhu::ui
