// The settings file of `bhu-registry --config` (installer/debian/registry.conf is checked too:
// every name the shipped file sets must be one the server reads).
#include "bhu/registry/ConfigFile.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace bhu;
using namespace bhu::registry;

TEST(RegistryConfigFile, ReadsNamesValuesAndSkipsComments)
{
    auto c = parseConfig(QStringLiteral("# comment\n\n db = host=/run/postgresql dbname=r  \nlisten=127.0.0.1:8443 # trailing\n"
                                        "allow-http = false\nthreads = 8\n"),
                         QStringLiteral("t.conf"));
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->value(QStringLiteral("--db")), QStringLiteral("host=/run/postgresql dbname=r"));
    EXPECT_EQ(c->value(QStringLiteral("--listen")), QStringLiteral("127.0.0.1:8443"));
    EXPECT_EQ(c->value(QStringLiteral("--allow-http")), QStringLiteral("false"));
    EXPECT_EQ(c->value(QStringLiteral("--threads")), QStringLiteral("8"));
    EXPECT_EQ(c->size(), 4);
}

TEST(RegistryConfigFile, TheEscalationTimeOfTeleconsultationsIsASetting)
{
    auto c = parseConfig(QStringLiteral("consult-escalate-minutes = 30\n"), QStringLiteral("t.conf"));
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_EQ(c->value(QStringLiteral("--consult-escalate-minutes")), QStringLiteral("30"));
}

TEST(RegistryConfigFile, UnknownNameIsRefusedWithItsLine)
{
    auto c = parseConfig(QStringLiteral("listen = 127.0.0.1:1\nport = 8443\n"), QStringLiteral("t.conf"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(c.error().message.contains(QStringLiteral("t.conf, line 2"))) << c.error().message.toStdString();
}

TEST(RegistryConfigFile, LineWithoutEqualsIsRefused)
{
    EXPECT_FALSE(parseConfig(QStringLiteral("allow-http\n"), QStringLiteral("t.conf")).ok());
}

TEST(RegistryConfigFile, MissingFileIsNotFound)
{
    auto c = readConfigFile(QStringLiteral("/nonexistent/registry.conf"));
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::NotFound);
}

TEST(RegistryConfigFile, ShippedFileParses)
{
    const QString path = QStringLiteral(BHU_INSTALLER_DIR "/debian/registry/registry.conf");
    auto c = readConfigFile(path);
    ASSERT_TRUE(c.ok()) << c.error().message.toStdString();
    EXPECT_TRUE(c->contains(QStringLiteral("--db")));
    EXPECT_TRUE(c->contains(QStringLiteral("--listen")));
    // Every setting the server reads is documented in the shipped file (set or commented out).
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const QString& name : configFileNames())
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("^#? ?%1 =").arg(name), QRegularExpression::MultilineOption)))
            << name.toStdString();
}
