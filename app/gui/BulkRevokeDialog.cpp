#include "BulkRevokeDialog.h"

#include "GuiSettings.h"
#include "MessageBox.h"
#include "SiteScope.h"
#include "TimeText.h"
#include "fleet/BulkActivity.h"
#include "fleet/BulkRunner.h"
#include "sites/SiteStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Latchkey {

namespace {
enum Column
{
    SiteColumn,
    UserColumn,
    NameColumn,
    AppIdColumn,
    LastUsedColumn,
    ResultColumn,
    ColumnCount
};

QString actionText(RevokeItem::Action action)
{
    switch (action) {
    case RevokeItem::Action::WouldRevoke:
        return BulkRevokeDialog::tr("will be revoked");
    case RevokeItem::Action::Revoked:
        return BulkRevokeDialog::tr("revoked");
    case RevokeItem::Action::AlreadyGone:
        return BulkRevokeDialog::tr("already gone");
    case RevokeItem::Action::Failed:
        return BulkRevokeDialog::tr("failed");
    case RevokeItem::Action::SkippedOwn:
        return BulkRevokeDialog::tr("kept: Latchkey's own password here (rotate it instead)");
    }
    return {};
}
} // namespace

BulkRevokeDialog::BulkRevokeDialog(AppServices services, const QList<Site> &selected,
                                   QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_selected(selected)
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_allUsers(new QCheckBox(tr("Every user's passwords (where Latchkey's user is an "
                                  "administrator)"),
                               this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_revoke(new QPushButton(tr("&Revoke"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("bulkRevokeDialog"));
    setWindowTitle(tr("Revoke across sites"));

    m_scope->setObjectName(QStringLiteral("revokeScopeCombo"));
    SiteScope::fill(m_scope, *m_services.sites, int(selected.size()));

    m_kind->setObjectName(QStringLiteral("revokeMatchKindCombo"));
    m_kind->addItem(tr("Name is exactly"), int(RevokeFilter::Kind::Name));
    m_kind->addItem(tr("Name matches pattern (* and ?)"), int(RevokeFilter::Kind::NameLike));
    m_kind->addItem(tr("App ID is"), int(RevokeFilter::Kind::AppId));
    m_value->setObjectName(QStringLiteral("revokeMatchEdit"));
    m_value->setPlaceholderText(tr("e.g. Zapier, zap-*, or the integration's app ID"));
    m_allUsers->setObjectName(QStringLiteral("revokeAllUsersCheck"));

    m_preview->setObjectName(QStringLiteral("revokePreviewButton"));
    m_preview->setDefault(true);
    m_revoke->setObjectName(QStringLiteral("revokeConfirmButton"));
    m_revoke->setEnabled(false);
    m_cancel->setObjectName(QStringLiteral("revokeStopButton"));
    m_cancel->hide();
    m_summary->setObjectName(QStringLiteral("revokeSummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("revokePreviewTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Site"), tr("User"), tr("Name"), tr("App ID"), tr("Last used"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setObjectName(QStringLiteral("revokeProgress"));
    m_progress->hide();
    m_log->setObjectName(QStringLiteral("revokeLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("What happened on each site appears here."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Sites:"), m_scope);
    auto *match = new QHBoxLayout;
    match->addWidget(m_kind);
    match->addWidget(m_value, 1);
    form->addRow(tr("&Passwords:"), match);
    form->addRow(QString(), m_allUsers);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_preview);
    actions->addWidget(m_revoke);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_log, 1);
    layout->addWidget(close);

    connect(m_preview, &QPushButton::clicked, this, &BulkRevokeDialog::preview);
    connect(m_revoke, &QPushButton::clicked, this, &BulkRevokeDialog::confirmRevoke);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_value, &QLineEdit::textChanged, this, &BulkRevokeDialog::inputChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkRevokeDialog::inputChanged);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &BulkRevokeDialog::inputChanged);
    connect(m_allUsers, &QCheckBox::toggled, this, &BulkRevokeDialog::inputChanged);
    inputChanged();
    resize(860, 560);
}

BulkRevokeDialog::~BulkRevokeDialog()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

QList<Site> BulkRevokeDialog::scopeSites() const
{
    return SiteScope::sites(m_scope, *m_services.sites, m_selected);
}

Result<RevokeFilter> BulkRevokeDialog::makeFilter() const
{
    return RevokeFilter::make(RevokeFilter::Kind(m_kind->currentData().toInt()),
                              m_value->text().trimmed(), m_allUsers->isChecked());
}

void BulkRevokeDialog::inputChanged()
{
    // A changed question makes the old answer worthless: preview again before revoking.
    m_planned.clear();
    m_revoke->setText(tr("&Revoke"));
    m_revoke->setEnabled(false);
    const bool busy = m_runner && m_runner->isRunning();
    m_preview->setEnabled(!busy && !m_value->text().trimmed().isEmpty() && !scopeSites().isEmpty());
}

void BulkRevokeDialog::setBusy(bool busy)
{
    m_preview->setEnabled(!busy);
    m_revoke->setEnabled(!busy && !m_planned.isEmpty() && m_dryRun);
    m_scope->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_value->setEnabled(!busy);
    m_allUsers->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
}

void BulkRevokeDialog::log(const QString &line)
{
    m_log->appendPlainText(line);
}

void BulkRevokeDialog::preview()
{
    const Result<RevokeFilter> filter = makeFilter();
    if (!filter) {
        m_summary->setText(filter.problem().message());
        return;
    }
    const QList<Site> sites = scopeSites();
    if (sites.isEmpty())
        return;
    m_previewFilter = *filter;
    m_planned.clear();
    m_table->setRowCount(0);
    log(tr("Preview on %n site(s): %1", nullptr, int(sites.size())).arg(filter->describe()));
    run(sites, *filter, true);
}

void BulkRevokeDialog::confirmRevoke()
{
    if (m_planned.isEmpty())
        return;
    QSet<QString> siteIds;
    for (const auto &[site, item] : std::as_const(m_planned))
        siteIds.insert(site.id);
    MessageBox::question(
        this, tr("Revoke application passwords"),
        tr("Revoke %n application password(s)?", nullptr, int(m_planned.size())),
        tr("%n site(s) affected.", nullptr, int(siteIds.size())) + QLatin1Char(' ') +
            tr("Exactly the passwords listed are revoked; anything using them stops working at "
               "once. This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                revoke();
        },
        QMessageBox::Warning,
        {{QMessageBox::Yes, tr("Revoke %n", nullptr, int(m_planned.size()))}});
}

void BulkRevokeDialog::revoke()
{
    RevokeFilter filter = m_previewFilter;
    QList<Site> sites;
    QSet<QString> seen;
    for (const auto &[site, item] : std::as_const(m_planned)) {
        filter.onlyUuids.insert(item.password.uuid);
        if (!seen.contains(site.id)) {
            seen.insert(site.id);
            sites.append(site);
        }
    }
    m_table->setRowCount(0);
    log(tr("Revoking %n password(s)…", nullptr, int(filter.onlyUuids.size())));
    run(sites, filter, false);
}

void BulkRevokeDialog::run(const QList<Site> &sites, const RevokeFilter &filter, bool dryRun)
{
    m_dryRun = dryRun;
    m_items.clear();
    if (m_runner)
        m_runner->deleteLater();
    QNetworkAccessManager *network = m_services.network;
    m_runner = new BulkRunner(
        m_services.secrets, sites,
        [this, network, filter, dryRun](const Site &site,
                                        const SiteEndpoint &endpoint) -> BulkTask * {
            auto *task = new RevokeTask(network, site, endpoint, filter, dryRun);
            connect(task, &RevokeTask::itemsReady, this, &BulkRevokeDialog::onItems);
            return task;
        },
        this);
    m_runner->setSiteDeadlineMs(GuiSettings::siteDeadlineMs(m_services.settings));
    m_runner->setConcurrency(m_services.settings ? m_services.settings->concurrency()
                                                 : GuiSettings::kDefaultConcurrency);
    connect(m_runner, &BulkRunner::siteFinished, this, &BulkRevokeDialog::onSiteFinished);
    connect(m_runner, &BulkRunner::progress, this, [this](int done, int total, qint64) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &BulkRunner::finished, this, &BulkRevokeDialog::onFinished);
    m_progress->setRange(0, int(sites.size()));
    m_progress->setValue(0);
    setBusy(true);
    m_summary->setText(dryRun ? tr("Looking for matching passwords…") : tr("Revoking…"));
    m_runner->start();
}

void BulkRevokeDialog::onItems(const QString &siteId, const QList<RevokeItem> &items)
{
    m_items.insert(siteId, items);
}

void BulkRevokeDialog::onSiteFinished(int index, const BulkSiteResult &result)
{
    const Site &site = m_runner->sites().at(index);
    const QList<RevokeItem> items = m_items.value(site.id);
    for (const RevokeItem &item : items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString lastUsed = item.password.lastUsed.isValid()
                                     ? TimeText::relative(item.password.lastUsed)
                                     : tr("never");
        const QStringList cells{site.name,
                                item.userLogin,
                                item.password.name,
                                item.password.appId,
                                lastUsed,
                                item.problem ? actionText(item.action) + QStringLiteral(": ") +
                                                   item.problem.message()
                                             : actionText(item.action)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (item.action == RevokeItem::Action::SkippedOwn)
                cell->setForeground(Qt::gray);
            else if (item.action == RevokeItem::Action::Failed)
                cell->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->setItem(row, column, cell);
        }
        if (m_dryRun && item.action == RevokeItem::Action::WouldRevoke)
            m_planned.append({site, item});
    }
    if (result.ok) {
        log(tr("%1: %2").arg(site.name, result.summary));
    } else {
        log(tr("%1: ✗ %2 [%3]")
                .arg(site.name, result.problem.message(), result.problem.codeName()));
    }
}

void BulkRevokeDialog::onFinished()
{
    const int failed = m_runner->failedCount();
    setBusy(false);
    if (m_dryRun) {
        QSet<QString> sites;
        for (const auto &[site, item] : std::as_const(m_planned))
            sites.insert(site.id);
        m_summary->setText(
            m_planned.isEmpty()
                ? tr("No matching password found. Nothing would be revoked.")
                : tr("%n password(s) would be revoked.", nullptr, int(m_planned.size())) +
                      QLatin1Char(' ') + tr("%n site(s) affected.", nullptr, int(sites.size())));
        if (failed > 0) {
            m_summary->setText(
                m_summary->text() + QLatin1Char(' ') +
                tr("%n site(s) could not be searched (see the log).", nullptr, failed));
        }
        m_revoke->setText(tr("Revoke these %n", nullptr, int(m_planned.size())));
        m_revoke->setEnabled(!m_planned.isEmpty());
    } else {
        int revoked = 0;
        int notRevoked = 0;
        for (const QList<RevokeItem> &items : std::as_const(m_items)) {
            for (const RevokeItem &item : items) {
                if (item.action == RevokeItem::Action::Revoked ||
                    item.action == RevokeItem::Action::AlreadyGone)
                    ++revoked;
                else if (item.action == RevokeItem::Action::Failed)
                    ++notRevoked;
            }
        }
        BulkActivity activity(
            QStringLiteral("bulk_revoke"),
            tr("Revoke across sites (passwords %1)").arg(m_previewFilter.describe()));
        activity.addAll(*m_runner);
        if (m_services.activity)
            activity.appendTo(*m_services.activity);
        // One count per sentence, so that each takes its own plural form.
        QStringList sentences{tr("Revoked %n password(s).", nullptr, revoked)};
        if (notRevoked > 0)
            sentences.append(tr("%n password(s) could not be revoked.", nullptr, notRevoked));
        if (failed > 0)
            sentences.append(tr("%n site(s) failed.", nullptr, failed));
        if (notRevoked > 0 || failed > 0)
            sentences.append(tr("See the log for details."));
        m_summary->setText(sentences.join(QLatin1Char(' ')));
        m_planned.clear();
        m_revoke->setText(tr("&Revoke"));
        m_revoke->setEnabled(false);
    }
}

} // namespace Latchkey
