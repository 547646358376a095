// lance-engine: the local Lance API server, standalone.
#include "engine.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

#if defined(Q_OS_UNIX)
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through a pipe.
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own: a queued call is safe from any thread.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                              Qt::QueuedConnection);
    return TRUE;
}
#endif

// SIGINT and SIGTERM (Ctrl+C, Ctrl+Break and closing the console on
// Windows) end the event loop, so the engine stops cleanly: open requests
// answered, holds released, the database closed. Elsewhere the default
// handling (an immediate exit) stays. Returns false when it cannot be set up.
bool quitOnTerminationSignals(QCoreApplication &app)
{
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("lance-engine: socketpair");
        return false;
    }
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
#elif defined(Q_OS_WIN)
    Q_UNUSED(app);
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    Q_UNUSED(app);
#endif
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lance-engine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LANCE_VERSION));

    lance::engine::EngineConfig config;
    QString message;
    bool exitNow = false;
    if (!lance::engine::EngineConfig::fromArguments(app.arguments().mid(1), &config, &message,
                                                    &exitNow)) {
        std::fprintf(stderr, "lance-engine: %s\n", qPrintable(message));
        return 2;
    }
    if (exitNow) {
        std::fputs(qPrintable(message), stdout);
        return 0;
    }
    // Any loopback address is private to this machine (all of 127/8, ::1);
    // everything else, 0.0.0.0 and :: above all, is reachable from outside.
    if (!config.host.isLoopback()) {
        std::fprintf(stderr,
                     "lance-engine: warning: listening on %s, not loopback; anyone who can reach "
                     "this address and has a token can spend credits\n",
                     qPrintable(config.host.toString()));
    }
    const bool generatedToken = config.tokens.isEmpty();

    if (!quitOnTerminationSignals(app))
        return 1;

    lance::engine::Engine engine(config);
    if (config.seedDemo > 0) {
        QObject::connect(
            &engine, &lance::engine::Engine::generationProgress, [](int done, int total) {
                std::fprintf(stderr, "\rlance-engine: generating demo leads %d/%d", done, total);
                if (done == total)
                    std::fputc('\n', stderr);
            });
    }
    QString error;
    if (!engine.start(&error)) {
        std::fprintf(stderr, "lance-engine: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(engine.baseUrl().toString()));
    // The token is printed only when the engine made it up: whoever passed
    // --token knows it already, and it should not end up in their logs.
    if (generatedToken)
        std::printf("token %s\n", qPrintable(engine.token()));
    std::fflush(stdout);

    const int rc = app.exec();
    engine.stop();
    return rc;
}
