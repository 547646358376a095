// The client's transport rules, attacked directly: a TLS server whose
// certificate the system does not trust gets a handshake and nothing else
// (no request, so no token, and its valid answer never reaches the caller),
// and plain http:// to anything but loopback is refused before a single byte
// leaves the process.
#include "client_wait.h"
#include "fault_server.h"
#include "lance_client.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace lance;
using lance::test::Fault;
using lance::test::FaultServer;
using lance::test::wait;

namespace {
const QByteArray kBalance = R"({"balance":1500,"organizationId":"org_x"})";
const char kToken[] = "sec-test-token-5b0e1f7c";

struct CertAndKey
{
    QSslCertificate certificate;
    QSslKey key;
};

// A fresh self-signed certificate for `subjectAltName`, made by the
// openssl command line at test time so nothing secret or expiring is
// committed. Two days of validity: enough for any run.
CertAndKey makeCertificate(const QTemporaryDir &dir, const QString &name, const QString &altName)
{
    const QString cert = dir.filePath(name + QStringLiteral(".crt"));
    const QString key = dir.filePath(name + QStringLiteral(".key"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + altName,
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning("openssl failed: %s", openssl.readAll().constData());
        return CertAndKey();
    }
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return CertAndKey();
    return {QSslCertificate(&certFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem)};
}

// HTTPS on loopback that answers every request with a valid balance, and
// records what it received after decryption.
class TlsServer : public QObject
{
public:
    bool start(const CertAndKey &identity)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(identity.certificate);
        config.setPrivateKey(identity.key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificate
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
                [this] { ++m_handshakes; });
        // Emitted only for connections whose handshake succeeded.
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections())
                serve(qobject_cast<QSslSocket *>(m_server.nextPendingConnection()));
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port())); }
    quint16 port() const { return m_server.serverPort(); }
    int handshakes() const { return m_handshakes; }
    int requests() const { return m_requests; }
    QByteArray received() const { return m_received; }

private:
    void serve(QSslSocket *socket)
    {
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        auto pending = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, pending] {
            const QByteArray chunk = socket->readAll();
            m_received += chunk;
            *pending += chunk;
            // Bodies are not needed here: every request is a GET.
            while (pending->contains("\r\n\r\n")) {
                pending->remove(0, pending->indexOf("\r\n\r\n") + 4);
                ++m_requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(kBalance.size()) + "\r\n\r\n" + kBalance);
            }
        });
    }

    QSslServer m_server;
    int m_handshakes = 0;
    int m_requests = 0;
    QByteArray m_received;
};
} // namespace

