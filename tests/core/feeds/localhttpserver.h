// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

namespace Veille {

/*! A small HTTP/1.1 server on 127.0.0.1 for the feed tests: each path
 * answers what its route says, and every request is recorded. Nothing a
 * test fetches leaves the machine. */
class LocalHttpServer : public QObject
{
public:
    struct Request {
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; //!< names in lower case
    };
    struct Response {
        enum class Mode { Answer, Silent, Stream };
        int status = 200;
        QByteArray body;
        QVector<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Answer;
        qint64 streamBytes = 0; //!< Stream: this many bytes, with no Content-Length
        int delayMs = 0; //!< Answer: after this long
        void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
    };
    using Handler = std::function<Response(const Request &)>;

    LocalHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QByteArray &path, const QString &scheme = QStringLiteral("http")) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(scheme)
            .arg(m_server.serverPort())
            .arg(QString::fromLatin1(path));
    }
    void route(const QByteArray &path, Handler handler) { m_routes.insert(path, std::move(handler)); }
    void route(const QByteArray &path, const Response &response)
    {
        route(path, [response](const Request &) { return response; });
    }
    static Response feed(const QByteArray &xml, int status = 200)
    {
        Response response;
        response.status = status;
        response.body = xml;
        response.addHeader("Content-Type", "application/rss+xml; charset=utf-8");
        return response;
    }
    static Response redirect(int status, const QByteArray &location)
    {
        Response response;
        response.status = status;
        response.addHeader("Location", location);
        return response;
    }

    QVector<Request> requests;
    int maxInFlight = 0;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.startsWith('\x16')) {
            // A TLS handshake sent to this plain server: it answers in
            // plain HTTP, as a real one would, and the client's TLS fails.
            socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            buffer.clear();
            return;
        }
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request = parse(buffer.left(end));
        buffer.remove(0, end + 4);
        requests.append(request);
        const auto route = m_routes.constFind(request.path);
        Response response;
        if (route == m_routes.constEnd())
            response.status = 404;
        else
            response = (*route)(request);
        maxInFlight = std::max(maxInFlight, ++m_inFlight);
        if (response.mode == Response::Mode::Silent)
            return; // accepted, never answered
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { answer(socket, response); });
    }

    static Request parse(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.path = first.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        return request;
    }

    void answer(QTcpSocket *socket, const Response &response)
    {
        --m_inFlight;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\nConnection: close\r\n";
        for (const auto &header : response.headers)
            head += header.first + ": " + header.second + "\r\n";
        if (response.mode == Response::Mode::Answer)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        socket->write(head + "\r\n");
        if (response.mode == Response::Mode::Stream) {
            stream(socket, response.streamBytes);
            return;
        }
        socket->write(response.body);
        socket->disconnectFromHost();
    }

    // Writes a chunk each time the last one is sent, until the client
    // stops reading (it aborts) or all is sent: never all in memory.
    void stream(QTcpSocket *socket, qint64 total)
    {
        auto left = std::make_shared<qint64>(total);
        const QByteArray chunk(64 * 1024, 'x');
        auto more = [socket, left, chunk] {
            if (*left <= 0 || socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 0)
                return;
            socket->write(chunk);
            *left -= chunk.size();
            if (*left <= 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        socket->write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>");
    }

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_inFlight = 0;
};

} // namespace Veille
