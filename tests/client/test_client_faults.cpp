// What a broken or overloaded server does to LanceClient: every failure is a
// typed error a rep can read, transient ones are retried with backoff, and
// the server's Retry-After is honoured.
#include "client_wait.h"
#include "fault_server.h"
#include "lance_client.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lance;
using lance::test::Fault;
using lance::test::FaultServer;
using lance::test::wait;

namespace {
const QByteArray kBalance = R"({"balance":1500,"organizationId":"org_x"})";
} // namespace

class TestClientFaults : public QObject
{
    Q_OBJECT
private:
    FaultServer m_server;
    LanceClient m_client;

    Result<Balance> balance()
    {
        return wait<Balance>([&](QObject *c, auto done) { m_client.balance(c, done); });
    }

private slots:
    void init()
    {
        m_server.close();
        QVERIFY(m_server.start());
        m_server.script({});
        m_server.setDefault(Fault::json(200, kBalance));
        QVERIFY(m_client.setServer(m_server.url(), QStringLiteral("token")));
        // Short delays keep the suite fast; the policy's shape is the same.
        m_client.setRetryPolicy({3, 20, 200});
        m_client.setTransferTimeout(15000);
    }

    void answerPastTheTimeoutIsATimeout()
    {
        m_client.setTransferTimeout(300);
        m_client.setRetryPolicy({2, 20, 200});
        m_server.script({Fault::of(Fault::Silent), Fault::of(Fault::Silent)});
        const auto r = balance();
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::Timeout);
        QCOMPARE(m_server.requests(), 2); // the read was retried once
        QVERIFY(!r.error->message.isEmpty());
    }

    void connectionDroppedMidBody()
    {
        m_client.setRetryPolicy({1, 20, 200});
        m_server.script(
            {{Fault::DropMidBody, 200, kBalance, {{"Content-Type", "application/json"}}}});
        const auto r = balance();
        REQUIRE_ERROR(r);
        QVERIFY(r.error->kind == ClientError::Kind::Dropped ||
                r.error->kind == ClientError::Kind::BadResponse);
        QVERIFY(!r.error->message.isEmpty());
    }

    void droppedThenBackIsRetriedToSuccess()
    {
        m_server.script({{Fault::DropMidBody, 200, kBalance, {}}});
        QSignalSpy retrying(&m_client, &LanceClient::retrying);
        const auto r = balance();
        REQUIRE_OK(r);
        QCOMPARE(r.value->available, qint64(1500));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(m_server.requests(), 2);
    }

    void truncatedOrGarbageJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"balance":15)");
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02 not json", 13);
        QTest::newRow("wrong shape") << QByteArray(R"({"balance":"lots"})");
        QTest::newRow("array") << QByteArray("[1,2,3]");
    }

    void truncatedOrGarbageJson()
    {
        QFETCH(QByteArray, body);
        m_server.script({Fault::json(200, body)});
        const auto r = balance();
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::BadResponse);
        QCOMPARE(m_server.requests(), 1); // a bad answer is not a reason to ask again
    }

    void htmlErrorPageIsRetriedThenReported()
    {
        const Fault html{Fault::Respond,
                         502,
                         "<html><body><h1>502 Bad Gateway</h1></body></html>",
                         {{"Content-Type", "text/html"}}};
        m_server.script({html, html, html});
        const auto r = balance();
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::BadResponse);
        QCOMPARE(r.error->httpStatus, 502);
        QVERIFY(r.error->message.contains(QStringLiteral("502")));
        QCOMPARE(m_server.requests(), 3);
    }

    void serverErrorThenSuccess()
    {
        m_server.script({Fault::json(
            500, R"({"error":{"code":"INTERNAL_ERROR","message":"database locked"}})")});
        const auto r = balance();
        REQUIRE_OK(r);
        QCOMPARE(m_server.requests(), 2);
    }

    void persistentServerErrorKeepsItsEnvelope()
    {
        m_server.setDefault(
            Fault::json(500, R"({"error":{"code":"INTERNAL_ERROR","message":"database locked"}})"));
        const auto r = balance();
        REQUIRE_ERROR(r);
        QVERIFY(r.error->isApi(ApiError::InternalError));
        QCOMPARE(r.error->message, QStringLiteral("database locked"));
        QCOMPARE(m_server.requests(), 3);
    }

    void rateLimitHonoursRetryAfter()
    {
        Fault limited =
            Fault::json(429, R"({"error":{"code":"RATE_LIMITED","message":"slow down"}})");
        limited.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        m_server.script({limited});
        QSignalSpy retrying(&m_client, &LanceClient::retrying);
        const auto r = balance();
        REQUIRE_OK(r);
        QCOMPARE(retrying.size(), 1);
        // Our own backoff here is at most 200 ms: the one-second wait is the server's.
        QVERIFY(retrying.first().at(2).toInt() >= 1000);
    }

    void notHttpAtAll()
    {
        m_client.setRetryPolicy({1, 20, 200});
        // QNetworkAccessManager resends once by itself when a connection
        // closes before a valid answer, so every answer is garbage here.
        m_server.setDefault(Fault::of(Fault::Garbage));
        const auto r = balance();
        REQUIRE_ERROR(r);
        QVERIFY(r.error->kind != ClientError::Kind::Api);
        QVERIFY(!r.error->message.isEmpty());
    }

    void serverGoneThenBack()
    {
        // Nothing listens at first; the server comes back while the client
        // waits to retry, and the call succeeds.
        const quint16 port = m_server.serverPort();
        m_server.close();
        QSignalSpy retrying(&m_client, &LanceClient::retrying);
        connect(&m_client, &LanceClient::retrying, this, [&] {
            if (!m_server.isListening() && !m_server.listen(QHostAddress::LocalHost, port))
                qWarning("cannot listen again on the same port");
        });
        const auto r = balance();
        REQUIRE_OK(r);
        QVERIFY(retrying.size() >= 1);
        disconnect(&m_client, &LanceClient::retrying, this, nullptr);
    }

    void enrichmentPostsAreRetriedButNothingElseIs()
    {
        // A POST that creates enrichments is retried (the server reuses what
        // it created); the decoded 402 is final and not retried.
        m_server.script(
            {Fault::json(503, R"({"error":{"code":"INTERNAL_ERROR","message":"busy"}})"),
             Fault::json(
                 402,
                 R"({"error":{"code":"INSUFFICIENT_CREDITS","message":"Insufficient credits for 2 enrichments. Required: 20 credits.","details":{"operationType":"enrichment_email","count":2,"required":20}}})")});
        const auto r = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBatch({QStringLiteral("6f1e7c5e-0000-4000-8000-000000000001")},
                                 ContactField::Emails, c, done);
        });
        REQUIRE_ERROR(r);
        QVERIFY(r.error->isApi(ApiError::InsufficientCredits));
        QCOMPARE(r.error->api.details.value(QStringLiteral("required")).toInteger(), 20);
        QCOMPARE(m_server.requests(), 2);
    }

    void plainLanceHasNoExtensions()
    {
        m_server.script(
            {Fault::json(404, R"({"error":{"code":"NOT_FOUND","message":"Not found"}})")});
        const auto r = wait<ServerMeta>([&](QObject *c, auto done) { m_client.meta(c, done); });
        REQUIRE_OK(r);
        QVERIFY(!r.value->isEngine);
        QVERIFY(!r.value->has("cancel"));
        QVERIFY(!r.value->has("sort"));
        QCOMPARE(m_server.paths().first(), QByteArray("/api/v1/meta"));
    }
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "test_client_faults.moc"
