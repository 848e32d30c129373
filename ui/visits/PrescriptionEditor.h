#pragma once
// The prescriptions of a visit: search the medicine list (Enter picks it and fills its usual
// dose, frequency and duration), adjust dose/frequency/duration/quantity/instructions, and
// Enter in any of those adds the line. Delete removes the chosen line.
#include "bhu/domain/Prescription.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace bhu::ui {

class SearchPicker;

class PrescriptionEditor : public QWidget {
    Q_OBJECT
public:
    explicit PrescriptionEditor(QWidget* parent = nullptr);

    void setPrescriptions(const QList<Prescription>& p);
    const QList<Prescription>& prescriptions() const { return m_items; }
    void setReadOnly(bool readOnly);
    static QString describe(const Prescription& p);   // "Paracetamol 500 mg tablet — 1 tablet TDS × 3 days (10)"

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pick(const Prescription& p);
    void addCurrent();
    void rebuild();

    QList<Prescription> m_items;
    Prescription m_current;
    SearchPicker* m_picker = nullptr;
    QLineEdit* m_dose = nullptr;
    QLineEdit* m_frequency = nullptr;
    QLineEdit* m_duration = nullptr;
    QLineEdit* m_quantity = nullptr;
    QLineEdit* m_instructions = nullptr;
    QListWidget* m_list = nullptr;
    QWidget* m_details = nullptr;
};

} // namespace bhu::ui
