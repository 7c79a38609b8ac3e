#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace Latchkey {

// The desktop app's preferences on QSettings: one place with every key and its default.
// main() passes ~/.config/latchkey/latchkey.conf; tests pass a file of their own.
class GuiSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultClipboardClearSeconds = 30;
    static constexpr int kDefaultRequestTimeoutSeconds = 60;
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kDefaultAuditStaleDays = 90;

    explicit GuiSettings(QObject *parent = nullptr);
    GuiSettings(const QString &fileName, QObject *parent = nullptr);

    // 0 never clears.
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    // The overall time one site gets for one piece of work (a check, a rotation, an audit): a
    // site that drips a byte at a time ends with "timeout" instead of running for ever.
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);
    // requestTimeoutSeconds() in milliseconds for BulkRunner; the default without settings.
    static int siteDeadlineMs(const GuiSettings *settings);
    // How many sites a bulk action (test all) works on at once.
    int concurrency() const;
    void setConcurrency(int count);
    // Site ▸ Audit Passwords: a password unused for longer than this is flagged.
    int auditStaleDays() const;
    void setAuditStaleDays(int days);

    // The interface language ("en", "de", "fr"); empty follows the system. Read at start.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray siteTableHeader() const;
    void setSiteTableHeader(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    void sync();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Latchkey
