#pragma once

#include "api_limits.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace lance::engine {

// An accepted bearer token and whom it stands for.
struct TokenGrant
{
    QString token;
    QString userId;
    QString orgId;
};

// Everything the engine's command line (architecture.md) can set.
struct EngineConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8787;
    QString dbPath;           // empty: per-user data directory
    QList<TokenGrant> tokens; // empty: one is generated
    int seedDemo = 0;         // demo leads created when the database has none
    qint64 startingCredits = 1000;
    quint64 seed = 1;
    int latencyMinMs = 300;
    int latencyMaxMs = 3000;
    double hitRateEmails = 0.8;
    double hitRatePhones = 0.5;
    double failureRate = 0.02;
    int costEmails = 10;
    int costPhones = 50;
    int maxAgeS = 800;
    int maxInFlight = 64; // simulated provider calls at once
    qint64 maxBodyBytes = api::kMaxBodyBytes;
    int rateLimitPerSecond = 0;    // requests per token per second; 0: unlimited
    int requestTimeoutMs = 30'000; // from a request's first byte to its last
    int idleTimeoutMs = 120'000;   // an open connection with nothing to answer
    int maxConnections = 512;      // well under the usual 1024 open files

    static QString defaultDbPath();
    // Parses a TOKEN[:USER:ORG] argument.
    static bool parseToken(const QString &text, TokenGrant *out, QString *error);
    // Parses the lance-engine command line (without argv[0]). Returns false
    // with a message for a bad flag; sets *exitNow for --help / --version with
    // the text to print in *message.
    static bool fromArguments(const QStringList &args, EngineConfig *out, QString *message,
                              bool *exitNow);
    static QString helpText();
};

} // namespace lance::engine
