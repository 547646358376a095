// What lance-engine exposes, and to whom: it binds loopback unless told
// otherwise and says so on stderr when told; and a client sending absurd
// request headers (one 1 MB line, 10,000 lines, or headers that never end)
// gets an error answer or a closed connection while everyone else is still
// served, without the engine buffering what it was sent.
#include "engine_harness.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using lance::test::EngineProcess;
using lance::test::residentKb;

namespace {
// lance-engine with exactly these flags (EngineProcess always adds a
// --listen), until it serves or exits; stdout and stderr kept.
struct PlainEngine
{
    QTemporaryDir dir;
    QProcess process;
    QByteArray out;
    QByteArray err;

    // True once "listening on" was printed; false when it exited first.
    // With `openFiles`, the engine runs under that descriptor limit.
    bool start(QStringList args, int openFiles = 0)
    {
        args << QStringLiteral("--db") << dir.filePath(QStringLiteral("engine.sqlite"))
             << QStringLiteral("--token") << QStringLiteral("t");
        if (openFiles > 0) {
            args.prepend(QStringLiteral(LANCE_ENGINE_BINARY));
            args.prepend(QStringLiteral("--nofile=%1").arg(openFiles));
            process.start(QStringLiteral("prlimit"), args);
        } else {
            process.start(QStringLiteral(LANCE_ENGINE_BINARY), args);
        }
        if (!process.waitForStarted(10000))
            return false;
        QSignalSpy spy(&process, &QProcess::readyReadStandardOutput);
        for (int waited = 0; waited < 60; ++waited) {
            out += process.readAllStandardOutput();
            if (out.contains("listening on "))
                break;
            if (process.state() == QProcess::NotRunning)
                break;
            spy.wait(1000);
        }
        err += process.readAllStandardError();
        return out.contains("listening on ");
    }
    ~PlainEngine()
    {
        process.terminate();
        if (!process.waitForFinished(10000))
            process.kill();
    }
};

// The established IPv4 connections of this machine that have 127.0.0.1:`port`
// at their local (`local`) or remote end, as /proc/net/tcp lists them:
// fields local address, remote address, state, tx_queue:rx_queue, ...
QList<QList<QByteArray>> establishedRows(quint16 port, bool local)
{
    QList<QList<QByteArray>> rows;
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return rows;
    const QByteArray address =
        "0100007F:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 4 && f[local ? 1 : 2] == address && f[3] == "01")
            rows << f.mid(1);
    }
    return rows;
}

// Connections to the engine still established on the client's side: once
// the engine closes one, it leaves that state.
qsizetype establishedTo(quint16 port)
{
    return establishedRows(port, false).size();
}

// Bytes that arrived on the engine's connections and that the engine has
// not read yet (rx_queue).
qint64 unreadByEngine(quint16 port)
{
    qint64 n = 0;
    for (const QList<QByteArray> &row : establishedRows(port, true))
        n += row[3].split(':').value(1).toLongLong(nullptr, 16);
    return n;
}

// What the engine answered on `socket` up to the end of the headers (or
// what came before it closed or went silent for 10 s).
QByteArray readAnswer(QTcpSocket &socket)
{
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer;
}

// What one connection got back for `request`: the bytes the engine
// answered and whether it closed, within `timeoutMs`.
struct Outcome
{
    QByteArray answer;
    bool closed = false;
    bool connected = false;
};

Outcome send(const QUrl &base, const QByteArray &request, int timeoutMs = 15000)
{
    Outcome o;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return o;
    o.connected = true;
    socket.write(request);
    QElapsedTimer clock;
    clock.start();
    // Done at the first complete status line or at the close; the engine may
    // close while bytes are still on their way, so write errors are fine.
    while (clock.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState &&
           !o.answer.contains("\r\n\r\n")) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(100);
        else
            socket.waitForReadyRead(100);
        o.answer += socket.readAll();
    }
    o.answer += socket.readAll();
    o.closed = socket.state() != QAbstractSocket::ConnectedState;
    return o;
}

QByteArray metaRequest(const QByteArray &extraHeaders)
{
    return "GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
           QByteArray(EngineProcess::kToken) + "\r\n" + extraHeaders + "\r\n";
}
} // namespace

