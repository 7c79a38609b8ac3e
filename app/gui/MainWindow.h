#pragma once

#include "AppServices.h"

#include <QFileSystemWatcher>
#include <QMainWindow>
#include <QTimer>

#include <optional>

class QAction;
class QComboBox;
class QProgressBar;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Latchkey {

class PendingReissueBar;

class ActivityTab;
class CheckRunner;
class ConnectionTab;
class PasswordsTab;
class PublishTab;
class SiteFilterProxyModel;
class SiteListModel;

// The main window: the site list (searchable, sortable) above the selected site's details
// (application passwords, connection, test publish, activity). Follows changes that
// latchkey-cli makes to the site list while it is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    std::optional<Site> currentSite() const;
    void selectSite(const QString &siteId);
    CheckRunner *checkRunner() const { return m_runner; }

public Q_SLOTS:
    void addSite();
    void editSite();
    void reconnectSite();
    void removeSite();
    void testSelected();
    void testAll();
    void showSettings();
    void revokeAcrossSites();
    void rotatePasswords();
    void reissuePassword(const QString &pendingName = {});
    void exportSites();
    void importSites();
    void auditPasswords();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createEmptyState();
    QWidget *createDetailPane();
    void restoreState();
    void saveState();
    void updatePage();
    void updateDetail();
    void updateActions();
    void watchSiteFile();
    void reloadFromDisk();
    QStringList selectedSiteIds() const;
    QList<Site> selectedSites() const;
    void showTableMenu(const QPoint &position);
    void applyFilters();
    void updateFilterChoices();
    void createBulkStatus();

    AppServices m_services;
    SiteListModel *m_model;
    SiteFilterProxyModel *m_proxy;
    CheckRunner *m_runner;
    QFileSystemWatcher m_watcher;
    QTimer m_reloadTimer;
    QTimer m_actionsTimer; // coalesces updateActions() during bulk checks
    QString m_currentId;

    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_groupFilter;
    QComboBox *m_statusFilter;
    QProgressBar *m_bulkProgress;
    QPushButton *m_bulkCancel;
    QPushButton *m_bulkRetry;
    QLabel *m_noMatches;
    QLabel *m_siteTitle;
    QLabel *m_siteSubtitle;
    QLabel *m_siteStatus;
    QTabWidget *m_tabs;
    PasswordsTab *m_passwordsTab;
    ConnectionTab *m_connectionTab;
    PublishTab *m_publishTab;
    ActivityTab *m_activityTab;

    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_reconnectAction;
    QAction *m_removeAction;
    QAction *m_testAction;
    QAction *m_testAllAction;
    QAction *m_findAction;
    QAction *m_settingsAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_revokeAcrossAction;
    QAction *m_exportAction;
    QAction *m_importAction;
    QAction *m_auditAction;
    QAction *m_rotateAction;
    QAction *m_reissueAction;
    PendingReissueBar *m_pendingReissue = nullptr;
};

} // namespace Latchkey
