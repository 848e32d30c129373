#include "bhu/services/ReportDocument.h"

#include "PdfActualText.h"
#include "bhu/domain/DigitText.h"
#include "bhu/domain/ReportEngine.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPageRanges>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <functional>

namespace bhu::services {

namespace {
QString esc(const QString& s) { return s.toHtmlEscaped(); }
// Numbers, dates and periods: in Urdu digits when an Urdu report asks for them.
QString digits(const ReportTable& t, const QString& s) { return t.urduDigits && t.rightToLeft() ? toUrduDigits(s) : s; }

QString headerHtml(const ReportTable& t)
{
    const QLocale loc = reportLocale(t.language);
    const QString align = t.rightToLeft() ? QStringLiteral("right") : QStringLiteral("left");
    QString h;
    h += u"<h2 align=\"" + align + u"\">" + esc(t.title) + u"</h2>";
    h += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">";
    auto line = [&](const QString& label, const QString& value) {
        h += u"<tr><td align=\"" + align + u"\"><b>" + esc(label) + u":</b> " + esc(value) + u"</td></tr>";
    };
    line(t.labelFacility, t.facilityCode.isEmpty() ? t.facilityName : t.facilityName + u" (" + t.facilityCode + u')');
    line(t.labelPeriod, digits(t, t.periodText));
    line(t.labelGeneratedBy, t.generatedBy);
    // 24-hour ISO form: no AM/PM to be reordered inside right-to-left text.
    line(t.labelGeneratedAt, digits(t, loc.toString(t.generatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))));
    h += u"</table>";
    return h;
}

QString sectionHtml(const ReportTable& t, const ReportSection& s)
{
    const bool rtl = t.rightToLeft();
    const QString align = rtl ? QStringLiteral("right") : QStringLiteral("left");
    QString h;
    h += u"<h3 align=\"" + align + u"\">" + esc(s.title) + u"</h3>";
    if (!s.note.isEmpty()) h += u"<p align=\"" + align + u"\"><i>" + esc(s.note) + u"</i></p>";
    if (s.rows.isEmpty()) return h;
    h += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse;\">";
    // Qt's rich text lays tables out left to right: in Urdu the columns are written in reverse
    // so that the first column (the row titles) stands on the right.
    auto ordered = [&](QStringList cells) {
        if (rtl) std::reverse(cells.begin(), cells.end());
        return cells.join(QString());
    };
    QStringList head;
    // Row titles get the room they need; the number columns share the rest.
    if (s.rowTitles) head.append(s.columns.size() > 3 ? QStringLiteral("<th width=\"28%\"></th>") : QStringLiteral("<th width=\"45%\"></th>"));
    for (const ReportColumn& c : s.columns) head.append(u"<th>" + esc(c.title) + u"</th>");
    const QString headRow = u"<thead><tr>" + ordered(head) + u"</tr></thead>";
    h += headRow;
    // Qt lays out a long table in time that grows faster than its rows: registers are cut into
    // tables of kChunk rows (each with the header), which reads the same on paper.
    constexpr int kChunk = 40;
    int n = 0;
    for (const ReportRow& r : s.rows) {
        if (n > 0 && n % kChunk == 0)
            h += u"</table><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse: collapse;\">" +
                 headRow;
        ++n;
        QStringList cells;
        if (s.rowTitles) cells.append(u"<td align=\"" + align + u"\">" + esc(r.title) + u"</td>");
        for (const ReportCell& c : r.cells)
            cells.append((c.number ? QStringLiteral("<td align=\"center\">") : u"<td align=\"" + align + u"\">") +
                         esc(c.number ? digits(t, c.text) : c.text) + u"</td>");
        h += u"<tr>" + ordered(cells) + u"</tr>";
    }
    h += u"</table>";
    return h;
}
} // namespace

