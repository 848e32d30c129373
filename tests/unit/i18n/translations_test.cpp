// The Urdu translations are complete and consistent with the sources:
//  - every message of bhu_ur.ts and qtbase_ur.ts is finished and not empty (numerus: 2 forms);
//  - placeholders (%1…%99, %L1, %n, %Ln) are the same in source and translation;
//  - a source with an & accelerator keeps one in its translation, and one without gets none;
//  - leading and trailing white space is kept;
//  - lupdate, run on the sources into a copy of bhu_ur.ts, finds nothing to add or drop;
//  - the released .qm files load and translate.
// The checks are plain functions, tested first on small broken files so that they are known
// to be able to fail.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;                 // translation's type attribute: "", unfinished, vanished, obsolete
    QStringList translations;     // one, or the numerus forms
};

struct TsFile {
    QString language;
    std::vector<Message> messages;
    QString error;
};

TsFile parseTs(const QByteArray& xml)
{
    TsFile ts;
    QXmlStreamReader r(xml);
    QString context;
    Message m;
    bool inMessage = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == u"TS") {
                ts.language = r.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name" && !inMessage) {
                context = r.readElementText();
            } else if (name == u"message") {
                m = Message{};
                m.context = context;
                m.numerus = r.attributes().value(QStringLiteral("numerus")) == u"yes";
                inMessage = true;
            } else if (name == u"source" && inMessage) {
                m.source = r.readElementText();
            } else if (name == u"comment" && inMessage) {
                m.comment = r.readElementText();
            } else if (name == u"translation" && inMessage) {
                m.type = r.attributes().value(QStringLiteral("type")).toString();
                if (!m.numerus) {
                    m.translations << r.readElementText();
                }
            } else if (name == u"numerusform" && inMessage) {
                m.translations << r.readElementText();
            }
        } else if (r.isEndElement() && r.name() == u"message") {
            ts.messages.push_back(m);
            inMessage = false;
        }
    }
    if (r.hasError()) {
        ts.error = r.errorString() + QStringLiteral(" at line ") + QString::number(r.lineNumber());
    }
    return ts;
}

TsFile readTs(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TsFile ts;
        ts.error = QStringLiteral("cannot read ") + path;
        return ts;
    }
    return parseTs(f.readAll());
}

QString where(const Message& m)
{
    return m.context + QStringLiteral(" | \"") + m.source + QStringLiteral("\"");
}

// %1…%99, %L1, %n, %Ln: as a sorted set (a translation may use one twice, or in another order).
QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        found.insert(it.next().captured());
    }
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// The number of & accelerator markers: "&&" is a literal ampersand, "&amp;"-style entities of
// rich text are no markers.
int accelerators(QString s)
{
    static const QRegularExpression entity(QStringLiteral("&(?:[a-zA-Z]+|#[0-9]+);"));
    s.replace(QStringLiteral("&&"), QString());
    s.remove(entity);
    return static_cast<int>(s.count(u'&'));
}

QString leadingSpace(const QString& s)
{
    qsizetype i = 0;
    while (i < s.size() && s.at(i).isSpace()) {
        ++i;
    }
    return s.left(i);
}

QString trailingSpace(const QString& s)
{
    qsizetype i = s.size();
    while (i > 0 && s.at(i - 1).isSpace()) {
        --i;
    }
    return s.mid(i);
}

