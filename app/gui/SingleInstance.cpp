#include "SingleInstance.h"

#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
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

constexpr char kAddressPrefix[] = "latchkey:";

bool isAddress(const QString &argument)
{
    return argument.startsWith(QLatin1String(kAddressPrefix), Qt::CaseInsensitive);
}

Problem directoryProblem(const QString &what, const QString &path)
{
    return Problem(ProblemCode::ConfigError,
                   SingleInstance::tr("Latchkey has no private folder for talking to a second "
                                      "Latchkey process: %1 (%2).")
                       .arg(what, path),
                   SingleInstance::tr("Run Latchkey in a desktop session (it sets "
                                      "XDG_RUNTIME_DIR), or remove or fix that folder. Until "
                                      "then each `latchkey` starts its own window."));
}

void wipeBytes(char *bytes, size_t length)
{
#ifdef Q_OS_LINUX
    ::explicit_bzero(bytes, length);
#else
    volatile char *p = bytes;
    while (length--)
        *p++ = 0;
#endif
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
    const Result<QString> directory = privateDirectory();
    if (!directory)
        return {};
    return QStringLiteral("%1/%2.socket").arg(*directory, desktopId);
#endif
}

Problem SingleInstance::checkPrivateDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return directoryProblem(
            tr("it cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path);
    if (S_ISLNK(info.st_mode))
        return directoryProblem(tr("it is a symbolic link"), path);
    if (!S_ISDIR(info.st_mode))
        return directoryProblem(tr("it is not a folder"), path);
    if (info.st_uid != ::getuid())
        return directoryProblem(tr("it belongs to another user"), path);
    if ((info.st_mode & 07777) != 0700) {
        return directoryProblem(
            tr("others may use it (mode %1, not 700)").arg(info.st_mode & 07777, 3, 8), path);
    }
#else
    Q_UNUSED(path)
#endif
    return {};
}

Result<QString> SingleInstance::privateDirectory()
{
#ifdef Q_OS_UNIX
    // XDG_RUNTIME_DIR itself (pam_systemd's /run/user/<uid>): this user's, nobody else may
    // write in it (or they could swap our folder). No fallback to a shared folder.
    const QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || !base.startsWith(QLatin1Char('/')))
        return directoryProblem(tr("XDG_RUNTIME_DIR is not set"),
                                QStringLiteral("$XDG_RUNTIME_DIR"));
    struct stat info = {};
    if (::stat(QFile::encodeName(base).constData(), &info) != 0 || !S_ISDIR(info.st_mode))
        return directoryProblem(tr("XDG_RUNTIME_DIR is not a folder"), base);
    if (info.st_uid != ::getuid() || (info.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return directoryProblem(tr("XDG_RUNTIME_DIR is not this user's alone"), base);
    const QString directory = base + QStringLiteral("/latchkey");
    const QByteArray encoded = QFile::encodeName(directory);
    if (::mkdir(encoded.constData(), 0700) == 0) {
        ::chmod(encoded.constData(), 0700); // whatever the umask
    } else if (errno != EEXIST) {
        return directoryProblem(
            tr("it cannot be created: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
            directory);
    }
    if (const Problem problem = checkPrivateDirectory(directory))
        return problem;
    return directory;
#else
    return QDir::tempPath();
#endif
}

Problem SingleInstance::checkServerDirectory(const QString &serverName)
{
#ifdef Q_OS_UNIX
    if (serverName.isEmpty())
        return privateDirectory().problem();
    return checkPrivateDirectory(QFileInfo(serverName).path());
#else
    Q_UNUSED(serverName)
    return {};
#endif
}

bool SingleInstance::peerIsThisUser(qintptr socketDescriptor)
{
#if defined(Q_OS_LINUX)
    struct ucred credentials = {};
    socklen_t length = sizeof credentials;
    if (socketDescriptor < 0 ||
        ::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0 ||
        length != sizeof credentials) {
        return false;
    }
    return credentials.uid == ::getuid();
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    return socketDescriptor >= 0 && ::getpeereid(int(socketDescriptor), &uid, &gid) == 0 &&
           uid == ::getuid();
#else
    Q_UNUSED(socketDescriptor)
    return true;
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
    if (const Problem problem = checkServerDirectory(m_serverName)) {
        m_error = problem.message() + QLatin1Char(' ') + problem.fix();
        qCWarning(lcInstance).noquote() << "cannot listen for other Latchkey processes:" << m_error;
        return ListenResult::Failed;
    }
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
        const bool ours = peerIsThisUser(probe.socketDescriptor());
        probe.abort();
        if (!ours) {
            m_error = tr("A process of another user listens on %1.").arg(m_serverName);
            qCWarning(lcInstance).noquote() << m_error;
            return ListenResult::Failed;
        }
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
        if (!peerIsThisUser(socket->socketDescriptor())) {
            qCWarning(lcInstance) << "dropped a connection from a process of another user";
            socket->setProperty("latchkeyDone", true);
            socket->abort();
            socket->deleteLater();
            continue;
        }
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
    if (const Problem problem = checkServerDirectory(serverName)) {
        qCWarning(lcInstance).noquote()
            << "not handing over to another process:" << problem.message();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    if (!peerIsThisUser(socket.socketDescriptor())) {
        // Never hand an address (it may hold a password) to another user's process.
        qCWarning(lcInstance) << "not handing over: the listening process is another user's";
        socket.abort();
        return false;
    }
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

QString SingleInstance::takeAddressFromArguments(int &argc, char **argv)
{
    QString address;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        char *argument = argv[i];
        if (::strncasecmp(argument, kAddressPrefix, sizeof kAddressPrefix - 1) != 0) {
            argv[kept++] = argument;
            continue;
        }
        // Every latchkey:// argument goes; the first one is handed on.
        const size_t length = std::strlen(argument);
        if (address.isEmpty())
            address = QString::fromLocal8Bit(argument, qsizetype(length));
        wipeBytes(argument, length);
    }
    for (int i = kept; i < argc; ++i)
        argv[i] = nullptr;
    argc = kept;
    return address;
}

std::optional<int> SingleInstance::forwardAddress(const QString &address, int argc, char **argv,
                                                  const QString &serverName)
{
    if (address.isEmpty())
        return std::nullopt;
    const QString name = serverName.isEmpty() ? defaultServerName() : serverName;
    if (name.isEmpty()) {
        // No private folder: nothing to hand over to safely. This process handles it itself.
        const Problem problem = privateDirectory().problem();
        std::fprintf(stderr, "latchkey: %s %s\n", qPrintable(problem.message()),
                     qPrintable(problem.fix()));
        return std::nullopt;
    }
    // Sockets need an application object; this one is gone again before main() builds its own.
    std::optional<QCoreApplication> temporary;
    if (!QCoreApplication::instance())
        temporary.emplace(argc, argv);
    if (forward(name, address))
        return 0;
    return std::nullopt;
}

} // namespace Latchkey
