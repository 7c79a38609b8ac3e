#include "AddSiteDialog.h"

#include "BrowserApprovalPanel.h"
#include "BusyBar.h"
#include "ProblemView.h"
#include "StepsView.h"
#include "sites/SiteConnector.h"
#include "sites/SiteStore.h"
#include "wordpress/SiteUrl.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Latchkey {

AddSiteDialog::AddSiteDialog(AppServices services, std::optional<Site> reconnect, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_reconnect(std::move(reconnect))
    , m_address(new QLineEdit(this))
    , m_find(new QPushButton(tr("&Find site"), this))
    , m_found(new QLabel(this))
    , m_findProblem(new ProblemView(this))
    , m_proposal(new QFrame(this))
    , m_proposalText(new QLabel(m_proposal))
    , m_acceptProposal(new QPushButton(m_proposal))
    , m_declineProposal(new QPushButton(tr("&Keep my address"), m_proposal))
    , m_connectBox(new QGroupBox(tr("Connect Latchkey to the site"), this))
    , m_browserPanel(new BrowserApprovalPanel(services, services.approvals, this))
    , m_howTo(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_allowHttp(new QCheckBox(tr("Send the password over plain &HTTP to this site anyway"), this))
    , m_httpWarning(new QLabel(this))
    , m_steps(new StepsView(this))
    , m_connectProblem(new ProblemView(this))
    , m_busy(new BusyBar(services.settings, this))
    , m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("addSiteDialog"));
    setWindowTitle(m_reconnect ? tr("Reconnect “%1”").arg(m_reconnect->name) : tr("Add a site"));
    setMinimumWidth(600);

    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setPlaceholderText(tr("https://example.com"));
    m_address->setClearButtonEnabled(true);
    m_find->setObjectName(QStringLiteral("findSiteButton"));
    m_found->setObjectName(QStringLiteral("discoveryLabel"));
    m_found->setWordWrap(true);
    m_found->setTextFormat(Qt::RichText);
    m_found->hide();
    m_findProblem->setObjectName(QStringLiteral("findProblem"));

    m_proposal->setObjectName(QStringLiteral("proposalFrame"));
    m_proposal->setFrameShape(QFrame::StyledPanel);
    m_proposalText->setObjectName(QStringLiteral("proposalLabel"));
    m_proposalText->setWordWrap(true);
    m_proposalText->setTextFormat(Qt::RichText);
    m_acceptProposal->setObjectName(QStringLiteral("acceptProposalButton"));
    m_declineProposal->setObjectName(QStringLiteral("declineProposalButton"));
    auto *proposalButtons = new QHBoxLayout;
    proposalButtons->addStretch();
    proposalButtons->addWidget(m_declineProposal);
    proposalButtons->addWidget(m_acceptProposal);
    auto *proposalLayout = new QVBoxLayout(m_proposal);
    proposalLayout->addWidget(m_proposalText);
    proposalLayout->addLayout(proposalButtons);
    m_proposal->hide();
    connect(m_acceptProposal, &QPushButton::clicked, this, &AddSiteDialog::acceptProposal);
    connect(m_declineProposal, &QPushButton::clicked, this, &AddSiteDialog::declineProposal);

    auto *addressRow = new QHBoxLayout;
    auto *addressLabel = new QLabel(tr("Site &address:"), this);
    addressLabel->setBuddy(m_address);
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);

    // Why no login password: stated before anything is asked.
    auto *why = new QLabel(
        tr("Latchkey never asks for your WordPress login password. It signs in with an "
           "<b>application password</b>: a separate password for one app that you can see, name "
           "and revoke on its own in WordPress, without changing your login, and that cannot be "
           "used to log in to wp-admin."),
        this);
    why->setObjectName(QStringLiteral("whyNoLoginPasswordLabel"));
    why->setWordWrap(true);

    // The primary way: approve in WordPress in the browser; no password shown or typed.
    m_browserPanel->setRequestProvider([this] {
        return BrowserApprovalPanel::Request{draftSite(), m_discovery
                                                              ? m_discovery->siteUrl.toString()
                                                              : m_address->text().trimmed()};
    });
    m_browserPanel->setLoginProvider([this] { return m_user->text().trimmed(); });
    connect(m_browserPanel, &BrowserApprovalPanel::busyChanged, this,
            &AddSiteDialog::updateButtons);
    connect(m_browserPanel, &BrowserApprovalPanel::siteConnected, this,
            [this](const Site &site) { onConnected(site, CheckResult()); });

    m_howTo->setObjectName(QStringLiteral("howToLabel"));
    m_howTo->setWordWrap(true);
    m_howTo->setOpenExternalLinks(false);
    connect(m_howTo, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("your WordPress user name"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("xxxx xxxx xxxx xxxx xxxx xxxx"));
    QAction *reveal = m_password->addAction(
        style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealPasswordAction"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the password"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_name->setObjectName(QStringLiteral("siteNameEdit"));
    m_name->setPlaceholderText(tr("the site's title"));
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    m_group->addItem(QString());
    QSet<QString> groups;
    for (const Site &site : m_services.sites->sites()) {
        if (!site.group.isEmpty() && !groups.contains(site.group)) {
            groups.insert(site.group);
            m_group->addItem(site.group);
        }
    }
    m_group->lineEdit()->setPlaceholderText(tr("optional, e.g. Clients"));
    m_allowHttp->setObjectName(QStringLiteral("allowHttpCheck"));
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setText(
        tr("This site does not use HTTPS. Anyone on the network between you and the site can "
           "read a password sent over plain HTTP. Allow it only for a site on your own network."));
    m_httpWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_allowHttp->hide();
    m_httpWarning->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Application &password:"), m_password);
    if (!m_reconnect) {
        form->addRow(tr("&Name in Latchkey:"), m_name);
        form->addRow(tr("&Group:"), m_group);
    } else {
        m_name->hide();
        m_group->hide();
    }
    auto *browserRow = new QHBoxLayout;
    browserRow->addWidget(m_browserPanel, 1);
    auto *boxLayout = new QVBoxLayout(m_connectBox);
    boxLayout->addWidget(why);
    boxLayout->addLayout(browserRow);
    boxLayout->addWidget(m_howTo);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_allowHttp);
    boxLayout->addWidget(m_httpWarning);
    m_connectBox->setObjectName(QStringLiteral("connectBox"));
    m_connectBox->setEnabled(false);

    m_steps->setObjectName(QStringLiteral("connectSteps"));
    m_steps->setMaximumHeight(150);
    m_steps->hide();
    m_connectProblem->setObjectName(QStringLiteral("connectProblem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add->setObjectName(QStringLiteral("addSiteButton"));
    m_add->setText(m_reconnect ? tr("&Reconnect") : tr("&Add site"));
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSiteDialog::connectSite);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSiteDialog::reject);

    auto *intro =
        new QLabel(m_reconnect ? tr("Give Latchkey a new application password for this site, "
                                    "for example after its old one was revoked or on a new "
                                    "computer. The site's name, group and activity are kept.")
                               : tr("Enter the address of your WordPress site. Latchkey "
                                    "looks at the site first and tells you what it finds."),
                   this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(addressRow);
    layout->addWidget(m_found);
    layout->addWidget(m_findProblem);
    layout->addWidget(m_proposal);
    layout->addWidget(m_connectBox);
    layout->addWidget(m_steps);
    layout->addWidget(m_connectProblem);
    layout->addStretch();
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_find, &QPushButton::clicked, this, &AddSiteDialog::findSite);
    connect(m_address, &QLineEdit::returnPressed, this, &AddSiteDialog::findSite);
    connect(m_address, &QLineEdit::textEdited, this, &AddSiteDialog::addressEdited);
    for (QLineEdit *edit : {m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AddSiteDialog::updateButtons);
    connect(m_allowHttp, &QCheckBox::toggled, this, &AddSiteDialog::updateButtons);

    if (m_reconnect) {
        m_address->setText(m_reconnect->baseUrl.toString());
        m_user->setText(m_reconnect->userLogin);
        QMetaObject::invokeMethod(this, &AddSiteDialog::findSite, Qt::QueuedConnection);
    }
    updateButtons();
}

AddSiteDialog::~AddSiteDialog()
{
    cancelWork();
    m_password->setText(QString(m_password->text().size(), QLatin1Char('\0')));
}

void AddSiteDialog::setAddress(const QString &address)
{
    m_address->setText(address);
    addressEdited();
}

void AddSiteDialog::cancelWork()
{
    if (m_discoveryJob)
        m_discoveryJob->cancel();
    if (m_connector)
        m_connector->cancel();
    m_browserPanel->cancel();
    m_busy->stop();
}

void AddSiteDialog::reject()
{
    // Close while working: stop the work, keep the dialog (the input) until asked again.
    if (m_busy->isBusy() || m_browserPanel->isBusy()) {
        cancelWork();
        updateButtons();
        return;
    }
    QDialog::reject();
}

void AddSiteDialog::addressEdited()
{
    // A new address needs a new look; what was typed below stays.
    m_discovery.reset();
    m_found->hide();
    m_findProblem->clear();
    showProposal(QUrl());
    m_connectBox->setEnabled(false);
    updateButtons();
}

void AddSiteDialog::showProposal(const QUrl &proposed)
{
    m_proposedUrl = proposed;
    if (proposed.isEmpty()) {
        m_proposal->hide();
        return;
    }
    const QString named = m_address->text().trimmed();
    const QString target = proposed.toDisplayString();
    // The proposal panel says what the cross_origin_redirect problem says, and offers the
    // choice: show it once, with the problem's evidence (the redirect or link) in small print.
    QString evidence;
    for (ProblemView *view : {m_findProblem, m_connectProblem}) {
        if (view->problem().code() == ProblemCode::CrossOriginRedirect) {
            evidence = view->problem().detail();
            view->clear();
        }
    }
    QString text =
        tr("The site at <b>%1</b> points to another address: <b>%2</b>.<br>Latchkey sent nothing "
           "to %2. Use %2 only if it is really this site's address (a site that moved, say to "
           "www); otherwise keep your address.")
            .arg(named.toHtmlEscaped(), target.toHtmlEscaped());
    if (!evidence.isEmpty())
        text += QStringLiteral("<br><small>%1</small>").arg(evidence.toHtmlEscaped());
    m_proposalText->setText(text);
    m_acceptProposal->setText(tr("&Use %1").arg(target));
    m_proposal->show();
    // Grow rather than crush the fields below to make room for the panel.
    if (layout())
        layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

void AddSiteDialog::acceptProposal()
{
    if (m_proposedUrl.isEmpty() || m_busy->isBusy())
        return;
    // The user names the proposed address now: it becomes the credential origin.
    const QString address = m_proposedUrl.toString();
    showProposal(QUrl());
    m_address->setText(address);
    findSite();
}

void AddSiteDialog::declineProposal()
{
    // Nothing was sent to the proposed address, and nothing will be.
    showProposal(QUrl());
    m_findProblem->clear();
    m_connectProblem->clear();
    m_address->setFocus();
    updateButtons();
}

void AddSiteDialog::updateButtons()
{
    const bool busy = m_busy->isBusy() || m_browserPanel->isBusy();
    const bool discovered = m_discovery.has_value() && m_discovery->appPasswordsAvailable;
    const bool needsHttpOptIn = m_allowHttp->isVisible() && !m_allowHttp->isChecked();
    m_find->setEnabled(!busy && !m_address->text().trimmed().isEmpty());
    m_browserPanel->setSiteAvailable(discovered && !needsHttpOptIn);
    // The browser is the primary way; a pasted password makes "Add site" the default.
    const bool browserDefault = discovered && m_password->text().isEmpty();
    m_find->setDefault(!discovered);
    m_browserPanel->connectButton()->setDefault(browserDefault);
    m_add->setDefault(discovered && !browserDefault);
    m_add->setEnabled(!busy && discovered && !m_user->text().trimmed().isEmpty() &&
                      !m_password->text().trimmed().isEmpty() && !needsHttpOptIn);
    m_address->setReadOnly(busy);
    // Not with the browser panel's busy state: its Cancel and paste field live in this box.
    m_connectBox->setEnabled(!m_busy->isBusy() && discovered);
}

void AddSiteDialog::findSite()
{
    if (m_busy->isBusy() || m_address->text().trimmed().isEmpty())
        return;
    m_discovery.reset();
    m_found->hide();
    m_findProblem->clear();
    showProposal(QUrl());
    m_connectProblem->clear();
    m_steps->clearSteps();
    m_steps->hide();
    auto *job =
        new SiteDiscovery(m_services.network, m_address->text().trimmed(),
                          m_reconnect ? m_reconnect->trustedCertificateSha256 : QString(), this);
    m_discoveryJob = job;
    connect(job, &SiteDiscovery::progress, m_busy, &BusyBar::setText);
    connect(job, &SiteDiscovery::proposed, this, [this](const QUrl &proposed) {
        m_proposedUrl = proposed; // shown with the problem when discovery finishes
    });
    connect(job, &SiteDiscovery::finished, this, &AddSiteDialog::onDiscovered);
    m_busy->start(tr("Looking for WordPress…"), [this](bool timedOut) {
        if (m_discoveryJob)
            m_discoveryJob->cancel();
        if (timedOut)
            m_findProblem->setProblem(Problem::make(ProblemCode::Timeout));
        updateButtons();
    });
    updateButtons();
    job->start();
}

void AddSiteDialog::onDiscovered(const Result<DiscoveryResult> &result)
{
    m_busy->stop();
    if (!result) {
        if (result.problem().code() != ProblemCode::Cancelled)
            m_findProblem->setProblem(result.problem());
        if (result.problem().code() == ProblemCode::CrossOriginRedirect)
            showProposal(m_proposedUrl);
        m_address->setFocus();
        updateButtons();
        return;
    }
    m_discovery = *result;
    QStringList lines;
    const QString title = result->name.isEmpty() ? result->siteUrl.host() : result->name;
    lines.append(
        tr("✓ Found <b>%1</b> at %2.")
            .arg(title.toHtmlEscaped(), result->siteUrl.toDisplayString().toHtmlEscaped()));
    if (result->redirected()) {
        // Only the silent upgrade to https gets here (CredentialOrigin).
        lines.append(tr("The site moved from %1 to HTTPS; Latchkey will use the HTTPS address.")
                         .arg(result->requestedUrl.toDisplayString().toHtmlEscaped()));
        m_address->setText(result->siteUrl.toString());
    }
    lines.append(
        tr("✓ WordPress REST API at %1").arg(result->restRoot.toDisplayString().toHtmlEscaped()));
    if (result->appPasswordsAvailable) {
        lines.append(tr("✓ Application passwords are available."));
    } else {
        lines.append(tr("✗ Application passwords are not available on this site."));
        m_findProblem->setProblem(result->appPasswordsProblem.isNull()
                                      ? Problem::make(ProblemCode::AppPasswordsUnavailable)
                                      : result->appPasswordsProblem);
    }
    m_found->setText(lines.join(QStringLiteral("<br>")));
    m_found->show();

    const bool plainHttp = result->siteUrl.scheme() == QLatin1String("http") &&
                           !SiteUrl::isLoopbackHost(result->siteUrl.host());
    m_allowHttp->setVisible(plainHttp);
    m_httpWarning->setVisible(plainHttp);
    if (m_reconnect && m_reconnect->allowInsecureHttp)
        m_allowHttp->setChecked(true);

    QUrl profile = result->siteUrl;
    profile.setPath(profile.path() + QStringLiteral("/wp-admin/profile.php"));
    profile.setFragment(QStringLiteral("application-passwords-section"));
    m_howTo->setText(
        tr("Or by hand: in WordPress, open <a href=\"%1\">Users → Profile</a>, under "
           "“Application Passwords” type “Latchkey” as the name, click “Add New Application "
           "Password”, and paste the password it shows here.")
            .arg(profile.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    if (!m_reconnect && m_name->text().trimmed().isEmpty())
        m_name->setPlaceholderText(title);
    updateButtons();
    if (result->appPasswordsAvailable && m_browserPanel->connectButton()->isEnabled())
        m_browserPanel->connectButton()->setFocus();
    else if (result->appPasswordsAvailable)
        (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

Site AddSiteDialog::draftSite() const
{
    Site draft = m_reconnect ? *m_reconnect : Site();
    draft.allowInsecureHttp = m_allowHttp->isVisible() && m_allowHttp->isChecked();
    if (!m_reconnect) {
        draft.name = m_name->text().trimmed();
        draft.group = m_group->currentText().trimmed();
    }
    return draft;
}

void AddSiteDialog::connectSite()
{
    if (!m_add->isEnabled() || !m_discovery)
        return;
    m_connectProblem->clear();
    m_steps->clearSteps();
    m_steps->hide();
    Site draft = draftSite();
    draft.baseUrl = m_discovery->siteUrl;
    draft.restRoot = m_discovery->restRoot;
    draft.userLogin = m_user->text().trimmed();
    auto *connector = new SiteConnector(m_services.network, m_services.secrets, m_services.sites,
                                        draft, m_password->text(), this);
    m_connector = connector;
    connect(connector, &SiteConnector::progress, m_busy, &BusyBar::setText);
    connect(connector, &SiteConnector::finished, this, &AddSiteDialog::onConnected);
    m_busy->start(tr("Connecting…"), [this](bool timedOut) {
        if (m_connector)
            m_connector->cancel();
        if (timedOut)
            m_connectProblem->setProblem(Problem::make(ProblemCode::Timeout));
        updateButtons();
    });
    updateButtons();
    connector->start();
}

void AddSiteDialog::onConnected(const Result<Site> &site, const CheckResult &check)
{
    m_busy->stop();
    if (!site) {
        if (site.problem().code() != ProblemCode::Cancelled) {
            m_connectProblem->setProblem(site.problem());
            if (site.problem().code() == ProblemCode::CrossOriginRedirect)
                showProposal(check.suggestedUrl);
            if (!check.steps.isEmpty()) {
                m_steps->setSteps(check.steps);
                m_steps->show();
            }
        }
        updateButtons();
        const ProblemCode code = site.problem().code();
        if (code == ProblemCode::DuplicateName)
            m_name->setFocus();
        else if (code == ProblemCode::InvalidInput && m_user->text().trimmed().isEmpty())
            m_user->setFocus();
        else
            m_password->setFocus();
        return;
    }
    m_services.record(
        *site, m_reconnect ? QStringLiteral("site_reconnected") : QStringLiteral("site_added"),
        m_reconnect ? tr("Reconnected as %1 with the application password “%2”.")
                          .arg(site->userLogin, site->passwordName)
                    : tr("Added the site as %1 with the application password “%2”.")
                          .arg(site->userLogin, site->passwordName));
    // The connector checked it just now: record that as the last check too.
    m_password->clear();
    Q_EMIT siteSaved(site->id);
    accept();
}

} // namespace Latchkey
