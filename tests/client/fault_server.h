#pragma once

// A deliberately broken HTTP server for the client's fault tests: each
// request gets the next scripted behaviour, and the server counts what it
// received. Loopback only.

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <functional>

namespace lance::test {

struct Fault
{
    enum Kind
    {
        Respond,     // status, headers and body as given
        Silent,      // read the request, never answer
        DropMidBody, // headers and half the body, then reset
        Garbage,     // bytes that are not HTTP, then close
    };
    Kind kind = Respond;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Fault json(int status, const QByteArray &body)
    {
        return {Respond, status, body, {{"Content-Type", "application/json"}}};
    }
    static Fault of(Kind kind) { return {kind, 200, {}, {}}; }
};

class FaultServer : public QTcpServer
{
public:
    explicit FaultServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {}
    bool start(quint16 port = 0)
    {
        m_requests = 0;
        m_paths.clear();
        return listen(QHostAddress::LocalHost, port);
    }
    void script(const QList<Fault> &faults) { m_script = faults; }
    // What to do once the script has run out.
    void setDefault(const Fault &fault) { m_default = fault; }
    // Or decide per request, from its method, path and body.
    using Handler = std::function<Fault(const QByteArray &method, const QByteArray &path,
                                        const QByteArray &body)>;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    int requests() const { return m_requests; }
    QList<QByteArray> paths() const { return m_paths; }
    QUrl url() const;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void answer(class QTcpSocket *socket, const Fault &fault);
    QList<Fault> m_script;
    Fault m_default = Fault::json(200, "{}");
    Handler m_handler;
    int m_requests = 0;
    QList<QByteArray> m_paths;
};

} // namespace lance::test
