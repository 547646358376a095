// The API token in the system keychain: TokenStore and TokenResolver against
// a real keychain (gnome-keyring on a private D-Bus session, started by
// with_keyring.sh), and against none at all (LANCE_TEST_KEYCHAIN=none, no
// D-Bus, a throwaway HOME).
#include "token_store.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QSettings>
#include <QUuid>
#include <QtTest>

#include <memory>
#include <optional>

using namespace lance;

namespace {

// Every message the process logs, so the tests can prove no token is in
// any of them. The handler may run on any thread, hence the mutex.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool logContains(const QString &token)
{
    QMutexLocker lock(&g_logMutex);
    for (const QString &line : std::as_const(g_log)) {
        if (line.contains(token))
            return true;
    }
    return false;
}

// Fresh per call, so entries of one test (or an earlier run) never meet
// another's, and a leak found on disk is a leak of this run.
QString uniqueToken()
{
    return QStringLiteral("lt-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uniqueServer()
{
    return QStringLiteral("https://t-%1.lance.example.com")
        .arg(QUuid::createUuid().toString(QUuid::Id128));
}

template <typename T> using Slot = std::shared_ptr<std::optional<T>>;

Slot<TokenStoreResult> startRead(TokenStore &store, const QString &server, QObject *context)
{
    auto out = std::make_shared<std::optional<TokenStoreResult>>();
    store.read(server, context, [out](const TokenStoreResult &r) { *out = r; });
    return out;
}

Slot<TokenStoreResult> startWrite(TokenStore &store, const QString &server, const QString &token,
                                  QObject *context)
{
    auto out = std::make_shared<std::optional<TokenStoreResult>>();
    store.write(server, token, context, [out](const TokenStoreResult &r) { *out = r; });
    return out;
}

Slot<TokenStoreResult> startRemove(TokenStore &store, const QString &server, QObject *context)
{
    auto out = std::make_shared<std::optional<TokenStoreResult>>();
    store.remove(server, context, [out](const TokenStoreResult &r) { *out = r; });
    return out;
}

Slot<TokenResolution> startResolve(TokenResolver &resolver, const QString &server, QObject *context)
{
    auto out = std::make_shared<std::optional<TokenResolution>>();
    resolver.resolve(server, context, [out](const TokenResolution &r) { *out = r; });
    return out;
}

// A scripted user: counts the questions, remembers what it was told, and
// answers with a fixed token and "remember" choice.
struct FakeUser
{
    int asked = 0;
    std::optional<AskContext> lastContext;
    QString token;
    bool remember = false;

    TokenResolver::Ask seam()
    {
        return [this](const AskContext &ctx, std::function<void(QString, bool)> answer) {
            ++asked;
            lastContext = ctx;
            answer(token, remember);
        };
    }
};

} // namespace

// The keychain answers arrive from the event loop; 30 s covers a slow CI
// machine without hanging the suite.
#define AWAIT(slot) QTRY_VERIFY_WITH_TIMEOUT((slot)->has_value(), 30000)

// --- With a real keychain ---------------------------------------------------

class TestTokenStoreKeychain : public QObject
{
    Q_OBJECT
private:
    QStringList m_tokens; // all used, for the log check at the end

    QString token()
    {
        m_tokens.append(uniqueToken());
        return m_tokens.last();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/client/with_keyring.sh");
        qunsetenv("LANCE_TOKEN");
        // After QtTest's own handler is in place, which ours passes on to.
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanup() { qunsetenv("LANCE_TOKEN"); }

    void writeThenReadReturnsTheToken()
    {
        TokenStore store;
        const QString server = uniqueServer();
        const QString secret = token();
        auto written = startWrite(store, server, secret, this);
        AWAIT(written);
        QVERIFY2((*written)->ok(), qPrintable((*written)->message));
        QVERIFY((*written)->keychainAvailable);

        auto read = startRead(store, server, this);
        AWAIT(read);
        QVERIFY2((*read)->ok(), qPrintable((*read)->message));
        QVERIFY((*read)->keychainAvailable);
        QCOMPARE((*read)->token.value_or(QString()), secret);

        // Another spelling of the same server finds the same entry.
        auto respelled = startRead(store, server.toUpper() + QStringLiteral(":443/"), this);
        AWAIT(respelled);
        QVERIFY2((*respelled)->ok(), qPrintable((*respelled)->message));
        QCOMPARE((*respelled)->token.value_or(QString()), secret);
    }

    void readOfAMissingEntryIsNotFoundWhileAvailable()
    {
        TokenStore store;
        auto read = startRead(store, uniqueServer(), this);
        AWAIT(read);
        QVERIFY((*read)->notFound());
        QVERIFY((*read)->keychainAvailable);
        QVERIFY(!(*read)->token.has_value());
        QVERIFY(!(*read)->message.isEmpty());
    }

    void removeDeletesTheEntry()
    {
        TokenStore store;
        const QString server = uniqueServer();
        auto written = startWrite(store, server, token(), this);
        AWAIT(written);
        QVERIFY2((*written)->ok(), qPrintable((*written)->message));

        auto removed = startRemove(store, server, this);
        AWAIT(removed);
        QVERIFY2((*removed)->ok(), qPrintable((*removed)->message));

        auto read = startRead(store, server, this);
        AWAIT(read);
        QVERIFY((*read)->notFound());
    }

    void noAnswerOnceTheContextIsGone()
    {
        TokenStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.read(uniqueServer(), context.get(), [&](const TokenStoreResult &) { called = true; });
        context.reset();
        // A later call on the same store answers; the dropped one must not.
        auto read = startRead(store, uniqueServer(), this);
        AWAIT(read);
        QVERIFY(!called);
    }

    void environmentTokenWinsAndLeavesTheKeychainAlone()
    {
        TokenStore store;
        const QString server = uniqueServer();
        const QString stored = token();
        auto written = startWrite(store, server, stored, this);
        AWAIT(written);
        QVERIFY2((*written)->ok(), qPrintable((*written)->message));

        const QString fromEnv = token();
        qputenv("LANCE_TOKEN", fromEnv.toUtf8());
        FakeUser user;
        TokenResolver resolver(&store, user.seam());
        auto resolved = startResolve(resolver, server, this);
        AWAIT(resolved);
        QVERIFY((*resolved)->ok());
        QCOMPARE((*resolved)->source, TokenResolution::Source::Environment);
        QCOMPARE((*resolved)->token.value_or(QString()), fromEnv);

        // A server with no entry: the environment token is not stored.
        const QString other = uniqueServer();
        auto resolvedOther = startResolve(resolver, other, this);
        AWAIT(resolvedOther);
        QCOMPARE((*resolvedOther)->token.value_or(QString()), fromEnv);
        QCOMPARE(user.asked, 0);
        qunsetenv("LANCE_TOKEN");

        auto read = startRead(store, server, this);
        AWAIT(read);
        QCOMPARE((*read)->token.value_or(QString()), stored);
        auto readOther = startRead(store, other, this);
        AWAIT(readOther);
        QVERIFY((*readOther)->notFound());
    }

    void keychainEntryIsUsedWithoutAsking()
    {
        TokenStore store;
        const QString server = uniqueServer();
        const QString stored = token();
        auto written = startWrite(store, server, stored, this);
        AWAIT(written);
        QVERIFY2((*written)->ok(), qPrintable((*written)->message));

        FakeUser user;
        TokenResolver resolver(&store, user.seam());
        auto resolved = startResolve(resolver, server, this);
        AWAIT(resolved);
        QCOMPARE((*resolved)->source, TokenResolution::Source::Keychain);
        QCOMPARE((*resolved)->token.value_or(QString()), stored);
        QCOMPARE(user.asked, 0);
    }

    void resolverAsksOnceAndRememberStoresTheToken()
    {
        TokenStore store;
        const QString server = uniqueServer();
        FakeUser user;
        user.token = token();
        user.remember = true;
        TokenResolver resolver(&store, user.seam());

        auto first = startResolve(resolver, server, this);
        AWAIT(first);
        QVERIFY2((*first)->ok(), qPrintable((*first)->error));
        QCOMPARE((*first)->source, TokenResolution::Source::Asked);
        QCOMPARE((*first)->token.value_or(QString()), user.token);
        QVERIFY((*first)->warning.isEmpty());
        QCOMPARE(user.asked, 1);
        QVERIFY(user.lastContext && user.lastContext->keychainAvailable);
        QCOMPARE(user.lastContext->serverUrl, server);

        auto second = startResolve(resolver, server, this);
        AWAIT(second);
        QCOMPARE((*second)->token.value_or(QString()), user.token);
        QCOMPARE(user.asked, 1);

        auto read = startRead(store, server, this);
        AWAIT(read);
        QCOMPARE((*read)->token.value_or(QString()), user.token);

        // Next run: a fresh resolver finds it in the keychain.
        FakeUser nextRun;
        TokenResolver fresh(&store, nextRun.seam());
        auto again = startResolve(fresh, server, this);
        AWAIT(again);
        QCOMPARE((*again)->source, TokenResolution::Source::Keychain);
        QCOMPARE((*again)->token.value_or(QString()), user.token);
        QCOMPARE(nextRun.asked, 0);
    }

    void rememberFalseStoresNothing()
    {
        TokenStore store;
        const QString server = uniqueServer();
        FakeUser user;
        user.token = token();
        user.remember = false;
        TokenResolver resolver(&store, user.seam());
        auto resolved = startResolve(resolver, server, this);
        AWAIT(resolved);
        QCOMPARE((*resolved)->source, TokenResolution::Source::Asked);
        QCOMPARE((*resolved)->token.value_or(QString()), user.token);

        auto read = startRead(store, server, this);
        AWAIT(read);
        QVERIFY((*read)->notFound());

        FakeUser nextRun;
        nextRun.token = token();
        TokenResolver fresh(&store, nextRun.seam());
        auto again = startResolve(fresh, server, this);
        AWAIT(again);
        QCOMPARE(nextRun.asked, 1);
        QCOMPARE((*again)->token.value_or(QString()), nextRun.token);
    }

    void cancelFailsWithAMessageAndIsNotAskedAgain()
    {
        TokenStore store;
        const QString server = uniqueServer();
        FakeUser user; // answers with an empty token: Cancel
        TokenResolver resolver(&store, user.seam());
        auto resolved = startResolve(resolver, server, this);
        AWAIT(resolved);
        QVERIFY(!(*resolved)->ok());
        QCOMPARE((*resolved)->source, TokenResolution::Source::None);
        QVERIFY((*resolved)->error.contains(server));

        auto again = startResolve(resolver, server, this);
        AWAIT(again);
        QVERIFY(!(*again)->ok());
        QCOMPARE(user.asked, 1);
    }

    void concurrentResolvesShareOneQuestion()
    {
        TokenStore store;
        const QString server = uniqueServer();
        int asked = 0;
        std::function<void(QString, bool)> pendingAnswer;
        TokenResolver resolver(&store,
                               [&](const AskContext &, std::function<void(QString, bool)> answer) {
                                   ++asked;
                                   pendingAnswer = std::move(answer);
                               });
        auto a = startResolve(resolver, server, this);
        auto b = startResolve(resolver, server, this);
        QTRY_VERIFY_WITH_TIMEOUT(pendingAnswer != nullptr, 30000);
        const QString secret = token();
        pendingAnswer(secret, false);
        pendingAnswer(token(), false); // a second answer is ignored
        AWAIT(a);
        AWAIT(b);
        QCOMPARE(asked, 1);
        QCOMPARE((*a)->token.value_or(QString()), secret);
        QCOMPARE((*b)->token.value_or(QString()), secret);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        for (const QString &t : std::as_const(m_tokens))
            QVERIFY2(!logContains(t), "a token was logged");
    }
};

// --- Without any keychain -----------------------------------------------------

class TestTokenStoreNoKeychain : public QObject
{
    Q_OBJECT
private:
    QString m_home;
    QString m_server = uniqueServer();
    QString m_token = uniqueToken();

private slots:
    void initTestCase()
    {
        // The last test walks all of HOME: it must be the throwaway one the
        // ctest entry sets up, never a real home directory.
        m_home = qEnvironmentVariable("HOME");
        QVERIFY2(!m_home.isEmpty() && m_home == qEnvironmentVariable("LANCE_TEST_THROWAWAY_HOME"),
                 "set HOME and LANCE_TEST_THROWAWAY_HOME to the same scratch directory");
        QVERIFY(QDir().mkpath(m_home));
        qunsetenv("LANCE_TOKEN");
        g_previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void keychainIsReportedUnavailable()
    {
        TokenStore store;
        auto read = startRead(store, m_server, this);
        AWAIT(read);
        QCOMPARE((*read)->status, TokenStoreResult::Status::Unavailable);
        QVERIFY(!(*read)->keychainAvailable);
        QVERIFY(!(*read)->message.isEmpty());

        auto written = startWrite(store, m_server, m_token, this);
        AWAIT(written);
        QCOMPARE((*written)->status, TokenStoreResult::Status::Unavailable);
        QVERIFY(!(*written)->keychainAvailable);
    }

    void resolverAsksOncePerRunAndKeepsTheTokenInMemory()
    {
        TokenStore store;
        FakeUser user;
        user.token = m_token;
        user.remember = true; // even if a UI let it through: nowhere to put it
        TokenResolver resolver(&store, user.seam());

        auto first = startResolve(resolver, m_server, this);
        AWAIT(first);
        QVERIFY2((*first)->ok(), qPrintable((*first)->error));
        QCOMPARE((*first)->source, TokenResolution::Source::Asked);
        QCOMPARE((*first)->token.value_or(QString()), m_token);
        QCOMPARE(user.asked, 1);
        QVERIFY(user.lastContext && !user.lastContext->keychainAvailable);
        QVERIFY(!user.lastContext->keychainProblem.isEmpty());

        auto second = startResolve(resolver, m_server, this);
        AWAIT(second);
        QCOMPARE((*second)->source, TokenResolution::Source::Memory);
        QCOMPARE((*second)->token.value_or(QString()), m_token);
        QCOMPARE(user.asked, 1);
    }

    void tokenIsWrittenNowhere()
    {
        // What the app keeps in QSettings, so the walk below covers a real
        // settings file next to whatever else the run created.
        {
            QSettings settings;
            settings.setValue(QStringLiteral("connection/serverUrl"), m_server);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
            QVERIFY2(settings.fileName().startsWith(m_home), qPrintable(settings.fileName()));
            QVERIFY(QFile::exists(settings.fileName()));
        }
        const QByteArray utf8 = m_token.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(m_token.utf16()), m_token.size() * 2);
        int files = 0;
        bool sawSettings = false;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            ++files;
            if (content.contains(m_server.toUtf8()))
                sawSettings = true;
            QVERIFY2(!content.contains(utf8) && !content.contains(utf16),
                     qPrintable(QStringLiteral("the token is in %1").arg(path)));
        }
        QVERIFY(files > 0);
        QVERIFY(sawSettings);
        QVERIFY2(!logContains(m_token), "the token was logged");
    }
};

// --- A Secret Service without a keyring ----------------------------------------

// gnome-keyring runs, but no keyring was ever created: its first write would
// pop up a dialog to create one (issue 12 item 15). The store says
// "unavailable" before any job starts, so the token dialog says the token is
// kept for this run only, and nothing prompts.
class TestTokenStoreNoDefaultKeyring : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qunsetenv("LANCE_TOKEN"); }