// Every problem of a translation file, one line each; empty when the file is good.
QStringList problems(const TsFile& ts, int numerusForms)
{
    QStringList out;
    if (!ts.error.isEmpty()) {
        out << QStringLiteral("not valid XML: ") + ts.error;
    }
    if (!ts.language.startsWith(QStringLiteral("ur"))) {
        out << QStringLiteral("language is \"") + ts.language + QStringLiteral("\", not ur");
    }
    for (const Message& m : ts.messages) {
        if (m.type == u"unfinished") {
            out << QStringLiteral("unfinished: ") + where(m);
        } else if (m.type == u"vanished" || m.type == u"obsolete") {
            out << QStringLiteral("obsolete: ") + where(m);
        }
        if (m.numerus && m.translations.size() != numerusForms) {
            out << QStringLiteral("%1 plural forms instead of %2: ").arg(m.translations.size()).arg(numerusForms) + where(m);
        }
        if (m.translations.isEmpty()) {
            out << QStringLiteral("no translation: ") + where(m);
        }
        const auto sourcePh = placeholders(m.source);
        const bool sourceAcc = accelerators(m.source) > 0;
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                out << QStringLiteral("empty translation: ") + where(m);
                continue;
            }
            const auto ph = placeholders(t);
            if (ph != sourcePh) {
                out << QStringLiteral("placeholders %1 instead of %2: ").arg(ph.join(u' '), sourcePh.join(u' '))
                        + where(m) + QStringLiteral(" → \"") + t + u'"';
            }
            if ((accelerators(t) > 0) != sourceAcc) {
                out << (sourceAcc ? QStringLiteral("accelerator (&) lost: ") : QStringLiteral("accelerator (&) added: "))
                        + where(m) + QStringLiteral(" → \"") + t + u'"';
            }
            if (leadingSpace(t) != leadingSpace(m.source) || trailingSpace(t) != trailingSpace(m.source)) {
                out << QStringLiteral("leading or trailing space differs: ") + where(m) + QStringLiteral(" → \"") + t + u'"';
            }
        }
    }
    return out;
}

using Key = std::tuple<QString, QString, QString>;   // context, source, comment

std::set<Key> keys(const TsFile& ts)
{
    std::set<Key> out;
    for (const Message& m : ts.messages) {
        if (m.type != u"vanished" && m.type != u"obsolete") {
            out.insert({m.context, m.source, m.comment});
        }
    }
    return out;
}

// Lines for the messages in `a` but not in `b`.
QStringList difference(const std::set<Key>& a, const std::set<Key>& b, const QString& what)
{
    QStringList out;
    for (const Key& k : a) {
        if (!b.count(k)) {
            out << what + std::get<0>(k) + QStringLiteral(" | \"") + std::get<1>(k) + u'"'
                    + (std::get<2>(k).isEmpty() ? QString() : QStringLiteral(" (") + std::get<2>(k) + u')');
        }
    }
    return out;
}

std::string report(const QStringList& lines)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(lines.size()).toStdString() + lines.join(QStringLiteral("\n  ")).toStdString();
}

const QString kTsDir = QStringLiteral(BHU_TS_DIR);

QByteArray tsWith(const char* message)
{
    return QByteArray(R"(<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ur_PK">)"
                      "<context><name>Ctx</name>") + message + "</context></TS>";
}

}   // namespace

// --- the checks themselves can fail -----------------------------------------------------------

TEST(I18nChecks, AcceptAGoodFile)
{
    const auto ts = parseTs(tsWith(
            "<message><source>&amp;Save %1</source><translation>محفوظ کریں (&amp;S) %1</translation></message>"
            "<message numerus=\"yes\"><source>%n digit(s)</source><translation>"
            "<numerusform>%n ہندسہ</numerusform><numerusform>%n ہندسے</numerusform></translation></message>"
            "<message><source>Rock &amp;&amp; roll</source><translation>راک اور رول</translation></message>"));
    EXPECT_EQ(ts.messages.size(), 3u);
    EXPECT_TRUE(problems(ts, 2).isEmpty()) << report(problems(ts, 2));
}

TEST(I18nChecks, FindUnfinishedEmptyAndObsolete)
{
    EXPECT_EQ(problems(parseTs(tsWith("<message><source>Save</source><translation type=\"unfinished\">محفوظ</translation></message>")), 2).size(), 1);
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>Save</source><translation></translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>Save</source><translation type=\"vanished\">محفوظ</translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message numerus=\"yes\"><source>%n day(s)</source><translation>"
                                         "<numerusform>%n دن</numerusform><numerusform></numerusform></translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message numerus=\"yes\"><source>%n day(s)</source><translation>"
                                         "<numerusform>%n دن</numerusform></translation></message>")), 2).isEmpty());
}

TEST(I18nChecks, FindPlaceholderAcceleratorAndSpaceMismatches)
{
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>Age %1</source><translation>عمر</translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>Age %1</source><translation>عمر %2</translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>%L1 kg</source><translation>%1 کلو</translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>&amp;Save</source><translation>محفوظ کریں</translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source>Save</source><translation>محفوظ (&amp;S)</translation></message>")), 2).isEmpty());
    EXPECT_FALSE(problems(parseTs(tsWith("<message><source> (estimated)</source><translation>(اندازاً)</translation></message>")), 2).isEmpty());
    EXPECT_TRUE(problems(parseTs(tsWith("<message><source>%1 looks like %1 °F</source><translation>%1 یعنی %1 °F</translation></message>")), 2).isEmpty());
}

