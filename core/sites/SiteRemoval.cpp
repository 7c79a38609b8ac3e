#include "sites/SiteRemoval.h"

#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"

namespace Latchkey {

SiteRemoval::SiteRemoval(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                         Site site, bool revoke, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_site(std::move(site))
    , m_revoke(revoke)
{}

void SiteRemoval::start()
{
    if (!m_revoke) {
        removeSecret();
        return;
    }
    Q_EMIT progress(tr("Reading the password from the keychain…"));
    m_secrets->read(m_site.secretKey(), this, [this](const Result<QString> &password) {
        if (!password) {
            Problem problem = password.problem();
            if (problem.code() == ProblemCode::SecretMissing) {
                problem.withFix(tr("Without its password Latchkey cannot revoke it; revoke it on "
                                   "the user's profile page in WordPress, then remove the site "
                                   "without revoking."));
            }
            finish(problem);
            return;
        }
        revoke(*password);
    });
}

void SiteRemoval::revoke(const QString &password)
{
    Q_EMIT progress(tr("Revoking Latchkey's application password on the site…"));
    const ApplicationPasswordsApi api(WordPressClient(m_network, m_site.endpoint(password)));
    const auto revokeUuid = [this, api](const QString &uuid) {
        api.revoke(UserRef::me(), uuid, this, [this](const Problem &problem) {
            if (problem && problem.code() != ProblemCode::NotFound) {
                finish(problem);
                return;
            }
            m_revoked = problem.isNull();
            removeSecret();
        });
    };
    // The stored uuid may be stale (a reconnect elsewhere); ask WordPress which one is ours.
    api.introspect(UserRef::me(), this, [this, revokeUuid](const Result<AppPassword> &current) {
        if (!current) {
            finish(current.problem());
            return;
        }
        revokeUuid(current->uuid);
    });
}

void SiteRemoval::removeSecret()
{
    Q_EMIT progress(tr("Deleting the password from the keychain…"));
    m_secrets->remove(m_site.secretKey(), this, [this](const Problem &problem) {
        if (problem) {
            finish(problem);
            return;
        }
        finish(m_sites->remove(m_site.id));
    });
}

void SiteRemoval::finish(const Problem &problem)
{
    Q_EMIT finished(problem, m_revoked);
    deleteLater();
}

} // namespace Latchkey
