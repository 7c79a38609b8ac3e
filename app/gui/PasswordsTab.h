#pragma once

#include "AppServices.h"
#include "wordpress/WpTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Latchkey {

class AppPasswordModel;
class BusyBar;
class CreatePasswordDialog;
class ProblemView;
class WpRequest;

// The "Application passwords" tab: the selected site's user's passwords (or, for
// administrators, another user's), with create, rename, revoke and revoke all.
class PasswordsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PasswordsTab(AppServices services, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);
    void refresh();

Q_SIGNALS:
    // The password Latchkey uses for a site was replaced or revoked.
    void latchkeyPasswordChanged(const QString &siteId);

private:
    void resetContext();
    void withEndpoint(const std::function<void(const SiteEndpoint &)> &next);
    void loadUsers(const SiteEndpoint &endpoint);
    void loadPasswords();
    void createPassword();
    void renamePassword();
    void revokePassword();
    void revokeAll();
    void fail(const Problem &problem);
    void updateActions();
    UserRef currentUser() const;
    QString currentUserLabel() const;
    bool viewingOwnPasswords() const;
    std::optional<AppPassword> selectedPassword() const;
    // Every Latchkey entry on the WordPress shown here (this one included), by the uuid of the
    // password it signs in with (PasswordAudit::wordPressKey of the REST roots).
    QHash<QString, QList<Site>> latchkeyUses() const;
    // "This is the password Latchkey…" for each entry that signs in with it; empty for none.
    QString latchkeyWarning(const QList<Site> &entries) const;
    void track(WpRequest *request, const QString &text);

    AppServices m_services;
    std::optional<Site> m_site;
    std::optional<SiteEndpoint> m_endpoint;
    WpUser m_me;
    QList<WpUser> m_users;
    QHash<QString, QList<Site>> m_latchkeyUses; // of the passwords listed
    QObject *m_context = nullptr;               // pending callbacks die with it
    QPointer<WpRequest> m_request;
    QPointer<CreatePasswordDialog> m_createDialog;

    QComboBox *m_userSwitcher;
    QLabel *m_userLabel;
    QLabel *m_summary;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_revoke;
    QPushButton *m_revokeAll;
    QPushButton *m_refresh;
    QTableView *m_table;
    AppPasswordModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ProblemView *m_problem;
    BusyBar *m_busy;
};

} // namespace Latchkey
