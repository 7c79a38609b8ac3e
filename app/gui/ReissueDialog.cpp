#include "ReissueDialog.h"

#include "Clipboard.h"
#include "GuiSettings.h"
#include "MessageBox.h"
#include "SiteScope.h"
#include "TimeText.h"
#include "fleet/BulkActivity.h"
#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Latchkey {

namespace {
enum Column
{
    SiteColumn,
    NewNameColumn,
    IssuedColumn,
    CopyColumn,
    ColumnCount
};

QString configDirectory(const AppServices &services)
{
    return QFileInfo(services.sites->filePath()).absolutePath();
}
} // namespace

ReissueDialog::ReissueDialog(AppServices services, const QList<Site> &selected,
                             const QString &pendingName, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_selected(selected)
    , m_name(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_issue(new QPushButton(tr("&Issue New Passwords"), this))
    , m_pendingLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_finish(new QPushButton(tr("Revoke the &Old Passwords…"), this))
    , m_abandon(new QPushButton(tr("&Cancel the Re-issue…"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reissueDialog"));
    setWindowTitle(tr("Re-issue an integration's password"));

    auto *intro = new QLabel(
        tr("Gives an integration (a shop connector, a backup service…) a new application "
           "password on each site, without downtime: the new passwords are issued next to the "
           "old ones and kept in your keychain only. Copy each one into the integration; when "
           "it uses them all, revoke the old passwords."),
        this);
    intro->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("reissueNameEdit"));
    m_name->setPlaceholderText(tr("The integration's password name, e.g. Zapier"));
    m_name->setText(pendingName);
    m_scope->setObjectName(QStringLiteral("reissueScopeCombo"));
    SiteScope::fill(m_scope, *m_services.sites, int(selected.size()));
    m_issue->setObjectName(QStringLiteral("reissueIssueButton"));

    m_pendingLabel->setObjectName(QStringLiteral("reissuePendingLabel"));
    m_pendingLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("reissueTable"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("New password"), tr("Issued"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NewNameColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(SiteColumn, 180);
    m_table->setColumnWidth(IssuedColumn, 120);

    m_finish->setObjectName(QStringLiteral("reissueFinishButton"));
    m_abandon->setObjectName(QStringLiteral("reissueAbandonButton"));
    m_stop->setObjectName(QStringLiteral("reissueStopButton"));
    m_stop->hide();
    m_progress->setObjectName(QStringLiteral("reissueProgress"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("reissueSummary"));
    m_summary->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("reissueLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("What happened on each site appears here."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Password name:"), m_name);
    form->addRow(tr("&Sites:"), m_scope);
    auto *phaseOne = new QHBoxLayout;
    phaseOne->addWidget(m_issue);
    phaseOne->addWidget(m_stop);
    phaseOne->addWidget(m_progress, 1);
    phaseOne->addStretch(); // keeps the button at its size while the bar is hidden
    auto *phaseTwo = new QHBoxLayout;
    phaseTwo->addStretch(1);
    phaseTwo->addWidget(m_abandon);
    phaseTwo->addWidget(m_finish);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(phaseOne);
    layout->addWidget(m_summary);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_table, 3);
    layout->addLayout(phaseTwo);
    layout->addWidget(m_log, 1);
    layout->addWidget(close);

    connect(m_issue, &QPushButton::clicked, this, &ReissueDialog::issue);
    connect(m_finish, &QPushButton::clicked, this, &ReissueDialog::confirmFinish);
    connect(m_abandon, &QPushButton::clicked, this, &ReissueDialog::confirmAbandon);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_name, &QLineEdit::textChanged, this, &ReissueDialog::refreshPending);
    refreshPending();
    resize(820, 600);
}

ReissueDialog::~ReissueDialog()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

QList<ReissueEntry> ReissueDialog::pendingEntries(const AppServices &services, const QString &name)
{
    QList<ReissueEntry> pending;
    const Result<QList<ReissueEntry>> entries = ReissueStore(configDirectory(services)).entries();
    if (!entries)
        return pending;
    for (const ReissueEntry &entry : *entries) {
        if (!entry.issuing && entry.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 &&
            services.sites->byId(entry.siteId))
            pending.append(entry);
    }
    return pending;
}

QList<Site> ReissueDialog::pendingSites() const
{
    QList<Site> sites;
    for (const ReissueEntry &entry : pendingEntries(m_services, m_name->text())) {
        if (const std::optional<Site> site = m_services.sites->byId(entry.siteId))
            sites.append(*site);
    }
    return sites;
}

void ReissueDialog::reject()
{
    if (m_runner && m_runner->isRunning()) {
        m_closeWhenStopped = true;
        m_summary->setText(tr("Stopping: work under way reaches a safe point first…"));
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void ReissueDialog::setBusy(bool busy)
{
    m_stop->setVisible(busy);
    m_progress->setVisible(busy);
    m_name->setEnabled(!busy);
    m_scope->setEnabled(!busy);
    refreshPending();
}

void ReissueDialog::refreshPending()
{
    const bool busy = m_runner && m_runner->isRunning();
    const QList<ReissueEntry> entries = pendingEntries(m_services, m_name->text());
    m_table->setRowCount(0);
    for (const ReissueEntry &entry : entries) {
        const std::optional<Site> site = m_services.sites->byId(entry.siteId);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *siteItem = new QTableWidgetItem(site->name);
        siteItem->setData(Qt::UserRole, entry.siteId);
        m_table->setItem(row, SiteColumn, siteItem);
        m_table->setItem(row, NewNameColumn, new QTableWidgetItem(entry.newName));
        auto *issued = new QTableWidgetItem(TimeText::relative(entry.issuedAt));
        m_table->setItem(row, IssuedColumn, issued);
        auto *copy = new QPushButton(tr("Copy"), m_table);
        copy->setObjectName(QStringLiteral("reissueCopyButton"));
        copy->setProperty("siteId", entry.siteId);
        copy->setToolTip(tr("Copy the new password (the clipboard is cleared after a while)"));
        const QString siteId = entry.siteId;
        connect(copy, &QPushButton::clicked, this, [this, siteId] { copyPassword(siteId); });
        m_table->setCellWidget(row, CopyColumn, copy);
    }
    m_pendingLabel->setText(
        entries.isEmpty()
            ? tr("Nothing is pending for this name.")
            : tr("Pending on %n site(s). Copy each new password into the integration, then "
                 "revoke the old passwords.",
                 nullptr, int(entries.size())));
    m_issue->setEnabled(!busy && !m_name->text().trimmed().isEmpty());
    m_finish->setEnabled(!busy && !entries.isEmpty());
    m_abandon->setEnabled(!busy && !entries.isEmpty());
}

void ReissueDialog::copyPassword(const QString &siteId)
{
    const QList<ReissueEntry> entries = pendingEntries(m_services, m_name->text());
    const auto entry =
        std::find_if(entries.cbegin(), entries.cend(),
                     [&siteId](const ReissueEntry &e) { return e.siteId == siteId; });
    if (entry == entries.cend())
        return;
    const QString siteName =
        m_services.sites->byId(siteId) ? m_services.sites->byId(siteId)->name : siteId;
    const QString newName = entry->newName;
    m_services.secrets->read(
        entry->keychainKey(), this, [this, siteName, newName](const Result<QString> &secret) {
            if (!secret) {
                m_summary->setText(secret.problem().toString());
                return;
            }
            if (m_services.clipboard)
                m_services.clipboard->copySecret(*secret);
            m_summary->setText(tr("Copied \"%1\" of %2.").arg(newName, siteName));
        });
}

void ReissueDialog::issue()
{
    const QList<Site> sites = SiteScope::sites(m_scope, *m_services.sites, m_selected);
    if (sites.isEmpty() || m_name->text().trimmed().isEmpty())
        return;
    m_log->appendPlainText(tr("Issuing a new \"%1\" on %n site(s)…", nullptr, int(sites.size()))
                               .arg(m_name->text().trimmed()));
    run(sites, ReissueTask::Mode::Issue);
}

void ReissueDialog::confirmFinish()
{
    const QList<Site> sites = pendingSites();
    if (sites.isEmpty())
        return;
    MessageBox::question(
        this, tr("Revoke the old passwords"),
        tr("Has the integration been updated with the new passwords of all %n site(s)?", nullptr,
           int(sites.size())),
        tr("The old \"%1\" passwords are revoked now; anything still using them stops working. "
           "The new ones then take the name \"%1\" and leave your keychain.")
            .arg(m_name->text().trimmed()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, sites](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_log->appendPlainText(tr("Revoking the old passwords…"));
            run(sites, ReissueTask::Mode::Finish);
        },
        QMessageBox::Warning, {{QMessageBox::Yes, tr("Revoke the Old Passwords")}});
}

void ReissueDialog::confirmAbandon()
{
    const QList<Site> sites = pendingSites();
    if (sites.isEmpty())
        return;
    MessageBox::question(this, tr("Cancel the re-issue"),
                         tr("Revoke the new passwords on %n site(s) and keep the old ones?",
                            nullptr, int(sites.size())),
                         tr("Anything you already set up with a new password stops working."),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                         [this, sites](QMessageBox::StandardButton answer) {
                             if (answer != QMessageBox::Yes)
                                 return;
                             m_log->appendPlainText(tr("Revoking the new passwords…"));
                             run(sites, ReissueTask::Mode::Abandon);
                         },
                         QMessageBox::Warning,
                         {{QMessageBox::Yes, tr("Revoke the New Passwords")}});
}

void ReissueDialog::run(const QList<Site> &sites, ReissueTask::Mode mode)
{
    m_mode = mode;
    if (m_runner)
        m_runner->deleteLater();
    QNetworkAccessManager *network = m_services.network;
    SecretStore *secrets = m_services.secrets;
    const QString directory = configDirectory(m_services);
    const QString name = m_name->text().trimmed();
    m_runner = new BulkRunner(
        m_services.secrets, sites,
        [=](const Site &site, const SiteEndpoint &endpoint) -> BulkTask * {
            return new ReissueTask(network, secrets, directory, site, endpoint, mode, name);
        },
        this);
    m_runner->setSiteDeadlineMs(GuiSettings::siteDeadlineMs(m_services.settings));
    m_runner->setConcurrency(m_services.settings ? m_services.settings->concurrency()
                                                 : GuiSettings::kDefaultConcurrency);
    connect(m_runner, &BulkRunner::siteFinished, this, &ReissueDialog::onSiteFinished);
    connect(m_runner, &BulkRunner::progress, this, [this](int done, int total, qint64) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &BulkRunner::finished, this, &ReissueDialog::onFinished);
    m_progress->setRange(0, int(sites.size()));
    m_progress->setValue(0);
    m_summary->clear();
    m_runner->start();
    setBusy(true);
}

void ReissueDialog::onSiteFinished(int index, const BulkSiteResult &result)
{
    const Site &site = m_runner->sites().at(index);
    if (m_mode == ReissueTask::Mode::Issue && result.problem.code() == ProblemCode::NotFound) {
        // A site the integration does not use: nothing to re-issue there, not a failure.
        m_log->appendPlainText(tr("%1: no password named \"%2\" here; nothing to do.")
                                   .arg(site.name, m_name->text().trimmed()));
        return;
    }
    if (!result.ok) {
        m_log->appendPlainText(
            tr("%1: ✗ %2 [%3]")
                .arg(site.name, result.problem.message(), result.problem.codeName()));
        return;
    }
    const QString newName = result.details.value(QStringLiteral("new_name")).toString();
    switch (m_mode) {
    case ReissueTask::Mode::Issue:
        m_log->appendPlainText(
            tr("%1: issued \"%2\"; the old one still works.").arg(site.name, newName));
        break;
    case ReissueTask::Mode::Finish:
    case ReissueTask::Mode::Abandon:
        m_log->appendPlainText(tr("%1: %2").arg(site.name, result.summary));
        break;
    }
}

void ReissueDialog::onFinished()
{
    const QString name = m_name->text().trimmed();
    const int ok = m_runner->okCount();
    const int failed = m_runner->failedCount();
    int notThere = 0; // sites the integration does not use (issue only)
    for (const std::optional<BulkSiteResult> &result : m_runner->results()) {
        if (result && result->problem.code() == ProblemCode::NotFound)
            ++notThere;
    }
    QString action;
    QString operation;
    switch (m_mode) {
    case ReissueTask::Mode::Issue:
        action = QStringLiteral("reissue_issued");
        operation = tr("Re-issue of \"%1\": new password issued").arg(name);
        if (failed == 0) {
            m_summary->setText(tr("New passwords issued on %n site(s). Copy each one below into "
                                  "the integration.",
                                  nullptr, ok));
        } else {
            // One count per sentence: each takes its own plural form.
            QStringList sentences{tr("New passwords issued on %n site(s).", nullptr, ok)};
            if (notThere > 0)
                sentences.append(tr("%n site(s) have no such password.", nullptr, notThere));
            if (failed > notThere)
                sentences.append(tr("%n site(s) failed.", nullptr, failed - notThere));
            sentences.append(tr("Copy each new one below into the integration."));
            m_summary->setText(sentences.join(QLatin1Char(' ')));
        }
        break;
    case ReissueTask::Mode::Finish:
        action = QStringLiteral("reissue_finished");
        operation = tr("Re-issue of \"%1\": old passwords revoked").arg(name);
        m_summary->setText(
            tr("Old passwords revoked on %n site(s), %1 failed.", nullptr, ok).arg(failed));
        break;
    case ReissueTask::Mode::Abandon:
        action = QStringLiteral("reissue_cancelled");
        operation = tr("Re-issue of \"%1\" cancelled: new password revoked").arg(name);
        m_summary->setText(
            tr("Re-issue cancelled on %n site(s), %1 failed.", nullptr, ok).arg(failed));
        break;
    }
    BulkActivity activity(action, operation);
    activity.addAll(*m_runner);
    if (m_services.activity)
        activity.appendTo(*m_services.activity);
    m_runner->deleteLater();
    setBusy(false);
    Q_EMIT pendingChanged();
    if (m_closeWhenStopped)
        QDialog::reject();
}

} // namespace Latchkey
