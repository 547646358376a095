// Fuzz target: a server's answer, as bytes, through the client's decoding.
//
// Input framing: the first byte picks the HTTP status, the rest is the body.
// The status is kStatuses[byte % 16], so the printable bytes '0'..'?' pick
// the table in order ('0' 200, '3' 400, '6' 404, ':' 500, ...; see the
// table). One entry is a connection that broke mid-answer, one an answer
// without a status line.
//
// The body goes through LanceClient::decode() (the client's own JSON and
// error-envelope handling, on a stand-in QNetworkReply) and then through
// every endpoint's parser that the calls use (LanceClient::parse*): search
// page (with and without a total), balance, meta, facets, history,
// enrichment list, one enrichment, estimate; they in turn call the models'
// decoders (Lead, Enrichment, CreditEstimate).
//
// Invariants:
//  - decode(): a 2xx answer is an error exactly when its body is not JSON;
//    any other status is always an error, of kind Api exactly when the body
//    is the error envelope, with the envelope's code; every error has a
//    message;
//  - an enrichment the client accepts survives toJson/fromJson unchanged,
//    and the engine's fast writer (appendJson) writes the same JSON as Qt's.

#include "fuzz_common.h"

#include "api_error.h"
#include "credit_estimate.h"
#include "enrichment.h"
#include "lance_client.h"
#include "lead.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

#include <cstring>

using namespace lance;
using lance::fuzz::check;

namespace {

char g_outcome[16] = "none";

constexpr int kBrokenConnection = -1; // RemoteHostClosedError after a partial body
constexpr int kStatuses[16] = {
    200, 201, 204, 400, 401, 402, 404, 405, 413, 429, 500, 503, 301, 0, kBrokenConnection, 418};

// The error QNetworkAccessManager reports alongside an HTTP status.
QNetworkReply::NetworkError errorFor(int status)
{
    switch (status) {
    case kBrokenConnection:
        return QNetworkReply::RemoteHostClosedError;
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    }
}

// A finished reply holding a given status and body, as decode() reads one.
class CannedReply : public QNetworkReply
{
public:
    CannedReply(int status, const QByteArray &body)
        : m_body(body)
    {
        // As every reply of a client with a server: an absolute URL.
        setUrl(QUrl(QStringLiteral("https://lance.test/api/v1/fuzz")));
        if (status > 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        else if (status == kBrokenConnection)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        if (errorFor(status) != QNetworkReply::NoError)
            setError(errorFor(status), QStringLiteral("canned error"));
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setFinished(true);
    }
    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_pos + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_body.size() - m_pos);
        if (n > 0)
            std::memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

// Whether every string (keys included) is valid UTF-16.
bool validUtf16(const QJsonValue &v)
{
    if (v.isString())
        return QStringView(v.toString()).isValidUtf16();
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            if (!validUtf16(item))
                return false;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringView(it.key()).isValidUtf16() || !validUtf16(it.value()))
                return false;
    }
    return true;
}

// An accepted enrichment must mean the same thing however it is written.
void checkEnrichment(const Enrichment &e)
{
    check(!e.id.isEmpty() && !e.entityId.isEmpty(), "enrichment accepted without ids");
    const QJsonObject o = e.toJson();
    Enrichment again;
    check(Enrichment::fromJson(o, &again) && again.toJson() == o,
          "enrichment does not survive toJson/fromJson",
          QJsonDocument(o).toJson(QJsonDocument::Compact));
    QByteArray fast;
    e.appendJson(fast);
    QJsonParseError err;
    const QJsonDocument fastDoc = QJsonDocument::fromJson(fast, &err);
    check(err.error == QJsonParseError::NoError && fastDoc.isObject(),
          "appendJson wrote invalid JSON", fast);
    // An unpaired surrogate is the one known difference: Qt writes it as a
    // \ud800 escape, appendJson (through QString::toUtf8) as '?'. The engine
    // never has such text to write (ids are checked UUIDs, the rest its own).
    if (validUtf16(o))
        check(fastDoc == QJsonDocument(o), "appendJson and toJson disagree", fast);
}

