#include "PasswordAuditDialog.h"

#include "AuditFilterProxyModel.h"
#include "AuditModel.h"
#include "GuiSettings.h"
#include "MessageBox.h"
#include "SiteScope.h"
#include "TimeText.h"
#include "fleet/BulkRunner.h"
#include "sites/SiteStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Latchkey {

namespace {
// The confirmation lists at most this many passwords by name; the count covers the rest.
constexpr int kListedInConfirmation = 25;

QString revokeResultText(const RevokeItem &item)
{
    switch (item.action) {
    case RevokeItem::Action::Revoked:
        return PasswordAuditDialog::tr("revoked");
    case RevokeItem::Action::AlreadyGone:
        return PasswordAuditDialog::tr("already gone");
    case RevokeItem::Action::Failed:
        return PasswordAuditDialog::tr("not revoked: %1").arg(item.problem.message());
    case RevokeItem::Action::SkippedOwn:
        return PasswordAuditDialog::tr("kept: Latchkey's own password here (rotate it instead)");
    case RevokeItem::Action::WouldRevoke:
        return PasswordAuditDialog::tr("not revoked: stopped");
    }
    return {};
}
} // namespace

PasswordAuditDialog::PasswordAuditDialog(AppServices services, const QList<Site> &selected,
                                         QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_selected(selected)
    , m_model(new AuditModel(this))
    , m_proxy(new AuditFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_staleDays(new QSpinBox(this))
    , m_audit(new QPushButton(tr("&Audit"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_onlyFlagged(new QCheckBox(tr("&Only flagged"), this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke Selected…"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setObjectName(QStringLiteral("passwordAuditDialog"));
    setWindowTitle(tr("Audit application passwords"));

    m_scope->setObjectName(QStringLiteral("auditScopeCombo"));
    SiteScope::fill(m_scope, *m_services.sites, int(selected.size()));

    m_staleDays->setObjectName(QStringLiteral("auditStaleDaysSpin"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setValue(m_services.settings ? m_services.settings->auditStaleDays()
                                              : GuiSettings::kDefaultAuditStaleDays);
    m_staleDays->setToolTip(tr("A password not used for longer than this is flagged. WordPress "
                               "records the last use at most once a day."));
    m_model->setStaleDays(m_staleDays->value());

    m_audit->setObjectName(QStringLiteral("auditRunButton"));
    m_audit->setDefault(true);
    m_stop->setObjectName(QStringLiteral("auditStopButton"));
    m_stop->hide();
    m_progress->setObjectName(QStringLiteral("auditProgress"));
    m_progress->hide();
    m_onlyFlagged->setObjectName(QStringLiteral("auditOnlyFlaggedCheck"));
    m_filter->setObjectName(QStringLiteral("auditFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by site, user, name, IP or flag"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_revoke->setObjectName(QStringLiteral("auditRevokeButton"));
    m_revoke->setToolTip(tr("Revoke the selected passwords after a confirmation (Delete)"));
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setToolTip(tr("Saves the rows shown, in the shown order (never a password)"));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::SiteColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(AuditModel::SiteColumn, 130);
    m_table->horizontalHeader()->resizeSection(AuditModel::NameColumn, 170);
    m_table->horizontalHeader()->resizeSection(AuditModel::FlagsColumn, 260);

    auto *form = new QFormLayout;
    auto *scopeLabel = new QLabel(tr("&Sites:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *daysLabel = new QLabel(tr("&Flag when unused for more than"), this);
    daysLabel->setBuddy(m_staleDays);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(daysLabel);
    scopeRow->addWidget(m_staleDays);
    scopeRow->addWidget(m_audit);
    form->addRow(scopeLabel, scopeRow);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_stop);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_onlyFlagged);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_revoke);
    bottom->addWidget(m_export);
    bottom->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_audit, &QPushButton::clicked, this, &PasswordAuditDialog::startAudit);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_staleDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_model->setStaleDays(days);
        if (m_services.settings)
            m_services.settings->setAuditStaleDays(days);
        updateSummary();
    });
    connect(m_onlyFlagged, &QCheckBox::toggled, m_proxy, &AuditFilterProxyModel::setOnlyFlagged);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AuditFilterProxyModel::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PasswordAuditDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PasswordAuditDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PasswordAuditDialog::updateButtons);
    connect(m_revoke, &QPushButton::clicked, this, &PasswordAuditDialog::confirmRevoke);
    // Delete in the table asks the same confirmation as the button.
    auto *revokeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr,
                                    Qt::WidgetWithChildrenShortcut);
    connect(revokeKey, &QShortcut::activated, this, [this] {
        if (m_revoke->isEnabled())
            confirmRevoke();
    });
    connect(m_export, &QPushButton::clicked, this, &PasswordAuditDialog::chooseExportFile);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PasswordAuditDialog::updateButtons);
    updateButtons();
    m_summary->setText(tr("Choose the sites and press Audit. Nothing is changed on the sites."));
    resize(1000, 600);
}

PasswordAuditDialog::~PasswordAuditDialog()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

QList<Site> PasswordAuditDialog::scopeSites() const
{
    return SiteScope::sites(m_scope, *m_services.sites, m_selected);
}

void PasswordAuditDialog::setBusy(bool busy)
{
    m_scope->setEnabled(!busy);
    m_stop->setVisible(busy);
    m_progress->setVisible(busy);
    updateButtons();
}

void PasswordAuditDialog::updateButtons()
{
    const bool busy = m_runner && m_runner->isRunning();
    m_audit->setEnabled(!busy && !scopeSites().isEmpty());
    m_revoke->setEnabled(!busy && !selectedRows().isEmpty());
    m_export->setEnabled(!busy && m_proxy->rowCount() > 0);
}

QList<int> PasswordAuditDialog::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int row = m_proxy->mapToSource(index).row();
        if (!m_model->isFailure(row) && !m_model->isRevoked(row))
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PasswordAuditDialog::startAudit()
{
    const QList<Site> sites = scopeSites();
    if (sites.isEmpty() || (m_runner && m_runner->isRunning()))
        return;
    m_model->clear();
    m_model->setOwnPasswords(PasswordAudit::ownPasswords(m_services.sites->sites()));
    m_allUsers.clear();
    m_auditedEntries.clear();
    m_summary->setText(tr("Auditing %n site(s)…", nullptr, int(sites.size())));
    run(sites, false);
}

void PasswordAuditDialog::run(const QList<Site> &sites, bool revoke)
{
    m_revoking = revoke;
    if (m_runner)
        m_runner->deleteLater();
    QNetworkAccessManager *network = m_services.network;
    const AuditOptions options{m_staleDays->value(), {}};
    m_runner = new BulkRunner(
        m_services.secrets, sites,
        [this, network, options, revoke](const Site &site,
                                         const SiteEndpoint &endpoint) -> BulkTask * {
            if (revoke) {
                auto *task =
                    new AuditRevokeTask(network, site, endpoint, m_toRevoke.value(site.id));
                connect(task, &AuditRevokeTask::itemsReady, this,
                        [this](const QString &siteId, const QList<RevokeItem> &items) {
                            m_revokeItems.insert(siteId, items);
                        });
                return task;
            }
            auto *task = new AuditTask(network, site, endpoint, options);
            connect(task, &AuditTask::audited, this,
                    [this](const QString &siteId, const QList<AuditEntry> &entries, bool allUsers) {
                        m_auditedEntries.insert(siteId, entries);
                        m_allUsers.insert(siteId, allUsers);
                    });
            return task;
        },
        this);
    m_runner->setConcurrency(m_services.settings ? m_services.settings->concurrency()
                                                 : GuiSettings::kDefaultConcurrency);
    connect(m_runner, &BulkRunner::siteFinished, this, &PasswordAuditDialog::onSiteFinished);
    connect(m_runner, &BulkRunner::progress, this, [this](int done, int total, qint64) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &BulkRunner::finished, this, &PasswordAuditDialog::onFinished);
    m_progress->setRange(0, int(sites.size()));
    m_progress->setValue(0);
    m_runner->start();
    setBusy(true);
}

void PasswordAuditDialog::onSiteFinished(int index, const BulkSiteResult &result)
{
    const Site &site = m_runner->sites().at(index);
    if (!m_revoking) {
        if (result.ok) {
            m_model->addEntries(m_auditedEntries.value(site.id));
        } else {
            const Problem problem =
                result.problem.code() == ProblemCode::Cancelled
                    ? Problem(ProblemCode::Cancelled, tr("Stopped before this site was audited."))
                    : result.problem;
            m_model->addFailure(site.id, site.name, site.baseUrl.toString(), problem);
        }
        return;
    }
    const QList<RevokeItem> items = m_revokeItems.value(site.id);
    QStringList revokedNames;
    for (const AuditEntry &entry : m_toRevoke.value(site.id)) {
        const auto item = std::find_if(items.cbegin(), items.cend(), [&](const RevokeItem &i) {
            return i.password.uuid == entry.password.uuid;
        });
        if (item == items.cend()) {
            // The site failed before this password was reached (no keychain, no connection).
            m_model->setResult(site.id, entry.password.uuid,
                               tr("not revoked: %1").arg(result.problem.message()), false);
            continue;
        }
        const bool ok = item->action == RevokeItem::Action::Revoked ||
                        item->action == RevokeItem::Action::AlreadyGone;
        if (ok)
            revokedNames.append(
                QStringLiteral("\"%1\" (%2)").arg(entry.password.name, entry.userLogin));
        m_model->setResult(site.id, entry.password.uuid, revokeResultText(*item), ok);
    }
    m_services.record(
        site, QStringLiteral("password_revoked"),
        revokedNames.isEmpty()
            ? tr("Password audit: nothing revoked. %1").arg(result.problem.message())
            : tr("Password audit: revoked %1.").arg(revokedNames.join(QStringLiteral(", "))),
        result.ok);
}

void PasswordAuditDialog::onFinished()
{
    const bool revoking = m_revoking;
    const int failed = m_runner->failedCount();
    setBusy(false);
    if (!revoking) {
        m_table->resizeColumnToContents(AuditModel::UserColumn);
        m_table->resizeColumnToContents(AuditModel::CreatedColumn);
        m_table->resizeColumnToContents(AuditModel::LastUsedColumn);
        // Wide enough for the flags; a failed site's whole sentence is in its tooltip.
        m_table->resizeColumnToContents(AuditModel::FlagsColumn);
        m_table->setColumnWidth(
            AuditModel::FlagsColumn,
            std::clamp(m_table->columnWidth(AuditModel::FlagsColumn), 200, 340));
        updateSummary();
        return;
    }
    int revoked = 0;
    int notRevoked = 0;
    for (auto it = m_toRevoke.cbegin(); it != m_toRevoke.cend(); ++it) {
        for (const AuditEntry &entry : it.value()) {
            bool ok = false;
            for (const RevokeItem &item : m_revokeItems.value(it.key())) {
                if (item.password.uuid == entry.password.uuid)
                    ok = item.action == RevokeItem::Action::Revoked ||
                         item.action == RevokeItem::Action::AlreadyGone;
            }
            ++(ok ? revoked : notRevoked);
        }
    }
    // One count per sentence, so that each takes its own plural form.
    QStringList sentences{tr("Revoked %n password(s).", nullptr, revoked)};
    if (notRevoked > 0) {
        sentences.append(tr("%n password(s) could not be revoked.", nullptr, notRevoked));
        if (failed > 0)
            sentences.append(tr("%n site(s) failed.", nullptr, failed));
        sentences.append(tr("See the Result column for details."));
    }
    m_summary->setText(sentences.join(QLatin1Char(' ')));
    m_toRevoke.clear();
    m_revokeItems.clear();
    updateButtons();
}

void PasswordAuditDialog::updateSummary()
{
    int failedSites = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        failedSites += m_model->isFailure(row) ? 1 : 0;
    const int passwords = m_model->passwordCount();
    QString text =
        tr("%n password(s) found, %1 flagged.", nullptr, passwords).arg(m_model->flaggedCount());
    if (failedSites > 0) {
        text += QLatin1Char(' ') +
                tr("%n site(s) could not be audited (their rows say why).", nullptr, failedSites);
    }
    m_summary->setText(text);
}

void PasswordAuditDialog::confirmRevoke()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> revocable;
    QStringList kept;
    QStringList lines;
    QSet<QString> siteIds;
    for (const int row : rows) {
        const AuditEntry &entry = m_model->entry(row);
        if (entry.usedByLatchkey) {
            kept.append(entry.siteName);
            continue;
        }
        revocable.append(row);
        siteIds.insert(entry.siteId);
        if (lines.size() < kListedInConfirmation) {
            lines.append(tr("• %1: \"%2\" of %3 (last used: %4)")
                             .arg(entry.siteName, entry.password.name, entry.userLogin,
                                  entry.password.lastUsed.isValid()
                                      ? TimeText::relative(entry.password.lastUsed)
                                      : tr("never")));
        }
    }
    if (revocable.isEmpty()) {
        MessageBox::warning(this, tr("Revoke application passwords"),
                            tr("Only Latchkey's own password is selected."),
                            tr("Latchkey connects with it; rotate it instead of revoking it."));
        return;
    }
    if (revocable.size() > lines.size()) {
        lines.append(tr("…and %n more.", nullptr, int(revocable.size() - lines.size())));
    }
    if (!kept.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Kept: Latchkey's own password on %1 (rotate it instead).")
                         .arg(kept.join(QStringLiteral(", "))));
    }
    lines.append(QString());
    lines.append(tr("%n site(s) affected.", nullptr, int(siteIds.size())));
    lines.append(tr("Anything using these passwords stops working at once. This cannot be "
                    "undone."));
    MessageBox::question(this, tr("Revoke application passwords"),
                         tr("Revoke %n application password(s)?", nullptr, int(revocable.size())),
                         lines.join(QLatin1Char('\n')), QMessageBox::Yes | QMessageBox::Cancel,
                         QMessageBox::Cancel,
                         [this, revocable](QMessageBox::StandardButton answer) {
                             if (answer == QMessageBox::Yes)
                                 revoke(revocable);
                         },
                         QMessageBox::Warning,
                         {{QMessageBox::Yes, tr("Revoke %n", nullptr, int(revocable.size()))}});
}

void PasswordAuditDialog::revoke(const QList<int> &rows)
{
    if (m_runner && m_runner->isRunning())
        return;
    m_toRevoke.clear();
    m_revokeItems.clear();
    QList<Site> sites;
    for (const int row : rows) {
        const AuditEntry &entry = m_model->entry(row);
        if (!m_toRevoke.contains(entry.siteId)) {
            const std::optional<Site> site = m_services.sites->byId(entry.siteId);
            if (!site) {
                m_model->setResult(entry.siteId, entry.password.uuid,
                                   tr("not revoked: the site was removed from Latchkey"), false);
                continue;
            }
            sites.append(*site);
        }
        m_toRevoke[entry.siteId].append(entry);
    }
    if (sites.isEmpty())
        return;
    m_summary->setText(tr("Revoking %n password(s)…", nullptr, int(rows.size())));
    run(sites, true);
}

Problem PasswordAuditDialog::exportCsv(const QString &path) const
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const QByteArray content = m_model->toCsv(rows).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        return Problem(ProblemCode::ConfigError,
                       tr("Could not write %1.").arg(QDir::toNativeSeparators(path)))
            .withDetail(file.errorString());
    }
    return {};
}

void PasswordAuditDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit"));
    dialog->setObjectName(QStringLiteral("auditExportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("CSV files (*.csv)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("latchkey-password-audit.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const Problem problem = exportCsv(path)) {
            MessageBox::warning(this, tr("Export the audit"), problem.message(), problem.detail());
            return;
        }
        m_summary->setText(
            tr("Exported %n row(s) to %1 (no passwords).", nullptr, m_proxy->rowCount())
                .arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace Latchkey