class TestClientSecurity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    CertAndKey m_selfSigned; // for 127.0.0.1, trusted by nobody
    CertAndKey m_otherHost;  // for lance.example, trusted in one case below
    QSslConfiguration m_defaultTls;

    Result<Balance> balanceFrom(const QUrl &url, int *retries = nullptr)
    {
        LanceClient client;
        client.setRetryPolicy({3, 20, 200});
        if (!client.setServer(url, QString::fromLatin1(kToken)))
            return {};
        QSignalSpy retrying(&client, &LanceClient::retrying);
        const auto r = wait<Balance>([&](QObject *c, auto done) { client.balance(c, done); });
        if (retries)
            *retries = int(retrying.size());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        m_selfSigned =
            makeCertificate(m_dir, QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1"));
        m_otherHost = makeCertificate(m_dir, QStringLiteral("lance.example"),
                                      QStringLiteral("DNS:lance.example"));
        QVERIFY(!m_selfSigned.certificate.isNull() && !m_selfSigned.key.isNull());
        QVERIFY(!m_otherHost.certificate.isNull() && !m_otherHost.key.isNull());
        m_defaultTls = QSslConfiguration::defaultConfiguration();
    }

    void cleanup()
    {
        // Some cases trust a test certificate for the whole process.
        QSslConfiguration::setDefaultConfiguration(m_defaultTls);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void untrustedCertificateIsATlsErrorAndNothingIsSent()
    {
        TlsServer server;
        QVERIFY(server.start(m_selfSigned));
        int retries = -1;
        const auto r = balanceFrom(server.url(), &retries);
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::Tls);
        QVERIFY(!r.value.has_value());
        QVERIFY(!r.error->message.contains(QStringLiteral("1500")));
        // The client did reach the server, and stopped at the handshake: no
        // request was decrypted there, so the token never left, and a
        // certificate failure is not retried (asking again changes nothing).
        QVERIFY(server.handshakes() >= 1);
        QCOMPARE(server.requests(), 0);
        QVERIFY(server.received().isEmpty());
        QCOMPARE(retries, 0);
    }

    void trustedCertificateForAnotherHostIsRefused()
    {
        // A certificate the client does trust, but issued for another name:
        // still refused, so trust alone does not let a server impersonate
        // the one configured.
        QSslConfiguration trusting = m_defaultTls;
        trusting.addCaCertificate(m_otherHost.certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        TlsServer server;
        QVERIFY(server.start(m_otherHost));
        const auto r = balanceFrom(server.url());
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::Tls);
        QVERIFY(server.handshakes() >= 1);
        QCOMPARE(server.requests(), 0);
    }

    void sameServerTrustedGetsTheBody()
    {
        // The control: the same server, certificate and answer, with the
        // certificate trusted. The body arrives, so the failures above are
        // the certificate check and nothing else.
        QSslConfiguration trusting = m_defaultTls;
        trusting.addCaCertificate(m_selfSigned.certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        TlsServer server;
        QVERIFY(server.start(m_selfSigned));
        const auto r = balanceFrom(server.url());
        REQUIRE_OK(r);
        QCOMPARE(r.value->available, qint64(1500));
        QCOMPARE(server.requests(), 1);
        QVERIFY(server.received().contains(QByteArray("Bearer ") + kToken));
    }

    void remoteHttpIsRefusedBeforeAnythingIsSent_data()
    {
        // test_client_engine checks the plain case (http://api.example.com);
        // these are the addresses that look local, or hide a remote host.
        QTest::addColumn<QString>("url");
        QTest::newRow("private IPv4") << QStringLiteral("http://10.1.2.3");
        QTest::newRow("private IPv4 with port") << QStringLiteral("http://10.1.2.3:8787/");
        QTest::newRow("name") << QStringLiteral("http://example.com");
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTP://example.com");
        QTest::newRow("loopback-looking name") << QStringLiteral("http://127.0.0.1.example.com");
        QTest::newRow("user info looks local") << QStringLiteral("http://127.0.0.1@10.1.2.3/");
        QTest::newRow("any address") << QStringLiteral("http://0.0.0.0:8787");
        QTest::newRow("IPv6 link-local") << QStringLiteral("http://[fe80::1]:8787");
    }

    void remoteHttpIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, url);
        // Every plain-http request of this process now goes through a proxy
        // that counts it: a request to any host, sent by anything, shows up
        // there. The first request proves the trap works.
        FaultServer proxy;
        QVERIFY(proxy.start());
        proxy.setDefault(Fault::json(200, kBalance));
        QNetworkProxy::setApplicationProxy(QNetworkProxy(
            QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort()));
        {
            QNetworkAccessManager nam;
            QNetworkReply *probe = nam.get(QNetworkRequest(QUrl(url)));
            QSignalSpy finished(probe, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            QCOMPARE(proxy.requests(), 1);
            delete probe;
        }

        LanceClient client;
        client.setRetryPolicy({1, 10, 10});
        QString why;
        QVERIFY(!LanceClient::isAcceptableServerUrl(QUrl(url)));
        QVERIFY(!client.setServer(QUrl(url), QString::fromLatin1(kToken), &why));
        QVERIFY2(why.contains(QStringLiteral("https")), qPrintable(why));
        QVERIFY(!client.hasServer());
        // Calls on a client whose server was refused fail locally.
        const auto balance = wait<Balance>([&](QObject *c, auto done) { client.balance(c, done); });
        REQUIRE_ERROR(balance);
        QCOMPARE(balance.error->kind, ClientError::Kind::NoServer);
        QVERIFY(!balance.error->message.isEmpty());
        const auto enrich = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            client.enrichBatch({QStringLiteral("6f1e7c5e-0000-4000-8000-000000000001")},
                               ContactField::Emails, c, done);
        });
        REQUIRE_ERROR(enrich);
        QCOMPARE(enrich.error->kind, ClientError::Kind::NoServer);
        QCOMPARE(proxy.requests(), 1);
    }

    void refusedUrlKeepsThePreviousServer()
    {
        // A refused address changes nothing: the client keeps talking to
        // the server (and with the token) it had, never to the new host.
        FaultServer server;
        QVERIFY(server.start());
        server.setDefault(Fault::json(200, kBalance));
        LanceClient client;
        QVERIFY(client.setServer(server.url(), QString::fromLatin1(kToken)));
        QVERIFY(!client.setServer(QUrl(QStringLiteral("http://10.1.2.3")),
                                  QStringLiteral("another-token")));
        QCOMPARE(client.baseUrl(), server.url());
        const auto r = wait<Balance>([&](QObject *c, auto done) { client.balance(c, done); });
        REQUIRE_OK(r);
        QCOMPARE(server.requests(), 1);
    }

    void loopbackHttpIsAccepted_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("IPv4 loopback") << QStringLiteral("http://127.0.0.1:8787");
        QTest::newRow("any of 127/8") << QStringLiteral("http://127.0.0.5:8787");
        QTest::newRow("IPv6 loopback") << QStringLiteral("http://[::1]:8787");
        QTest::newRow("localhost") << QStringLiteral("http://localhost");
    }

    void loopbackHttpIsAccepted()
    {
        QFETCH(QString, url);
        QString why;
        QVERIFY2(LanceClient::isAcceptableServerUrl(QUrl(url), &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestClientSecurity)
#include "test_client_security.moc"