TEST(I18nChecks, FindMessagesMissingFromTheTranslation)
{
    const auto code = keys(parseTs(tsWith("<message><source>A</source><translation>ا</translation></message>"
                                          "<message><source>B</source><translation type=\"unfinished\"></translation></message>")));
    const auto translated = keys(parseTs(tsWith("<message><source>A</source><translation>ا</translation></message>")));
    EXPECT_EQ(difference(code, translated, QStringLiteral("missing: ")).size(), 1);
    EXPECT_TRUE(difference(translated, code, QStringLiteral("obsolete: ")).isEmpty());
}

// --- the real files ---------------------------------------------------------------------------

TEST(UrduTranslation, EveryMessageOfBhuUrIsTranslated)
{
    const auto ts = readTs(kTsDir + QStringLiteral("/bhu_ur.ts"));
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    ASSERT_GT(ts.messages.size(), 100u);
    const auto p = problems(ts, 2);   // Urdu: one and other
    EXPECT_TRUE(p.isEmpty()) << report(p);
}

TEST(UrduTranslation, EveryMessageOfQtBaseUrIsTranslated)
{
    const auto ts = readTs(kTsDir + QStringLiteral("/qtbase_ur.ts"));
    ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
    ASSERT_GT(ts.messages.size(), 50u);
    const auto p = problems(ts, 2);
    EXPECT_TRUE(p.isEmpty()) << report(p);
}

// lupdate in check mode: extract the strings of the sources into a copy of bhu_ur.ts; the copy
// must hold exactly the messages of bhu_ur.ts (nothing new to translate, nothing obsolete).
TEST(UrduTranslation, EverySourceStringIsInBhuUr)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("bhu_ur.ts"));
    ASSERT_TRUE(QFile::copy(kTsDir + QStringLiteral("/bhu_ur.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BHU_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" BHU_TR_SOURCES_LIST), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish: " << lupdate.errorString().toStdString();
    const QByteArray output = lupdate.readAll();
    ASSERT_EQ(lupdate.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(lupdate.exitCode(), 0) << output.toStdString();

    const auto original = readTs(kTsDir + QStringLiteral("/bhu_ur.ts"));
    const auto updated = readTs(copy);
    ASSERT_TRUE(updated.error.isEmpty()) << updated.error.toStdString();
    QStringList p = difference(keys(updated), keys(original),
                               QStringLiteral("in the sources, missing from bhu_ur.ts (run update_translations and translate): "));
    p << difference(keys(original), keys(updated), QStringLiteral("in bhu_ur.ts, no longer in the sources (obsolete): "));
    EXPECT_TRUE(p.isEmpty()) << report(p);
}

// The .qm files lrelease put beside the program load, and translate a sample of each.
TEST(UrduTranslation, ReleasedFilesLoadAndTranslate)
{
    QTranslator app;
    ASSERT_TRUE(app.load(QStringLiteral(BHU_QM_DIR "/bhu_ur.qm"))) << "run the bhu-clinic_lrelease target";
    EXPECT_EQ(app.translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("RTL"));
    EXPECT_EQ(app.translate("bhu::ui::PatientsScreen", "Patients"), QStringLiteral("مریض"));

    QTranslator qt;
    ASSERT_TRUE(qt.load(QStringLiteral(BHU_QM_DIR "/qtbase_ur.qm"))) << "run the bhu-clinic_lrelease target";
    EXPECT_EQ(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("منسوخ کریں"));
    EXPECT_EQ(qt.translate("QPlatformTheme", "OK"), QStringLiteral("ٹھیک ہے"));
    EXPECT_FALSE(qt.translate("QLineEdit", "&Paste").isEmpty());
    EXPECT_FALSE(qt.translate("QFileDialog", "Look in:").isEmpty());
    EXPECT_FALSE(qt.translate("QPrintDialog", "Print to File (PDF)").isEmpty());
}
