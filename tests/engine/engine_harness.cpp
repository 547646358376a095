#include "engine_harness.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>
#include <QUuid>

namespace lance::test {

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isUuidV4(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
        QRegularExpression::CaseInsensitiveOption);
    return form.match(text).hasMatch();
}

bool isIsoTimeMs(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    return form.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray Reply::describe() const
{
    return "HTTP " + QByteArray::number(status) + " " + body.left(600) +
           (networkError.isEmpty() ? QByteArray() : " (" + networkError.toUtf8() + ")");
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
    m_stderr.clear();
    m_baseUrl.clear();
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--db"),     dbPath(),
                     QStringLiteral("--token"),  QString::fromLatin1(kToken)};
    args += m_extraArgs;
    m_process.start(QStringLiteral(LANCE_ENGINE_BINARY), args);
    if (!m_process.waitForStarted(10000)) {
        qWarning("cannot start %s: %s", LANCE_ENGINE_BINARY, qPrintable(m_process.errorString()));
        return false;
    }
    // Demo generation can take a while on a slow machine; the engine prints
    // its address only once it is ready to serve. Other lines (a generated
    // token, progress) may come first.
    const QByteArray prefix = "listening on ";
    QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
    QElapsedTimer clock;
    clock.start();
    int scanned = 0;
    for (;;) {
        m_output += m_process.readAllStandardOutput();
        int eol;
        while ((eol = m_output.indexOf('\n', scanned)) >= 0) {
            const QByteArray line = m_output.mid(scanned, eol - scanned).trimmed();
            scanned = eol + 1;
            if (!line.startsWith(prefix))
                continue;
            m_baseUrl = QUrl(QString::fromLatin1(line.mid(prefix.size())));
            const bool ok = m_baseUrl.isValid() && m_baseUrl.scheme() == QLatin1String("http") &&
                            m_baseUrl.port() > 0;
            if (!ok)
                qWarning("unexpected address line: %s", line.constData());
            return ok;
        }
        if (m_process.state() == QProcess::NotRunning || clock.elapsed() > timeoutMs) {
            qWarning("lance-engine did not report its address; stdout: %s stderr: %s",
                     m_output.right(2000).constData(), errorOutput().right(2000).constData());
            return false;
        }
        spy.wait(1000);
    }
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

Reply readReply(QNetworkReply *r)
{
    Reply out;
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = r->readAll();
    out.json = QJsonDocument::fromJson(out.body);
    out.headers = r->rawHeaderPairs();
    // Connection-level errors only (codes below 200; HTTP error statuses
    // are 2xx-4xx codes): an answer cut off mid-body keeps its status 200.
    if (r->error() != QNetworkReply::NoError && r->error() < 200)
        out.networkError = r->errorString();
    return out;
}

namespace {
Reply collect(QNetworkReply *r)
{
    r->deleteLater();
    return readReply(r);
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

void waitFinished(QNetworkReply *r)
{
    if (!r->isFinished()) {
        QSignalSpy spy(r, &QNetworkReply::finished);
        spy.wait(90000);
    }
}

// A pause between two polls that keeps serving events: a timer's signal,
// waited for with QSignalSpy.
void pollInterval(int ms)
{
    QTimer timer;
    timer.setSingleShot(true);
    QSignalSpy fired(&timer, &QTimer::timeout);
    timer.start(ms);
    fired.wait(ms + 5000);
}
} // namespace

Reply EngineProcess::call(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &token)
{
    QNetworkReply *r = send(m_nam, request(path, token), method, body);
    waitFinished(r);
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
    for (QNetworkReply *r : replies)
        waitFinished(r);
    QList<Reply> out;
    for (QNetworkReply *r : replies)
        out << collect(r);
    return out;
}

QList<Reply> EngineProcess::concurrentCalls(int count, const QByteArray &method,
                                            const QString &path, const QByteArray &body,
                                            const QByteArray &token)
{
    QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> requests;
    for (int i = 0; i < count; ++i)
        requests << [&](QNetworkAccessManager &nam) {
            return send(nam, request(path, token), method, body);
        };
    return concurrent(requests);
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
    for (;;) {
        QList<QJsonObject> done;
        bool allFinal = true;
        for (int i = 0; i < personIds.size(); i += 200) {
            QJsonArray tasks;
            for (const QString &id : personIds.mid(i, 200))
                tasks.append(QJsonObject{{QStringLiteral("entityId"), id},
                                         {QStringLiteral("field"), field}});
            const Reply r = post(QStringLiteral("/api/v1/operations/enrichment/batch/query"),
                                 {{QStringLiteral("tasks"), tasks}});
            if (r.status != 200) {
                qWarning("batch/query failed: %s", r.describe().constData());
                return false;
            }
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
        if (clock.elapsed() >= timeoutMs)
            return false;
        pollInterval(50);
    }
}

qint64 EngineProcess::balance(qint64 *held, const QByteArray &token)
{
    const Reply r = get(QStringLiteral("/api/v1/operations/credits/balance"), token);
    if (held)
        *held = r.object().value(QStringLiteral("held")).toInteger(-1);
    return r.status == 200 ? r.object().value(QStringLiteral("balance")).toInteger(-1) : -1;
}

qint64 EngineProcess::requestsServed()
{
    const Reply r = get(QStringLiteral("/api/v1/meta"));
    return r.status == 200 ? r.object().value(QStringLiteral("requestsServed")).toInteger(-1) : -1;
}

QList<QJsonObject> EngineProcess::transactions(const QByteArray &token)
{
    // Pages of 500 until a short one; the contract sets no maximum limit, so
    // stay at a size any server accepts.
    QList<QJsonObject> out;
    for (int offset = 0; offset < 10000; offset += 500) {
        const Reply r = get(
            QStringLiteral("/api/v1/operations/credits/history?limit=500&offset=%1").arg(offset),
            token);
        if (r.status != 200) {
            qWarning("history failed: %s", r.describe().constData());
            break;
        }
        const QJsonArray page = r.object().value(QStringLiteral("transactions")).toArray();
        for (const QJsonValue &t : page)
            out << t.toObject();
        if (page.size() < 500)
            break;
    }
    return out;
}

qint64 residentKb(qint64 pid)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                         : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace lance::test
