// Enrolment tokens, device credentials, revocation and the failed-authentication rate limit.
#include "RegistryFixture.h"

#include "bhu/test/TestSupport.h"

namespace bhu::test {

class Auth : public RegistryTest {
protected:
    QStringList serveArgs() const override
    {
        return {QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--auth-failures"), QStringLiteral("5"),
                QStringLiteral("--auth-window"), QStringLiteral("120")};
    }
};

TEST_F(Auth, EnrolmentTokenWorksOnceThenAnswers401)
{
    const QString token = addFacility(QStringLiteral("PB-LHR-BHU-045"), QStringLiteral("BHU Chak 45"), 45);
    const Resp first = enrollRaw(token);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_NE(first.body.find("\"facilityNumber\",\"valueInteger\":45"), std::string::npos) << first.body;
    EXPECT_EQ(count("SELECT count(*) FROM devices"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM enrolment_tokens WHERE used_at IS NOT NULL"), 1);
    // Only the credential's hash is stored.
    EXPECT_EQ(count("SELECT count(*) FROM devices WHERE credential_sha256 = '" +
                    first.json.value(u"parameter").toArray().at(1).toObject().value(u"valueString").toString().toStdString() + "'"),
              0);

    const Resp second = enrollRaw(token);
    EXPECT_EQ(second.status, 401);
    EXPECT_EQ(issueCode(second), QStringLiteral("login"));
    EXPECT_EQ(count("SELECT count(*) FROM devices"), 1);
}

TEST_F(Auth, ExpiredOrUnknownTokenAnswers401)
{
    const QString token = addFacility(QStringLiteral("F1"), QStringLiteral("BHU One"));
    exec("UPDATE enrolment_tokens SET expires_at = now() - interval '1 minute'");
    const Resp expired = enrollRaw(token);
    EXPECT_EQ(expired.status, 401);
    EXPECT_EQ(issueCode(expired), QStringLiteral("login"));
    const Resp unknown = enrollRaw(QStringLiteral("enr_nonsense"));
    EXPECT_EQ(unknown.status, 401);
    EXPECT_EQ(count("SELECT count(*) FROM devices"), 0);
}

TEST_F(Auth, MissingUnknownAndRevokedCredentialsAnswer401)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    EXPECT_EQ(get("/fhir/$changes", d.credential).status, 200);

    const Resp none = get("/fhir/$changes", {});
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(issueCode(none), QStringLiteral("login"));
    EXPECT_EQ(get("/fhir/$changes", QStringLiteral("not-a-credential")).status, 401);

    const RunResult r = run(QStringLiteral("bhu-registry"), {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--db"),
                                                             conninfo, QStringLiteral("--device"), d.id});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Resp revoked = get("/fhir/$changes", d.credential);
    EXPECT_EQ(revoked.status, 401);
    EXPECT_EQ(issueCode(revoked), QStringLiteral("login"));
}

TEST_F(Auth, RepeatedFailuresFromOneAddressAnswer429WithRetryAfter)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    for (int i = 0; i < 5; ++i) EXPECT_EQ(get("/fhir/$changes", QStringLiteral("wrong")).status, 401) << i;
    const Resp limited = get("/fhir/$changes", QStringLiteral("wrong"));
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(issueCode(limited), QStringLiteral("throttled"));
    EXPECT_EQ(limited.header("Retry-After"), "120");
    // While throttled even a good credential waits: guessing gains nothing.
    EXPECT_EQ(get("/fhir/$changes", d.credential).status, 429);
    // Enrolment attempts count too.
    EXPECT_EQ(enrollRaw(QStringLiteral("enr_guess")).status, 429);
}

TEST_F(Auth, RequestIdIsEchoed)
{
    const Device d = enroll(QStringLiteral("F1"), 1);
    const Resp r = get("/fhir/$changes", d.credential, {{"X-Request-ID", "5b0f8a2e-test-request"}});
    EXPECT_EQ(r.header("X-Request-ID"), "5b0f8a2e-test-request");
    EXPECT_NE(server.log().indexOf("rid=5b0f8a2e-test-request"), -1);
}

} // namespace bhu::test
