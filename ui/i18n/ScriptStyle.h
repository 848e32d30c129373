#pragma once
// Heights from the script's real extent. Nastaliq reaches far above and below the ascent and
// descent it declares, so the default heights of line edits, combo boxes, spin boxes and table
// rows clip its glyphs. This proxy of the application style sizes them from the ink of a tall
// sample string in the widget's own font; installed by Language for every language (for Latin
// scripts it changes nothing, the ink is within the usual heights).
#include <QProxyStyle>

namespace bhu::ui {

class ScriptStyle : public QProxyStyle {
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Height of one line of text in this font with nothing clipped when it is centred on the
    // declared ascent + descent: that height plus, on both sides, the ink of tallSample() beyond
    // it (cached per font).
    static int lineHeight(const QFont& font);
    // Urdu words whose letters stack highest and reach lowest in Nastaliq.
    static QString tallSample();

    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr, const QWidget* widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size, const QWidget* widget) const override;
};

} // namespace bhu::ui
