#include "fault_server.h"

#include <QTcpSocket>
#include <QUrl>

namespace lance::test {

QUrl FaultServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}

void FaultServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    auto *buffer = new QByteArray;
    connect(socket, &QObject::destroyed, socket, [buffer] { delete buffer; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        // One request at a time per connection: headers, then the body its
        // Content-Length announces.
        for (;;) {
            const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer->left(headerEnd).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
            const QByteArray method = requestLine.split(' ').value(0);
            const QByteArray path = requestLine.split(' ').value(1);
            const QByteArray body = buffer->mid(headerEnd + 4, int(length));
            m_paths << path;
            buffer->remove(0, int(headerEnd + 4 + length));
            ++m_requests;
            if (!m_script.isEmpty())
                answer(socket, m_script.takeFirst());
            else if (m_handler)
                answer(socket, m_handler(method, path, body));
            else
                answer(socket, m_default);
        }
    });
}

void FaultServer::answer(QTcpSocket *socket, const Fault &fault)
{
    switch (fault.kind) {
    case Fault::Silent:
        return;
    case Fault::Garbage:
        socket->write("\x16\x03\x01 this is not HTTP at all \xff\xfe\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Fault::Respond:
    case Fault::DropMidBody: {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(fault.status) + " Status\r\n";
        for (const auto &h : fault.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(fault.body.size()) + "\r\n\r\n";
        if (fault.kind == Fault::DropMidBody) {
            socket->write(out + fault.body.left(fault.body.size() / 2));
            socket->flush();
            socket->abort();
            return;
        }
        socket->write(out + fault.body);
        return;
    }
    }
}

} // namespace lance::test
