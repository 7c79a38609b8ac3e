#include "PasswordsTab.h"

#include "AppPasswordModel.h"
#include "BusyBar.h"
#include "CreatePasswordDialog.h"
#include "MessageBox.h"
#include "NewPasswordDialog.h"
#include "ProblemView.h"
#include "UserDirectory.h"
#include "fleet/PasswordAudit.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/UsersApi.h"
#include "wordpress/WordPressClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Latchkey {

PasswordsTab::PasswordsTab(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_userSwitcher(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_create(new QPushButton(tr("&New password…"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_revoke(new QPushButton(tr("&Revoke…"), this))
    , m_revokeAll(new QPushButton(tr("Revoke &all…"), this))
    , m_refresh(new QPushButton(tr("Re&load"), this))
    , m_table(new QTableView(this))
    , m_model(new AppPasswordModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_problem(new ProblemView(this))
    , m_busy(new BusyBar(services.settings, this))
{
    setObjectName(QStringLiteral("passwordsTab"));
    m_userSwitcher->setObjectName(QStringLiteral("userSwitcher"));
    m_userSwitcher->setToolTip(tr("Administrators can manage the application passwords of every "
                                  "user of the site."));
    m_userSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_summary->setObjectName(QStringLiteral("passwordsSummary"));
    m_create->setObjectName(QStringLiteral("newPasswordButton"));
    m_rename->setObjectName(QStringLiteral("renamePasswordButton"));
    m_revoke->setObjectName(QStringLiteral("revokePasswordButton"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAllButton"));
    m_refresh->setObjectName(QStringLiteral("reloadPasswordsButton"));
    m_table->setObjectName(QStringLiteral("passwordsTable"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AppPasswordModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AppPasswordModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AppPasswordModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AppPasswordModel::LastIpColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *userRow = new QHBoxLayout;
    auto *userCaption = new QLabel(tr("&User:"), this);
    userCaption->setBuddy(m_userSwitcher);
    userRow->addWidget(userCaption);
    userRow->addWidget(m_userSwitcher);
    userRow->addWidget(m_userLabel);
    userRow->addStretch();
    userRow->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    buttons->addWidget(m_revokeAll);
    buttons->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(userRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_busy);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &PasswordsTab::createPassword);
    connect(m_rename, &QPushButton::clicked, this, &PasswordsTab::renamePassword);
    connect(m_revoke, &QPushButton::clicked, this, &PasswordsTab::revokePassword);
    connect(m_revokeAll, &QPushButton::clicked, this, &PasswordsTab::revokeAll);
    connect(m_refresh, &QPushButton::clicked, this, &PasswordsTab::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &PasswordsTab::renamePassword);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PasswordsTab::updateActions);
    connect(m_userSwitcher, &QComboBox::activated, this, [this] { loadPasswords(); });
    // A keychain that could not be read: unlock it, then read the password and load again.
    m_problem->setUnlockAction(m_services.secrets, [this] { refresh(); });
    setSite(std::nullopt);
}

void PasswordsTab::resetContext()
{
    delete m_context; // drops every pending callback of the previous site
    m_context = new QObject(this);
    if (m_request)
        m_request->abort();
    m_busy->stop();
}

void PasswordsTab::setSite(const std::optional<Site> &site)
{
    const bool sameSite = site && m_site && site->id == m_site->id;
    const bool sameCredentials = sameSite && site->secretKey() == m_site->secretKey() &&
                                 site->passwordUuid == m_site->passwordUuid;
    m_site = site;
    if (sameCredentials)
        return; // e.g. only the last check changed
    resetContext();
    if (m_createDialog)
        m_createDialog->reject();
    m_endpoint.reset();
    m_me = {};
    m_users.clear();
    m_userSwitcher->clear();
    m_model->clear();
    m_problem->clear();
    m_summary->clear();
    if (!m_site) {
        updateActions();
        return;
    }
    updateActions();
    refresh();
}

void PasswordsTab::refresh()
{
    if (!m_site)
        return;
    m_problem->clear();
    withEndpoint([this](const SiteEndpoint &endpoint) {
        if (m_me.id == 0)
            loadUsers(endpoint);
        else
            loadPasswords();
    });
}

void PasswordsTab::withEndpoint(const std::function<void(const SiteEndpoint &)> &next)
{
    if (m_endpoint) {
        next(*m_endpoint);
        return;
    }
    m_busy->start(tr("Reading the password from the keychain…"), [this](bool timedOut) {
        resetContext();
        fail(Problem::make(timedOut ? ProblemCode::KeychainUnavailable : ProblemCode::Cancelled));
    });
    updateActions();
    m_services.withEndpoint(*m_site, m_context, [this, next](const Result<SiteEndpoint> &endpoint) {
        m_busy->stop();
        if (!endpoint) {
            fail(endpoint.problem());
            return;
        }
        m_endpoint = *endpoint;
        next(*m_endpoint);
    });
}

void PasswordsTab::track(WpRequest *request, const QString &text)
{
    m_request = request;
    m_busy->start(text, [this](bool timedOut) {
        if (m_request)
            m_request->abort();
        if (timedOut)
            fail(Problem::make(ProblemCode::Timeout));
    });
    updateActions();
}

void PasswordsTab::loadUsers(const SiteEndpoint &endpoint)
{
    const WordPressClient client(m_services.network, endpoint);
    track(UsersApi(client).me(m_context,
                              [this, client](const Result<WpUser> &me) {
                                  m_busy->stop();
                                  if (!me) {
                                      fail(me.problem());
                                      return;
                                  }
                                  m_me = *me;
                                  m_users = {m_me};
                                  if (!m_me.can(QStringLiteral("edit_users"))) {
                                      loadPasswords();
                                      return;
                                  }
                                  track(UserDirectory::list(
                                            client, m_context,
                                            [this](const Result<QList<WpUser>> &users) {
                                                m_busy->stop();
                                                if (users) {
                                                    for (const WpUser &user : *users) {
                                                        if (user.id != m_me.id)
                                                            m_users.append(user);
                                                    }
                                                }
                                                loadPasswords();
                                            }),
                                        tr("Loading the site's users…"));
                              }),
          tr("Asking the site who you are…"));
}

void PasswordsTab::loadPasswords()
{
    if (!m_site || !m_endpoint)
        return;
    // Fill the switcher once; keep the chosen user across reloads.
    const int chosenId = m_userSwitcher->currentData().toInt();
    if (m_userSwitcher->count() != m_users.size()) {
        m_userSwitcher->clear();
        for (const WpUser &user : std::as_const(m_users)) {
            const QString roles = user.roles.join(QStringLiteral(", "));
            QString label = user.id == m_me.id ? tr("%1 (you)").arg(user.username) : user.username;
            if (!roles.isEmpty())
                label += QStringLiteral(" · ") + roles;
            m_userSwitcher->addItem(label, user.id);
        }
        const int index = m_userSwitcher->findData(chosenId);
        m_userSwitcher->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool canSwitch = m_users.size() > 1;
    m_userSwitcher->setVisible(canSwitch);
    m_userLabel->setVisible(!canSwitch);
    m_userLabel->setText(m_site->userLogin);

    const ApplicationPasswordsApi api(WordPressClient(m_services.network, *m_endpoint));
    track(api.list(currentUser(), m_context,
                   [this](const Result<QList<AppPassword>> &passwords) {
                       m_busy->stop();
                       if (!passwords) {
                           m_latchkeyUses.clear();
                           m_model->clear();
                           fail(passwords.problem());
                           return;
                       }
                       m_problem->clear();
                       // Latchkey's own, by uuid across every entry on this WordPress: the
                       // admin's list shows the password the author's entry signs in with.
                       m_latchkeyUses = latchkeyUses();
                       QHash<QString, QStringList> labels;
                       for (const AppPassword &password : *passwords) {
                           for (const Site &entry : m_latchkeyUses.value(password.uuid)) {
                               labels[password.uuid].append(
                                   tr("%1 (%2)").arg(entry.name, entry.userLogin));
                           }
                       }
                       m_model->setPasswords(*passwords, labels);
                       // English plural forms come from a translation with numerus forms
                       // (translations/, issue 7); untranslated, "(s)" stands for both.
                       m_summary->setText(
                           tr("%n application password(s)", nullptr, int(passwords->size())));
                       m_table->resizeColumnsToContents();
                       updateActions();
                   }),
          tr("Loading application passwords…"));
}

UserRef PasswordsTab::currentUser() const
{
    const int id = m_userSwitcher->currentData().toInt();
    return id == 0 || id == m_me.id ? UserRef::me() : UserRef::byId(id);
}

QString PasswordsTab::currentUserLabel() const
{
    const int id = m_userSwitcher->currentData().toInt();
    for (const WpUser &user : m_users) {
        if (user.id == id)
            return user.username;
    }
    return m_site ? m_site->userLogin : QString();
}

QHash<QString, QList<Site>> PasswordsTab::latchkeyUses() const
{
    if (!m_site || !m_endpoint)
        return {};
    QHash<QString, QList<Site>> uses =
        PasswordAudit::entriesByPassword(m_services.sites->sites(), m_endpoint->restRoot);
    // This entry as this tab knows it (its uuid may be newer than the saved list's).
    if (!m_site->passwordUuid.isEmpty()) {
        const QString siteId = m_site->id;
        for (QList<Site> &entries : uses)
            entries.removeIf([&siteId](const Site &entry) { return entry.id == siteId; });
        uses[m_site->passwordUuid].prepend(*m_site);
    }
    return uses;
}

QString PasswordsTab::latchkeyWarning(const QList<Site> &entries) const
{
    QStringList sentences;
    for (const Site &entry : entries) {
        if (m_site && entry.id == m_site->id) {
            sentences.prepend(tr("This is the password Latchkey itself uses for %1. After "
                                 "revoking it, Latchkey cannot reach the site until you "
                                 "reconnect it with a new password (Site → Reconnect).")
                                  .arg(m_site->name));
        } else {
            sentences.append(tr("Latchkey's entry %1 signs in with this password. After "
                                "revoking it, that entry cannot reach the site until you "
                                "select it and reconnect it with a new password (Site → "
                                "Reconnect).")
                                 .arg(tr("%1 (%2)").arg(entry.name, entry.userLogin)));
        }
    }
    return sentences.join(QStringLiteral("\n\n"));
}

bool PasswordsTab::viewingOwnPasswords() const
{
    return currentUser().isMe();
}

std::optional<AppPassword> PasswordsTab::selectedPassword() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->passwordAt(m_proxy->mapToSource(rows.first()).row());
}

void PasswordsTab::fail(const Problem &problem)
{
    m_busy->stop();
    if (problem.code() != ProblemCode::Cancelled)
        m_problem->setProblem(problem);
    updateActions();
}

void PasswordsTab::updateActions()
{
    const bool ready = m_site && m_endpoint && !m_busy->isBusy();
    const bool selected = selectedPassword().has_value();
    m_create->setEnabled(ready);
    m_rename->setEnabled(ready && selected);
    m_revoke->setEnabled(ready && selected);
    m_revokeAll->setEnabled(ready && m_model->rowCount() > 0);
    m_refresh->setEnabled(m_site.has_value() && !m_busy->isBusy());
    m_userSwitcher->setEnabled(ready);
}

void PasswordsTab::createPassword()
{
    if (!m_site || !m_endpoint)
        return;
    auto *dialog = new CreatePasswordDialog(currentUserLabel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    const UserRef user = currentUser();
    const QString userLabel = currentUserLabel();
    connect(dialog, &CreatePasswordDialog::createRequested, this,
            [this, dialog, user, userLabel](const QString &name, const QString &appId) {
                const ApplicationPasswordsApi api(WordPressClient(m_services.network, *m_endpoint));
                const Site site = *m_site;
                const bool own = user.isMe();
                api.create(
                    user, name, appId, dialog,
                    [this, dialog, site, own, userLabel](const Result<AppPassword> &created) {
                        if (!created) {
                            dialog->showProblem(created.problem());
                            return;
                        }
                        m_services.record(site, QStringLiteral("password_created"),
                                          tr("Created the application password “%1” for %2.")
                                              .arg(created->name, userLabel));
                        // Show it before anything else can fail: it exists only in this reply.
                        auto *shown = new NewPasswordDialog(m_services, site, *created, userLabel,
                                                            own, window());
                        shown->setAttribute(Qt::WA_DeleteOnClose);
                        connect(shown, &NewPasswordDialog::latchkeyPasswordChanged, this,
                                &PasswordsTab::latchkeyPasswordChanged);
                        connect(shown, &QDialog::finished, this, [this] { loadPasswords(); });
                        dialog->accept();
                        shown->open();
                        loadPasswords();
                    });
            });
    dialog->open();
}

void PasswordsTab::renamePassword()
{
    const std::optional<AppPassword> password = selectedPassword();
    if (!password || !m_endpoint)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renamePasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename application password"));
    dialog->setLabelText(tr("New name for “%1”:").arg(password->name));
    dialog->setTextValue(password->name);
    const UserRef user = currentUser();
    const Site site = *m_site;
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, password, user, site](const QString &text) {
                const QString newName = text.trimmed();
                if (newName.isEmpty() || newName == password->name)
                    return;
                const ApplicationPasswordsApi api(WordPressClient(m_services.network, *m_endpoint));
                track(api.rename(user, password->uuid, newName, m_context,
                                 [this, password, site, newName](const Result<AppPassword> &done) {
                                     m_busy->stop();
                                     if (!done) {
                                         fail(done.problem());
                                         return;
                                     }
                                     m_services.record(site, QStringLiteral("password_renamed"),
                                                       tr("Renamed the application password "
                                                          "“%1” to “%2”.")
                                                           .arg(password->name, newName));
                                     if (password->uuid == site.passwordUuid) {
                                         m_services.sites->modify(site.id, [newName](Site &s) {
                                             s.passwordName = newName;
                                         });
                                     }
                                     loadPasswords();
                                 }),
                      tr("Renaming…"));
            });
    dialog->open();
}

void PasswordsTab::revokePassword()
{
    const std::optional<AppPassword> password = selectedPassword();
    if (!password || !m_endpoint)
        return;
    // Every Latchkey entry on this WordPress that signs in with it, not only this one.
    const QList<Site> entries = m_latchkeyUses.value(password->uuid);
    const bool latchkeys = !entries.isEmpty();
    QString informative =
        tr("Every app or service that signs in as %1 with “%2” stops working at once. "
           "This cannot be undone.")
            .arg(currentUserLabel(), password->name);
    if (latchkeys)
        informative = latchkeyWarning(entries) + QStringLiteral("\n\n") + informative;
    const UserRef user = currentUser();
    const Site site = *m_site;
    const QString userLabel = currentUserLabel();
    MessageBox::question(
        this, tr("Revoke application password"), tr("Revoke “%1”?").arg(password->name),
        informative, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, password, user, site, entries, userLabel](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !m_endpoint)
                return;
            const ApplicationPasswordsApi api(WordPressClient(m_services.network, *m_endpoint));
            track(api.revoke(user, password->uuid, m_context,
                             [this, password, site, entries, userLabel](const Problem &problem) {
                                 m_busy->stop();
                                 if (problem) {
                                     fail(problem);
                                     return;
                                 }
                                 m_services.record(site, QStringLiteral("password_revoked"),
                                                   tr("Revoked the application password “%1” "
                                                      "of %2.")
                                                       .arg(password->name, userLabel));
                                 for (const Site &entry : entries)
                                     Q_EMIT latchkeyPasswordChanged(entry.id);
                                 loadPasswords();
                             }),
                  tr("Revoking “%1”…").arg(password->name));
        },
        latchkeys ? QMessageBox::Warning : QMessageBox::Question,
        {{QMessageBox::Yes, tr("Revoke")}});
}

void PasswordsTab::revokeAll()
{
    if (!m_endpoint || m_model->rowCount() == 0)
        return;
    QStringList names;
    for (const AppPassword &password : m_model->passwords())
        names.append(QStringLiteral("“%1”").arg(password.name));
    // Every Latchkey entry on this WordPress that signs in with one of them.
    QList<Site> entries;
    for (const AppPassword &password : m_model->passwords())
        entries += m_latchkeyUses.value(password.uuid);
    const bool includesLatchkeys = std::any_of(
        entries.cbegin(), entries.cend(), [this](const Site &s) { return s.id == m_site->id; });
    const QString userLabel = currentUserLabel();
    QString informative =
        tr("Every app and service that signs in as %1 with an application password stops "
           "working at once: %2. This cannot be undone.")
            .arg(userLabel, names.join(QStringLiteral(", ")));
    if (!entries.isEmpty())
        informative = latchkeyWarning(entries) + QStringLiteral("\n\n") + informative;
    const UserRef user = currentUser();
    const Site site = *m_site;
    const int count = m_model->rowCount();
    MessageBox::question(
        this, tr("Revoke all application passwords"),
        (count == 1 ? tr("Revoke the only application password of %1?").arg(userLabel)
                    : tr("Revoke all %1 application passwords of %2?").arg(count).arg(userLabel)),
        informative, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, user, site, entries, includesLatchkeys, userLabel,
         count](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !m_endpoint)
                return;
            const ApplicationPasswordsApi api(WordPressClient(m_services.network, *m_endpoint));
            track(api.revokeAll(user, m_context,
                                [this, site, entries, includesLatchkeys, userLabel,
                                 count](const Problem &problem) {
                                    m_busy->stop();
                                    if (problem) {
                                        fail(problem);
                                        return;
                                    }
                                    m_services.record(
                                        site, QStringLiteral("passwords_revoked_all"),
                                        tr("Revoked all application passwords of %1 (%2).")
                                            .arg(userLabel)
                                            .arg(count));
                                    for (const Site &entry : entries) {
                                        if (entry.id != site.id)
                                            Q_EMIT latchkeyPasswordChanged(entry.id);
                                    }
                                    if (includesLatchkeys) {
                                        Q_EMIT latchkeyPasswordChanged(site.id);
                                        m_model->clear();
                                        m_endpoint.reset();
                                        m_problem->setProblem(
                                            Problem(ProblemCode::CredentialsRejected,
                                                    tr("Latchkey's own password for this site was "
                                                       "revoked."),
                                                    tr("Reconnect the site with a new application "
                                                       "password (Site → Reconnect).")));
                                        updateActions();
                                        return;
                                    }
                                    loadPasswords();
                                }),
                  tr("Revoking all passwords of %1…").arg(userLabel));
        },
        QMessageBox::Warning, {{QMessageBox::Yes, tr("Revoke all")}});
}

} // namespace Latchkey
