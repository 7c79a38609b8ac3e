#pragma once

#include "Problem.h"

#include <QObject>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace Latchkey {

// One running Latchkey per user session, so that a latchkey:// address the desktop hands to
// `latchkey %u` reaches the window that is waiting for it.
//
// The first process listens on a local socket in a private directory,
// "$XDG_RUNTIME_DIR/latchkey/org.latchkey.Latchkey.socket": the directory is created 0700 and
// checked before every use (a real directory, not a symlink, owned by this user, mode 0700, in
// an XDG_RUNTIME_DIR that is this user's and writable by nobody else). There is no fallback:
// without such a directory (no XDG_RUNTIME_DIR, or a check fails) Latchkey runs without the
// socket and says so (a shared folder such as /tmp would let another user listen first and
// receive the passwords in the addresses). Both ends check the other's user id (SO_PEERCRED):
// the server drops connections from other users, and a forwarding process sends nothing to a
// listener of another user. A later process started with an address sends it there in one
// short message and exits at once (forwardAddress). When no instance is running, the process
// starts normally and handles the address itself. A socket file left behind by a process that
// crashed is detected (nobody answers) and replaced.
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

    // The socket's full path (Unix) or pipe name (Windows) for this user; empty when there is
    // no private directory for it (privateDirectory() says why).
    static QString defaultServerName();
    // "$XDG_RUNTIME_DIR/latchkey", created when missing and checked (checkPrivateDirectory);
    // config_error saying what is wrong otherwise.
    static Result<QString> privateDirectory();
    // Null when path is a directory (not a symlink) owned by this user with mode 0700;
    // otherwise config_error naming what is wrong.
    static Problem checkPrivateDirectory(const QString &path);
    // True when the process at the other end of the connected local socket descriptor runs as
    // this user (SO_PEERCRED; true where the platform has no such check).
    static bool peerIsThisUser(qintptr socketDescriptor);

    ListenResult listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_error; }

    // Client side, blocking (for a process that is about to exit; no event loop needed):
    // sends one message and waits for the answer. True when a running instance took it.
    static bool forward(const QString &serverName, const QString &address,
                        int timeoutMs = kForwardTimeoutMs);
    static bool activate(const QString &serverName, int timeoutMs = kForwardTimeoutMs);

    // For main(), first of all (before forwarding or QApplication): copies the first
    // latchkey:// argument out of argv, overwrites its bytes where the kernel shows them
    // (/proc/<pid>/cmdline, readable by other users) and removes it from argv (argc shrinks).
    // Returns the copy, or an empty string.
    static QString takeAddressFromArguments(int &argc, char **argv);
    // For main(), before QApplication is built: when an instance is running, hands address (as
    // taken by takeAddressFromArguments) over and returns the exit status to return from main()
    // (0). Returns nothing when this process should start normally (no address, or no instance
    // running: it then handles the address itself). argc/argv: for a temporary
    // QCoreApplication (already without the address).
    static std::optional<int> forwardAddress(const QString &address, int argc, char **argv,
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
    // Null when serverName's directory is private (checkPrivateDirectory).
    static Problem checkServerDirectory(const QString &serverName);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace Latchkey
