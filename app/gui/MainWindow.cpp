#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivityTab.h"
#include "AddSiteDialog.h"
#include "AppIdentity.h"
#include "BulkRevokeDialog.h"
#include "CheckRunner.h"
#include "ConnectionTab.h"
#include "EditSiteDialog.h"
#include "GuiSettings.h"
#include "ImportSitesDialog.h"
#include "MessageBox.h"
#include "PasswordAuditDialog.h"
#include "PasswordsTab.h"
#include "PendingReissueBar.h"
#include "PublishTab.h"
#include "ReissueDialog.h"
#include "RotateDialog.h"
#include "SettingsDialog.h"
#include "SiteFilterProxyModel.h"
#include "SiteListModel.h"
#include "StatusBadge.h"
#include "TimeText.h"
#include "fleet/SiteImport.h"
#include "sites/ActivityLog.h"
#include "sites/SiteRemoval.h"
#include "sites/SiteStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>
#include <tuple>

namespace Latchkey {

namespace {
enum Page
{
    EmptyPage,
    SitesPage
};
} // namespace

MainWindow::MainWindow(AppServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_model(new SiteListModel(services.sites, this))
    , m_proxy(new SiteFilterProxyModel(this))
    , m_runner(new CheckRunner(services, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QLatin1String(AppIdentity::kDisplayName));
    // main() sets the application icon (the installed theme icon, else the built-in one);
    // windows built without it (tests, the screenshot driver) use the built-in one.
    if (QApplication::windowIcon().isNull())
        setWindowIcon(QIcon(QStringLiteral(":/icons/org.latchkey.Latchkey.svg")));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SiteListModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(SiteListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SiteListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    createActions();
    createMenus();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(createEmptyState());

    auto *sitesPage = new QWidget(this);
    auto *sitesLayout = new QVBoxLayout(sitesPage);
    sitesLayout->setContentsMargins(6, 6, 6, 6);
    m_pendingReissue = new PendingReissueBar(m_services, sitesPage);
    connect(m_pendingReissue, &PendingReissueBar::openRequested, this,
            &MainWindow::reissuePassword);
    sitesLayout->addWidget(m_pendingReissue);
    m_splitter = new QSplitter(Qt::Vertical, sitesPage);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);

    auto *listPane = new QWidget(m_splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(listPane);
    m_table->setObjectName(QStringLiteral("siteTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(SiteListModel::NameColumn, 200);
    m_table->setColumnWidth(SiteListModel::UrlColumn, 240);
    m_table->setColumnWidth(SiteListModel::UserColumn, 110);
    m_table->setColumnWidth(SiteListModel::GroupColumn, 110);
    m_table->setColumnWidth(SiteListModel::StatusColumn, 140);
    m_noMatches = new QLabel(tr("No site matches your search."), listPane);
    m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->hide();
    listLayout->addWidget(m_table);
    listLayout->addWidget(m_noMatches);

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(createDetailPane());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    sitesLayout->addWidget(m_splitter);
    m_pages->addWidget(sitesPage);
    setCentralWidget(m_pages);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_services.sites, &SiteStore::changed, this, &MainWindow::updateFilterChoices);
    updateFilterChoices();
    createBulkStatus();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_currentId =
            current.isValid() ? current.data(SiteListModel::SiteIdRole).toString() : QString();
        updateDetail();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        m_tabs->setCurrentWidget(m_connectionTab);
        testSelected();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Rows came or went (here or in latchkey-cli): keep the same site selected.
        if (!m_currentId.isEmpty())
            selectSite(m_currentId);
        updatePage();
    });
    // The selected site's details follow its changes; with thousands of sites, not every
    // row's (a bulk check marks a thousand rows "Checking…" at once).
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_currentId);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    updateDetail();
            });
    // Changes the list does not show (a new password, a REST root) matter to the details.
    connect(m_services.sites, &SiteStore::changed, this, &MainWindow::updateDetail);
    connect(m_passwordsTab, &PasswordsTab::latchkeyPasswordChanged, this,
            [this](const QString &siteId) { m_runner->check({siteId}); });
    // Once per event-loop pass, not once per site: a bulk check starts and finishes hundreds
    // of sites at a time, and updateActions() walks the whole selection.
    m_actionsTimer.setSingleShot(true);
    m_actionsTimer.setInterval(0);
    connect(&m_actionsTimer, &QTimer::timeout, this, &MainWindow::updateActions);
    connect(m_runner, &CheckRunner::started, this, [this](const QString &id) {
        m_model->setChecking(id, true);
        m_actionsTimer.start();
    });
    connect(m_runner, &CheckRunner::finished, this,
            [this](const QString &id, const CheckResult &result) {
                m_model->setChecking(id, false);
                m_actionsTimer.start();
                // A bulk check reports its progress in the status bar's progress bar.
                if (m_runner->isBulkRunning())
                    return;
                const std::optional<Site> site = m_services.sites->byId(id);
                if (site) {
                    statusBar()->showMessage(result.ok
                                                 ? tr("%1: connection works.").arg(site->name)
                                                 : tr("%1: the connection test failed (%2).")
                                                       .arg(site->name, result.problem.codeName()),
                                             8000);
                }
            });
    connect(m_runner, &CheckRunner::idle, this, &MainWindow::updateActions);

    // latchkey-cli may change sites.json while the window is open.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadFromDisk);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_reloadTimer,
            qOverload<>(&QTimer::start));
    watchSiteFile();

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    resize(1040, 720);
    restoreState();
    updatePage();
    // No site is selected at start-up: selecting one loads its application passwords, which
    // reads the keychain (and may make it ask for its password) before the user asked for
    // anything. The details fill in when the user picks a site.
    updateDetail();
    // A rotation killed midway (crash, logout) is settled before anything else touches it.
    QTimer::singleShot(0, this, [this] {
        RotateDialog::resumeInterrupted(m_services, this, [this](const QString &message) {
            statusBar()->showMessage(message, 20000);
        });
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name,
                             const QList<QKeySequence> &keys, const QString &tip = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        if (!tip.isEmpty())
            action->setToolTip(tip);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_addAction = make(tr("&Add Site…"), QStringLiteral("addSiteAction"), {QKeySequence::New},
                       tr("Add a WordPress site (Ctrl+N)"));
    m_editAction = make(tr("&Edit Site…"), QStringLiteral("editSiteAction"),
                        {QKeySequence(Qt::CTRL | Qt::Key_E)}, tr("Change name, address or group"));
    m_reconnectAction = make(tr("Re&connect…"), QStringLiteral("reconnectSiteAction"), {},
                             tr("Give Latchkey a new application password for the selected site"));
    m_removeAction = make(tr("&Remove Site…"), QStringLiteral("removeSiteAction"),
                          {QKeySequence::Delete}, tr("Remove the selected sites from Latchkey"));
    m_testAction = make(tr("&Test Connection"), QStringLiteral("testConnectionAction"),
                        {QKeySequence(Qt::Key_F5)}, tr("Test the selected sites (F5)"));
    m_testAllAction = make(tr("Test &All Sites"), QStringLiteral("testAllAction"),
                           {QKeySequence(Qt::CTRL | Qt::Key_F5)}, tr("Test every site"));
    m_findAction = make(tr("&Find…"), QStringLiteral("findAction"), {QKeySequence::Find},
                        tr("Search the site list (Ctrl+F)"));
    m_settingsAction =
        make(tr("&Settings…"), QStringLiteral("settingsAction"),
             {QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma)},
             tr("Clipboard, time-outs and bulk work"));
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"),
                        {QKeySequence(Qt::CTRL | Qt::Key_Q)}, tr("Quit Latchkey"));
    m_aboutAction = make(tr("&About Latchkey"), QStringLiteral("aboutAction"), {});
    m_revokeAcrossAction =
        make(tr("Re&voke Across Sites…"), QStringLiteral("revokeAcrossSitesAction"), {},
             tr("Find and revoke an integration's passwords on many sites, with a preview"));
    m_rotateAction =
        make(tr("R&otate Latchkey's Password…"), QStringLiteral("rotatePasswordsAction"), {},
             tr("Replace the password Latchkey uses on the selected sites with a new one"));
    m_reissueAction =
        make(tr("Re-&issue an Integration's Password…"), QStringLiteral("reissueAction"), {},
             tr("Give an integration new passwords on many sites, then revoke the old ones"));
    m_exportAction = make(tr("&Export Site List…"), QStringLiteral("exportSitesAction"), {},
                          tr("Save the site list as CSV or JSON (never any password)"));
    m_importAction = make(tr("&Import Sites…"), QStringLiteral("importSitesAction"), {},
                          tr("Add many sites from a CSV file, with a preview"));
    m_auditAction = make(tr("A&udit Passwords…"), QStringLiteral("auditPasswordsAction"), {},
                         tr("List every application password, flag unused ones, revoke them"));

    const auto icon = [this](QStyle::StandardPixmap pixmap) {
        return style()->standardIcon(pixmap);
    };
    m_addAction->setIcon(icon(QStyle::SP_FileDialogNewFolder));
    m_testAction->setIcon(icon(QStyle::SP_BrowserReload));
    m_removeAction->setIcon(icon(QStyle::SP_TrashIcon));
    m_editAction->setIcon(icon(QStyle::SP_FileDialogDetailedView));
    m_settingsAction->setIcon(icon(QStyle::SP_ComputerIcon));

    connect(m_addAction, &QAction::triggered, this, &MainWindow::addSite);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSite);
    connect(m_reconnectAction, &QAction::triggered, this, &MainWindow::reconnectSite);
    connect(m_removeAction, &QAction::triggered, this, &MainWindow::removeSite);
    connect(m_testAction, &QAction::triggered, this, &MainWindow::testSelected);
    connect(m_testAllAction, &QAction::triggered, this, &MainWindow::testAll);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_revokeAcrossAction, &QAction::triggered, this, &MainWindow::revokeAcrossSites);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSites);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importSites);
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::auditPasswords);
    connect(m_rotateAction, &QAction::triggered, this, &MainWindow::rotatePasswords);
    connect(m_reissueAction, &QAction::triggered, this, [this] { reissuePassword(); });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_addAction);
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *site = menuBar()->addMenu(tr("&Site"));
    site->addAction(m_testAction);
    site->addAction(m_testAllAction);
    site->addSeparator();
    site->addAction(m_editAction);
    site->addAction(m_reconnectAction);
    site->addSeparator();
    site->addAction(m_auditAction);
    site->addAction(m_revokeAcrossAction);
    site->addAction(m_rotateAction);
    site->addAction(m_reissueAction);
    site->addSeparator();
    site->addAction(m_removeAction);

    QMenu *edit = menuBar()->addMenu(tr("&View"));
    edit->addAction(m_findAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_testAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_removeAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_groupFilter = new QComboBox(toolBar);
    m_groupFilter->setObjectName(QStringLiteral("groupFilterCombo"));
    m_groupFilter->setToolTip(tr("Show one group (client) or tag"));
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    toolBar->addWidget(m_groupFilter);
    m_statusFilter = new QComboBox(toolBar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setToolTip(tr("Show sites by the result of their last check"));
    m_statusFilter->addItem(tr("Any status"), int(SiteFilterProxyModel::StatusFilter::Any));
    m_statusFilter->addItem(tr("Working"), int(SiteFilterProxyModel::StatusFilter::Ok));
    m_statusFilter->addItem(tr("Problem"), int(SiteFilterProxyModel::StatusFilter::Problem));
    m_statusFilter->addItem(tr("Not checked"), int(SiteFilterProxyModel::StatusFilter::NotChecked));
    toolBar->addWidget(m_statusFilter);
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search sites (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_search->setMinimumWidth(200);
    toolBar->addWidget(m_search);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("Add your first WordPress site"), page);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *steps = new QLabel(
        tr("<ol>"
           "<li>Click <b>Add Site</b> below (or press Ctrl+N) and enter your site's address, "
           "for example <i>https://example.com</i>. Latchkey checks the site first.</li>"
           "<li>In WordPress, open <b>Users → Profile</b>. Under <b>Application Passwords</b> "
           "type “Latchkey” and click <b>Add New Application Password</b>.</li>"
           "<li>Paste that password and your user name into Latchkey. It checks that the "
           "password works and keeps it in your system keychain.</li>"
           "</ol>"
           "<p>Latchkey never asks for your login password, and you can revoke its access in "
           "WordPress at any time.</p>"),
        page);
    steps->setObjectName(QStringLiteral("emptyStateSteps"));
    steps->setWordWrap(true);
    steps->setMaximumWidth(560);
    auto *add = new QPushButton(tr("Add Site…"), page);
    add->setObjectName(QStringLiteral("emptyStateAddButton"));
    add->setDefault(true);
    add->setMinimumHeight(36);
    add->setMinimumWidth(180);
    connect(add, &QPushButton::clicked, this, &MainWindow::addSite);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(steps);
    row->addStretch();
    layout->addLayout(row);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(add);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    layout->addStretch(3);
    return page;
}

QWidget *MainWindow::createDetailPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("detailPane"));
    m_siteTitle = new QLabel(pane);
    m_siteTitle->setObjectName(QStringLiteral("siteTitle"));
    QFont big = m_siteTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_siteTitle->setFont(big);
    m_siteSubtitle = new QLabel(pane);
    m_siteSubtitle->setObjectName(QStringLiteral("siteSubtitle"));
    m_siteSubtitle->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_siteSubtitle->setOpenExternalLinks(true);
    m_siteStatus = new QLabel(pane);
    m_siteStatus->setObjectName(QStringLiteral("siteStatus"));
    m_siteStatus->setWordWrap(true);

    auto *edit = new QPushButton(tr("Edit…"), pane);
    edit->setObjectName(QStringLiteral("editSiteButton"));
    connect(edit, &QPushButton::clicked, this, &MainWindow::editSite);
    auto *reconnect = new QPushButton(tr("Reconnect…"), pane);
    reconnect->setObjectName(QStringLiteral("reconnectSiteButton"));
    connect(reconnect, &QPushButton::clicked, this, &MainWindow::reconnectSite);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_siteTitle);
    titles->addWidget(m_siteSubtitle);
    titles->addWidget(m_siteStatus);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(edit, 0, Qt::AlignTop);
    header->addWidget(reconnect, 0, Qt::AlignTop);

    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_passwordsTab = new PasswordsTab(m_services, m_tabs);
    m_connectionTab = new ConnectionTab(m_services, m_runner, m_tabs);
    m_publishTab = new PublishTab(m_services, m_tabs);
    m_activityTab = new ActivityTab(m_services, m_tabs);
    m_tabs->addTab(m_passwordsTab, tr("Application &passwords"));
    m_tabs->addTab(m_connectionTab, tr("&Connection"));
    m_tabs->addTab(m_publishTab, tr("Test p&ublish"));
    m_tabs->addTab(m_activityTab, tr("Acti&vity"));

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 8, 4, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    return pane;
}

