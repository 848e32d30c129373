#pragma once
// The referral of a visit (at most one here): level, facility, reason, urgency and what was
// done before referring. "Refer" off means no referral.
#include "bhu/domain/Referral.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace bhu::ui {

class ReferralEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReferralEditor(QWidget* parent = nullptr);

    void setReferrals(const QList<Referral>& r);
    QList<Referral> referrals() const;
    void setReadOnly(bool readOnly);

private:
    void updateEnabled();

    Referral m_base;   // keeps ids of a loaded referral
    QCheckBox* m_refer = nullptr;
    QWidget* m_fields = nullptr;
    QComboBox* m_level = nullptr;
    QLineEdit* m_facility = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_urgency = nullptr;
    QLineEdit* m_done = nullptr;
};

} // namespace bhu::ui
