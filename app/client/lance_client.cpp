#include "lance_client.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace lance {

LanceClient::LanceClient(QObject *parent)
    : QObject(parent)
{
    // Redirects could move the bearer token to another host.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool LanceClient::isAcceptableServerUrl(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The server address is not a valid URL."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return fail(tr("The server address must start with https://."));
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = host == QLatin1String("localhost") || address.isLoopback();
    if (!loopback)
        return fail(tr("Refusing to send your token over plain http:// to %1. Use https://.").arg(host));
    return true;
}

bool LanceClient::setServer(const QUrl &baseUrl, const QString &token, QString *error)
{
    if (!isAcceptableServerUrl(baseUrl, error))
        return false;
    m_baseUrl = baseUrl;
    m_token = token.toUtf8();
    return true;
}

void LanceClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                       QObject *context, Handler handler)
{
    QUrl url = m_baseUrl;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + QStringLiteral("/api/v1") + path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam.get(request);
    else if (method == "POST")
        reply = m_nam.post(request, body);
    else if (method == "DELETE")
        reply = m_nam.deleteResource(request);
    else
        reply = m_nam.sendCustomRequest(request, method, body);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [reply, guard, handler = std::move(handler)] {
        reply->deleteLater();
        if (guard)
            handler(reply);
    });
}

std::optional<ClientError> LanceClient::decode(QNetworkReply *reply, QJsonDocument *json)
{
    ClientError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QJsonParseError parse;
    *json = QJsonDocument::fromJson(body, &parse);
    const bool isJson = parse.error == QJsonParseError::NoError;

    if (e.httpStatus >= 200 && e.httpStatus < 300 && reply->error() == QNetworkReply::NoError) {
        if (isJson)
            return std::nullopt;
        e.kind = ClientError::Kind::BadResponse;
        e.message = tr("The server sent an answer that is not valid data. Try again later.");
        return e;
    }
    if (e.httpStatus > 0) {
        if (isJson && json->isObject() && ApiError::fromJson(json->object(), e.httpStatus, &e.api)) {
            e.kind = ClientError::Kind::Api;
            e.message = e.api.message;
            return e;
        }
        e.kind = ClientError::Kind::BadResponse;
        e.message = tr("The server answered with an error (HTTP %1) and no explanation.").arg(e.httpStatus);
        return e;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        e.kind = ClientError::Kind::Refused;
        e.message = tr("Cannot reach the server: the connection was refused.");
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = ClientError::Kind::HostNotFound;
        e.message = tr("Cannot find the server. Check the address and your connection.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        e.kind = ClientError::Kind::Timeout;
        e.message = tr("The server did not answer in time.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ClientError::Kind::Tls;
        e.message = tr("The server's certificate could not be verified; the connection was not made.");
        break;
    default:
        e.kind = ClientError::Kind::Dropped;
        e.message = tr("The connection to the server was lost.");
        break;
    }
    return e;
}

namespace {
template <typename T>
Result<T> failed(const ClientError &e)
{
    Result<T> r;
    r.error = e;
    return r;
}

ClientError malformed()
{
    ClientError e;
    e.kind = ClientError::Kind::BadResponse;
    e.message = LanceClient::tr("The server sent data in an unexpected shape.");
    return e;
}
} // namespace

void LanceClient::search(const FilterSet &filters, const SortSpec &sort, int page, int size,
                         QObject *context, std::function<void(const Result<SearchPage> &)> done)
{
    QJsonObject body{{QStringLiteral("page"), page}, {QStringLiteral("size"), size},
                     {QStringLiteral("filters"), filters.toJson()}};
    if (!sort.isEmpty())
        body.insert(QStringLiteral("sort"), sort.toJson());
    send("POST", QStringLiteral("/entities/prospects/person"),
         QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         [done = std::move(done), page](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<SearchPage>(*e));
             const QJsonObject o = json.object();
             if (!o.value(QStringLiteral("content")).isArray()
                 || !o.value(QStringLiteral("totalElements")).isDouble())
                 return done(failed<SearchPage>(malformed()));
             SearchPage p;
             p.page = page;
             p.totalElements = o.value(QStringLiteral("totalElements")).toInteger();
             for (const QJsonValue &v : o.value(QStringLiteral("content")).toArray()) {
                 Lead lead;
                 if (!Lead::fromJson(v.toObject(), &lead))
                     return done(failed<SearchPage>(malformed()));
                 p.leads.append(lead);
             }
             Result<SearchPage> r;
             r.value = p;
             done(r);
         });
}

void LanceClient::balance(QObject *context, std::function<void(const Result<Balance> &)> done)
{
    send("GET", QStringLiteral("/operations/credits/balance"), {}, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<Balance>(*e));
             const QJsonObject o = json.object();
             if (!o.value(QStringLiteral("balance")).isDouble())
                 return done(failed<Balance>(malformed()));
             Result<Balance> r;
             r.value = Balance{o.value(QStringLiteral("balance")).toInteger(),
                               o.value(QStringLiteral("held")).toInteger(0),
                               o.value(QStringLiteral("organizationId")).toString()};
             done(r);
         });
}

void LanceClient::meta(QObject *context, std::function<void(const Result<ServerMeta> &)> done)
{
    send("GET", QStringLiteral("/meta"), {}, context, [done = std::move(done)](QNetworkReply *reply) {
        QJsonDocument json;
        auto e = decode(reply, &json);
        Result<ServerMeta> r;
        if (e && e->httpStatus == 404) {
            r.value = ServerMeta{}; // plain Lance: no extensions
            return done(r);
        }
        if (e)
            return done(failed<ServerMeta>(*e));
        const QJsonObject o = json.object();
        ServerMeta m;
        m.isEngine = o.value(QStringLiteral("engine")).toString() == QLatin1String("lance-engine");
        m.version = o.value(QStringLiteral("version")).toString();
        for (const QJsonValue &f : o.value(QStringLiteral("features")).toArray())
            m.features << f.toString();
        r.value = m;
        done(r);
    });
}

} // namespace lance
