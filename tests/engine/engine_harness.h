#pragma once

// Shared by the engine's HTTP contract tests, the client tests and the
// benchmarks: runs the real lance-engine binary on loopback and talks to it
// with QNetworkAccessManager, as a client of the API would.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace lance::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    QString errorCode() const
    {
        return object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString errorMessage() const
    {
        return object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
    QJsonObject errorDetails() const
    {
        return object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("details"))
            .toObject();
    }
    QByteArray header(const QByteArray &name) const;
    // Status and body, for failure messages.
    QByteArray describe() const;
};

class EngineProcess
{
public:
    static constexpr auto kToken = "test-token";

    // Extra flags after the ones every test needs (listen, db, token).
    explicit EngineProcess(QStringList extraArgs = {});
    ~EngineProcess();

    // Starts the binary and waits for its "listening on" line; creating a
    // large demo database first can take minutes, hence the generous limit.
    bool start(int timeoutMs = 300000);
    // Starts again on the same database file (after kill() or terminate()),
    // optionally with other flags.
    bool restart() { return start(); }
    bool restart(const QStringList &extraArgs)
    {
        m_extraArgs = extraArgs;
        return start();
    }
    void kill();     // SIGKILL, as a crash would
    int terminate(); // SIGTERM; returns the exit code (-1 on a crash or a hang)
    qint64 pid() const { return m_process.processId(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("engine.sqlite")); }
    QByteArray output() const { return m_output; }
    QByteArray errorOutput() { return m_stderr += m_process.readAllStandardError(); }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &token = kToken);
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &token = kToken);
    Reply get(const QString &path, const QByteArray &token = kToken)
    {
        return call("GET", path, {}, token);
    }
    // Sends every request at once and waits for all answers.
    QList<Reply>
    concurrent(const QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> &requests);
    // The same, for `count` copies of one request.
    QList<Reply> concurrentCalls(int count, const QByteArray &method, const QString &path,
                                 const QByteArray &body = {}, const QByteArray &token = kToken);
    QNetworkRequest request(const QString &path, const QByteArray &token = kToken) const;
    QNetworkAccessManager &network() { return m_nam; }

    // The ids of the first `count` leads in default search order (or of a filter).
    QStringList leadIds(int count, const QJsonObject &filters = {});
    // Polls batch/query until every (person, field) is final; false on timeout.
    bool waitUntilFinal(const QStringList &personIds, const QString &field, int timeoutMs = 60000,
                        QList<QJsonObject> *finals = nullptr);
    qint64 balance(qint64 *held = nullptr, const QByteArray &token = kToken);
    // Requests the engine has answered since it started, this one included
    // (its /meta): how tests count a client's traffic at the server.
    qint64 requestsServed();
    // Every credit transaction of the token's organization, paging through history.
    QList<QJsonObject> transactions(const QByteArray &token = kToken);

private:
    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_stderr;
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
};

// A finished reply as a Reply (the caller still owns `r`).
Reply readReply(QNetworkReply *r);
QByteArray toJson(const QJsonObject &o);
// The contract's id and timestamp forms.
bool isUuidV4(const QString &text);
bool isIsoTimeMs(const QString &text);
// Resident memory of a process (this one by default), in KiB; -1 when
// /proc does not say.
qint64 residentKb(qint64 pid = 0);

} // namespace lance::test
