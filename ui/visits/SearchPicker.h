#pragma once
// A search box with its suggestions underneath, driven from the keyboard: typing searches,
// Up/Down choose, Enter picks the chosen suggestion (or takes the text as typed when nothing
// matches), Shift+Enter always takes the text as typed. Used for diagnoses and medicines.
#include <QWidget>
#include <functional>

class QLineEdit;
class QListWidget;

namespace bhu::ui {

class SearchPicker : public QWidget {
    Q_OBJECT
public:
    struct Suggestion {
        QString key;
        QString text;
    };
    using SearchFunction = std::function<QList<Suggestion>(const QString&)>;

    SearchPicker(SearchFunction search, QWidget* parent = nullptr);

    QLineEdit* edit() const { return m_edit; }
    QListWidget* suggestions() const { return m_list; }
    void clear();

Q_SIGNALS:
    void picked(const QString& key);
    void freeTextEntered(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    SearchFunction m_search;
    QLineEdit* m_edit = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace bhu::ui
