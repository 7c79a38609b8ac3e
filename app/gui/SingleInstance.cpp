#include "SingleInstance.h"

#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Latchkey {

Q_LOGGING_CATEGORY(lcInstance, "latchkey.instance", QtInfoMsg)

namespace {

constexpr int kPerConnectionMs = 2000;
constexpr int kProbeMs = 500;
const QByteArray kOpen = QByteArrayLiteral("OPEN ");
const QByteArray kActivate = QByteArrayLiteral("ACTIVATE");
const QByteArray kOk = QByteArrayLiteral("OK\n");

bool isAddress(const QString &argument)
{
    return argument.startsWith(QLatin1String("latchkey:"), Qt::CaseInsensitive);
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::defaultServerName()
{
    const QString desktopId = QLatin1String(AppIdentity::kDesktopId);
#ifdef Q_OS_WIN
    // A pipe name; the user name keeps sessions of different users apart.
    return QStringLiteral("%1.%2").arg(desktopId, qEnvironmentVariable("USERNAME"));
#else
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    return QStringLiteral("%1/%2.%3.socket").arg(directory, desktopId).arg(::getuid());
#endif
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

SingleInstance::ListenResult SingleInstance::listen()
{
    if (isListening())
        return ListenResult::Listening;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        m_server->setMaxPendingConnections(8);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    // Ask first: with UserAccessOption, Qt binds in a private folder and renames the socket
    // into place, which would silently take the name from a running instance.
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(kProbeMs)) {
        probe.abort();
        m_error = tr("Latchkey is already running.");
        return ListenResult::AlreadyRunning;
    }
    if (probe.error() != QLocalSocket::ServerNotFoundError) {
        // A socket file nobody answers on: left behind by a process that ended abruptly.
        qCInfo(lcInstance) << "replacing a stale single-instance socket";
        QLocalServer::removeServer(m_serverName);
    }
    if (m_server->listen(m_serverName))
        return ListenResult::Listening;
    m_error = m_server->errorString();
    qCWarning(lcInstance).noquote() << "cannot listen for other Latchkey processes:" << m_error;
    return ListenResult::Failed;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // A client that never finishes its message is dropped.
        QTimer::singleShot(kPerConnectionMs, socket, [socket] { socket->abort(); });
        readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (socket->property("latchkeyDone").toBool())
        return;
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    if (!socket->canReadLine()) {
        if (available >= kMaxMessage) {
            qCWarning(lcInstance) << "dropped an oversized message from another process";
            socket->setProperty("latchkeyDone", true);
            socket->abort();
        }
        return;
    }
    socket->setProperty("latchkeyDone", true);
    QByteArray line = socket->readLine(kMaxMessage + 1);
    if (line.size() > kMaxMessage || !line.endsWith('\n')) {
        qCWarning(lcInstance) << "dropped an oversized message from another process";
        socket->abort();
        return;
    }
    line.chop(1);
    if (line == kActivate) {
        socket->write(kOk);
        socket->disconnectFromServer();
        Q_EMIT activationRequested();
        return;
    }
    if (line.startsWith(kOpen)) {
        const QString address = QString::fromUtf8(line.mid(kOpen.size()));
        line.fill('\0');
        if (isAddress(address)) {
            socket->write(kOk);
            socket->disconnectFromServer();
            qCInfo(lcInstance) << "received a latchkey:// address from another process";
            Q_EMIT addressReceived(address);
            return;
        }
    }
    qCWarning(lcInstance) << "dropped a malformed message from another process";
    socket->abort();
}

bool SingleInstance::send(const QString &serverName, const QByteArray &message, int timeoutMs)
{
    if (message.size() > kMaxMessage)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write(message);
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 16) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer.append(socket.readAll());
    }
    socket.abort();
    return answer == kOk;
}

bool SingleInstance::forward(const QString &serverName, const QString &address, int timeoutMs)
{
    if (!isAddress(address))
        return false;
    QByteArray message = kOpen + address.toUtf8() + '\n';
    const bool sent = send(serverName, message, timeoutMs);
    message.fill('\0');
    return sent;
}

bool SingleInstance::activate(const QString &serverName, int timeoutMs)
{
    return send(serverName, kActivate + '\n', timeoutMs);
}

QString SingleInstance::addressFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (isAddress(arguments.at(i)))
            return arguments.at(i);
    }
    return {};
}

std::optional<int> SingleInstance::forwardFromArguments(int argc, char **argv,
                                                        const QString &serverName)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString address = addressFromArguments(arguments);
    if (address.isEmpty())
        return std::nullopt;
    // Sockets need an application object; this one is gone again before main() builds its own.
    std::optional<QCoreApplication> temporary;
    if (!QCoreApplication::instance())
        temporary.emplace(argc, argv);
    const QString name = serverName.isEmpty() ? defaultServerName() : serverName;
    if (forward(name, address))
        return 0;
    return std::nullopt;
}

} // namespace Latchkey
