#pragma once

#include "api_error.h"
#include "filter_set.h"
#include "lead.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkReply;

namespace lance {

// Why a call failed, in terms a rep can act on.
struct ClientError
{
    enum class Kind {
        Api,           // the server answered with the contract's error envelope
        Refused,       // nothing listens there
        HostNotFound,
        Timeout,
        Tls,
        Dropped,       // the connection broke mid-answer
        BadResponse,   // not the JSON the contract promises
        InsecureUrl,   // refused before sending: http:// to a remote host
    };
    Kind kind = Kind::BadResponse;
    int httpStatus = 0;
    ApiError api;        // set when kind == Api
    QString message;     // translated, for the status bar or a dialog

    bool isApi(const char *code) const { return kind == Kind::Api && api.code == QLatin1String(code); }
};

template <typename T>
struct Result
{
    std::optional<T> value;
    std::optional<ClientError> error;
    bool ok() const { return value.has_value(); }
};

struct SearchPage
{
    QList<Lead> leads;
    qint64 totalElements = 0;
    int page = 0;
};

struct Balance
{
    qint64 available = 0;
    qint64 held = 0;  // engine extension; 0 from plain Lance
    QString organizationId;
};

struct ServerMeta
{
    bool isEngine = false;   // false: a plain Lance server (no /meta)
    QString version;
    QStringList features;
    bool has(const char *feature) const { return features.contains(QLatin1String(feature)); }
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

    void search(const FilterSet &filters, const SortSpec &sort, int page, int size, QObject *context,
                std::function<void(const Result<SearchPage> &)> done);
    void balance(QObject *context, std::function<void(const Result<Balance> &)> done);
    void meta(QObject *context, std::function<void(const Result<ServerMeta> &)> done);

    // Decodes a finished reply into JSON or a typed error; public so the
    // fault tests can feed it what a broken server sends.
    static std::optional<ClientError> decode(QNetworkReply *reply, QJsonDocument *json);

private:
    using Handler = std::function<void(QNetworkReply *)>;
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              QObject *context, Handler handler);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 15000;
};

} // namespace lance
