// The lists that travel in the registry's feed: stable Binary ids, and one check for the
// registry (publish) and the clinic (pull) that names the line of a bad file.
#include "bhu/domain/ReferenceLists.h"

#include <gtest/gtest.h>

using namespace bhu;

TEST(ReferenceLists, IdsAreNameBasedStableAndDistinct)
{
    QStringList ids;
    for (const QString& n : referenceListNames()) {
        const QString id = referenceListId(n);
        EXPECT_EQ(id.size(), 36);
        EXPECT_EQ(id, id.toLower());
        EXPECT_EQ(id, referenceListId(n));       // same name, same id, on every computer
        EXPECT_EQ(referenceListName(id), n);
        EXPECT_FALSE(ids.contains(id));
        ids << id;
    }
    EXPECT_TRUE(referenceListId(u"facilities").isEmpty());
    EXPECT_TRUE(referenceListName(u"00000000-0000-0000-0000-000000000000").isEmpty());
}

TEST(ReferenceLists, EveryShippedListPassesTheCheck)
{
    for (const QString& n : referenceListNames()) {
        auto csv = builtInReferenceCsv(n);
        ASSERT_TRUE(csv.ok()) << n.toStdString();
        auto rows = checkReferenceList(n, csv.value());
        ASSERT_TRUE(rows.ok()) << n.toStdString() << ": " << rows.error().message.toStdString();
        EXPECT_GT(rows.value(), 5) << n.toStdString();
    }
}

TEST(ReferenceLists, ABadListNamesTheLineAnEmptyOrUnknownListIsRefused)
{
    const QByteArray bad = "code,name_en,name_ur\nfever,Fever,\ncough,,\n";
    auto r = checkReferenceList(u"complaints", bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("line 3"))) << r.error().message.toStdString();
    EXPECT_FALSE(checkReferenceList(u"complaints", "code,name_en,name_ur\n").ok());
    EXPECT_FALSE(checkReferenceList(u"facilities", "code\nx\n").ok());
    EXPECT_TRUE(checkReferenceList(u"complaints", "code,name_en,name_ur\nfever,Fever,\n").ok());
}
