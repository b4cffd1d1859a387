#include "singleinstance.h"

#include "core/common/appinfo.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
constexpr auto ActivateMessage = "activate\n";

QString defaultKey()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    // One instance per user and settings folder: an app started with another XDG_CONFIG_HOME (a
    // second profile, a test) is a different instance.
    return QString::fromLatin1(ApplicationId) + u'-' + user + u'-' + QSettings().fileName();
}
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    const QString base = key.isEmpty() ? defaultKey() : key;
    // Socket names are paths on Unix: keep them short and free of odd characters.
    m_name = u"tsuzuki-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(base.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::notifyRunningInstance(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(ActivateMessage);
    socket.flush();
    socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_name))
        return true;
    // A crashed instance leaves its socket file behind; nobody answered on it, so it is stale.
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    m_error = m_server->errorString();
    delete m_server;
    m_server = nullptr;
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->readAll().contains("activate"))
                Q_EMIT activationRequested();
        });
    }
}

} // namespace Tsuzuki
