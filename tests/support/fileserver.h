#pragma once

// A tiny loopback HTTP/1.1 server for the mapping tests: fixed routes, one request per connection.

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace Tsuzuki::Test {

using namespace Qt::StringLiterals;

/// Serves fixed routes; remembers the User-Agent of each request.
class FileServer final : public QObject
{
public:
    struct Route
    {
        int status = 200;
        QByteArray contentType = "application/octet-stream"_ba;
        QByteArray body;
        qint64 announcedLength = -1; ///< Content-Length sent (-1: body size)
        bool silent = false; ///< accept and never answer
    };

    FileServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(
                    socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }
    void add(const QString &path, const Route &route) { m_routes.insert(path, route); }
    QList<QByteArray> userAgents;
    int requests = 0;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        ++requests;
        const QString path = QString::fromLatin1(lines.first().split(' ').value(1));
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("user-agent:"))
                userAgents << line.mid(11).trimmed();
        }
        const Route route = m_routes.value(path, Route { 404, "text/plain"_ba, "not found"_ba });
        if (route.silent)
            return;
        const qint64 length
            = route.announcedLength >= 0 ? route.announcedLength : route.body.size();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status)
            + " X\r\nContent-Type: " + route.contentType
            + "\r\nContent-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        socket->write(route.body);
        socket->flush();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Tsuzuki::Test
