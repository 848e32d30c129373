#pragma once
// The diagnoses of a visit: search the ICD-10 short list by code, English or Urdu name and
// press Enter to add; text that matches nothing is added as an uncoded diagnosis. In the list,
// Space switches provisional/confirmed and Delete removes.
#include "bhu/domain/Diagnosis.h"

#include <QWidget>

class QCheckBox;
class QListWidget;

namespace bhu::ui {

class SearchPicker;

class DiagnosisEditor : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosisEditor(QWidget* parent = nullptr);

    void setDiagnoses(const QList<Diagnosis>& d);
    const QList<Diagnosis>& diagnoses() const { return m_items; }
    void setReadOnly(bool readOnly);
    SearchPicker* picker() const { return m_picker; }
    QListWidget* list() const { return m_list; }
    static QString describe(const Diagnosis& d);   // "J18.9 Pneumonia (provisional)"

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void add(Diagnosis d);
    void rebuild();

    QList<Diagnosis> m_items;
    SearchPicker* m_picker = nullptr;
    QCheckBox* m_confirmed = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace bhu::ui