void MainWindow::restoreState()
{
    if (!m_services.settings)
        return;
    const QByteArray geometry = m_services.settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_services.settings->windowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    const QByteArray header = m_services.settings->siteTableHeader();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = m_services.settings->splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveState()
{
    if (!m_services.settings)
        return;
    m_services.settings->setWindowGeometry(saveGeometry());
    m_services.settings->setWindowState(QMainWindow::saveState());
    m_services.settings->setSiteTableHeader(m_table->horizontalHeader()->saveState());
    m_services.settings->setSplitterState(m_splitter->saveState());
    m_services.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_runner->cancelAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::updatePage()
{
    const bool empty = m_model->rowCount() == 0;
    m_pages->setCurrentIndex(empty ? EmptyPage : SitesPage);
    m_search->setEnabled(!empty);
    updateActions();
}

std::optional<Site> MainWindow::currentSite() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    return m_services.sites->byId(m_currentId);
}

void MainWindow::selectSite(const QString &siteId)
{
    const int row = m_model->rowOf(siteId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the filter hid it
        selectSite(siteId);
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_currentId = siteId;
    updateDetail();
}

void MainWindow::updateDetail()
{
    const std::optional<Site> site = currentSite();
    if (site) {
        m_siteTitle->setText(site->name);
        QStringList parts{QStringLiteral("<a href=\"%1\">%2</a>")
                              .arg(site->baseUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                   site->baseUrl.toDisplayString().toHtmlEscaped()),
                          tr("as %1").arg(site->userLogin.toHtmlEscaped())};
        if (!site->group.isEmpty())
            parts.append(tr("group %1").arg(site->group.toHtmlEscaped()));
        m_siteSubtitle->setText(parts.join(QStringLiteral(" · ")));
        const SiteStatus status = m_model->statusOf(*site);
        QString text = StatusBadge::text(status);
        if (site->lastCheck.isValid() && status != SiteStatus::Checking) {
            text += QStringLiteral(" · ") +
                    tr("last checked %1").arg(TimeText::relative(site->lastCheck.at));
        }
        m_siteStatus->setText(text);
        m_siteStatus->setToolTip(site->lastCheck.ok ? QString() : site->lastCheck.message);
        m_siteStatus->setStyleSheet(
            QStringLiteral("color: %1;").arg(StatusBadge::color(status).darker(115).name()));
    } else {
        m_siteTitle->setText(tr("No site selected"));
        m_siteSubtitle->setText(tr("Select a site in the list to see its application "
                                   "passwords, its connection and its activity."));
        m_siteStatus->clear();
        m_siteStatus->setToolTip(QString());
    }
    m_tabs->setEnabled(site.has_value());
    m_passwordsTab->setSite(site);
    m_connectionTab->setSite(site);
    m_publishTab->setSite(site);
    m_activityTab->setSite(site);
    updateActions();
}

QStringList MainWindow::selectedSiteIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(SiteListModel::SiteIdRole).toString());
    if (ids.isEmpty() && !m_currentId.isEmpty())
        ids.append(m_currentId);
    return ids;
}

