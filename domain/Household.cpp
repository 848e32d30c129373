#include "bhu/domain/Household.h"

#include <QCoreApplication>

namespace bhu {

namespace {
struct RelationshipRow {
    Relationship r;
    const char* code;
    const char* name;
};
constexpr RelationshipRow kRows[] = {
    {Relationship::Head, "head", QT_TRANSLATE_NOOP("bhu::Relationship", "Head of household")},
    {Relationship::Spouse, "spouse", QT_TRANSLATE_NOOP("bhu::Relationship", "Wife or husband")},
    {Relationship::Son, "son", QT_TRANSLATE_NOOP("bhu::Relationship", "Son")},
    {Relationship::Daughter, "daughter", QT_TRANSLATE_NOOP("bhu::Relationship", "Daughter")},
    {Relationship::Father, "father", QT_TRANSLATE_NOOP("bhu::Relationship", "Father")},
    {Relationship::Mother, "mother", QT_TRANSLATE_NOOP("bhu::Relationship", "Mother")},
    {Relationship::Brother, "brother", QT_TRANSLATE_NOOP("bhu::Relationship", "Brother")},
    {Relationship::Sister, "sister", QT_TRANSLATE_NOOP("bhu::Relationship", "Sister")},
    {Relationship::Grandchild, "grandchild", QT_TRANSLATE_NOOP("bhu::Relationship", "Grandchild")},
    {Relationship::DaughterInLaw, "daughter-in-law", QT_TRANSLATE_NOOP("bhu::Relationship", "Daughter-in-law")},
    {Relationship::SonInLaw, "son-in-law", QT_TRANSLATE_NOOP("bhu::Relationship", "Son-in-law")},
    {Relationship::OtherRelative, "other-relative", QT_TRANSLATE_NOOP("bhu::Relationship", "Other relative")},
    {Relationship::NotRelated, "not-related", QT_TRANSLATE_NOOP("bhu::Relationship", "Not related")},
};
} // namespace

QString relationshipCode(Relationship r)
{
    for (const auto& row : kRows)
        if (row.r == r) return QString::fromLatin1(row.code);
    return {};
}

std::optional<Relationship> relationshipFromCode(QStringView code)
{
    for (const auto& row : kRows)
        if (code == QLatin1String(row.code)) return row.r;
    return std::nullopt;
}

QString relationshipName(Relationship r)
{
    for (const auto& row : kRows)
        if (row.r == r) return QCoreApplication::translate("bhu::Relationship", row.name);
    return {};
}

QList<Relationship> allRelationships()
{
    QList<Relationship> out;
    for (const auto& row : kRows) out.append(row.r);
    return out;
}

} // namespace bhu
