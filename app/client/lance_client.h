#pragma once

#include "api_error.h"
#include "credit_estimate.h"
#include "enrichment.h"
#include "filter_set.h"
#include "lead.h"
#include "selection.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace lance {

// Why a call failed, in terms a rep can act on.
struct ClientError
{
    enum class Kind
    {
        Api,     // the server answered with the contract's error envelope
        Refused, // nothing listens there
        HostNotFound,
        Timeout,
        Tls,
        Dropped,     // the connection broke mid-answer
        BadResponse, // not the JSON the contract promises
        NoServer,    // no server set (setServer refused every address): nothing sent
    };
    Kind kind = Kind::BadResponse;
    int httpStatus = 0;
    int retryAfterS = 0; // the server's Retry-After, when it sent one
    ApiError api;        // set when kind == Api
    QString message;     // translated, for the status bar or a dialog

    bool isApi(const char *code) const
    {
        return kind == Kind::Api && api.code == QLatin1String(code);
    }
};

template <typename T> struct Result
{
    std::optional<T> value;
    std::optional<ClientError> error;
    bool ok() const { return value.has_value(); }
};

struct SearchPage
{
    QList<Lead> leads;
    qint64 totalElements = 0; // -1: not counted (searchWithoutTotal)
    int page = 0;
};

struct Balance
{
    qint64 available = 0;
    qint64 held = 0; // engine extension; 0 from plain Lance
    QString organizationId;
};

struct FacetValue
{
    QString key;
    qint64 count = 0;
};

struct CreditTransaction
{
    QString id;
    QString type;      // credit_added | credit_consumed
    qint64 amount = 0; // signed: consumed is negative
    QString operationType;
    QString source;
    QString referenceId;
    QString description;
    QString createdAt;
};

struct CreditHistory
{
    QList<CreditTransaction> transactions;
    qint64 count = 0;
};

// What a batch cancel did: the enrichments it cancelled, and the ids that
// had nothing pending any more (they finished while the rep decided).
struct CancelOutcome
{
    QList<Enrichment> cancelled;
    QStringList notPending;
};

// The ranged form of a bulk selection: positions start .. start+count-1 of
// a search, minus excluded ids.
struct BulkRange
{
    FilterSet filters;
    SortSpec sort;
    qint64 startIndex = 0;
    int targetCount = 0;
    QStringList excludedIds;
};

struct ServerMeta
{
    bool isEngine = false; // false: a plain Lance server (no /meta)
    QString version;
    QStringList features;
    // Credits per found contact. Lance's pricing page, and the engine's
    // defaults, until a server says otherwise in /meta.
    qint64 costEmails = 10;
    qint64 costPhones = 50;
    bool has(const char *feature) const { return features.contains(QLatin1String(feature)); }
    qint64 costOf(ContactField f) const
    {
        return f == ContactField::Emails ? costEmails : costPhones;
    }
};

// Typed asynchronous calls to the Lance API on one QNetworkAccessManager.
// Each call takes a context object: if it is destroyed first, the callback
// is not run. The bearer token is sent, never logged.
class LanceClient : public QObject
{
    Q_OBJECT
public:
    explicit LanceClient(QObject *parent = nullptr);

    // Remote servers must be https://; plain http:// is accepted for
    // loopback only. Returns false, with a message, for anything else.
    bool setServer(const QUrl &baseUrl, const QString &token, QString *error = nullptr);
    static bool isAcceptableServerUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasServer() const { return m_baseUrl.isValid(); }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    // False from the moment a request finds no server at the address (the
    // connection refused, reset or timed out after every retry) until one
    // gets an answer again, any answer. While false the client asks for the
    // balance now and then (backing off up to 15 s), so the app learns the
    // server is back even when nothing else is being asked.
    bool isReachable() const { return m_reachable; }

    void search(const FilterSet &filters, const SortSpec &sort, int page, int size,
                QObject *context, std::function<void(const Result<SearchPage> &)> done);
    // The same page without its total (engine extension "deferred_total"):
    // totalElements comes back as -1, and the answer does not wait for a
    // count of the whole filter.
    void searchWithoutTotal(const FilterSet &filters, const SortSpec &sort, int page, int size,
                            QObject *context, std::function<void(const Result<SearchPage> &)> done);
    void balance(QObject *context, std::function<void(const Result<Balance> &)> done);
    void meta(QObject *context, std::function<void(const Result<ServerMeta> &)> done);
    // Values of one filter key with their counts. With `inContext` (a server
    // that offers facets_in_context) the counts are those of the other keys'
    // filters and exclusions; the key's own values are left out by the server.
    void facets(const QString &key, const QString &search, const FilterSet &inContext, int size,
                int page, QObject *context,
                std::function<void(const Result<QList<FacetValue>> &)> done);
    void history(int limit, int offset, QObject *context,
                 std::function<void(const Result<CreditHistory> &)> done);

