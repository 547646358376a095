// The API token never reaches a log. The real lance-engine runs with a
// known token while the client side (LanceClient calls that succeed and
// that are refused with 401, EnrichmentPoller, TokenResolver from the
// environment and from the "ask" seam without a keychain) uses it; then the
// engine's whole stdout and stderr and every Qt message of this process,
// debug included, are searched for the token's bytes. Only one line may
// hold a token: the "token …" line a engine prints at start when it made
// the token up itself, because nobody else knows it then.
#include "client_wait.h"
#include "engine.h"
#include "enrichment_poller.h"
#include "lance_client.h"
#include "token_store.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace lance;
using lance::test::wait;

namespace {
// Every message of this process, as it would be printed.
QMutex g_mutex;
QStringList g_messages;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_messages << QStringLiteral("%1: %2").arg(
            QString::fromLatin1(context.category ? context.category : "default"), message);
    }
    // Debug output of every Qt category is captured, not shown: the
    // failure report should stay readable.
    if (type != QtDebugMsg && type != QtInfoMsg && g_previous)
        g_previous(type, context, message);
}

// Unique and unmistakable, so a hit can only be the token itself.
QString makeSecret(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128);
}

// lance-engine started here rather than through EngineProcess, so that
// all of its stdout is kept, not only what precedes "listening on".
class EngineRun
{
public:
    bool start(const QStringList &extraArgs)
    {
        m_process.start(QStringLiteral(LANCE_ENGINE_BINARY),
                        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--db"),
                                    m_dir.filePath(QStringLiteral("engine.sqlite")),
                                    QStringLiteral("--seed-demo"), QStringLiteral("50"),
                                    QStringLiteral("--latency-ms"), QStringLiteral("10:50")} +
                            extraArgs);
        if (!m_process.waitForStarted(10000))
            return false;
        const QByteArray prefix = "listening on ";
        QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
        for (int waited = 0; waited < 120; ++waited) {
            m_stdout += m_process.readAllStandardOutput();
            for (const QByteArray &line : m_stdout.split('\n')) {
                if (line.startsWith(prefix))
                    m_url = QUrl(QString::fromLatin1(line.mid(prefix.size()).trimmed()));
                else if (line.startsWith("token "))
                    m_printedToken = QString::fromLatin1(line.mid(6).trimmed());
            }
            if (m_url.isValid())
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            spy.wait(1000);
        }
        return false;
    }
    // SIGTERM, then everything it wrote.
    bool stop()
    {
        m_process.terminate();
        const bool finished = m_process.waitForFinished(30000);
        m_stdout += m_process.readAllStandardOutput();
        m_stderr += m_process.readAllStandardError();
        return finished && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }
    QUrl url() const { return m_url; }
    QString printedToken() const { return m_printedToken; }
    QByteArray standardOutput() const { return m_stdout; }
    QByteArray standardError() const { return m_stderr; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_url;
    QString m_printedToken;
};

// Occurrences of `needle` in `haystack`.
int count(const QByteArray &haystack, const QString &needle)
{
    return int(haystack.count(needle.toUtf8()));
}
} // namespace

class TestTokenNotLogged : public QObject
{
    Q_OBJECT
private:
    QStringList m_clientTexts; // error and warning texts the UI would show

    // The client paths that handle a token, against `url`: a successful
    // read, a search, enrichments followed by the poller to their end,
    // and a refused (401) call with `wrongToken`.
    void exerciseClient(const QUrl &url, const QString &token, const QString &wrongToken)
    {
        LanceClient client;
        QVERIFY(client.setServer(url, token));
        const auto balance = wait<Balance>([&](QObject *c, auto done) { client.balance(c, done); });
        REQUIRE_OK(balance);
        const auto page =
            wait<SearchPage>([&](QObject *c, auto done) { client.search({}, {}, 0, 5, c, done); });
        REQUIRE_OK(page);
        QStringList ids;
        for (const Lead &lead : page.value->leads)
            ids << lead.id;
        const auto started = wait<LanceClient::Enrichments>(
            [&](QObject *c, auto done) { client.enrichBatch(ids, ContactField::Emails, c, done); });
        REQUIRE_OK(started);
        EnrichmentPoller poller(&client);
        EnrichmentPoller::Intervals quick;
        quick.fastMs = 20;
        quick.slowMs = 100;
        poller.setIntervals(quick);
        poller.track(*started.value);
        QTRY_COMPARE_WITH_TIMEOUT(poller.pendingCount(), 0, 30000);

        LanceClient refused;
        refused.setRetryPolicy({1, 10, 10});
        QVERIFY(refused.setServer(url, wrongToken));
        const auto denied = wait<Balance>([&](QObject *c, auto done) { refused.balance(c, done); });
        REQUIRE_ERROR(denied);
        QCOMPARE(denied.error->httpStatus, 401);
        m_clientTexts << denied.error->message << denied.error->api.message;
    }

