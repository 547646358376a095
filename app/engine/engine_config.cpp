#include "engine_config.h"

#include <QDir>
#include <QStandardPaths>

namespace lance::engine {

QString EngineConfig::defaultDbPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return dir + QStringLiteral("/lance-desk/lance-engine.sqlite");
}

bool EngineConfig::parseToken(const QString &text, TokenGrant *out, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 1 && parts.size() != 3) {
        *error = QStringLiteral("--token takes TOKEN or TOKEN:USER:ORG");
        return false;
    }
    for (const QString &p : parts) {
        if (p.isEmpty()) {
            *error = QStringLiteral("--token parts must not be empty");
            return false;
        }
    }
    out->token = parts[0];
    // A bare token stands for the local user of the local organization.
    out->userId = parts.size() == 3 ? parts[1] : QStringLiteral("user_local");
    out->orgId = parts.size() == 3 ? parts[2] : QStringLiteral("org_local");
    return true;
}

QString EngineConfig::helpText()
{
    // The default database is shown as this user's real path: it is where
    // an earlier run left its data.
    const QString text = QStringLiteral(
        "Usage: lance-engine [options]\n"
        "The Lance enrichment API served locally from a SQLite file.\n\n"
        "  --listen HOST:PORT        address to serve; port 0 picks a free one (127.0.0.1:8787)\n"
        "  --db PATH                 SQLite file, :memory: allowed\n"
        "                            (%1)\n"
        "  --token TOKEN[:USER:ORG]  accepted bearer token, repeatable (one generated, printed)\n"
        "  --seed-demo N             create N demo leads if the database has none (0)\n"
        "  --credits N               starting credits of each new organization (1000)\n"
        "  --seed S                  seed of demo data and provider simulation (1)\n"
        "  --latency-ms MIN:MAX      simulated provider latency (300:3000)\n"
        "  --hit-rate-emails R       share of email enrichments that find data (0.8)\n"
        "  --hit-rate-phones R       share of phone enrichments that find data (0.5)\n"
        "  --failure-rate R          share of enrichments that fail (0.02)\n"
        "  --cost-emails N           credits per found email (10)\n"
        "  --cost-phones N           credits per found phone (50)\n"
        "  --max-age-s N             pending older than this becomes timeout (800)\n"
        "  --max-in-flight N         simulated provider calls at once (64)\n"
        "  --rate-limit N            requests per token per second, 0 for none (0)\n"
        "  --request-timeout-ms N    a request must arrive within this, else 408 (30000)\n"
        "  --idle-timeout-ms N       idle connections are closed after this (120000)\n"
        "  --max-connections N       open connections at most; beyond, the idlest is\n"
        "                            closed (512)\n"
        "  --version                 print the version and exit\n"
        "  -h, --help                print this help and exit\n");
    return text.arg(defaultDbPath());
}

namespace {
bool parseInt(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool parseRate(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0.0 || v > 1.0)
        return false;
    *out = v;
    return true;
}
} // namespace

