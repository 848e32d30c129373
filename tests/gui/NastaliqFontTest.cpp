// Nastaliq on screen (issue 11): the Regular face loaded from its file, one-line inputs and table
// rows tall enough for its tallest glyphs (heights from the font's metrics), and a logged
// fallback when the font file is missing.
#include "GuiTestUtil.h"
#include "bhu/test/TestSupport.h"
#include "bhu/ui/Language.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

using namespace bhu;

namespace {

// Urdu words whose letters stack highest (پیچیدگی، بہتیں) and reach lowest (ی، ے، ں، ج) in Nastaliq.
QString tallSample() { return QStringLiteral("پیچیدگی بہتیں نستعلیق کیجیے ججّے Ág"); }

QStringList g_messages;
void collect(QtMsgType, const QMessageLogContext&, const QString& msg) { g_messages << msg; }

class gui_nastaliq : public testing::Test {
protected:
    void SetUp() override
    {
        // The .qm files are built beside the programs (BHU_BIN_DIR under ctest, else ../bin).
        ui::Language::instance().setTranslationsDir(QFileInfo(bhu::test::binPath(QStringLiteral("bhu-clinic"))).absolutePath());
        ASSERT_TRUE(ui::Language::instance().apply(QStringLiteral("en")));
        ASSERT_TRUE(ui::Language::instance().apply(QStringLiteral("ur")));
    }
    void TearDown() override
    {
        ui::Language::instance().setUrduFontFile(QString::fromLatin1(ui::Language::kDefaultUrduFontFile));
        ui::Language::instance().apply(QStringLiteral("en"));
    }
    // The ink of the tall sample, relative to the top of a line of the font's declared height
    // centred in `area` (how line edits, combo boxes and item views place one line of text).
    static bool inkInside(const QRect& area, const QFont& font)
    {
        const QFontMetricsF fm(font);
        const QRectF ink = fm.tightBoundingRect(tallSample());
        const qreal lineTop = area.top() + (area.height() - fm.height()) / 2;
        const qreal baseline = lineTop + fm.ascent();
        return std::floor(baseline + ink.top()) >= area.top() - 1 && std::ceil(baseline + ink.bottom()) <= area.bottom() + 2;
    }
    static QRect lineEditText(QLineEdit* edit)
    {
        QStyleOptionFrame frame;
        frame.initFrom(edit);
        frame.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &frame, edit);
        return edit->style()->subElementRect(QStyle::SE_LineEditContents, &frame, edit);
    }
};

TEST_F(gui_nastaliq, RegularFaceFromItsFile)
{
    ASSERT_FALSE(ui::Language::instance().urduFamily().isEmpty()) << "Noto Nastaliq Urdu (fonts-noto-core) is needed";
    const QFont font = QApplication::font();
    EXPECT_EQ(font.families().value(0), ui::Language::instance().urduFamily());
    const QFontInfo info(font);
    EXPECT_TRUE(info.family().contains(QStringLiteral("Nastaliq"))) << info.family().toStdString();
    EXPECT_EQ(info.styleName(), u"Regular");
    EXPECT_FALSE(info.bold());
}

TEST_F(gui_nastaliq, InputsAndTableRowsHoldTheTallestGlyphs)
{
    const QFont font = QApplication::font();
    const QFontMetricsF fm(font);
    // Heights come from the font's declared ascent + descent (Qt's defaults) and Nastaliq's ink
    // must fit in them; a widget squeezed to a Latin line's height does not (checked last).
    const QRectF ink = fm.tightBoundingRect(tallSample());
    ASSERT_GT(ink.height(), fm.height() * 0.8) << "the sample is not tall";

    QWidget w;
    auto* layout = new QVBoxLayout(&w);
    auto* edit = new QLineEdit(tallSample(), &w);
    auto* combo = new QComboBox(&w);
    combo->addItem(tallSample());
    auto* table = new QTableView(&w);
    auto* model = new QStandardItemModel(3, 2, table);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 2; ++c) model->setItem(r, c, new QStandardItem(tallSample()));
    table->setModel(model);
    layout->addWidget(edit);
    layout->addWidget(combo);
    layout->addWidget(table);
    w.resize(600, 400);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));

    EXPECT_TRUE(inkInside(lineEditText(edit), edit->font())) << "line edit clips Nastaliq";

    QStyleOptionComboBox box;
    box.initFrom(combo);
    box.editable = false;
    const QRect comboText = combo->style()->subControlRect(QStyle::CC_ComboBox, &box, QStyle::SC_ComboBoxEditField, combo);
    EXPECT_TRUE(inkInside(comboText, combo->font())) << "combo box clips Nastaliq";

    const QRect cell = table->visualRect(model->index(1, 0));
    EXPECT_TRUE(inkInside(cell, table->font())) << "table row clips Nastaliq";

    // The check catches a clipped widget: a line edit fixed at a Latin line's height.
    auto* squeezed = new QLineEdit(tallSample(), &w);
    layout->addWidget(squeezed);
    squeezed->setFixedHeight(QFontMetrics(QFont(QStringLiteral("DejaVu Sans"), 9)).height() + 4);
    QCoreApplication::processEvents();
    EXPECT_FALSE(inkInside(lineEditText(squeezed), squeezed->font()));
}

TEST_F(gui_nastaliq, MissingFontFileFallsBackWithAWarning)
{
    ui::Language::instance().setUrduFontFile(QStringLiteral("/nonexistent/NotoNastaliqUrdu-Regular.ttf"));
    ASSERT_TRUE(ui::Language::instance().apply(QStringLiteral("en")));
    g_messages.clear();
    const QtMessageHandler old = qInstallMessageHandler(collect);
    const bool applied = ui::Language::instance().apply(QStringLiteral("ur"));
    qInstallMessageHandler(old);
    EXPECT_TRUE(applied) << "Urdu still applies, in a fallback font";
    ASSERT_EQ(g_messages.size(), 1) << g_messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(g_messages.constFirst().contains(QStringLiteral("/nonexistent/NotoNastaliqUrdu-Regular.ttf")));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
}

} // namespace
