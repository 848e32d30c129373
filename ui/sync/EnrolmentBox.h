#pragma once
// Sync → "Enrol with the registry": the registry address, the one-time token from the registry
// operator and, for a registry with its own certificate authority, the CA file to trust (and
// pin). Admins only; others see why the button is off.
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bhu::ui {

class EnrolmentBox : public QGroupBox {
    Q_OBJECT
public:
    EnrolmentBox(bool mayEnrol, QWidget* parent = nullptr);
    void setBusy(bool busy);
    void showResult(bool ok, const QString& message);

Q_SIGNALS:
    void enrolRequested(const QString& url, const QString& token, const QString& caFile);

private:
    QLineEdit* m_url = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_ca = nullptr;
    QPushButton* m_enrol = nullptr;
    QLabel* m_message = nullptr;
    bool m_may = false;
};

} // namespace bhu::ui
