#include "sites/SiteAddressChange.h"

#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/CredentialOrigin.h"
#include "wordpress/SiteUrl.h"

namespace Latchkey {

SiteAddressChange::SiteAddressChange(QNetworkAccessManager *network, SecretStore *secrets,
                                     SiteStore *sites, Site site, QString newAddress,
                                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_site(std::move(site))
    , m_input(std::move(newAddress))
{}

void SiteAddressChange::start()
{
    const Result<QUrl> url = SiteUrl::normalize(m_input);
    if (!url) {
        // Never finish inside start(): the caller may still be connecting.
        QMetaObject::invokeMethod(
            this, [this, problem = url.problem()] { finish(problem); }, Qt::QueuedConnection);
        return;
    }
    m_newUrl = *url;
    Q_EMIT progress(
        tr("Checking that the stored password works at %1…").arg(SiteUrl::redacted(m_newUrl)));
    m_secrets->read(m_site.secretKey(), this, [this](const Result<QString> &password) {
        if (m_finished)
            return;
        if (!password) {
            finish(password.problem());
            return;
        }
        check(*password);
    });
}

void SiteAddressChange::cancel()
{
    if (ConnectionCheck *check = m_current)
        check->cancel();
    finish(Problem(ProblemCode::Cancelled));
}

void SiteAddressChange::check(const QString &password)
{
    // The new address is the one the user names now: the check sends the password only there
    // (or to its silent upgrade), never where the old address or a redirect points.
    Site candidate = m_site;
    candidate.baseUrl = m_newUrl;
    candidate.restRoot = QUrl();
    auto *check = new ConnectionCheck(m_network, m_newUrl, candidate.endpoint(password), this);
    m_current = check;
    connect(check, &ConnectionCheck::finished, this, [this](const CheckResult &result) {
        m_current.clear();
        m_check = result;
        if (!result.ok) {
            Problem problem = result.problem;
            problem.withMessage(problem.message() + QLatin1Char(' ') +
                                tr("The address of \"%1\" was not changed.").arg(m_site.name));
            finish(problem);
            return;
        }
        save(result);
    });
    check->start();
}

void SiteAddressChange::save(const CheckResult &result)
{
    // Same WordPress user: the id WordPress gave when the site was connected. A site saved
    // before ids were kept has only its login to compare.
    const bool sameUser =
        m_site.userId > 0
            ? result.user.id == m_site.userId
            : result.user.username.compare(m_site.userLogin, Qt::CaseInsensitive) == 0;
    if (!sameUser) {
        finish(Problem(ProblemCode::DifferentSite,
                       tr("At %1 the stored password signs in as user %2 (id %3), not as %4 "
                          "(id %5): that is another WordPress site. The address was not "
                          "changed.")
                           .arg(SiteUrl::redacted(m_newUrl), result.user.username)
                           .arg(result.user.id)
                           .arg(m_site.userLogin)
                           .arg(m_site.userId)));
        return;
    }
    QUrl newBase = m_newUrl;
    if (CredentialOrigin::isSilentUpgrade(m_newUrl, result.discovery.siteUrl))
        newBase = result.discovery.siteUrl;
    const QUrl restRoot = result.restRoot;
    const auto other = m_otherChanges;
    const QString passwordUuid = result.passwordUuid;
    const QString passwordName = result.passwordName;
    const Result<Site> saved = m_sites->modify(m_site.id, [&](Site &stored) {
        if (other)
            other(stored);
        stored.baseUrl = newBase;
        stored.restRoot = restRoot;
        if (!passwordUuid.isEmpty()) {
            stored.passwordUuid = passwordUuid;
            stored.passwordName = passwordName;
        }
        stored.lastCheck = {QDateTime::currentDateTimeUtc(), true, QString(), QString()};
    });
    finish(saved);
}

void SiteAddressChange::finish(const Result<Site> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result && m_check.problem.isNull())
        m_check.problem = result.problem();
    Q_EMIT finished(result, m_check);
    deleteLater();
}

} // namespace Latchkey
