#include "connector.h"

#include "lance_client.h"
#include "main_window.h"
#include "pending_store.h"
#include "token_dialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace lance {

const QString &Connector::serverSettingKey()
{
    static const QString key = QStringLiteral("connection/serverUrl");
    return key;
}

Connector::Connector(LanceClient &client, MainWindow &window, QString demoDbPath)
    : m_client(client)
    , m_window(window)
    , m_demoDbPath(std::move(demoDbPath))
    , m_ask([](const AskContext &ctx, TokenResolver::Answer answer) {
        // Asked once per server and run (TokenResolver's rule).
        TokenDialog dialog(ctx.serverUrl, ctx.keychainAvailable, ctx.keychainProblem);
        if (dialog.exec() == QDialog::Accepted)
            answer(dialog.token(), dialog.remember());
        else
            answer(QString(), false);
    })
    , m_resolver(&m_tokens, [this](const AskContext &ctx, TokenResolver::Answer answer) {
        m_ask(ctx, std::move(answer));
    })
{
    QObject::connect(&m_engine, &engine::EmbeddedEngine::generationProgress, &window,
                     &MainWindow::setStartupProgress);
    QObject::connect(&m_engine, &engine::EmbeddedEngine::started, &window,
                     [this](const QUrl &url, const QString &token) {
                         QString error;
                         if (!m_client.setServer(url, token, &error))
                             return m_window.showFatalError(error);
                         useConnection(true, m_demoDbPath + QStringLiteral(".pending.sqlite"));
                     });
    QObject::connect(
        &m_engine, &engine::EmbeddedEngine::failed, &window, [this](const QString &message) {
            m_window.showFatalError(
                QApplication::translate("main", "The built-in engine could not start: %1")
                    .arg(message));
        });
    window.setTokenStore(&m_tokens);
    QObject::connect(&window, &MainWindow::connectionRequested, &window,
                     [this](const ConnectionDialog::Choice &c) { switchTo(c); });
}

Connector::~Connector()
{
    m_window.setPendingStore(nullptr);
    m_engine.stop();
}

void Connector::setTokenPrompt(TokenResolver::Ask ask)
{
    m_ask = std::move(ask);
}

void Connector::startDemo()
{
    engine::EngineConfig config;
    config.host = QHostAddress::LocalHost;
    config.port = 0;
    config.dbPath = m_demoDbPath;
    config.seedDemo = m_demoLeads;
    // A fresh random token per run: the engine listens on loopback, and
    // nothing else on the machine should be able to spend demo credits.
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    config.tokens = {{QString::fromLatin1(secret.toHex()), QStringLiteral("demo_user"),
                      QStringLiteral("demo_org")}};
    m_window.showStarting(QApplication::translate("main", "Starting the built-in engine…"));
    m_engine.start(config);
}

bool Connector::connectServer(const QUrl &url, const QString &token, QString *error)
{
    if (!LanceClient::isAcceptableServerUrl(url, error))
        return false;
    m_engine.stop();
    if (!m_client.setServer(url, token, error))
        return false;
    const QByteArray key =
        QCryptographicHash::hash(m_client.baseUrl().toString().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    useConnection(false, dataDir + QStringLiteral("/pending-%1.sqlite").arg(QLatin1String(key)));
    return true;
}

void Connector::useConnection(bool demo, const QString &pendingPath)
{
    // The window's session lets go of the old file before it closes.
    m_window.setPendingStore(nullptr);
    m_window.showConnected(demo);
    m_pending = std::make_unique<PendingStore>(pendingPath);
    m_window.setPendingStore(m_pending.get());
}

void Connector::switchTo(const ConnectionDialog::Choice &c)
{
    QSettings().setValue(serverSettingKey(), c.demo ? QString() : c.serverUrl.toString());
    if (c.demo) {
        if (!m_engine.isRunning())
            startDemo();
        return;
    }
    const QString server = c.serverUrl.toString();
    auto connectWith = [this, url = c.serverUrl](const QString &token) {
        QString error;
        if (!connectServer(url, token, &error))
            m_window.statusBar()->showMessage(error, 10000);
    };
    if (!c.token.isEmpty()) {
        if (c.remember) {
            // Stored for later runs; this run uses it straight away.
            m_tokens.write(server, c.token, &m_window, [this](const TokenStoreResult &r) {
                if (!r.ok())
                    m_window.statusBar()->showMessage(r.message, 10000);
            });
        }
        connectWith(c.token);
        return;
    }
    m_resolver.resolve(server, &m_window, [this, connectWith](const TokenResolution &r) {
        if (!r.ok())
            return m_window.statusBar()->showMessage(r.error, 10000);
        connectWith(*r.token);
    });
}

} // namespace lance
