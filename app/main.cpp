// lance-desk: wires the client, or the embedded engine for demo mode, to the
// main window.
#include "engine.h"
#include "lance_client.h"
#include "main_window.h"
#include "pending_store.h"
#include "token_dialog.h"
#include "token_store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lance"));
    QApplication::setApplicationName(QStringLiteral("Lance Desk"));
    QApplication::setApplicationVersion(QStringLiteral(LANCE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lance-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Enrich leads with phone numbers and emails through the Lance API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate(
            "main",
            "Use the built-in engine with demo leads (the default when no server is configured)."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main",
                                "Connect to the Lance server at <url>. The API token comes from "
                                "the LANCE_TOKEN environment variable when set, else from the "
                                "system keychain; otherwise it is asked for."),
        QStringLiteral("url"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "The demo database file to use."),
                                QStringLiteral("path"));
    parser.addOptions({demo, server, db});
    parser.process(app);

    QSettings settings;
    const QString configuredServer =
        settings.value(QStringLiteral("connection/serverUrl")).toString();
    const QString serverUrl = parser.isSet(server) ? parser.value(server) : configuredServer;
    const bool demoMode = parser.isSet(demo) || serverUrl.isEmpty();

    lance::LanceClient client;
    // What this app left pending, per server, so a restart mid-enrichment
    // resumes tracking (and the status column stays right). Declared before
    // the window, so it outlives the window's poller.
    std::unique_ptr<lance::PendingStore> pending;
    lance::MainWindow window(&client);
    lance::engine::EmbeddedEngine engine;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    if (demoMode) {
        lance::engine::EngineConfig config;
        config.host = QHostAddress::LocalHost;
        config.port = 0;
        config.dbPath =
            parser.isSet(db) ? parser.value(db) : dataDir + QStringLiteral("/demo.sqlite");
        config.seedDemo = 5000;
        pending = std::make_unique<lance::PendingStore>(config.dbPath +
                                                        QStringLiteral(".pending.sqlite"));
        // A fresh random token per run: the engine listens on loopback, and
        // nothing else on the machine should be able to spend demo credits.
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(secret.begin(), secret.end());
        config.tokens = {{QString::fromLatin1(secret.toHex()), QStringLiteral("demo_user"),
                          QStringLiteral("demo_org")}};
        QObject::connect(&engine, &lance::engine::EmbeddedEngine::generationProgress, &window,
                         &lance::MainWindow::setStartupProgress);
        QObject::connect(&engine, &lance::engine::EmbeddedEngine::started, &window,
                         [&](const QUrl &url, const QString &token) {
                             QString error;
                             if (!client.setServer(url, token, &error))
                                 return window.showFatalError(error);
                             window.showConnected(true);
                             window.setPendingStore(pending.get());
                         });
        QObject::connect(
            &engine, &lance::engine::EmbeddedEngine::failed, &window, [&](const QString &message) {
                window.showFatalError(
                    QApplication::translate("main", "The built-in engine could not start: %1")
                        .arg(message));
            });
        window.showStarting(QApplication::translate("main", "Starting the built-in engine…"));
        engine.start(config);
    } else {
        // LANCE_TOKEN, else the system keychain, else the user, once per run
        // (see TokenResolver). The token is never printed or put in QSettings.
        lance::TokenStore tokenStore;
        lance::TokenResolver resolver(
            &tokenStore, [](const lance::AskContext &ctx,
                            std::function<void(QString token, bool remember)> answer) {
                lance::TokenDialog dialog(ctx.serverUrl, ctx.keychainAvailable,
                                          ctx.keychainProblem);
                if (dialog.exec() == QDialog::Accepted)
                    answer(dialog.token(), dialog.remember());
                else
                    answer(QString(), false);
            });
        // Resolved before the event loop runs: without a token there is no
        // window to show, only a message and exit code 2. Closing the dialog
        // must not quit the application meanwhile.
        const bool quitOnLastWindowClosed = app.quitOnLastWindowClosed();
        app.setQuitOnLastWindowClosed(false);
        std::optional<lance::TokenResolution> resolution;
        QEventLoop waitForToken;
        resolver.resolve(serverUrl, &waitForToken, [&](const lance::TokenResolution &r) {
            resolution = r;
            waitForToken.quit();
        });
        waitForToken.exec();
        app.setQuitOnLastWindowClosed(quitOnLastWindowClosed);
        if (!resolution || !resolution->ok()) {
            std::fprintf(
                stderr, "lance-desk: %s\n",
                qPrintable(
                    resolution
                        ? resolution->error
                        : QApplication::translate("main", "No API token for %1.").arg(serverUrl)));
            return 2;
        }
        if (!resolution->warning.isEmpty())
            std::fprintf(stderr, "lance-desk: %s\n", qPrintable(resolution->warning));
        const QString token = *resolution->token;
        QString error;
        if (!client.setServer(QUrl::fromUserInput(serverUrl), token, &error)) {
            std::fprintf(stderr, "lance-desk: %s\n", qPrintable(error));
            return 2;
        }
        window.showConnected(false);
        const QByteArray serverKey =
            QCryptographicHash::hash(client.baseUrl().toString().toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(16);
        pending = std::make_unique<lance::PendingStore>(
            dataDir + QStringLiteral("/pending-%1.sqlite").arg(QLatin1String(serverKey)));
        window.setPendingStore(pending.get());
    }
    window.show();
    const int rc = app.exec();
    engine.stop();
    return rc;
}