void MainWindow::updateActions()
{
    const bool any = !selectedSiteIds().isEmpty() && m_model->rowCount() > 0;
    const bool one = any && currentSite().has_value();
    m_editAction->setEnabled(one);
    m_reconnectAction->setEnabled(one);
    m_removeAction->setEnabled(any);
    m_testAction->setEnabled(any);
    m_testAllAction->setEnabled(m_model->rowCount() > 0);
    m_revokeAcrossAction->setEnabled(m_model->rowCount() > 0);
    m_rotateAction->setEnabled(m_model->rowCount() > 0);
    m_reissueAction->setEnabled(m_model->rowCount() > 0);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
    m_auditAction->setEnabled(m_model->rowCount() > 0);
}

void MainWindow::applyFilters()
{
    m_proxy->setFilterFixedString(m_search->text().trimmed());
    m_proxy->setGroupFilter(m_groupFilter->currentData().toString());
    m_proxy->setStatusFilter(
        SiteFilterProxyModel::StatusFilter(m_statusFilter->currentData().toInt()));
    m_noMatches->setVisible(m_proxy->rowCount() == 0 && m_model->rowCount() > 0);
    if (!m_table->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::updateFilterChoices()
{
    const QStringList groups = m_services.sites->groups();
    const QStringList tags = m_services.sites->tags();
    QStringList parts{QString()};
    QStringList labels{tr("All groups")};
    for (const QString &group : std::as_const(groups)) {
        parts.append(QStringLiteral("group:") + group);
        labels.append(group);
    }
    for (const QString &tag : std::as_const(tags)) {
        parts.append(QStringLiteral("tag:") + tag);
        labels.append(tr("#%1").arg(tag));
    }
    QStringList current;
    for (int i = 0; i < m_groupFilter->count(); ++i)
        current.append(m_groupFilter->itemData(i).toString());
    if (current == parts)
        return;
    const QString selected = m_groupFilter->currentData().toString();
    const QSignalBlocker blocker(m_groupFilter);
    m_groupFilter->clear();
    for (qsizetype i = 0; i < parts.size(); ++i)
        m_groupFilter->addItem(labels.at(i), parts.at(i));
    const int index = int(parts.indexOf(selected));
    m_groupFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        applyFilters();
}

void MainWindow::createBulkStatus()
{
    m_bulkProgress = new QProgressBar(statusBar());
    m_bulkProgress->setObjectName(QStringLiteral("bulkProgress"));
    m_bulkProgress->setMaximumWidth(320);
    m_bulkProgress->setTextVisible(true);
    m_bulkCancel = new QPushButton(tr("Cancel"), statusBar());
    m_bulkCancel->setObjectName(QStringLiteral("bulkCancelButton"));
    m_bulkRetry = new QPushButton(tr("Retry failed"), statusBar());
    m_bulkRetry->setObjectName(QStringLiteral("retryFailedButton"));
    statusBar()->addPermanentWidget(m_bulkProgress);
    statusBar()->addPermanentWidget(m_bulkCancel);
    statusBar()->addPermanentWidget(m_bulkRetry);
    m_bulkProgress->hide();
    m_bulkCancel->hide();
    m_bulkRetry->hide();
    connect(m_bulkCancel, &QPushButton::clicked, m_runner, &CheckRunner::cancelAll);
    connect(m_bulkRetry, &QPushButton::clicked, this, [this] {
        if (!m_runner->retryFailed())
            m_bulkRetry->hide();
    });
    connect(m_runner, &CheckRunner::bulkStarted, this, [this](int total) {
        m_bulkProgress->setRange(0, total);
        m_bulkProgress->setValue(0);
        m_bulkProgress->setFormat(tr("Checking: %v of %m"));
        m_bulkProgress->show();
        m_bulkCancel->show();
        m_bulkRetry->hide();
    });
    // At most ten updates a second: QProgressBar repaints at once (synchronously) for every
    // new value, and a bulk check of a thousand sites reports a thousand of them.
    auto *progressTimer = new QTimer(this);
    progressTimer->setSingleShot(true);
    progressTimer->setInterval(100);
    auto progress = std::make_shared<std::tuple<int, int, qint64>>();
    connect(progressTimer, &QTimer::timeout, this, [this, progress] {
        const auto [done, total, etaMs] = *progress;
        m_bulkProgress->setRange(0, total);
        m_bulkProgress->setValue(done);
        m_bulkProgress->setFormat(etaMs < 0 ? tr("Checking: %v of %m")
                                            : tr("Checking: %v of %m, about %1 s left")
                                                  .arg(QString::number((etaMs + 999) / 1000)));
    });
    connect(m_runner, &CheckRunner::bulkProgress, this,
            [progress, progressTimer](int done, int total, qint64 etaMs) {
                *progress = {done, total, etaMs};
                if (!progressTimer->isActive())
                    progressTimer->start();
            });
    connect(m_runner, &CheckRunner::bulkFinished, this, [this](int ok, int failed) {
        m_bulkProgress->hide();
        m_bulkCancel->hide();
        m_bulkRetry->setVisible(failed > 0);
        statusBar()->showMessage(
            failed == 0 ? tr("Checked %n site(s): all work.", nullptr, ok)
                        // One count per sentence, so that each takes its own plural form.
                        : tr("Checked %n site(s).", nullptr, ok + failed) + QLatin1Char(' ') +
                              tr("%n site(s) failed or were cancelled.", nullptr, failed));
    });
}

void MainWindow::showTableMenu(const QPoint &position)
{
    if (!m_table->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_testAction);
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.addAction(m_reconnectAction);
    menu.addSeparator();
    menu.addAction(m_removeAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void MainWindow::addSite()
{
    auto *dialog = new AddSiteDialog(m_services, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSiteDialog::siteSaved, this, [this](const QString &id) {
        updatePage();
        selectSite(id);
        statusBar()->showMessage(tr("Site added."), 5000);
    });
    dialog->open();
}

void MainWindow::editSite()
{
    const std::optional<Site> site = currentSite();
    if (!site)
        return;
    auto *dialog = new EditSiteDialog(m_services, *site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reconnectSite()
{
    const std::optional<Site> site = currentSite();
    if (!site)
        return;
    auto *dialog = new AddSiteDialog(m_services, *site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSiteDialog::siteSaved, this, [this](const QString &id) {
        selectSite(id);
        statusBar()->showMessage(tr("Site reconnected."), 5000);
    });
    dialog->open();
}

void MainWindow::removeSite()
{
    QList<Site> sites;
    for (const QString &id : selectedSiteIds()) {
        if (const std::optional<Site> site = m_services.sites->byId(id))
            sites.append(*site);
    }
    if (sites.isEmpty())
        return;
    QStringList names;
    for (const Site &site : std::as_const(sites))
        names.append(QStringLiteral("“%1”").arg(site.name));
    const QString text = sites.size() == 1
                             ? tr("Remove %1 from Latchkey?").arg(names.first())
                             : tr("Remove %n sites from Latchkey?", nullptr, int(sites.size()));
    const QString informative =
        tr("Latchkey deletes its password for %1 from your keychain. It can also revoke that "
           "password on the site first, so that nobody can use it any more: recommended unless "
           "you will add the site again with the same password elsewhere. Nothing else on the "
           "site changes.")
            .arg(names.join(QStringLiteral(", ")));
    MessageBox::question(
        this, tr("Remove site"), text, informative,
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, sites](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes && answer != QMessageBox::No)
                return;
            const bool revoke = answer == QMessageBox::Yes;
            for (const Site &site : sites) {
                auto *removal = new SiteRemoval(m_services.network, m_services.secrets,
                                                m_services.sites, site, revoke, this);
                connect(removal, &SiteRemoval::progress, this,
                        [this](const QString &step) { statusBar()->showMessage(step); });
                connect(
                    removal, &SiteRemoval::finished, this,
                    [this, site](const Problem &problem, bool revoked) {
                        if (problem) {
                            statusBar()->clearMessage();
                            m_services.record(
                                site, QStringLiteral("remove_failed"),
                                tr("Could not remove the site: %1").arg(problem.message()), false);
                            MessageBox::warning(
                                this, tr("Remove site"),
                                tr("“%1” was not removed: %2").arg(site.name, problem.message()),
                                problem.fix());
                            return;
                        }
                        if (m_services.activity)
                            m_services.activity->removeSite(site.id);
                        statusBar()->showMessage(
                            revoked ? tr("Removed “%1” and revoked its password on the site.")
                                          .arg(site.name)
                                    : tr("Removed “%1”.").arg(site.name),
                            8000);
                        updatePage();
                    });
                removal->start();
            }
        },
        QMessageBox::Question,
        {{QMessageBox::Yes, tr("Revoke and remove")}, {QMessageBox::No, tr("Remove only")}});
}

void MainWindow::testSelected()
{
    const QStringList ids = selectedSiteIds();
    if (ids.isEmpty())
        return;
    if (ids.size() == 1)
        m_tabs->setCurrentWidget(m_connectionTab);
    m_runner->check(ids);
}

void MainWindow::testAll()
{
    QStringList ids;
    for (const Site &site : m_services.sites->sites())
        ids.append(site.id);
    m_runner->check(ids);
}

QList<Site> MainWindow::selectedSites() const
{
    QList<Site> selected;
    for (const QString &id : selectedSiteIds()) {
        if (const std::optional<Site> site = m_services.sites->byId(id))
            selected.append(*site);
    }
    return selected;
}

void MainWindow::revokeAcrossSites()
{
    auto *dialog = new BulkRevokeDialog(m_services, selectedSites(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importSites()
{
    auto *dialog = new ImportSitesDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::auditPasswords()
{
    auto *dialog = new PasswordAuditDialog(m_services, selectedSites(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::rotatePasswords()
{
    auto *dialog = new RotateDialog(m_services, selectedSites(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reissuePassword(const QString &pendingName)
{
    auto *dialog = new ReissueDialog(m_services, selectedSites(), pendingName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReissueDialog::pendingChanged, m_pendingReissue, &PendingReissueBar::refresh);
    dialog->open();
}

void MainWindow::exportSites()
{
    auto *dialog = new QFileDialog(this, tr("Export site list"));
    dialog->setObjectName(QStringLiteral("exportSitesFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("JSON files (*.json)")});
    dialog->selectFile(QStringLiteral("latchkey-sites.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &chosen) {
        QString path = chosen;
        const bool json = dialog->selectedNameFilter().contains(QStringLiteral("*.json")) ||
                          path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
        if (QFileInfo(path).suffix().isEmpty())
            path += json ? QStringLiteral(".json") : QStringLiteral(".csv");
        const QList<Site> &sites = m_services.sites->sites();
        QSaveFile file(path);
        const QByteArray content =
            json ? SiteExport::toJson(sites) : SiteExport::toCsv(sites).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
            !file.commit()) {
            MessageBox::warning(this, tr("Export site list"), tr("Could not write %1.").arg(path),
                                file.errorString());
            return;
        }
        statusBar()->showMessage(
            tr("Exported %n site(s) to %1 (no passwords).", nullptr, int(sites.size())).arg(path),
            8000);
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_services.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::watchSiteFile()
{
    const QString file = m_services.sites->filePath();
    const QString directory = QFileInfo(file).absolutePath();
    QDir().mkpath(directory);
    if (!m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    // QSaveFile replaces the file, which drops the watch on it: add it again each time.
    if (QFileInfo::exists(file) && !m_watcher.files().contains(file))
        m_watcher.addPath(file);
}

void MainWindow::reloadFromDisk()
{
    const Problem problem = m_services.sites->load();
    if (problem)
        statusBar()->showMessage(problem.toString(), 8000);
    if (m_services.activity)
        m_services.activity->load();
    m_pendingReissue->refresh(); // latchkey-cli may have issued or finished a re-issue
    watchSiteFile();
    updatePage();
}

} // namespace Latchkey
