// SPDX-License-Identifier: Apache-2.0
#pragma once

// A real HTTPS server on 127.0.0.1 for the tests of the health probe and the
// verification page: QSslServer with a certificate and key the test made
// with the openssl command.

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace Ismw::TestSupport {

using namespace Qt::StringLiterals;

inline QByteArray httpResponse(int status, const QByteArray& reason, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

// Answers every request with one canned response (or never, to make the
// client wait) and counts the requests that reached it.
class HttpsServer : public QObject
{
public:
    HttpsServer(const QString& certificatePath, const QString& keyPath)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(QSslCertificate::fromPath(certificatePath));
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(keyPath));
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpsServer::accept);
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen: %s", qPrintable(m_server.errorString()));
    }

    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(u"https://127.0.0.1:%1/api/health-check/v1.0/health"_s.arg(port())); }

    QByteArray response; // empty: hang, never answer
    int requests = 0;

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                ++requests;
                buffer->clear();
                if (response.isEmpty())
                    return;
                socket->write(response);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    QSslServer m_server;
};

} // namespace Ismw::TestSupport
