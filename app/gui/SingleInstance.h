#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace Latchkey {

// One running Latchkey per user session, so that a latchkey:// address the desktop hands to
// `latchkey %u` reaches the window that is waiting for it.
//
// The first process listens on a local socket in XDG_RUNTIME_DIR
// (QStandardPaths::RuntimeLocation; "<dir>/org.latchkey.Latchkey.<uid>.socket"), readable and
// writable by its user only (QLocalServer::UserAccessOption). A later process started with an
// address sends it there in one short message and exits at once (forwardFromArguments). When no
// instance is running, the process starts normally and handles the address itself. A socket
// file left behind by a process that crashed is detected (nobody answers) and replaced.
//
// Protocol (one message per connection, at most kMaxMessage bytes): "OPEN <address>\n" or
// "ACTIVATE\n"; the server answers "OK\n" and closes. Anything else is dropped unanswered.
// The address is not trusted: ApprovalInbox checks it. Never logs the address.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxMessage = 8192;
    static constexpr int kForwardTimeoutMs = 3000;

    enum class ListenResult
    {
        Listening,      // this process is the instance
        AlreadyRunning, // another process answers on the socket: forward to it instead
        Failed,         // could not listen (errorString()); run without single instance
    };

    explicit SingleInstance(QString serverName = defaultServerName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's full path (Unix) or pipe name (Windows) for this user.
    static QString defaultServerName();

    ListenResult listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_error; }

    // Client side, blocking (for a process that is about to exit; no event loop needed):
    // sends one message and waits for the answer. True when a running instance took it.
    static bool forward(const QString &serverName, const QString &address,
                        int timeoutMs = kForwardTimeoutMs);
    static bool activate(const QString &serverName, int timeoutMs = kForwardTimeoutMs);

    // For main(), before QApplication is built: when the arguments hold a latchkey:// address
    // and an instance is running, hands it over and returns the exit status to return from
    // main() (0). Returns nothing when this process should start normally (no address, or no
    // instance running: it then handles the address itself).
    static std::optional<int> forwardFromArguments(int argc, char **argv,
                                                   const QString &serverName = {});
    // The first latchkey:// argument, if any.
    static QString addressFromArguments(const QStringList &arguments);

Q_SIGNALS:
    void addressReceived(const QString &address);
    void activationRequested();

private:
    void onNewConnection();
    void readMessage(QLocalSocket *socket);
    static bool send(const QString &serverName, const QByteArray &message, int timeoutMs);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace Latchkey
