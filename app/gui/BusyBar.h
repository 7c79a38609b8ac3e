#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Latchkey {

class GuiSettings;

// "Working on it" for one operation at a time: a label, a busy progress bar and a Cancel
// button. Gives up by itself after the request timeout from the settings (the cancel callback
// then gets timedOut = true). Hidden while idle.
class BusyBar : public QWidget
{
    Q_OBJECT

public:
    using CancelCallback = std::function<void(bool timedOut)>;

    explicit BusyBar(GuiSettings *settings, QWidget *parent = nullptr);

    void start(const QString &text, CancelCallback cancel);
    void setText(const QString &text);
    void stop();
    bool isBusy() const { return m_busy; }

private:
    void cancel(bool timedOut);

    GuiSettings *m_settings;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer m_deadline;
    CancelCallback m_onCancel;
    bool m_busy = false;
};

} // namespace Latchkey
