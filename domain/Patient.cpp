#include "bhu/domain/Patient.h"

namespace bhu {

QString sexCode(Sex s)
{
    switch (s) {
    case Sex::Male: return QStringLiteral("male");
    case Sex::Female: return QStringLiteral("female");
    case Sex::Other: return QStringLiteral("other");
    case Sex::Unknown: break;
    }
    return QStringLiteral("unknown");
}

Sex sexFromCode(const QString& c)
{
    if (c == u"male") return Sex::Male;
    if (c == u"female") return Sex::Female;
    if (c == u"other") return Sex::Other;
    return Sex::Unknown;
}

QString relationCode(Relation r)
{
    switch (r) {
    case Relation::SonOf: return QStringLiteral("s/o");
    case Relation::DaughterOf: return QStringLiteral("d/o");
    case Relation::WifeOf: return QStringLiteral("w/o");
    case Relation::ChildOf: return QStringLiteral("c/o");
    case Relation::None: break;
    }
    return {};
}

Relation relationFromCode(const QString& c)
{
    const QString l = c.trimmed().toLower();
    if (l == u"s/o") return Relation::SonOf;
    if (l == u"d/o") return Relation::DaughterOf;
    if (l == u"w/o") return Relation::WifeOf;
    if (l == u"c/o") return Relation::ChildOf;
    return Relation::None;
}

QString Patient::identifier(const QString& system) const
{
    for (const auto& i : identifiers)
        if (i.system == system) return i.value;
    return {};
}

void Patient::setIdentifier(const QString& system, const QString& value)
{
    for (auto& i : identifiers) {
        if (i.system == system) {
            i.value = value;
            return;
        }
    }
    identifiers.append(Identifier{system, value});
}

QString Patient::mrNumber() const
{
    const QString national = identifier(IdSystem::Mr);
    return national.isEmpty() ? identifier(IdSystem::MrProvisional) : national;
}

} // namespace bhu
