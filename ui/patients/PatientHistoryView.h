#pragma once
// The versions of a patient's demographics, newest first: when each was saved and which
// fields changed from the version before.
#include "bhu/domain/Patient.h"

#include <QTreeWidget>

namespace bhu::ui {

class PatientHistoryView : public QTreeWidget {
    Q_OBJECT
public:
    explicit PatientHistoryView(QWidget* parent = nullptr);

    void setVersions(const QList<PatientVersion>& oldestFirst);
    // Translated names of the fields that differ ("Phone", "Village", …).
    static QStringList changedFields(const Patient& before, const Patient& after);
};

} // namespace bhu::ui