    // Fails, naming where, if `secret` appears in any captured text.
    void expectNowhere(const QString &secret, const EngineRun &engine, bool allowStartLine)
    {
        const int expectedOnStdout = allowStartLine ? 1 : 0;
        QCOMPARE(count(engine.standardOutput(), secret), expectedOnStdout);
        if (allowStartLine)
            QVERIFY(engine.standardOutput().contains("token " + secret.toUtf8() + '\n'));
        QVERIFY2(!engine.standardError().contains(secret.toUtf8()),
                 engine.standardError().right(2000).constData());
        QStringList messages;
        {
            // A copy: a failure below may log, and logging takes the lock.
            QMutexLocker lock(&g_mutex);
            messages = g_messages;
        }
        // The engine's debug output was on, so there was something to search.
        QVERIFY(!engine.standardError().isEmpty());
        for (const QString &m : std::as_const(messages))
            QVERIFY2(!m.contains(secret), qPrintable(QStringLiteral("Qt message: ") + m));
        for (const QString &t : std::as_const(m_clientTexts))
            QVERIFY2(!t.contains(secret), qPrintable(QStringLiteral("client text: ") + t));
    }

private slots:
    void initTestCase()
    {
        // Every category of this process, debug included: a token that
        // only a debug line of Qt Network would show still counts.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        // The same for the engines started below, which inherit it.
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        g_previous = qInstallMessageHandler(capture);
        const QLoggingCategory probe("qt.network.test");
        qCDebug(probe) << "capture check";
        QVERIFY(g_messages.contains(QStringLiteral("qt.network.test: capture check")));
        // No keychain: TokenResolver's "ask" path without one keeps the
        // typed token in memory, the path most likely to mention it.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        qunsetenv("LANCE_TOKEN");
    }

    void cleanup()
    {
        QMutexLocker lock(&g_mutex);
        g_messages.clear();
        m_clientTexts.clear();
    }

    void knownTokenIsNeverLogged()
    {
        const QString token = makeSecret("known-");
        const QString wrong = makeSecret("wrong-");
        EngineRun engine;
        QVERIFY(engine.start({QStringLiteral("--token"), token}));
        QVERIFY(engine.printedToken().isEmpty()); // given with --token: not printed

        exerciseClient(engine.url(), token, wrong);

        // The token the way lance-desk finds it: from LANCE_TOKEN, then
        // typed into the "ask" seam with no keychain to keep it.
        TokenStore store;
        int asked = 0;
        TokenResolver resolver(&store, [&](const AskContext &ctx, TokenResolver::Answer answer) {
            ++asked;
            m_clientTexts << ctx.keychainProblem;
            answer(token, true);
        });
        const QString server = engine.url().toString();
        qputenv("LANCE_TOKEN", token.toUtf8());
        std::optional<TokenResolution> fromEnv;
        QObject context;
        resolver.resolve(server, &context, [&](const TokenResolution &r) { fromEnv = r; });
        QTRY_VERIFY(fromEnv.has_value());
        qunsetenv("LANCE_TOKEN");
        QCOMPARE(fromEnv->source, TokenResolution::Source::Environment);
        QCOMPARE(fromEnv->token.value_or(QString()), token);
        for (int i = 0; i < 2; ++i) { // asked, then from memory
            std::optional<TokenResolution> typed;
            resolver.resolve(server, &context, [&](const TokenResolution &r) { typed = r; });
            QTRY_VERIFY_WITH_TIMEOUT(typed.has_value(), 30000);
            QCOMPARE(typed->token.value_or(QString()), token);
            m_clientTexts << typed->warning << typed->error;
        }
        QCOMPARE(asked, 1);

        QVERIFY(engine.stop());
        expectNowhere(token, engine, false);
        expectNowhere(wrong, engine, false);
    }

    void embeddedEngineNeverLogsToken()
    {
        // lance-desk's demo mode: the engine on a thread of this process,
        // so its messages are this process's messages. QtHttpServer's own
        // debug lines would print each request's headers; the engine keeps
        // them off, even with every debug category on.
        const QString token = makeSecret("embedded-");
        const QString wrong = makeSecret("wrong-");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        engine::EngineConfig config;
        config.host = QHostAddress::LocalHost;
        config.port = 0;
        config.dbPath = dir.filePath(QStringLiteral("embedded.sqlite"));
        config.tokens = {{token, QStringLiteral("user_t"), QStringLiteral("org_t")}};
        config.seedDemo = 50;
        config.latencyMinMs = 5;
        config.latencyMaxMs = 20;
        engine::EmbeddedEngine embedded;
        QSignalSpy started(&embedded, &engine::EmbeddedEngine::started);
        embedded.start(config);
        QVERIFY(started.wait(30000));

        exerciseClient(embedded.baseUrl(), token, wrong);
        embedded.stop();

        QStringList messages;
        {
            QMutexLocker lock(&g_mutex);
            messages = g_messages;
        }
        // Debug output was on, so there was something to search: Qt
        // Network's own lines from this process's requests.
        QVERIFY(!messages.isEmpty());
        for (const QString &m : std::as_const(messages)) {
            QVERIFY2(!m.contains(token), qPrintable(QStringLiteral("Qt message: ") + m));
            QVERIFY2(!m.contains(wrong), qPrintable(QStringLiteral("Qt message: ") + m));
        }
    }

    void generatedTokenIsPrintedOnceAtStartOnly()
    {
        EngineRun engine;
        QVERIFY(engine.start({}));
        const QString token = engine.printedToken();
        QVERIFY(token.size() >= 16);
        const QString wrong = makeSecret("wrong-");
        exerciseClient(engine.url(), token, wrong);
        QVERIFY(engine.stop());
        // The start line is expected: it is the only way to learn the token.
        expectNowhere(token, engine, true);
        expectNowhere(wrong, engine, false);
    }
};

QTEST_GUILESS_MAIN(TestTokenNotLogged)
#include "test_token_not_logged.moc"
