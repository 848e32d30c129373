#pragma once
// The small message under a form field: red for an error that blocks saving, amber for a
// warning that the user may accept by saving again. Hidden while there is nothing to say.
#include <QLabel>

namespace bhu::ui {

class FieldIssueLabel : public QLabel {
    Q_OBJECT
public:
    explicit FieldIssueLabel(QWidget* parent = nullptr);

    void addIssue(const QString& message, bool warning);
    void clearIssues();
    bool hasError() const { return m_errors > 0; }
    bool hasWarning() const { return m_warnings > 0; }

private:
    void refresh();
    QStringList m_lines;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace bhu::ui
