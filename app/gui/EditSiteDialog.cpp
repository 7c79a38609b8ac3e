#include "EditSiteDialog.h"

#include "BusyBar.h"
#include "ProblemView.h"
#include "sites/SiteAddressChange.h"
#include "sites/SiteStore.h"
#include "wordpress/SiteUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Latchkey {

EditSiteDialog::EditSiteDialog(AppServices services, Site site, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_site(std::move(site))
    , m_name(new QLineEdit(m_site.name, this))
    , m_address(new QLineEdit(m_site.baseUrl.toString(), this))
    , m_group(new QComboBox(this))
    , m_allowHttp(new QCheckBox(tr("Allow sending the password over plain &HTTP"), this))
    , m_httpWarning(new QLabel(this))
    , m_problem(new ProblemView(this))
    , m_busy(new BusyBar(services.settings, this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("editSiteDialog"));
    setWindowTitle(tr("Edit “%1”").arg(m_site.name));
    setMinimumWidth(520);
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    QSet<QString> groups{QString()};
    m_group->addItem(QString());
    for (const Site &other : m_services.sites->sites()) {
        if (!groups.contains(other.group)) {
            groups.insert(other.group);
            m_group->addItem(other.group);
        }
    }
    m_group->setCurrentText(m_site.group);
    m_allowHttp->setObjectName(QStringLiteral("allowHttpCheck"));
    m_allowHttp->setChecked(m_site.allowInsecureHttp);
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_httpWarning->setText(
        tr("Over plain HTTP anyone on the network between you and the site can read the "
           "application password. Latchkey sends it to sites on this computer anyway; for any "
           "other site, allow it only on a network you control."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("User:"), new QLabel(m_site.userLogin.toHtmlEscaped() +
                                             tr(" (to change the user, use Reconnect)"),
                                         this));
    form->addRow(QString(), m_allowHttp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EditSiteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_httpWarning);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_allowHttp, &QCheckBox::toggled, this, &EditSiteDialog::updateHttpWarning);
    connect(m_address, &QLineEdit::textChanged, this, &EditSiteDialog::updateHttpWarning);
    updateHttpWarning();
}

void EditSiteDialog::updateHttpWarning()
{
    const Result<QUrl> url = SiteUrl::normalize(m_address->text());
    const bool plain =
        url && url->scheme() == QLatin1String("http") && !SiteUrl::isLoopbackHost(url->host());
    m_httpWarning->setVisible(plain || m_allowHttp->isChecked());
}

void EditSiteDialog::accept()
{
    if (m_busy->isBusy())
        return;
    m_problem->clear();
    const Result<QUrl> url = SiteUrl::normalize(m_address->text());
    if (!url) {
        m_problem->setProblem(url.problem());
        m_address->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_problem->setProblem(Problem(ProblemCode::InvalidInput, tr("A site needs a name.")));
        m_name->setFocus();
        return;
    }
    if (*url == m_site.baseUrl) {
        save();
        return;
    }
    // A new address moves where the password goes: verify it there first, save only then.
    Site checked = m_site;
    applyEdits(checked);
    auto *change = new SiteAddressChange(m_services.network, m_services.secrets, m_services.sites,
                                         checked, url->toString(), this);
    change->setOtherChanges([this](Site &site) { applyEdits(site); });
    m_addressChange = change;
    connect(change, &SiteAddressChange::progress, m_busy, &BusyBar::setText);
    connect(change, &SiteAddressChange::finished, this,
            [this](const Result<Site> &saved, const CheckResult &) {
                m_busy->stop();
                m_save->setEnabled(true);
                if (!saved) {
                    if (saved.problem().code() != ProblemCode::Cancelled)
                        m_problem->setProblem(saved.problem());
                    return;
                }
                recordChanges(*saved);
                QDialog::accept();
            });
    m_save->setEnabled(false);
    m_busy->start(tr("Checking the password at the new address…"), [this](bool timedOut) {
        if (m_addressChange)
            m_addressChange->cancel();
        if (timedOut)
            m_problem->setProblem(Problem::make(ProblemCode::Timeout));
    });
    change->start();
}

void EditSiteDialog::applyEdits(Site &site) const
{
    site.name = m_name->text().trimmed();
    site.group = m_group->currentText().trimmed();
    site.allowInsecureHttp = m_allowHttp->isChecked();
}

void EditSiteDialog::save()
{
    const Result<Site> saved =
        m_services.sites->modify(m_site.id, [this](Site &site) { applyEdits(site); });
    if (!saved) {
        m_problem->setProblem(saved.problem());
        return;
    }
    recordChanges(*saved);
    QDialog::accept();
}

void EditSiteDialog::recordChanges(const Site &saved)
{
    QStringList what;
    if (saved.name != m_site.name)
        what.append(tr("name “%1”").arg(saved.name));
    if (saved.baseUrl != m_site.baseUrl)
        what.append(tr("address %1").arg(saved.baseUrl.toDisplayString()));
    if (saved.group != m_site.group)
        what.append(tr("group “%1”").arg(saved.group));
    if (saved.allowInsecureHttp != m_site.allowInsecureHttp) {
        what.append(saved.allowInsecureHttp ? tr("plain HTTP allowed")
                                            : tr("plain HTTP no longer allowed"));
    }
    if (!what.isEmpty()) {
        m_services.record(saved, QStringLiteral("site_edited"),
                          tr("Changed the site: %1.").arg(what.join(QStringLiteral(", "))));
    }
}

} // namespace Latchkey
