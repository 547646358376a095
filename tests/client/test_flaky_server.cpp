// The client under a flaky server: a proxy in front of the real engine
// answers 10 % of requests with a 500 and drops 5 % of connections (half of
// each before the engine sees the request, half after it acted on it, so
// the answer to real work is lost). EnrichmentSession and its poller go
// through it for 1,000 enrichments; every one must end with the status the
// engine holds, nothing may be charged twice, and the client's memory must
// stay flat while it works.
#include "client_wait.h"
#include "engine_harness.h"
#include "enrichment_poller.h"
#include "enrichment_session.h"
#include "lance_client.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace lance;
using lance::test::EngineProcess;
using lance::test::residentKb;

namespace {
// An HTTP proxy to one upstream that misbehaves by a seeded dice roll per
// request. Requests on a connection are handled one at a time, in order.
class FlakyProxy : public QTcpServer
{
public:
    struct Counts
    {
        int requests = 0;
        int forwarded = 0;
        int errorsBefore = 0; // 500 without asking the engine
        int errorsAfter = 0;  // the engine acted, the client got a 500
        int dropsBefore = 0;  // connection reset without asking the engine
        int dropsAfter = 0;   // the engine acted, the connection was reset
    };

    FlakyProxy(const QUrl &upstream, quint32 seed)
        : m_upstream(upstream)
        , m_dice(seed)
    {}
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    Counts counts() const { return m_counts; }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        auto connection = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->buffer += socket->readAll();
            next(socket, connection);
        });
    }

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };
    enum class Fate
    {
        Forward,
        ErrorBefore,
        ErrorAfter,
        DropBefore,
        DropAfter
    };

    Fate roll()
    {
        const int r = int(m_dice.bounded(100));
        if (r < 5)
            return Fate::ErrorBefore;
        if (r < 10)
            return Fate::ErrorAfter;
        if (r < 13)
            return Fate::DropBefore;
        if (r < 15)
            return Fate::DropAfter;
        return Fate::Forward;
    }

    static void drop(QTcpSocket *socket)
    {
        socket->abort();
        socket->deleteLater();
    }

    static void respond(QTcpSocket *socket, int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(out);
    }

    static void injectedError(QTcpSocket *socket)
    {
        respond(socket, 500,
                R"({"error":{"code":"INTERNAL_ERROR","message":"injected by the flaky proxy"}})",
                {{"Content-Type", "application/json"}});
    }

    void next(QTcpSocket *socket, const std::shared_ptr<Connection> &connection)
    {
        if (connection->busy)
            return;
        const int headerEnd = int(connection->buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        qint64 length = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QByteArray &line : lines.mid(1)) {
            const int colon = int(line.indexOf(':'));
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            else if (name.compare("authorization", Qt::CaseInsensitive) == 0 ||
                     name.compare("content-type", Qt::CaseInsensitive) == 0 ||
                     name.compare("accept", Qt::CaseInsensitive) == 0)
                headers.append({name, value});
        }
        if (connection->buffer.size() < headerEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const QByteArray body = connection->buffer.mid(headerEnd + 4, int(length));
        connection->buffer.remove(0, int(headerEnd + 4 + length));
        ++m_counts.requests;

        const Fate fate = roll();
        if (fate == Fate::ErrorBefore) {
            ++m_counts.errorsBefore;
            injectedError(socket);
            return next(socket, connection);
        }
        if (fate == Fate::DropBefore) {
            ++m_counts.dropsBefore;
            return drop(socket);
        }
        connection->busy = true;
        ++m_counts.forwarded;
        QNetworkRequest request(m_upstream.resolved(QUrl::fromEncoded(target)));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        const QPointer<QTcpSocket> client(socket);
        connect(reply, &QNetworkReply::finished, this, [=] {
            reply->deleteLater();
            if (!client)
                return;
            if (fate == Fate::DropAfter) {
                ++m_counts.dropsAfter;
                return drop(client);
            }
            if (fate == Fate::ErrorAfter) {
                ++m_counts.errorsAfter;
                injectedError(client);
            } else {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QList<QPair<QByteArray, QByteArray>> out;
                for (const char *name :
                     {"Content-Type", "Retry-After", "WWW-Authenticate", "Allow"})
                    if (reply->hasRawHeader(name))
                        out.append({QByteArray(name), reply->rawHeader(name)});
                if (status == 0) // the engine itself unreachable
                    respond(client, 502, {}, {});
                else
                    respond(client, status, reply->readAll(), out);
            }
            connection->busy = false;
            next(client, connection);
        });
    }

    QUrl m_upstream;
    QRandomGenerator m_dice;
    QNetworkAccessManager m_nam;
    Counts m_counts;
};
} // namespace

