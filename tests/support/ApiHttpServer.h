#pragma once

// A small HTTP/1.1 server on 127.0.0.1 speaking a platform's REST API for tests: it records each request
// (method, path, query, headers, body read to its Content-Length) and answers from a table keyed by
// "METHOD /path?query" (exact) or else "METHOD /path", or 404.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

class ApiHttpServer : public QObject {
public:
    struct Request {
        QString method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray body;
    };

    ApiHttpServer()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }

    QUrl url(const QString& path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    // `route` is "METHOD /path" or "METHOD /path?exact=query".
    void serve(const QString& route, int status, const QByteArray& body = {})
    {
        m_routes.insert(route, Response{status, body});
    }
    QList<Request> requests;
    // The requests to one route, in arrival order.
    QList<Request> to(const QString& route) const
    {
        QList<Request> found;
        for (const Request& request : requests)
            if (request.method + u' ' + request.path == route)
                found << request;
        return found;
    }

private:
    void onReadyRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(end + 4, length);
        buffer.clear();
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = QString::fromLatin1(first.value(0));
        const QUrl target(QString::fromLatin1(first.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        requests << request;
        const QString route = request.method + u' ' + request.path;
        const QString withQuery = route + u'?' + request.query.toString();
        const Response response =
            m_routes.value(withQuery, m_routes.value(route, Response{404, R"({"error":"not found"})"}));
        socket->write("HTTP/1.1 " + QByteArray::number(response.status) +
                      " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body);
        socket->flush();
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QString, Response> m_routes;
};