// What the client's own parsers accept must also satisfy the models'
// round-trip invariants.
void checkParsers(const QJsonDocument &json)
{
    for (const bool withTotal : {true, false}) {
        if (const auto page = LanceClient::parseSearchPage(json, 0, withTotal)) {
            for (const Lead &lead : page->leads) {
                check(!lead.id.isEmpty(), "lead accepted without an id");
                Lead again;
                check(Lead::fromJson(lead.toJson(), &again) && again.toJson() == lead.toJson(),
                      "lead does not survive toJson/fromJson");
            }
        }
    }
    LanceClient::parseBalance(json);
    LanceClient::parseFacets(json);
    LanceClient::parseHistory(json);
    if (const auto list = LanceClient::parseEnrichments(json))
        for (const Enrichment &e : *list)
            checkEnrichment(e);
    if (const auto one = LanceClient::parseEnrichment(json))
        checkEnrichment(*one);
    if (const auto estimate = LanceClient::parseEstimate(json)) {
        // What the confirmation dialog computes from an accepted estimate.
        Q_UNUSED(estimate->balanceAfterMax());
        Q_UNUSED(estimate->isAffordable());
        Q_UNUSED(estimate->shortfall());
        Q_UNUSED(estimate->affordableCount());
    }
    Q_UNUSED(LanceClient::parseMeta(json).costOf(ContactField::Phones));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // tr() and QNetworkReply want an application object; Qt's own argument
    // parsing is kept away from libFuzzer's flags.
    static int argc = 1;
    static char name[] = "fuzz_client_response";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!QCoreApplication::instance())
        LLVMFuzzerInitialize(nullptr, nullptr);
    if (size == 0) {
        std::snprintf(g_outcome, sizeof g_outcome, "none");
        return 0;
    }
    const int status = kStatuses[data[0] % 16];
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    CannedReply reply(status, body);
    QJsonDocument json;
    const std::optional<ClientError> e = LanceClient::decode(&reply, &json);

    // decode()'s contract, checked against an independent parse.
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError;
    const QByteArray what = "status " + QByteArray::number(status) + ", body " + body.left(300);
    if (status == kBrokenConnection) {
        check(e && e->kind == ClientError::Kind::Dropped, "broken connection not reported", what);
    } else if (status >= 200 && status < 300) {
        check(e.has_value() == !isJson, "2xx: error does not match the body's validity", what);
        if (e)
            check(e->kind == ClientError::Kind::BadResponse, "2xx non-JSON not BadResponse", what);
        else
            check(json == expected, "decoded JSON differs from the body", what);
    } else {
        check(e.has_value(), "non-2xx answer decoded as a success", what);
        ApiError api;
        const bool envelope = status > 0 && isJson && expected.isObject() &&
                              ApiError::fromJson(expected.object(), status, &api);
        check((e->kind == ClientError::Kind::Api) == envelope,
              "error kind does not match the envelope", what);
        if (envelope)
            check(e->api.code == api.code && e->api.httpStatus == status,
                  "API error code or status lost", what);
    }
    if (e) {
        check(!e->message.isEmpty() || e->kind == ClientError::Kind::Api, "error without a message",
              what);
        std::snprintf(g_outcome, sizeof g_outcome, "%s",
                      e->kind == ClientError::Kind::Api           ? "api"
                      : e->kind == ClientError::Kind::BadResponse ? "bad"
                                                                  : "transport");
    } else {
        std::snprintf(g_outcome, sizeof g_outcome, "ok");
    }

    // Every endpoint's parser on the same answer. Failures are expected for
    // most of them (a balance is not a search page); crashes and broken
    // invariants are not.
    if (!e)
        checkParsers(json);
    return 0;
}

extern "C" const char *LanceFuzzLastOutcome()
{
    return g_outcome;
}