class TestFlakyServer : public QObject
{
    Q_OBJECT
private slots:
    void everyEnrichmentConvergesThroughAFlakyServer()
    {
        constexpr qint64 kCredits = 1'000'000;
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("600"),
                              QStringLiteral("--credits"), QString::number(kCredits),
                              QStringLiteral("--latency-ms"), QStringLiteral("100:1500"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0.05")});
        QVERIFY(engine.start());
        // Seeded, so a failing run can be repeated (the dice are the same;
        // the interleaving of requests still varies a little).
        const quint32 seed = qEnvironmentVariableIsSet("LANCE_FLAKY_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LANCE_FLAKY_SEED"))
                                 : 20240611u;
        qInfo("flaky proxy seed %u", seed);
        FlakyProxy proxy(engine.baseUrl(), seed);
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));

        LanceClient client;
        client.setRetryPolicy({3, 20, 200});
        QVERIFY(client.setServer(proxy.url(), QString::fromLatin1(EngineProcess::kToken)));
        EnrichmentSession session(&client);
        EnrichmentPoller::Intervals quick;
        quick.fastMs = 20;
        quick.slowMs = 100;
        quick.backoffBaseMs = 50;
        quick.backoffMaxMs = 400;
        session.poller()->setIntervals(quick);
        // The last status the client reported for each (person, field).
        QHash<QString, Enrichment> seen;
        connect(&session, &EnrichmentSession::statusesChanged, this,
                [&](const QList<Enrichment> &changed) {
                    for (const Enrichment &e : changed)
                        seen.insert(e.entityId + fieldName(e.field), e);
                });

        // RSS through the whole run, every 100 ms of event loop.
        QList<qint64> rss;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { rss << residentKb(); });
        sampler.start(100);

        // Ten rounds of the same shape: 100 leads submitted, then polled
        // until nothing is pending (provider latency up to 1.5 s, so each
        // round takes a dozen poll cycles). A refused submission (all retries of
        // one request failed) is submitted again, as a rep would: the
        // engine reuses what it already started.
        const QStringList ids = engine.leadIds(500);
        QCOMPARE(ids.size(), 500);
        int resubmissions = 0;
        for (const ContactField field : {ContactField::Emails, ContactField::Phones}) {
            for (int round = 0; round < 5; ++round) {
                Selection selection;
                selection.setSelected(ids.mid(round * 100, 100), true);
                for (int attempt = 0;; ++attempt) {
                    QVERIFY2(attempt < 20, "a submission never went through");
                    QSignalSpy submitted(&session, &EnrichmentSession::submitted);
                    session.submit(selection, field);
                    QVERIFY(submitted.wait(120000));
                    const auto report = submitted.last().at(0).value<EnrichmentSession::Report>();
                    if (report.ok())
                        break;
                    ++resubmissions;
                }
                QTRY_COMPARE_WITH_TIMEOUT(session.poller()->pendingCount(), 0, 120000);
            }
        }
        sampler.stop();
        rss << residentKb();

        // The engine's own answer, asked directly, not through the proxy.
        QList<QJsonObject> truth;
        QList<QJsonObject> phones;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails"), 10000, &truth));
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("phones"), 10000, &phones));
        truth += phones;
        int converged = 0;
        qint64 expectedCost = 0;
        for (const QJsonObject &e : std::as_const(truth)) {
            const QString field = e.value(QStringLiteral("field")).toString();
            const Enrichment mine =
                seen.value(e.value(QStringLiteral("entityId")).toString() + field);
            if (mine.id == e.value(QStringLiteral("id")).toString() &&
                statusName(mine.status) == e.value(QStringLiteral("status")).toString())
                ++converged;
            else
                qWarning("not converged: %s %s: client %s, engine %s",
                         qPrintable(e.value(QStringLiteral("entityId")).toString()),
                         qPrintable(field), qPrintable(statusName(mine.status)),
                         qPrintable(e.value(QStringLiteral("status")).toString()));
            if (e.value(QStringLiteral("dataFound")).toBool())
                expectedCost += field == QLatin1String("emails") ? 10 : 50;
        }
        const bool allConverged = truth.size() == 1000 && converged == 1000 && seen.size() == 1000;

        const FlakyProxy::Counts c = proxy.counts();
        qInfo("proxy: %d requests, %d forwarded, 500s %d before + %d after, drops %d before + "
              "%d after; %d resubmissions",
              c.requests, c.forwarded, c.errorsBefore, c.errorsAfter, c.dropsBefore, c.dropsAfter,
              resubmissions);
        std::printf("BENCH reliability.flaky_server_converged %d\n", allConverged ? 1 : 0);
        std::fflush(stdout);
        QVERIFY2(allConverged, qPrintable(QStringLiteral("%1 of %2 converged, %3 reported")
                                              .arg(converged)
                                              .arg(truth.size())
                                              .arg(seen.size())));
        QCOMPARE(session.tally().pending, 0);
        QCOMPARE(session.tally().total(), 1000);
        // The faults really happened, each kind: the dice are seeded, so
        // the first 150 requests always include every kind.
        QVERIFY(c.requests >= 150);
        QVERIFY(c.errorsBefore > 0 && c.errorsAfter > 0 && c.dropsBefore > 0 && c.dropsAfter > 0);

        // Nothing charged twice despite lost answers and retried POSTs: the
        // balance is down by exactly the found contacts, nothing still held.
        qint64 held = -1;
        const qint64 available = engine.balance(&held);
        QCOMPARE(held, 0);
        QCOMPARE(available, kCredits - expectedCost);

        // Memory: every round does the same work, so a client without leaks
        // reaches its high-water mark early (allocator arenas, connection
        // buffers, hash capacity) and stays under it; a per-request leak
        // grows with the requests, which the second half has as many of as
        // the first. So the second half's peak may exceed the first half's
        // by a small allowance only: 4 MiB covers allocator noise and what
        // the run legitimately keeps (1,000 statuses, here and in the
        // session: about 1 MiB), while a leaked reply with its body (tens of
        // KiB) per request would add several MiB over ~150 requests.
        // Smaller leaks are LeakSanitizer's job, in the asan run.
        QVERIFY(rss.size() >= 10);
        const qsizetype half = rss.size() / 2;
        const qint64 firstPeak = *std::max_element(rss.begin(), rss.begin() + half);
        const qint64 secondPeak = *std::max_element(rss.begin() + half, rss.end());
        std::printf("BENCH reliability.flaky_server_rss_growth_kb %lld\n", secondPeak - firstPeak);
        qInfo("RSS: first half peak %lld KiB, second half peak %lld KiB, %lld samples", firstPeak,
              secondPeak, qlonglong(rss.size()));
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer holds freed memory in quarantine, so RSS grows
        // by design; LeakSanitizer checks for leaks in that run instead.
        qInfo("RSS bound not checked under AddressSanitizer");
#else
        QVERIFY2(secondPeak - firstPeak <= 4 * 1024, "client memory grew in the second half");
#endif
    }
};

QTEST_GUILESS_MAIN(TestFlakyServer)
#include "test_flaky_server.moc"
