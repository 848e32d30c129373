#pragma once
// A small line chart of measurements over time, painted in one widget (no Qt Charts): one or
// more (date, value) series with their names and colours, the value range on the value axis
// and the first and last dates under the time axis.
#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

namespace bhu::ui {

class TrendChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QColor colour;
        QList<QPair<QDate, double>> points;   // any order; drawn by date
    };

    explicit TrendChart(const QString& title, const QString& unit, QWidget* parent = nullptr);

    void setSeries(const QList<Series>& series);
    const QList<Series>& series() const { return m_series; }
    int pointCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title, m_unit;
    QList<Series> m_series;
};

} // namespace bhu::ui
