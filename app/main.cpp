// lance-desk: wires the client, or the embedded engine for demo mode, to the
// main window.
#include "engine.h"
#include "lance_client.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

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
        QApplication::translate("main", "Connect to the Lance server at <url>; the token comes "
                                        "from the LANCE_TOKEN environment variable."),
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
    lance::MainWindow window(&client);
    lance::engine::EmbeddedEngine engine;

    if (demoMode) {
        lance::engine::EngineConfig config;
        config.host = QHostAddress::LocalHost;
        config.port = 0;
        QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        config.dbPath =
            parser.isSet(db) ? parser.value(db) : dataDir + QStringLiteral("/demo.sqlite");
        config.seedDemo = 5000;
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
        // TODO(keychain issue): read the token from the system keychain
        // (QtKeychain) first. Until then it comes from the environment only,
        // and is never written to QSettings, where it would sit in plain text.
        const QString token = qEnvironmentVariable("LANCE_TOKEN");
        if (token.isEmpty()) {
            std::fprintf(
                stderr, "lance-desk: %s\n",
                qPrintable(QApplication::translate(
                               "main", "Set LANCE_TOKEN to your API token to connect to %1.")
                               .arg(serverUrl)));
            return 2;
        }
        QString error;
        if (!client.setServer(QUrl::fromUserInput(serverUrl), token, &error)) {
            std::fprintf(stderr, "lance-desk: %s\n", qPrintable(error));
            return 2;
        }
        window.showConnected(false);
    }
    window.show();
    const int rc = app.exec();
    engine.stop();
    return rc;
}
