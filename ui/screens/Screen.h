#pragma once
// Base of the areas shown in the main window's navigation. Each area is its own widget class
// (and later its own model); the main window only asks for its title and stacks it.
#include <QWidget>

class QLabel;

namespace bhu::ui {

class Screen : public QWidget {
    Q_OBJECT
public:
    explicit Screen(QWidget* parent = nullptr);
    ~Screen() override;

    // Name shown in the navigation list and the window's "Go" menu (translated).
    virtual QString title() const = 0;

protected:
    // Fills the screen with a heading and an explanation until the real screen exists.
    void setPlaceholder(const QString& heading, const QString& explanation);
    // Replaces the placeholder with the real screen's content, filling the whole area.
    void setContent(QWidget* content);
    // The screen's title as a heading label for a real screen's content.
    QLabel* makeHeading(QWidget* parent) const;

private:
    QLabel* m_heading = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace bhu::ui