QString reportHtml(const ReportTable& t)
{
    QString h = QStringLiteral("<html><body>");
    h += headerHtml(t);
    bool missing = false;
    for (const ReportSection& s : t.sections) {
        h += sectionHtml(t, s);
        for (const ReportRow& r : s.rows)
            for (const ReportCell& c : r.cells) missing = missing || !c.available;
    }
    if (missing)
        h += u"<p align=\"" + (t.rightToLeft() ? QStringLiteral("right") : QStringLiteral("left")) + u"\"><small>" +
             esc(t.labelNotAvailable) + u"</small></p>";
    h += u"</body></html>";
    return h;
}

QPageLayout::Orientation reportOrientation(const ReportTable& t)
{
    for (const ReportSection& s : t.sections)
        if (s.columns.size() > 6) return QPageLayout::Landscape;
    return QPageLayout::Portrait;
}

std::unique_ptr<QTextDocument> reportDocument(const ReportTable& t)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    if (t.rightToLeft()) {
        // Nastaliq: the Regular file by style name (fontconfig would pick Bold), a little larger.
        font = QFont(QStringLiteral("Noto Nastaliq Urdu"));
        font.setStyleName(QStringLiteral("Regular"));
        font.setPointSizeF(9);
    } else {
        font = QFont(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
    }
    doc->setDefaultFont(font);
    QTextOption opt = doc->defaultTextOption();
    opt.setTextDirection(t.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(opt);
    doc->setDocumentMargin(0);
    doc->setHtml(reportHtml(t));
    doc->setMetaInformation(QTextDocument::DocumentTitle, t.title);
    return doc;
}

namespace {

// Records the text of every text item drawn, page by page, in the order QPdfEngine writes
// them (one BT … ET block each): the text the PDF's ActualText spans carry.
class TextRunRecorder : public QPaintEngine {
public:
    // The PDF engine's features, so that QPainter takes the same paths as for the PDF.
    TextRunRecorder() : QPaintEngine(QPaintEngine::AllFeatures & ~(PorterDuff | PerspectiveTransform | ObjectBoundingModeGradients | ConicalGradientFill)) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawPath(const QPainterPath&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
    Type type() const override { return QPaintEngine::User; }
    void drawTextItem(const QPointF&, const QTextItem& item) override
    {
        const QString text = item.text();
        // Only runs whose glyphs do not map back (Arabic script) need the text spelt out.
        bool arabic = false;
        for (const QChar c : text) arabic = arabic || c.script() == QChar::Script_Arabic;
        pages.last().append(arabic ? text : QString());
    }
    QList<QStringList> pages{QStringList()};
};

// A paint device with the PDF writer's metrics that paints into the recorder.
class RecordingDevice : public QPaintDevice {
public:
    explicit RecordingDevice(const QPaintDevice& like) : m_like(like) {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    TextRunRecorder& recorder() { return m_engine; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return m_like.width();
        case PdmHeight: return m_like.height();
        case PdmWidthMM: return m_like.widthMM();
        case PdmHeightMM: return m_like.heightMM();
        case PdmNumColors: return m_like.colorCount();
        case PdmDepth: return m_like.depth();
        case PdmDpiX: return m_like.logicalDpiX();
        case PdmDpiY: return m_like.logicalDpiY();
        case PdmPhysicalDpiX: return m_like.physicalDpiX();
        case PdmPhysicalDpiY: return m_like.physicalDpiY();
        case PdmDevicePixelRatio: return int(m_like.devicePixelRatio());
        case PdmDevicePixelRatioScaled: return int(m_like.devicePixelRatioF() * devicePixelRatioFScale());
        }
        return 0;
    }

private:
    const QPaintDevice& m_like;
    mutable TextRunRecorder m_engine;
};

// Lays `doc` out for `device` as QTextDocument::print() does (2 cm margins, given at the
// screen's resolution; the layout scales them): the long part of printing a long register.
// Returns the page body.
QSizeF layOut(QTextDocument& doc, QPagedPaintDevice& device)
{
    doc.documentLayout()->setPaintDevice(&device);
    const QScreen* screen = QGuiApplication::primaryScreen();
    const int margin = int((2 / 2.54) * (screen ? screen->logicalDotsPerInchY() : 100));
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setMargin(margin);
    doc.rootFrame()->setFrameFormat(frame);
    const QSizeF body(device.width(), device.height());
    doc.setPageSize(body);
    return body;
}

// QTextDocument::print()'s pages (2 cm margins, the page number under each page), drawn by us so
// that the same drawing can be recorded and printing can report progress: `newPage` is called
// between pages; `pages` (1-based) chooses the pages, all when empty; `beforePage(done, total)`
// before each page — painting stops when it returns false. Returns whether every page was painted.
bool paintPages(QTextDocument& doc, QPainter& painter, const QSizeF& body, const std::function<void()>& newPage,
                const QPageRanges& pages = {}, const std::function<bool(int, int)>& beforePage = {})
{
    const int dpiy = painter.device()->logicalDpiY();
    const int margin = int((2 / 2.54) * dpiy);
    const QPointF pageNumberPos(body.width() - margin,
                                body.height() - margin + QFontMetrics(doc.defaultFont(), painter.device()).ascent() + 5 * dpiy / 72.0);
    QList<int> chosen;
    for (int page = 1; page <= doc.pageCount(); ++page)
        if (pages.isEmpty() || pages.contains(page)) chosen << page;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const int page = chosen[i];
        if (beforePage && !beforePage(int(i), int(chosen.size()))) return false;
        if (i > 0) newPage();
        painter.save();
        painter.translate(0, -(page - 1) * body.height());
        const QRectF view(0, (page - 1) * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = view;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.setClipping(false);
        painter.setFont(doc.defaultFont());
        const QString number = QString::number(page);
        painter.drawText(qRound(pageNumberPos.x() - painter.fontMetrics().horizontalAdvance(number)), qRound(pageNumberPos.y() + view.top()), number);
        painter.restore();
    }
    return true;
}

} // namespace

Result<QByteArray> reportPdf(const ReportTable& t)
{
    QByteArray bytes;
    QList<QStringList> runs;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) return Error::make(ErrorCode::Failed, QStringLiteral("buffer"));
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setTitle(t.title);
        pdf.setCreator(QStringLiteral("BHU Clinic"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), reportOrientation(t), QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        // As QTextDocument::print() lays it out, but drawn twice: into the PDF, and into a
        // recorder that notes each text run, so that the Urdu runs can carry their text.
        auto doc = reportDocument(t);
        const QSizeF body = layOut(*doc, pdf);
        {
            QPainter painter(&pdf);
            paintPages(*doc, painter, body, [&pdf] { pdf.newPage(); });
        }
        RecordingDevice recording(pdf);
        {
            QPainter painter(&recording);
            paintPages(*doc, painter, body, [&recording] { recording.recorder().pages.append(QStringList()); });
        }
        runs = recording.recorder().pages;
    }
    buffer.close();
    // Nastaliq's joined letters have no code point of their own: without ActualText no PDF
    // reader could copy or search the Urdu (docs/urdu.md). Left as drawn if the file is not as
    // expected.
    if (t.rightToLeft())
        if (auto withText = addActualText(bytes, runs)) return *withText;
    return bytes;
}

bool printReport(const ReportTable& t, QPagedPaintDevice* device, const std::function<bool(int done, int total)>& onPage)
{
    auto doc = reportDocument(t);
    const QSizeF body = layOut(*doc, *device);
    const QPageRanges pages = device->pageRanges();   // chosen in QPrintDialog
    // Asked once before the painter starts the job, so that a stop there prints nothing.
    int total = 0;
    for (int page = 1; page <= doc->pageCount(); ++page) total += pages.isEmpty() || pages.contains(page) ? 1 : 0;
    if (onPage && !onPage(0, total)) return false;
    QPainter painter(device);
    return paintPages(*doc, painter, body, [device] { device->newPage(); }, pages, onPage);
}

} // namespace bhu::services
