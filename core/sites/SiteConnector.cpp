#include "sites/SiteConnector.h"

#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/CredentialOrigin.h"
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
    if (m_site.baseUrl.isEmpty() && !m_site.restRoot.isEmpty())
        m_site.baseUrl = CredentialOrigin::proposedSiteUrl(m_site.restRoot);
    if (compact.size() != 24) {
        // Not fatal on its own (plugins may mint other formats), but a login password pasted by
        // mistake is the common cause; WordPress will reject it and the check says so.
        Q_EMIT progress(tr("This is not 24 characters long: an application password looks like "
                           "\"abcd efgh ijkl mnop qrst uvwx\"."));
    }
    check();
}

void SiteConnector::cancel()
{
    if (auto *check = qobject_cast<ConnectionCheck *>(m_current.data()))
        check->cancel();
    finish(Problem(ProblemCode::Cancelled));
}

// One connection check, from the address the user named (m_site.baseUrl): it discovers the
// site and authenticates in one go. Nothing discovery finds changes where the password goes;
// the only move taken without asking is CredentialOrigin's silent upgrade to https. Anything
// else ends with cross_origin_redirect and the check's suggestedUrl, for the user to accept by
// connecting again with that address.
void SiteConnector::check()
{
    Q_EMIT progress(tr("Looking for WordPress at %1…").arg(SiteUrl::redacted(m_site.baseUrl)));
    const QUrl named = m_site.baseUrl;
    auto *check = new ConnectionCheck(m_network, named, m_site.endpoint(m_password), this);
    m_current = check;
    connect(check, &ConnectionCheck::stepFinished, this, [this](const CheckStep &step) {
        if (step.ok && step.name == QLatin1String("app_passwords"))
            Q_EMIT progress(tr("Checking the application password…"));
    });
    connect(check, &ConnectionCheck::finished, this, [this, named](const CheckResult &result) {
        m_current.clear();
        m_check = result;
        if (!result.ok) {
            finish(result.problem);
            return;
        }
        const QUrl found = result.discovery.siteUrl;
        if (CredentialOrigin::isSilentUpgrade(named, found)) {
            Q_EMIT progress(tr("The site moved to HTTPS; using %1.").arg(SiteUrl::redacted(found)));
            m_site.baseUrl = found;
        }
        // Where the password was just accepted: the check's requests passed CredentialOrigin.
        m_site.restRoot = result.restRoot;
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
