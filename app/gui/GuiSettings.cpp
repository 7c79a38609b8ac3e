#include "GuiSettings.h"

#include <algorithm>

namespace Latchkey {

namespace {
const QString kClipboardClear = QStringLiteral("security/clipboard_clear_seconds");
const QString kRequestTimeout = QStringLiteral("network/request_timeout_seconds");
const QString kConcurrency = QStringLiteral("network/concurrency");
const QString kLanguage = QStringLiteral("interface/language");
const QString kAuditStaleDays = QStringLiteral("audit/stale_days");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kHeader = QStringLiteral("window/site_table_header");
const QString kSplitter = QStringLiteral("window/splitter");
} // namespace

GuiSettings::GuiSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

GuiSettings::GuiSettings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

int GuiSettings::clipboardClearSeconds() const
{
    return std::clamp(m_settings->value(kClipboardClear, kDefaultClipboardClearSeconds).toInt(), 0,
                      3600);
}

void GuiSettings::setClipboardClearSeconds(int seconds)
{
    m_settings->setValue(kClipboardClear, std::clamp(seconds, 0, 3600));
    Q_EMIT changed();
}

int GuiSettings::requestTimeoutSeconds() const
{
    return std::clamp(m_settings->value(kRequestTimeout, kDefaultRequestTimeoutSeconds).toInt(), 5,
                      600);
}

int GuiSettings::siteDeadlineMs(const GuiSettings *settings)
{
    return (settings ? settings->requestTimeoutSeconds() : kDefaultRequestTimeoutSeconds) * 1000;
}

void GuiSettings::setRequestTimeoutSeconds(int seconds)
{
    m_settings->setValue(kRequestTimeout, std::clamp(seconds, 5, 600));
    Q_EMIT changed();
}

QString GuiSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void GuiSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
    Q_EMIT changed();
}

int GuiSettings::concurrency() const
{
    return std::clamp(m_settings->value(kConcurrency, kDefaultConcurrency).toInt(), 1, 32);
}

void GuiSettings::setConcurrency(int count)
{
    m_settings->setValue(kConcurrency, std::clamp(count, 1, 32));
    Q_EMIT changed();
}

int GuiSettings::auditStaleDays() const
{
    return std::clamp(m_settings->value(kAuditStaleDays, kDefaultAuditStaleDays).toInt(), 1, 3650);
}

void GuiSettings::setAuditStaleDays(int days)
{
    m_settings->setValue(kAuditStaleDays, std::clamp(days, 1, 3650));
}

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray GuiSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void GuiSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray GuiSettings::siteTableHeader() const
{
    return m_settings->value(kHeader).toByteArray();
}

void GuiSettings::setSiteTableHeader(const QByteArray &state)
{
    m_settings->setValue(kHeader, state);
}

QByteArray GuiSettings::splitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}

void GuiSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(kSplitter, state);
}

void GuiSettings::sync()
{
    m_settings->sync();
}

} // namespace Latchkey
