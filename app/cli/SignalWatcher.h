#pragma once

#include <QObject>

class QSocketNotifier;

namespace Latchkey {

// Turns SIGINT and SIGTERM into a Qt signal while a fleet command runs, so it can stop
// cleanly: the handler only writes the signal's number to a pipe (async-signal-safe); a
// QSocketNotifier reads it in the event loop. A second signal ends the process at once
// (exit 128 + signal), for a user who does not want to wait for the safe point; the rotation
// journal settles whatever that leaves half done.
// Unarmed, the default handlers stay: a plain command dies on Ctrl-C as usual.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // Installs the handlers (once; later calls do nothing).
    void arm();
    // The first signal received (SIGINT, SIGTERM), 0 while none.
    int received() const { return m_received; }
    // What the shell expects from a process stopped by signal: 130 for SIGINT, 143 for SIGTERM.
    static int exitCodeFor(int signal) { return 128 + signal; }
    static QString name(int signal);

Q_SIGNALS:
    void interrupted(int signal);

private:
    void onReadable();

    int m_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    bool m_armed = false;
    int m_received = 0;
};

} // namespace Latchkey
