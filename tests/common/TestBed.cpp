#include "TestBed.h"

#include "wordpress/SiteUrl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace Latchkey::Testing {

const TestBed &TestBed::instance()
{
    static const TestBed bed;
    return bed;
}

TestBed::TestBed()
{
    const QString path = qEnvironmentVariable("LATCHKEY_TESTBED_ENV");
    if (path.isEmpty()) {
        m_error = QStringLiteral("LATCHKEY_TESTBED_ENV is not set; run the tests through ctest");
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the test bed's env file %1: %2")
                      .arg(path, file.errorString());
        return;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        m_values.insert(line.left(equals), line.mid(equals + 1));
    }
}

static SiteEndpoint endpointFor(const QUrl &siteUrl, const QString &login, const QString &password,
                                bool plain)
{
    SiteEndpoint endpoint;
    endpoint.restRoot = plain ? SiteUrl::fallbackRestRoot(siteUrl)
                              : siteUrl.resolved(QUrl(QStringLiteral("/wp-json/")));
    endpoint.login = login;
    endpoint.password = password;
    return endpoint;
}

SiteEndpoint TestBed::adminEndpoint() const
{
    return endpointFor(prettyUrl(), value(QStringLiteral("WP_ADMIN_USER")),
                       value(QStringLiteral("WP_ADMIN_APP_PASSWORD")), false);
}

SiteEndpoint TestBed::authorEndpoint() const
{
    return endpointFor(prettyUrl(), value(QStringLiteral("WP_AUTHOR_USER")),
                       value(QStringLiteral("WP_AUTHOR_APP_PASSWORD")), false);
}

SiteEndpoint TestBed::contributorEndpoint() const
{
    return endpointFor(prettyUrl(), value(QStringLiteral("WP_CONTRIB_USER")),
                       value(QStringLiteral("WP_CONTRIB_APP_PASSWORD")), false);
}

SiteEndpoint TestBed::plainAdminEndpoint() const
{
    return endpointFor(plainUrl(), value(QStringLiteral("WP_ADMIN_USER")),
                       value(QStringLiteral("WP_PLAIN_ADMIN_APP_PASSWORD")), true);
}

TestBed::MuPlugin::MuPlugin(const QString &siteDir, const QString &pluginFile)
{
    const QString source = qEnvironmentVariable("LATCHKEY_SOURCE_DIR") +
                           QStringLiteral("/tests/testbed/mu-plugins/") + pluginFile;
    const QString directory = siteDir + QStringLiteral("/wp-content/mu-plugins");
    QDir().mkpath(directory);
    m_target = directory + QLatin1Char('/') + pluginFile;
    QFile::remove(m_target);
    m_active = QFile::copy(source, m_target);
}

TestBed::MuPlugin::~MuPlugin()
{
    if (m_active)
        QFile::remove(m_target);
}

bool waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QTest::qSleep(1);
    }
    return true;
}

} // namespace Latchkey::Testing
