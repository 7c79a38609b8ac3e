#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Latchkey {

class GuiSettings;

// Copies secrets to the system clipboard the careful way (the idea of KeePassXC's Clipboard):
// marks the content as concealed for clipboard managers (x-kde-passwordManagerHint = secret),
// clears it after the configured time, and on quit, but only if the clipboard still holds what
// Latchkey put there: whatever the user copied since is left alone.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    explicit Clipboard(GuiSettings *settings, QObject *parent = nullptr);
    ~Clipboard() override;

    void copySecret(const QString &text);
    // Clears now if the clipboard still holds our text.
    void clearIfOurs();
    // Seconds until the clipboard is cleared; 0 when nothing is pending.
    int secondsLeft() const;

Q_SIGNALS:
    // Every second while a clear is pending, and once with 0 when it is done or abandoned.
    void countdown(int secondsLeft);

private:
    void tick();

    GuiSettings *m_settings;
    QTimer m_ticker;
    QString m_lastCopied;
    int m_secondsLeft = 0;
};

} // namespace Latchkey
