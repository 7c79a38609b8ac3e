#include "sites/SiteConnector.h"

#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/SiteDiscovery.h"
#include "wordpress/SiteUrl.h"

#include <QUuid>

namespace Latchkey {

SiteConnector::SiteConnector(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                             Site draft, const QString &password, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_site(std::move(draft))
    // Spaces are optional in application passwords; keep the canonical form WordPress shows.
    , m_password(password.trimmed())
{}

void SiteConnector::start()
{
    m_site.userLogin = m_site.userLogin.trimmed();
    if (m_site.userLogin.isEmpty()) {
        finish(Problem(ProblemCode::InvalidInput,
                       tr("Enter the WordPress user name the password belongs to.")));
        return;
    }
    QString compact = m_password;
    compact.remove(QLatin1Char(' '));
    if (compact.isEmpty()) {
        finish(Problem(ProblemCode::InvalidInput, tr("Enter the application password.")));
        return;
    }
    if (compact.size() != 24) {
        // Not fatal on its own (plugins may mint other formats), but a login password pasted by
        // mistake is the common cause; WordPress will reject it and the check says so.
        Q_EMIT progress(tr("This is not 24 characters long: an application password looks like "
                           "\"abcd efgh ijkl mnop qrst uvwx\"."));
    }
    discover();
}

void SiteConnector::cancel()
{
    if (auto *discovery = qobject_cast<SiteDiscovery *>(m_current.data()))
        discovery->cancel();
    else if (auto *check = qobject_cast<ConnectionCheck *>(m_current.data()))
        check->cancel();
    finish(Problem(ProblemCode::Cancelled));
}

void SiteConnector::discover()
{
    Q_EMIT progress(tr("Looking for WordPress at %1…").arg(SiteUrl::redacted(m_site.baseUrl)));
    auto *discovery = new SiteDiscovery(m_network, m_site.baseUrl.toString(),
                                        m_site.trustedCertificateSha256, this);
    m_current = discovery;
    connect(discovery, &SiteDiscovery::progress, this, &SiteConnector::progress);
    connect(discovery, &SiteDiscovery::finished, this,
            [this](const Result<DiscoveryResult> &result) {
                if (!result) {
                    finish(result.problem());
                    return;
                }
                m_check.discovery = *result;
                if (result->redirected()) {
                    Q_EMIT progress(tr("The site redirects to %1; using that address.")
                                        .arg(SiteUrl::redacted(result->siteUrl)));
                }
                m_site.baseUrl = result->siteUrl;
                m_site.restRoot = result->restRoot;
                if (!result->appPasswordsAvailable) {
                    finish(result->appPasswordsProblem.isNull()
                               ? Problem(ProblemCode::AppPasswordsUnavailable)
                               : result->appPasswordsProblem);
                    return;
                }
                check();
            });
    discovery->start();
}

void SiteConnector::check()
{
    Q_EMIT progress(tr("Checking the application password…"));
    auto *check = new ConnectionCheck(m_network, m_site.baseUrl, m_site.endpoint(m_password), this);
    m_current = check;
    connect(check, &ConnectionCheck::finished, this, [this](const CheckResult &result) {
        const DiscoveryResult discovery = m_check.discovery;
        m_check = result;
        if (m_check.discovery.restRoot.isEmpty())
            m_check.discovery = discovery;
        if (!result.ok) {
            finish(result.problem);
            return;
        }
        m_site.userId = result.user.id;
        m_site.userLogin = result.user.username.isEmpty() ? m_site.userLogin : result.user.username;
        m_site.passwordUuid = result.passwordUuid;
        m_site.passwordName = result.passwordName;
        m_site.lastCheck = {QDateTime::currentDateTimeUtc(), true, QString(), QString()};
        if (m_site.name.trimmed().isEmpty())
            m_site.name = defaultName();
        storeSecret();
    });
    check->start();
}

void SiteConnector::storeSecret()
{
    const bool isNew = m_site.id.isEmpty();
    if (isNew) {
        // The keychain key derives from the id, so the id is fixed before the write.
        m_site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    Q_EMIT progress(tr("Saving the password in the system keychain…"));
    m_secrets->write(m_site.secretKey(), m_password, this, [this, isNew](const Problem &problem) {
        if (problem) {
            if (isNew)
                m_site.id.clear();
            finish(problem);
            return;
        }
        saveSite();
    });
}

void SiteConnector::saveSite()
{
    const std::optional<Site> previous = m_sites->byId(m_site.id);
    const bool exists = previous.has_value();
    Result<Site> saved = exists ? m_sites->modify(m_site.id,
                                                  [this](Site &stored) {
                                                      const QString group = stored.group;
                                                      const QStringList tags = stored.tags;
                                                      const QDateTime created = stored.created;
                                                      stored = m_site;
                                                      stored.group = group;
                                                      stored.tags = tags;
                                                      stored.created = created;
                                                  })
                                : m_sites->add(m_site);
    if (!saved && !exists) {
        // Do not leave an orphaned secret behind for a site that was never saved.
        m_secrets->remove(m_site.secretKey(), nullptr, [](const Problem &) {});
    }
    if (saved && exists && previous->secretKey() != saved->secretKey()) {
        // Reconnected as another user: the old user's password is no longer ours to keep.
        m_secrets->remove(previous->secretKey(), nullptr, [](const Problem &) {});
    }
    finish(saved);
}

void SiteConnector::finish(const Result<Site> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    if (!result && m_check.problem.isNull())
        m_check.problem = result.problem();
    Q_EMIT finished(result, m_check);
    deleteLater();
}

QString SiteConnector::defaultName() const
{
    const QString title = m_check.discovery.name.trimmed();
    const QString base = title.isEmpty() ? m_site.baseUrl.host() : title;
    const auto taken = [this](const QString &name) {
        for (const Site &site : m_sites->sites()) {
            if (site.id != m_site.id && site.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    const QString withUser = QStringLiteral("%1 (%2)").arg(base, m_site.userLogin);
    if (!taken(withUser))
        return withUser;
    for (int i = 2;; ++i) {
        const QString numbered = QStringLiteral("%1 %2").arg(withUser).arg(i);
        if (!taken(numbered))
            return numbered;
    }
}

} // namespace Latchkey
