#pragma once
// The vital-signs fields of the visit form, each with its unit and, next to it, what is wrong
// (refused: impossible value) or unusual about it (flags from VisitService::checkDraft: red for
// critical, amber for warning). BMI is shown live from weight and height.
#include "bhu/domain/VitalsCheck.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace bhu::ui {

class VitalsPanel : public QWidget {
    Q_OBJECT
public:
    explicit VitalsPanel(QWidget* parent = nullptr);

    void setVitals(const std::optional<VitalSigns>& v);
    // What is typed (empty if nothing); `errors` gets the impossible values, shown at their fields.
    std::optional<VitalSigns> vitals(QList<VitalError>* errors = nullptr) const;
    // Checks what is typed and shows the refusals at the fields; true if none.
    bool showErrors();
    void showFlags(const QList<VitalFlag>& flags);
    void setChild(bool child);   // MUAC only for children
    void setReadOnly(bool readOnly);
    QLineEdit* field(Vital v) const { return m_edits.value(v); }
    QLabel* message(Vital v) const { return m_messages.value(v); }
    QWidget* firstField() const;

Q_SIGNALS:
    void edited();

private:
    void updateBmi();
    void setMessage(Vital v, const QString& text, const QColor& colour);

    QMap<Vital, QLineEdit*> m_edits;
    QMap<Vital, QLabel*> m_messages;
    QMap<Vital, QWidget*> m_rowLabels;
    QMap<Vital, QLabel*> m_units;
    QLabel* m_bmi = nullptr;
};

} // namespace bhu::ui
