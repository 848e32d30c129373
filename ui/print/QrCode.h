#pragma once
// A QR code (libqrencode) as a grid of dark and light modules, drawn with a QPainter at any
// resolution. Used for the MR number on the patient card, so that a scanner can type it into
// the search box.
#include <QByteArray>
#include <QList>
#include <QRectF>

class QPainter;

namespace bhu::ui {

class QrCode {
public:
    // Error correction M (15%): survives a worn card. Null on failure.
    static QrCode encode(const QByteArray& text);
    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }                 // modules per side, quiet zone excluded
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Draws the code into `target` (a square), with `quietModules` light modules around it.
    void paint(QPainter& painter, const QRectF& target, int quietModules = 2) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace bhu::ui