    void aKeychainWithoutAKeyringIsUnavailable()
    {
        TokenStore store;
        auto written = startWrite(store, uniqueServer(), uniqueToken(), this);
        AWAIT(written);
        QCOMPARE((*written)->status, TokenStoreResult::Status::Unavailable);
        QVERIFY(!(*written)->keychainAvailable);
        QCOMPARE((*written)->message, QStringLiteral("No system keychain is available (the "
                                                     "Secret Service has no default keyring)."));

        FakeUser user;
        user.token = uniqueToken();
        user.remember = true;
        TokenResolver resolver(&store, user.seam());
        auto resolved = startResolve(resolver, uniqueServer(), this);
        AWAIT(resolved);
        QVERIFY((*resolved)->ok());
        QVERIFY(user.lastContext && !user.lastContext->keychainAvailable);
        QCOMPARE(user.lastContext->keychainProblem, (*written)->message);
    }
};

// One binary, three ctest entries: LANCE_TEST_KEYCHAIN=none selects the
// no-keychain cases, "nokeyring" the keyring-less Secret Service, anything
// else the real-keychain ones.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LanceTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Lance Desk token test"));

    int failed = 0;
    const QString kind = qEnvironmentVariable("LANCE_TEST_KEYCHAIN");
    if (kind == QLatin1String("none")) {
        TestTokenStoreNoKeychain noKeychain;
        failed += QTest::qExec(&noKeychain, argc, argv);
    } else if (kind == QLatin1String("nokeyring")) {
        TestTokenStoreNoDefaultKeyring noKeyring;
        failed += QTest::qExec(&noKeyring, argc, argv);
    } else {
        TestTokenStoreKeychain keychain;
        failed += QTest::qExec(&keychain, argc, argv);
    }
    return failed;
}

#include "test_token_store.moc"