class TestEngineHardening : public QObject
{
    Q_OBJECT
private slots:
    void defaultListenIsLoopback()
    {
        // Without --listen: 127.0.0.1:8787. Another engine may hold that
        // port on a shared machine; then the refusal names the address.
        PlainEngine engine;
        const bool serving = engine.start({});
        const QByteArray said = engine.out + engine.err;
        if (serving)
            QVERIFY2(engine.out.contains("listening on http://127.0.0.1:8787"), said.constData());
        else
            QVERIFY2(engine.err.contains("cannot listen on 127.0.0.1:8787"), said.constData());
        QVERIFY2(!engine.err.contains("warning"), said.constData());
    }

    void listenAddressWarning_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<bool>("warns");
        QTest::newRow("all IPv4") << QStringLiteral("0.0.0.0:0") << true;
        QTest::newRow("all IPv6") << QStringLiteral("[::]:0") << true;
        QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1:0") << false;
        QTest::newRow("other 127/8") << QStringLiteral("127.0.0.2:0") << false;
        QTest::newRow("localhost") << QStringLiteral("localhost:0") << false;
        QTest::newRow("IPv6 loopback") << QStringLiteral("[::1]:0") << false;
    }

    void listenAddressWarning()
    {
        QFETCH(QString, listen);
        QFETCH(bool, warns);
        PlainEngine engine;
        const bool serving = engine.start({QStringLiteral("--listen"), listen});
        if (!serving && listen.startsWith(QLatin1Char('[')) && engine.err.contains("cannot listen"))
            QSKIP("no IPv6 on this machine");
        QVERIFY2(serving, engine.err.constData());
        QCOMPARE(engine.err.contains("warning: listening on"), warns);
        if (warns)
            QVERIFY(engine.err.contains("not loopback"));
    }

    void oversizeHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("one 1 MB line") << "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n";
        QByteArray many;
        for (int i = 0; i < 10000; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("10,000 lines") << many;
    }

    void oversizeHeadersAreRefused()
    {
        QFETCH(QByteArray, headers);
        EngineProcess engine;
        QVERIFY(engine.start());
        // A normal request with the same framing is answered: what follows
        // is about the headers' size, not the test's HTTP.
        const Outcome normal = send(engine.baseUrl(), metaRequest("X-Small: v\r\n"));
        QVERIFY2(normal.answer.startsWith("HTTP/1.1 200"), normal.answer.constData());

        // Headers past 64 KiB: 431 with the error envelope, then closed.
        const Outcome o = send(engine.baseUrl(), metaRequest(headers));
        QVERIFY(o.connected);
        QVERIFY2(o.answer.startsWith("HTTP/1.1 431"), ("got: " + o.answer.left(200)).constData());
        QVERIFY(o.answer.contains("\"HEADERS_TOO_LARGE\""));
        // And the engine goes on serving everyone else.
        const auto meta = engine.get(QStringLiteral("/api/v1/meta"));
        QVERIFY2(meta.status == 200, meta.describe().constData());
    }

    void oversizeHeadersInOneReadAreRefused()
    {
        // The whole request, blank line included, in one read: the limit
        // counts the headers' length, not only whether they have ended.
        // The engine is stopped while the request is queued for it, so it
        // reads it in one go.
        EngineProcess engine;
        QVERIFY(engine.start());
        const quint16 port = quint16(engine.baseUrl().port());
        const QByteArray request = metaRequest("X-Big: " + QByteArray(80 * 1024, 'a') + "\r\n");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(establishedRows(port, true).size(), qsizetype(1), 10000);
        QCOMPARE(::kill(pid_t(engine.pid()), SIGSTOP), 0);
        socket.write(request);
        QTRY_COMPARE_WITH_TIMEOUT(unreadByEngine(port), qint64(request.size()), 10000);
        QCOMPARE(::kill(pid_t(engine.pid()), SIGCONT), 0);
        const QByteArray answer = readAnswer(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    }

    void headersJustUnderTheLimitAreServed()
    {
        // 60 KiB of headers, arriving in pieces so the blank line that ends
        // them straddles two reads: still an ordinary request.
        EngineProcess engine;
        QVERIFY(engine.start());
        const QByteArray request = metaRequest("X-Big: " + QByteArray(60 * 1024, 'a') + "\r\n");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request.left(request.size() - 3));
        QVERIFY(socket.waitForBytesWritten(5000));
        QVERIFY(!socket.waitForReadyRead(200)); // nothing to answer yet
        socket.write(request.right(3));
        const QByteArray answer = readAnswer(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
    }

    void slowRequestTimesOut()
    {
        // Half a request, then nothing: after the request timeout the
        // engine answers 408 and closes, whatever the client does.
        EngineProcess engine({QStringLiteral("--request-timeout-ms"), QStringLiteral("500")});
        QVERIFY(engine.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/entities/prospects/person HTTP/1.1\r\nHost: x\r\n");
        QByteArray answer;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            answer += socket.readAll();
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.left(200).constData());
        QVERIFY(answer.contains("\"REQUEST_TIMEOUT\""));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, 10000);
        // An ordinary client is unaffected.
        const auto meta = engine.get(QStringLiteral("/api/v1/meta"));
        QVERIFY2(meta.status == 200, meta.describe().constData());
    }

    void idleConnectionIsClosed()
    {
        // A keep-alive connection that was answered and then stays silent
        // is closed after the idle timeout, without an answer; a client
        // then reconnects, as browsers and QNetworkAccessManager do.
        EngineProcess engine({QStringLiteral("--idle-timeout-ms"), QStringLiteral("300")});
        QVERIFY(engine.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(metaRequest({}));
        const QByteArray answer = readAnswer(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QVERIFY(socket.state() == QAbstractSocket::ConnectedState);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(10000));
        QVERIFY(socket.readAll().indexOf("HTTP/1.1") < 0); // closed, not answered

        // QNetworkAccessManager over a connection the engine closed while
        // idle: the next request still succeeds.
        QNetworkAccessManager nam;
        auto metaStatus = [&] {
            QNetworkRequest request(
                engine.baseUrl().resolved(QUrl(QStringLiteral("/api/v1/meta"))));
            request.setRawHeader("Authorization", "Bearer " + QByteArray(EngineProcess::kToken));
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            if (!done.wait(10000))
                return -1;
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(metaStatus(), 200);
        const quint16 port = quint16(engine.baseUrl().port());
        QVERIFY(establishedTo(port) >= 1); // the manager keeps its connection
        QTRY_COMPARE_WITH_TIMEOUT(establishedTo(port), 0, 10000); // the engine closed it
        QCOMPARE(metaStatus(), 200);
    }

    void connectionCapClosesTheIdlest()
    {
        // With a cap of 8, eight silent connections and then ordinary
        // requests: each new connection closes the one idle longest, so
        // silent connections cannot lock clients out, and the engine never
        // holds more than the cap.
        EngineProcess engine({QStringLiteral("--max-connections"), QStringLiteral("8")});
        QVERIFY(engine.start());
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 8; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
            QVERIFY(s->waitForConnected(5000));
            idle.push_back(std::move(s));
        }
        // Ordinary clients that keep their connections open, as
        // QNetworkAccessManager does: each is counted from then on.
        std::vector<std::unique_ptr<QTcpSocket>> ordinary;
        for (int i = 0; i < 3; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
            QVERIFY(s->waitForConnected(5000));
            s->write(metaRequest({}));
            const QByteArray answer = readAnswer(*s);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
            ordinary.push_back(std::move(s));
        }
        // The three oldest silent connections were closed, in order.
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(idle[i]->state() != QAbstractSocket::ConnectedState, 10000);
        for (int i = 3; i < 8; ++i)
            QVERIFY(idle[i]->state() == QAbstractSocket::ConnectedState);
    }

    void connectionCapRefusesWhenAllAreBusy()
    {
        // Every connection mid-request: a new one is closed at once rather
        // than breaking a request that is under way.
        EngineProcess engine({QStringLiteral("--max-connections"), QStringLiteral("4")});
        QVERIFY(engine.start());
        std::vector<std::unique_ptr<QTcpSocket>> busy;
        for (int i = 0; i < 4; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
            QVERIFY(s->waitForConnected(5000));
            s->write("GET /api/v1/meta HTTP/1.1\r\n");
            QVERIFY(s->waitForBytesWritten(5000));
            busy.push_back(std::move(s));
        }
        // The engine has read every partial request, so it knows these
        // connections are busy.
        QTRY_COMPARE_WITH_TIMEOUT(unreadByEngine(quint16(engine.baseUrl().port())), 0, 10000);
        const Outcome refused = send(engine.baseUrl(), metaRequest({}), 10000);
        QVERIFY(refused.answer.isEmpty());
        QVERIFY(refused.closed);
        // The requests under way complete normally.
        for (auto &s : busy) {
            s->write("Host: x\r\nAuthorization: Bearer " + QByteArray(EngineProcess::kToken) +
                     "\r\n\r\n");
            const QByteArray answer = readAnswer(*s);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        }
    }

    void connectionCapFollowsTheDescriptorLimit()
    {
        // Under a limit of 100 open files, 150 silent connections: without
        // a cap below that limit, accept() would fail and the engine would
        // stop accepting for good. The cap (100 - 64 here) closes the
        // idlest instead, and an ordinary request is still answered.
        PlainEngine engine;
        QVERIFY(engine.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, 100));
        const QByteArray line = engine.out.mid(engine.out.indexOf("listening on "));
        const QUrl base(QString::fromLatin1(line.mid(13, line.indexOf('\n') - 13).trimmed()));
        QVERIFY2(base.port() > 0, line.constData());
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 150; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost(QHostAddress::LocalHost, quint16(base.port()));
            QVERIFY(s->waitForConnected(5000));
            silent.push_back(std::move(s));
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(base.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n");
        const QByteArray answer = readAnswer(socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        // The oldest silent connections were closed to make room.
        QTRY_VERIFY_WITH_TIMEOUT(silent.front()->state() != QAbstractSocket::ConnectedState, 10000);
    }

    void endlessHeadersAreCutOff()
    {
        // Header bytes that never end: the engine answers 431 once they pass
        // its 64 KiB header limit, then reads and drops the
        // rest (up to 64 MiB, so the client can read the answer) and
        // closes. Its memory must not grow with what it drops: before the
        // guard committed QtHttpServer's read transaction, each such
        // connection held everything it drained (~65 MB).
        EngineProcess engine;
        QVERIFY(engine.start());
        QVERIFY(engine.get(QStringLiteral("/api/v1/meta")).status == 200);
        const qint64 before = residentKb(engine.pid());
        qint64 peak = before;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(engine.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        const QByteArray lines =
            QByteArray("X-Filler: " + QByteArray(1000, 'f') + "\r\n").repeated(256);
        QByteArray answer;
        qint64 sent = 0;
        QElapsedTimer clock;
        clock.start();
        while (sent < 80 * 1024 * 1024 && socket.state() == QAbstractSocket::ConnectedState &&
               clock.elapsed() < 30000) {
            if (socket.bytesToWrite() < 1024 * 1024) {
                socket.write(lines);
                sent += lines.size();
                if (sent % (4 * 1024 * 1024) < lines.size())
                    peak = qMax(peak, residentKb(engine.pid()));
            }
            socket.waitForBytesWritten(50);
            answer += socket.readAll();
        }
        answer += socket.readAll();
        qInfo("sent %lld KiB of headers; engine RSS %lld KiB, peak %lld KiB; answer %s",
              sent / 1024, before, peak, answer.left(answer.indexOf("\r\n")).constData());
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState,
                 "the engine kept reading headers that never end");
        // Bounded by the engine's limits (64 KiB of headers, and what
        // QtHttpServer parsed of them), not by the 64 MiB it dropped.
#if defined(__SANITIZE_ADDRESS__)
        // The engine of this build runs under AddressSanitizer too, whose
        // quarantine keeps freed memory resident by design.
        qInfo("RSS bound not checked under AddressSanitizer");
#else
        QVERIFY2(peak - before < 16 * 1024, "the engine kept what it drained");
#endif
        const auto meta = engine.get(QStringLiteral("/api/v1/meta"));
        QVERIFY2(meta.status == 200, meta.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestEngineHardening)
#include "test_engine_hardening.moc"