bool EngineConfig::fromArguments(const QStringList &args, EngineConfig *out, QString *message,
                                 bool *exitNow)
{
    *exitNow = false;
    EngineConfig c;
    for (int i = 0; i < args.size(); ++i) {
        const QString flag = args[i];
        if (flag == QLatin1String("--help") || flag == QLatin1String("-h")) {
            *message = helpText();
            *exitNow = true;
            return true;
        }
        if (flag == QLatin1String("--version")) {
            *message = QStringLiteral("lance-engine %1\n").arg(QStringLiteral(LANCE_VERSION));
            *exitNow = true;
            return true;
        }
        if (i + 1 >= args.size()) {
            *message = QStringLiteral("%1 needs a value, or is unknown; see --help").arg(flag);
            return false;
        }
        const QString value = args[++i];
        auto bad = [&](const QString &what) {
            *message = QStringLiteral("%1: %2").arg(flag, what);
            return false;
        };
        qint64 n = 0;
        if (flag == QLatin1String("--listen")) {
            const int colon = value.lastIndexOf(QLatin1Char(':'));
            if (colon <= 0 || !parseInt(value.mid(colon + 1), 0, 65535, &n))
                return bad(QStringLiteral("expected HOST:PORT"));
            QString host = value.left(colon);
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            if (host == QLatin1String("localhost"))
                host = QStringLiteral("127.0.0.1");
            QHostAddress addr;
            if (!addr.setAddress(host))
                return bad(QStringLiteral("not an IP address: %1").arg(host));
            c.host = addr;
            c.port = quint16(n);
        } else if (flag == QLatin1String("--db")) {
            c.dbPath = value;
        } else if (flag == QLatin1String("--token")) {
            TokenGrant g;
            QString why;
            if (!parseToken(value, &g, &why))
                return bad(why);
            c.tokens.append(g);
        } else if (flag == QLatin1String("--seed-demo")) {
            if (!parseInt(value, 0, 100'000'000, &n))
                return bad(QStringLiteral("expected a count"));
            c.seedDemo = int(n);
        } else if (flag == QLatin1String("--credits")) {
            if (!parseInt(value, 0, Q_INT64_C(1) << 50, &c.startingCredits))
                return bad(QStringLiteral("expected a number of credits"));
        } else if (flag == QLatin1String("--seed")) {
            if (!parseInt(value, 0, std::numeric_limits<qint64>::max(), &n))
                return bad(QStringLiteral("expected a number"));
            c.seed = quint64(n);
        } else if (flag == QLatin1String("--latency-ms")) {
            const QStringList parts = value.split(QLatin1Char(':'));
            qint64 lo = 0, hi = 0;
            if (parts.size() != 2 || !parseInt(parts[0], 0, 3'600'000, &lo) ||
                !parseInt(parts[1], 0, 3'600'000, &hi) || lo > hi)
                return bad(QStringLiteral("expected MIN:MAX milliseconds with MIN <= MAX"));
            c.latencyMinMs = int(lo);
            c.latencyMaxMs = int(hi);
        } else if (flag == QLatin1String("--hit-rate-emails")) {
            if (!parseRate(value, &c.hitRateEmails))
                return bad(QStringLiteral("expected a rate between 0 and 1"));
        } else if (flag == QLatin1String("--hit-rate-phones")) {
            if (!parseRate(value, &c.hitRatePhones))
                return bad(QStringLiteral("expected a rate between 0 and 1"));
        } else if (flag == QLatin1String("--failure-rate")) {
            if (!parseRate(value, &c.failureRate))
                return bad(QStringLiteral("expected a rate between 0 and 1"));
        } else if (flag == QLatin1String("--cost-emails")) {
            if (!parseInt(value, 0, 1'000'000, &n))
                return bad(QStringLiteral("expected a number of credits"));
            c.costEmails = int(n);
        } else if (flag == QLatin1String("--cost-phones")) {
            if (!parseInt(value, 0, 1'000'000, &n))
                return bad(QStringLiteral("expected a number of credits"));
            c.costPhones = int(n);
        } else if (flag == QLatin1String("--max-age-s")) {
            if (!parseInt(value, 1, 10'000'000, &n))
                return bad(QStringLiteral("expected seconds (at least 1)"));
            c.maxAgeS = int(n);
        } else if (flag == QLatin1String("--max-in-flight")) {
            if (!parseInt(value, 1, 100'000, &n))
                return bad(QStringLiteral("expected a count (at least 1)"));
            c.maxInFlight = int(n);
        } else if (flag == QLatin1String("--rate-limit")) {
            if (!parseInt(value, 0, 1'000'000, &n))
                return bad(QStringLiteral("expected requests per second"));
            c.rateLimitPerSecond = int(n);
        } else if (flag == QLatin1String("--request-timeout-ms")) {
            if (!parseInt(value, 1, 3'600'000, &n))
                return bad(QStringLiteral("expected milliseconds (at least 1)"));
            c.requestTimeoutMs = int(n);
        } else if (flag == QLatin1String("--idle-timeout-ms")) {
            if (!parseInt(value, 1, 86'400'000, &n))
                return bad(QStringLiteral("expected milliseconds (at least 1)"));
            c.idleTimeoutMs = int(n);
        } else if (flag == QLatin1String("--max-connections")) {
            if (!parseInt(value, 1, 100'000, &n))
                return bad(QStringLiteral("expected a count (at least 1)"));
            c.maxConnections = int(n);
        } else {
            *message = QStringLiteral("unknown option %1; see --help").arg(flag);
            return false;
        }
    }
    *out = c;
    return true;
}

} // namespace lance::engine
