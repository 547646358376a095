// Fuzz target: one HTTP request, as bytes, through HttpApi::handle(), the
// engine's whole request-to-response mapping without sockets.
//
// Input framing (plain text, so corpus files can be written by hand):
//
//   <auth> <method> <target>\n      first line; \r\n also accepted
//   <name>: <value>\n               zero or more header lines
//   \n                              an empty line ends the headers
//   <body>                          every remaining byte, as sent
//
// <auth> "T" adds "Authorization: Bearer fuzz-token" (the engine's one
// token) before the input's own headers; any other word adds nothing, so
// both the authenticated routes and the 401 paths get exercised without the
// fuzzer having to guess the token. The engine reads the last Bearer
// Authorization header, so an input header can still override it. A
// <target> starting with '/' is resolved against http://127.0.0.1:8787 (as
// QtHttpServer does for origin-form targets); anything else is parsed as a
// whole URL. Missing parts are empty: an empty input is an empty method on
// an empty URL.
//
// Invariants checked on every answer (a break aborts, so libFuzzer keeps the
// input as a crash):
//  - the status is one the contract defines (shared/api/lance-api.md):
//    200 400 401 402 404 405 413 429; a 500 from input alone is a bug;
//  - the body is a JSON object or array; any non-200 is the error envelope
//    {"error": {"code", "message", "details"?}} with the code of its status;
//  - 405 carries Allow, an UNAUTHORIZED 401 carries WWW-Authenticate, 429
//    carries Retry-After;
//  - only 401, 404, 405 and 413 may answer a request without the token
//    (everything else is behind authentication), and a request with the
//    token never gets 401.

#include "fuzz_common.h"

#include "engine_config.h"
#include "enrichment_service.h"
#include "http_api.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdlib>
#include <memory>

using namespace lance;
using namespace lance::engine;
using lance::fuzz::check;

