#include "engine_harness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

namespace lance::test {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

EngineProcess::EngineProcess(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

EngineProcess::~EngineProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool EngineProcess::start(int timeoutMs)
{
    m_output.clear();
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--db"),     dbPath(),
                     QStringLiteral("--token"),  QString::fromLatin1(kToken)};
    args += m_extraArgs;
    m_process.start(QStringLiteral(LANCE_ENGINE_BINARY), args);
    if (!m_process.waitForStarted(10000))
        return false;
    // Demo generation can take a while on a slow machine; the engine prints
    // its address only once it is ready to serve.
    QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
    QElapsedTimer clock;
    clock.start();
    while (!m_output.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning || clock.elapsed() > timeoutMs)
            return false;
        if (m_process.bytesAvailable() == 0)
            spy.wait(1000);
        m_output += m_process.readAllStandardOutput();
    }
    const QByteArray line = m_output.left(m_output.indexOf('\n'));
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix))
        return false;
    m_baseUrl = QUrl(QString::fromLatin1(line.mid(prefix.size())));
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

void EngineProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

int EngineProcess::terminate()
{
    m_process.terminate();
    if (!m_process.waitForFinished(30000))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QNetworkRequest EngineProcess::request(const QString &path, const QByteArray &token) const
{
    QUrl url = m_baseUrl;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setTransferTimeout(60000);
    return req;
}

namespace {
Reply collect(QNetworkReply *r)
{
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    out.json = QJsonDocument::fromJson(out.body);
    out.headers = r->rawHeaderPairs();
    if (r->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = r->errorString();
    r->deleteLater();
    return out;
}

QNetworkReply *send(QNetworkAccessManager &nam, const QNetworkRequest &req,
                    const QByteArray &method, const QByteArray &body)
{
    // post()/get() rather than sendCustomRequest(): the latter uploads
    // through a QBuffer in a way that stalls each request.
    if (method == "POST")
        return nam.post(req, body);
    if (method == "GET")
        return nam.get(req);
    if (method == "DELETE" && body.isEmpty())
        return nam.deleteResource(req);
    return nam.sendCustomRequest(req, method, body);
}
} // namespace

Reply EngineProcess::call(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &token)
{
    QNetworkReply *r = send(m_nam, request(path, token), method, body);
    if (!r->isFinished()) {
        QSignalSpy spy(r, &QNetworkReply::finished);
        spy.wait(90000);
    }
    return collect(r);
}

Reply EngineProcess::post(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return call("POST", path, toJson(body), token);
}

QList<Reply> EngineProcess::concurrent(
    const QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> &requests)
{
    QList<QNetworkReply *> replies;
    for (const auto &make : requests)
        replies << make(m_nam);
    for (QNetworkReply *r : replies) {
        if (!r->isFinished()) {
            QSignalSpy spy(r, &QNetworkReply::finished);
            spy.wait(90000);
        }
    }
    QList<Reply> out;
    for (QNetworkReply *r : replies)
        out << collect(r);
    return out;
}

QStringList EngineProcess::leadIds(int count, const QJsonObject &filters)
{
    QStringList ids;
    for (int page = 0; ids.size() < count; ++page) {
        const Reply r = post(QStringLiteral("/api/v1/entities/prospects/person"),
                             {{QStringLiteral("page"), page},
                              {QStringLiteral("size"), 100},
                              {QStringLiteral("filters"), filters}});
        const QJsonArray content = r.object().value(QStringLiteral("content")).toArray();
        if (r.status != 200 || content.isEmpty())
            break;
        for (const QJsonValue &lead : content)
            if (ids.size() < count)
                ids << lead.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

bool EngineProcess::waitUntilFinal(const QStringList &personIds, const QString &field,
                                   int timeoutMs, QList<QJsonObject> *finals)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QList<QJsonObject> done;
        bool allFinal = true;
        for (int i = 0; i < personIds.size(); i += 200) {
            QJsonArray tasks;
            for (const QString &id : personIds.mid(i, 200))
                tasks.append(QJsonObject{{QStringLiteral("entityId"), id},
                                         {QStringLiteral("field"), field}});
            const Reply r = post(QStringLiteral("/api/v1/operations/enrichment/batch/query"),
                                 {{QStringLiteral("tasks"), tasks}});
            if (r.status != 200)
                return false;
            const QJsonArray found = r.array();
            if (found.size() != qMin(200, int(personIds.size()) - i))
                allFinal = false;
            for (const QJsonValue &e : found) {
                if (e.toObject().value(QStringLiteral("status")) == QLatin1String("pending"))
                    allFinal = false;
                done << e.toObject();
            }
        }
        if (allFinal) {
            if (finals)
                *finals = done;
            return true;
        }
        // Poll again after a short pause, serving events meanwhile.
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

qint64 EngineProcess::balance(qint64 *held, const QByteArray &token)
{
    const Reply r = get(QStringLiteral("/api/v1/operations/credits/balance"), token);
    if (held)
        *held = r.object().value(QStringLiteral("held")).toInteger(-1);
    return r.status == 200 ? r.object().value(QStringLiteral("balance")).toInteger(-1) : -1;
}

} // namespace lance::test
