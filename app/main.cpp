// lance-desk: wires the client, or the embedded engine for demo mode, to the
// main window, and switches between them when the rep picks another
// connection.
#include "connector.h"
#include "i18n.h"
#include "lance_client.h"
#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <optional>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lance"));
    QCoreApplication::setApplicationName(QStringLiteral("Lance Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANCE_VERSION));
    // The language picked in View → Language, else the system's; before
    // anything is built, so every text and number comes out in it.
    lance::installTranslations(QSettings().value(lance::languageSettingKey()).toString());
}

struct Options
{
    bool demo = false;
    QString server;
    QString db;
};

// The command line of architecture.md; QCommandLineParser prints --help and
// --version, and refuses unknown options with exit code 1.
Options parseOptions(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Enrich leads with phone numbers and emails through the Lance API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate(
            "main",
            "Use the built-in engine with demo leads (the default when no server is configured)."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "main", "Connect to the Lance server at <url>. The API token comes from "
                    "the LANCE_TOKEN environment variable when set, else from the "
                    "system keychain; otherwise it is asked for."),
        QStringLiteral("url"));
    // Named in --help with its real path, which follows XDG_DATA_HOME.
    const QString defaultDb = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/demo.sqlite");
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The demo database file to use (default: %1).")
            .arg(defaultDb),
        QStringLiteral("path"));
    parser.addOptions({demo, server, db});
    parser.process(app); // exits here for --help, --version and errors
    return {parser.isSet(demo), parser.value(server),
            parser.isSet(db) ? parser.value(db) : defaultDb};
}

// --help and --version answer under a QCoreApplication, before the GUI
// exists: on a terminal or in a package test without a display,
// QApplication would abort first. Everything else is parsed once the
// QApplication has taken its own options (-platform, -style…).
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        setIdentity();
        parseOptions(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    setIdentity();
    const Options options = parseOptions(app);
    // Wayland's app id and the desktop file's name: the shell finds the
    // icon and groups windows by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.lance.Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lance-desk.svg")));

    const QString configuredServer =
        QSettings().value(lance::Connector::serverSettingKey()).toString();
    const QString serverUrl = options.server.isEmpty() ? configuredServer : options.server;
    const bool demoMode = options.demo || serverUrl.isEmpty();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    lance::LanceClient client;
    lance::MainWindow window(&client);
    lance::Connector connector(client, window, options.db);

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
