#include "SignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Latchkey {

namespace {
#ifdef Q_OS_UNIX
int g_writeFd = -1;
volatile std::sig_atomic_t g_count = 0;

extern "C" void onSignal(int signal)
{
    if (g_count > 0)
        ::_exit(SignalWatcher::exitCodeFor(signal)); // the second one: stop now
    g_count = 1;
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_writeFd, &byte, 1);
}
#endif
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    if (m_armed) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_writeFd = -1;
        ::close(m_fds[0]);
        ::close(m_fds[1]);
    }
#endif
}

QString SignalWatcher::name(int signal)
{
#ifdef Q_OS_UNIX
    if (signal == SIGINT)
        return QStringLiteral("SIGINT");
    if (signal == SIGTERM)
        return QStringLiteral("SIGTERM");
#endif
    return QString::number(signal);
}

void SignalWatcher::arm()
{
#ifdef Q_OS_UNIX
    if (m_armed)
        return;
    if (::pipe(m_fds) != 0)
        return;
    for (int fd : m_fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    g_writeFd = m_fds[1];
    m_notifier = new QSocketNotifier(m_fds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    m_armed = true;
#endif
}

void SignalWatcher::onReadable()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    while (::read(m_fds[0], &byte, 1) == 1) {
        if (m_received == 0) {
            m_received = byte;
            Q_EMIT interrupted(byte);
        }
    }
#endif
}

} // namespace Latchkey