    using Enrichments = QList<Enrichment>;
    // Starting enrichments is safe to retry: while an enrichment is pending
    // or finished the server returns it instead of creating (or charging)
    // another, so a repeated request after a lost answer changes nothing.
    void enrichBatch(const QStringList &personIds, ContactField field, QObject *context,
                     std::function<void(const Result<Enrichments> &)> done);
    void enrichBulk(const QStringList &personIds, ContactField field, QObject *context,
                    std::function<void(const Result<Enrichments> &)> done);
    void enrichBulk(const BulkRange &range, ContactField field, QObject *context,
                    std::function<void(const Result<Enrichments> &)> done);
    void enrichOne(const QString &personId, ContactField field, QObject *context,
                   std::function<void(const Result<Enrichment> &)> done);
    // The newest enrichment; an empty optional when there is none (404).
    void enrichment(const QString &personId, ContactField field, QObject *context,
                    std::function<void(const Result<std::optional<Enrichment>> &)> done);
    void queryEnrichments(const QList<QPair<QString, ContactField>> &tasks, QObject *context,
                          std::function<void(const Result<Enrichments> &)> done);
    // Engine extension ("estimate" in meta's features): the exact counts and
    // cost of enriching a selection, and up to `newIdsLimit` of its new
    // leads in order. Read-only, so retried like any read.
    void estimate(const Selection &selection, ContactField field, int newIdsLimit, QObject *context,
                  std::function<void(const Result<CreditEstimate> &)> done);
    // Engine extension; an empty optional when nothing was pending (404).
    void cancelEnrichment(const QString &personId, ContactField field, QObject *context,
                          std::function<void(const Result<std::optional<Enrichment>> &)> done);
    // Engine extension "cancel_batch": what is pending among up to 1,000
    // leads, in one request.
    static constexpr int kMaxCancelIds = api::kMaxBulkIds;
    void cancelEnrichments(const QStringList &personIds, ContactField field, QObject *context,
                           std::function<void(const Result<CancelOutcome> &)> done);

    // Retries of a transient failure (retryDelayMs() in backoff.h): every
    // call of the contract is safe to repeat, enrichment starts included.
    struct RetryPolicy
    {
        int maxAttempts = 3;
        int baseDelayMs = 250;
        int maxDelayMs = 8000;
    };
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Decodes a finished reply into JSON or a typed error; public so the
    // fault tests can feed it what a broken server sends.
    static std::optional<ClientError> decode(QNetworkReply *reply, QJsonDocument *json);

    // Each endpoint's JSON, past decode(), as the calls read it; nullopt when
    // it lacks the contract's shape. Apart from the network so that the fuzz
    // target (tests/fuzz) reads answers exactly as the app does.
    static std::optional<SearchPage> parseSearchPage(const QJsonDocument &json, int page,
                                                     bool withTotal);
    static std::optional<Balance> parseBalance(const QJsonDocument &json);
    static ServerMeta parseMeta(const QJsonDocument &json);
    static std::optional<QList<FacetValue>> parseFacets(const QJsonDocument &json);
    static std::optional<CreditHistory> parseHistory(const QJsonDocument &json);
    static std::optional<Enrichments> parseEnrichments(const QJsonDocument &json);
    static std::optional<Enrichment> parseEnrichment(const QJsonDocument &json);
    static std::optional<CreditEstimate> parseEstimate(const QJsonDocument &json);
    static std::optional<CancelOutcome> parseCancelOutcome(const QJsonDocument &json);

signals:
    // A request is being sent again after a failure (for a status display).
    void retrying(const QString &path, int attempt, int delayMs);
    // isReachable() changed: the app fetches again what failed meanwhile.
    void reachabilityChanged(bool reachable);

private:
    using Handler = std::function<void(QNetworkReply *)>;
    void searchRequest(const FilterSet &filters, const SortSpec &sort, int page, int size,
                       bool withTotal, QObject *context,
                       std::function<void(const Result<SearchPage> &)> done);
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              QObject *context, Handler handler);
    void attempt(const QByteArray &method, const QString &path, const QByteArray &body,
                 QPointer<QObject> context, Handler handler, int number);
    void enrichmentsCall(const QString &path, const QByteArray &body, QObject *context,
                         std::function<void(const Result<Enrichments> &)> done);
    void
    optionalEnrichmentCall(const QByteArray &method, const QString &personId, ContactField field,
                           QObject *context,
                           std::function<void(const Result<std::optional<Enrichment>> &)> done);

    void noteReachable(bool reachable);
    void probe();

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 15000;
    RetryPolicy m_retry;
    bool m_reachable = true;
    int m_probes = 0; // probes that found no server since it went away
    QTimer m_probeTimer;
};

} // namespace lance