namespace {

constexpr auto kToken = "fuzz-token";
using Headers = QList<QPair<QByteArray, QByteArray>>;

// Built once per process: opening SQLite and generating leads takes far
// longer than a request, and a fuzzer runs millions of them. State carries
// over between inputs (enrichments, holds), as it does in a running engine.
struct EngineStack
{
    QTemporaryDir dir;
    EngineConfig config;
    Store store;
    std::unique_ptr<EnrichmentService> service;
    std::unique_ptr<HttpApi> api;
};

EngineStack *g_stack = nullptr;
char g_outcome[16] = "none";

EngineStack *buildStack()
{
    auto *s = new EngineStack;
    check(s->dir.isValid(), "cannot create a temporary directory");
    s->config.dbPath = s->dir.filePath(QStringLiteral("fuzz.sqlite"));
    s->config.tokens = {
        {QString::fromLatin1(kToken), QStringLiteral("user_fuzz"), QStringLiteral("org_fuzz")}};
    // Enough credits that enrichment requests keep reaching the ledger
    // instead of all ending in 402 after a few thousand inputs.
    s->config.startingCredits = 1'000'000'000;
    s->config.rateLimitPerSecond = 0;
    QString error;
    const bool ok = s->store.open(s->config.dbPath, &error) && s->store.prepareLeads(
                                                                   200, 1, [](int, int) {}, &error);
    check(ok, "cannot open the fuzz database", error.toUtf8());
    s->service = std::make_unique<EnrichmentService>(s->store, s->config);
    // No ProviderSimulator: enrichments stay pending, which is a state the
    // API must handle anyway, and nothing runs behind the fuzzer's back.
    s->api = std::make_unique<HttpApi>(s->store, *s->service, s->config);
    return s;
}

struct Request
{
    QByteArray method;
    QByteArray target;
    Headers headers;
    QByteArray body;
};

Request parse(const QByteArray &in)
{
    Request r;
    qsizetype pos = 0;
    auto nextLine = [&in, &pos](QByteArray *line) {
        if (pos >= in.size())
            return false;
        qsizetype eol = in.indexOf('\n', pos);
        if (eol < 0)
            eol = in.size();
        *line = in.mid(pos, eol - pos);
        if (line->endsWith('\r'))
            line->chop(1);
        pos = eol + 1;
        return true;
    };
    QByteArray first;
    nextLine(&first);
    const qsizetype s1 = first.indexOf(' ');
    const QByteArray auth = s1 < 0 ? first : first.left(s1);
    const QByteArray rest = s1 < 0 ? QByteArray() : first.mid(s1 + 1);
    const qsizetype s2 = rest.indexOf(' ');
    r.method = s2 < 0 ? rest : rest.left(s2);
    r.target = s2 < 0 ? QByteArray() : rest.mid(s2 + 1);
    if (auth == "T")
        r.headers.append({QByteArray("Authorization"), "Bearer " + QByteArray(kToken)});
    QByteArray line;
    while (nextLine(&line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            r.headers.append({line, QByteArray()});
        else
            r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    if (pos < in.size())
        r.body = in.mid(pos);
    return r;
}

// Whether the request presents the engine's token, decided independently of
// HttpApi::authenticate: the last Authorization header of the Bearer scheme
// counts.
bool presentsToken(const Headers &headers)
{
    QByteArray presented;
    for (const auto &h : headers) {
        if (h.first.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray v = h.second.trimmed();
        if (v.size() > 7 && v.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            presented = v.mid(7).trimmed();
    }
    return presented == kToken;
}

bool hasHeader(const HttpApi::Response &r, const char *name)
{
    for (const auto &h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0 && !h.second.isEmpty())
            return true;
    return false;
}

bool codeFits(int status, const QString &code)
{
    switch (status) {
    case 400:
        return code == QLatin1String(ApiError::ValidationError);
    case 401:
        // Lance's batch endpoint reports a missing token as a validation error.
        return code == QLatin1String(ApiError::Unauthorized) ||
               code == QLatin1String(ApiError::ValidationError);
    case 402:
        return code == QLatin1String(ApiError::InsufficientCredits);
    case 404:
        return code == QLatin1String(ApiError::NotFound);
    case 405:
        return code == QLatin1String(ApiError::MethodNotAllowed);
    case 413:
        return code == QLatin1String(ApiError::PayloadTooLarge);
    case 429:
        return code == QLatin1String(ApiError::RateLimited);
    default:
        return false;
    }
}

void checkResponse(const Request &req, const HttpApi::Response &r)
{
    const QByteArray what = "status " + QByteArray::number(r.status) + ", body " + r.body.left(500);
    const int status = r.status;
    check(status == 200 || status == 400 || status == 401 || status == 402 || status == 404 ||
              status == 405 || status == 413 || status == 429,
          "status outside the contract", what);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    check(parseError.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()),
          "body is not a JSON object or array", what);

    const bool authenticated = presentsToken(req.headers);
    if (!authenticated)
        check(status == 401 || status == 404 || status == 405 || status == 413,
              "answered past authentication without the token", what);
    else
        check(status != 401, "the right token was refused", what);

    if (status == 200)
        return;
    check(doc.isObject(), "error body is not an object", what);
    const QJsonValue error = doc.object().value(QStringLiteral("error"));
    check(error.isObject(), "error body without the envelope", what);
    const QJsonObject e = error.toObject();
    check(e.value(QStringLiteral("code")).isString() &&
              codeFits(status, e.value(QStringLiteral("code")).toString()),
          "error code does not fit the status", what);
    check(e.value(QStringLiteral("message")).isString() &&
              !e.value(QStringLiteral("message")).toString().isEmpty(),
          "error without a message", what);
    const QJsonValue details = e.value(QStringLiteral("details"));
    check(details.isUndefined() || details.isObject(), "error details are not an object", what);
    if (status == 405)
        check(hasHeader(r, "Allow"), "405 without Allow", what);
    if (status == 401 && e.value(QStringLiteral("code")) == QLatin1String(ApiError::Unauthorized))
        check(hasHeader(r, "WWW-Authenticate"), "401 without WWW-Authenticate", what);
    if (status == 429)
        check(hasHeader(r, "Retry-After"), "429 without Retry-After", what);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt's SQL plugins are found through the application; Qt's own argument
    // parsing is kept away from libFuzzer's flags.
    static int argc = 1;
    static char name[] = "fuzz_engine_request";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    if (!g_stack) {
        g_stack = buildStack();
        // Both drivers leave through exit() when done: close the database
        // and remove its temporary directory then. (After a crash it stays;
        // the soak points TMPDIR at its own work directory for that.)
        std::atexit([] {
            delete g_stack;
            g_stack = nullptr;
        });
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!g_stack)
        LLVMFuzzerInitialize(nullptr, nullptr);
    // A copy, not fromRawData(): libFuzzer's buffer has no terminating NUL,
    // which Qt may assume of a QByteArray's data.
    const Request req = parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QUrl url = req.target.startsWith('/')
                         ? QUrl::fromEncoded("http://127.0.0.1:8787" + req.target)
                         : QUrl::fromEncoded(req.target);
    const HttpApi::Response r = g_stack->api->handle(req.method, url, req.headers, req.body);
    std::snprintf(g_outcome, sizeof g_outcome, "%d", r.status);
    checkResponse(req, r);
    return 0;
}

extern "C" const char *LanceFuzzLastOutcome()
{
    return g_outcome;
}
