#pragma once

#include "wordpress/SiteEndpoint.h"

#include <QHash>
#include <QString>
#include <QUrl>
#include <functional>

namespace Latchkey::Testing {

// The running WordPress test bed, read from the env file that tests/testbed/wp-testbed.sh
// writes (path in $LATCHKEY_TESTBED_ENV). Fails the calling test loudly when it is missing:
// integration tests never skip.
class TestBed
{
public:
    static const TestBed &instance();

    bool isValid() const { return !m_values.isEmpty(); }
    QString errorString() const { return m_error; }
    QString value(const QString &key) const { return m_values.value(key); }

    QUrl prettyUrl() const { return QUrl(value(QStringLiteral("WP_PRETTY_URL"))); }
    QUrl plainUrl() const { return QUrl(value(QStringLiteral("WP_PLAIN_URL"))); }
    QString prettyDir() const { return value(QStringLiteral("WP_PRETTY_DIR")); }
    QString plainDir() const { return value(QStringLiteral("WP_PLAIN_DIR")); }

    // Endpoint for the pretty site's REST root with a user's seed application password.
    SiteEndpoint adminEndpoint() const;
    SiteEndpoint authorEndpoint() const;
    SiteEndpoint contributorEndpoint() const;
    SiteEndpoint plainAdminEndpoint() const;

    // Drops a fault-switch must-use plugin (tests/testbed/mu-plugins/<name>) into a site, and
    // removes it when the returned guard goes out of scope.
    class MuPlugin
    {
    public:
        MuPlugin(const QString &siteDir, const QString &pluginFile);
        ~MuPlugin();
        MuPlugin(const MuPlugin &) = delete;
        MuPlugin &operator=(const MuPlugin &) = delete;
        bool isActive() const { return m_active; }

    private:
        QString m_target;
        bool m_active = false;
    };

private:
    TestBed();
    QHash<QString, QString> m_values;
    QString m_error;
};

// Runs the event loop until the predicate holds or timeout; for tests only.
bool waitFor(const std::function<bool()> &predicate, int timeoutMs = 30'000);

} // namespace Latchkey::Testing
