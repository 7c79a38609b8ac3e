#include "Clipboard.h"

#include "GuiSettings.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>

namespace Latchkey {

Clipboard::Clipboard(GuiSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &Clipboard::tick);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOurs);
}

Clipboard::~Clipboard()
{
    clearIfOurs();
}

void Clipboard::copySecret(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    auto *mime = new QMimeData;
    mime->setText(text);
    // Clipboard managers (Klipper, and others that honour it) do not keep concealed content.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#ifdef Q_OS_MACOS
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#endif
#ifdef Q_OS_WIN
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArrayLiteral("1"));
#endif
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    // Never the primary selection: a middle click anywhere would paste the secret.

    m_lastCopied = text;
    m_secondsLeft = m_settings ? m_settings->clipboardClearSeconds()
                               : GuiSettings::kDefaultClipboardClearSeconds;
    if (m_secondsLeft > 0) {
        m_ticker.start();
        Q_EMIT countdown(m_secondsLeft);
    }
}

void Clipboard::clearIfOurs()
{
    m_ticker.stop();
    const bool pending = !m_lastCopied.isEmpty();
    if (pending) {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (clipboard && clipboard->text(QClipboard::Clipboard) == m_lastCopied)
            clipboard->clear(QClipboard::Clipboard);
        m_lastCopied.fill(QLatin1Char('\0'));
        m_lastCopied.clear();
    }
    if (m_secondsLeft != 0 || pending) {
        m_secondsLeft = 0;
        Q_EMIT countdown(0);
    }
}

int Clipboard::secondsLeft() const
{
    return m_secondsLeft;
}

void Clipboard::tick()
{
    if (--m_secondsLeft <= 0) {
        clearIfOurs();
        return;
    }
    Q_EMIT countdown(m_secondsLeft);
}

} // namespace Latchkey
