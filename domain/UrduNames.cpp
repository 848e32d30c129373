#include "bhu/domain/UrduNames.h"

#include "ReferenceCsvReader.h"
#include "bhu/domain/NameScript.h"

#include <QCoreApplication>
#include <QFile>

namespace bhu {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("bhu::UrduNames", s); }

QStringList words(const QString& latin)
{
    QString s = latin.toLower();
    s.replace(QLatin1Char('.'), QLatin1Char(' '));
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

Result<UrduNames> UrduNames::parse(const QByteArray& csv)
{
    auto table = refcsv::parseCsv(csv);
    if (!table.ok()) return table.error();
    const int latin = table->column(u"latin"), urdu = table->column(u"urdu");
    if (latin < 0 || urdu < 0)
        return Error::make(ErrorCode::Invalid, tr("The names file needs the columns latin and urdu."), QStringLiteral("urdu_names.header"));
    UrduNames names;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const QStringList& row = table->rows.at(i);
        const QStringList key = words(row.at(latin));
        if (key.isEmpty() || row.at(urdu).isEmpty())
            return Error::make(ErrorCode::Invalid, tr("Line %1 of the names file has an empty name.").arg(table->lineNumbers.at(i)),
                               QStringLiteral("urdu_names.empty"));
        names.m_names.insert(key.join(QLatin1Char(' ')), row.at(urdu));
        names.m_longest = qMax(names.m_longest, int(key.size()));
        const QStringList urduWords = foldNameText(row.at(urdu)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (urduWords.size() == key.size())
            for (qsizetype w = 0; w < key.size(); ++w) names.m_latinWords.insert(urduWords.at(w), key.at(w));
    }
    return names;
}

const UrduNames& UrduNames::builtIn()
{
    static const UrduNames names = [] {
        QFile f(QStringLiteral(":/bhu/reference/urdu_names.csv"));
        if (!f.open(QIODevice::ReadOnly)) return UrduNames{};
        auto parsed = parse(f.readAll());
        return parsed.ok() ? parsed.value() : UrduNames{};   // a broken file fails domain_test
    }();
    return names;
}

QString UrduNames::suggest(const QString& latin) const
{
    const QStringList w = words(latin);
    if (w.isEmpty()) return {};
    QStringList out;
    for (qsizetype i = 0; i < w.size();) {
        bool found = false;
        for (qsizetype n = qMin<qsizetype>(m_longest, w.size() - i); n >= 1 && !found; --n) {
            const auto it = m_names.constFind(w.mid(i, n).join(QLatin1Char(' ')));
            if (it == m_names.cend()) continue;
            out << *it;
            i += n;
            found = true;
        }
        if (!found) return {};
    }
    return out.join(QLatin1Char(' '));
}

} // namespace bhu
