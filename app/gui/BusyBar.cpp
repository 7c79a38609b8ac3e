#include "BusyBar.h"

#include "GuiSettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Latchkey {

BusyBar::BusyBar(GuiSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("busyBar"));
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_cancel->setObjectName(QStringLiteral("busyCancelButton"));
    m_bar->setRange(0, 0);
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { cancel(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(false); });
    hide();
}

void BusyBar::start(const QString &text, CancelCallback cancelCallback)
{
    m_onCancel = std::move(cancelCallback);
    m_busy = true;
    m_label->setText(text);
    m_cancel->setEnabled(true);
    const int seconds = m_settings ? m_settings->requestTimeoutSeconds()
                                   : GuiSettings::kDefaultRequestTimeoutSeconds;
    m_deadline.start(seconds * 1000);
    show();
}

void BusyBar::setText(const QString &text)
{
    m_label->setText(text);
    // Progress was made: the deadline counts from now.
    if (m_busy)
        m_deadline.start();
}

void BusyBar::stop()
{
    m_busy = false;
    m_deadline.stop();
    m_onCancel = {};
    hide();
}

void BusyBar::cancel(bool timedOut)
{
    if (!m_busy)
        return;
    CancelCallback callback = std::move(m_onCancel);
    stop();
    if (callback)
        callback(timedOut);
}

} // namespace Latchkey
