// lance-desk: wires the client, or the embedded engine for demo mode, to the
// main window, and switches between them when the rep picks another
// connection.
#include "connector.h"
#include "lance_client.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lance"));
    QApplication::setApplicationName(QStringLiteral("Lance Desk"));
    QApplication::setApplicationVersion(QStringLiteral(LANCE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lance-desk.svg")));
    // The locale's translation, else English, whose file holds the plural
    // forms the source text can only write as "lead(s)".
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lance"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("lance_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

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

    const QString configuredServer =
        QSettings().value(lance::Connector::serverSettingKey()).toString();
    const QString serverUrl = parser.isSet(server) ? parser.value(server) : configuredServer;
    const bool demoMode = parser.isSet(demo) || serverUrl.isEmpty();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    lance::LanceClient client;
    lance::MainWindow window(&client);
    lance::Connector connector(client, window,
                               parser.isSet(db) ? parser.value(db)
                                                : dataDir + QStringLiteral("/demo.sqlite"));

    if (demoMode) {
        connector.startDemo();
    } else {
        // Resolved before the event loop runs: without a token there is no
        // window to show, only a message and exit code 2. Closing the token
        // dialog must not quit the application meanwhile.
        const bool quitOnLastWindowClosed = app.quitOnLastWindowClosed();
        app.setQuitOnLastWindowClosed(false);
        std::optional<lance::TokenResolution> resolution;
        QEventLoop waitForToken;
        connector.resolver().resolve(serverUrl, &waitForToken,
                                     [&](const lance::TokenResolution &r) {
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
        QString error;
        if (!connector.connectServer(QUrl::fromUserInput(serverUrl), *resolution->token, &error)) {
            std::fprintf(stderr, "lance-desk: %s\n", qPrintable(error));
            return 2;
        }
    }
    window.show();
    return app.exec();
}
