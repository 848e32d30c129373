#pragma once
// Words of the Community area shared by its panels and the printed due list.
#include "bhu/domain/ImmunisationDue.h"

#include <QCoreApplication>
#include <QString>

namespace bhu::ui {

class CommunityText {
    Q_DECLARE_TR_FUNCTIONS(CommunityText)
public:
    // "Due", "Overdue (defaulter)", "Past age limit", … with the missed or too-early doses.
    static QString dueState(const AntigenDue& a);
    // "Penta-1, OPV-1 (overdue)" — the doses needed now.
    static QString dosesNeeded(const QList<AntigenDue>& due);
    // The name on a due list: "Nasreen Bibi (pregnant)" for a pregnant woman due a Td dose.
    static QString listName(const QString& name, bool pregnant);
};

} // namespace bhu::ui
