#include "RotateDialog.h"

#include "GuiSettings.h"
#include "MessageBox.h"
#include "SiteScope.h"
#include "fleet/BulkActivity.h"
#include "fleet/PasswordRotation.h"
#include "fleet/RotationJournal.h"
#include "sites/SiteStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Latchkey {

namespace {
enum Column
{
    SiteColumn,
    ResultColumn,
    ColumnCount
};

// Rotations touch two secrets per site: a few at once is plenty and kind to the servers.
constexpr int kMaxRotationConcurrency = 4;

QString configDirectory(const AppServices &services)
{
    return QFileInfo(services.sites->filePath()).absolutePath();
}

BulkRunner *makeRunner(const AppServices &services, const QList<Site> &sites,
                       const QSet<QString> &rotateIds, QObject *parent)
{
    QNetworkAccessManager *network = services.network;
    SecretStore *secrets = services.secrets;
    SiteStore *store = services.sites;
    const QString directory = configDirectory(services);
    auto *runner = new BulkRunner(
        services.secrets, sites,
        [=](const Site &site, const SiteEndpoint &endpoint) -> BulkTask * {
            return new RotationTask(network, secrets, store, directory, site, endpoint,
                                    !rotateIds.contains(site.id));
        },
        parent);
    const int concurrency =
        services.settings ? services.settings->concurrency() : GuiSettings::kDefaultConcurrency;
    runner->setConcurrency(std::min(concurrency, kMaxRotationConcurrency));
    runner->setSiteDeadlineMs(GuiSettings::siteDeadlineMs(services.settings));
    return runner;
}

// The sites of unfinished rotations in the journal that are not already in sites, begun at
// least minAgeSeconds ago, whose owner has ended (a live one's rotation is still under way).
QList<Site> interruptedSites(const AppServices &services, const QList<Site> &sites,
                             qint64 minAgeSeconds = 0)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Site> extra;
    const Result<QList<RotationEntry>> pending =
        RotationJournal(configDirectory(services)).entries();
    if (!pending)
        return extra;
    for (const RotationEntry &entry : *pending) {
        const bool included = std::any_of(sites.cbegin(), sites.cend(),
                                          [&entry](const Site &s) { return s.id == entry.siteId; });
        if (included || entry.isOwnedByAnotherLiveProcess() ||
            (entry.started.isValid() && entry.started.secsTo(now) < minAgeSeconds))
            continue;
        if (const std::optional<Site> site = services.sites->byId(entry.siteId))
            extra.append(*site);
        else
            RotationJournal(configDirectory(services)).remove(entry.siteId); // site removed
    }
    return extra;
}
} // namespace

RotateDialog::RotateDialog(AppServices services, const QList<Site> &selected, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_selected(selected)
    , m_scope(new QComboBox(this))
    , m_steps(new QLabel(this))
    , m_start(new QPushButton(tr("&Rotate…"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("rotateDialog"));
    setWindowTitle(tr("Rotate Latchkey's password"));

    m_scope->setObjectName(QStringLiteral("rotateScopeCombo"));
    SiteScope::fill(m_scope, *m_services.sites, int(selected.size()));

    m_steps->setObjectName(QStringLiteral("rotateStepsLabel"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setText(
        tr("<p>Replaces the application password Latchkey itself uses on each site. On every "
           "site Latchkey:</p><ol>"
           "<li>creates a new password under a temporary name,</li>"
           "<li>stores it in your keychain,</li>"
           "<li>checks that it works,</li>"
           "<li>revokes the old one,</li>"
           "<li>gives the new one the old name.</li></ol>"
           "<p>If a step fails, the site stays on a password that works: the old one, or the "
           "new one when only the clean-up failed. An interrupted rotation is finished or "
           "rolled back the next time.</p>"));

    m_start->setObjectName(QStringLiteral("rotateStartButton"));
    m_start->setDefault(true);
    m_stop->setObjectName(QStringLiteral("rotateStopButton"));
    m_stop->hide();
    m_progress->setObjectName(QStringLiteral("rotateProgress"));
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("rotateSummary"));
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("rotateResultTable"));
    m_table->setHorizontalHeaderLabels({tr("Site"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SiteColumn, 200);

    auto *form = new QFormLayout;
    form->addRow(tr("&Sites:"), m_scope);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_stop);
    actions->addWidget(m_progress, 1);
    actions->addStretch(); // keeps the buttons at their size while the bar is hidden
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(close);

    connect(m_start, &QPushButton::clicked, this, &RotateDialog::confirmRotate);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner) {
            m_summary->setText(tr("Stopping: rotations under way reach a safe point first…"));
            m_runner->cancel();
        }
    });
    resize(720, 560);
}

RotateDialog::~RotateDialog()
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
    }
}

QString RotateDialog::describe(const BulkSiteResult &result)
{
    if (result.ok)
        return result.summary;
    const QString reason = tr("%1 [%2]").arg(result.problem.message(), result.problem.codeName());
    if (result.problem.code() == ProblemCode::Cancelled)
        return tr("Not rotated: stopped. It keeps its old, working password.");
    if (result.problem.code() == ProblemCode::OperationInProgress)
        return tr("Left alone: another Latchkey process is rotating it right now.");
    // Verified or later: the keychain holds the new password and it works.
    const QString state = result.details.value(QStringLiteral("state")).toString();
    const bool onNew = state == RotationEntry::stateName(RotationEntry::State::Verified) ||
                       state == RotationEntry::stateName(RotationEntry::State::Revoked);
    if (onNew)
        return tr("Rotated, but the old password is still valid: %1").arg(reason);
    return tr("Left on its old, working password: %1").arg(reason);
}

void RotateDialog::reject()
{
    if (m_runner && m_runner->isRunning()) {
        m_closeWhenStopped = true;
        m_summary->setText(tr("Stopping: work under way reaches a safe point first…"));
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

void RotateDialog::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_scope->setEnabled(!busy);
    m_stop->setVisible(busy);
    m_progress->setVisible(busy);
}

void RotateDialog::confirmRotate()
{
    const QList<Site> sites = SiteScope::sites(m_scope, *m_services.sites, m_selected);
    if (sites.isEmpty())
        return;
    MessageBox::question(
        this, tr("Rotate Latchkey's password"),
        tr("Rotate Latchkey's own password on %n site(s)?", nullptr, int(sites.size())),
        tr("Each site gets a new application password, stored in your keychain, and the old "
           "one is revoked once the new one works. Integrations are not affected."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                rotate();
        },
        QMessageBox::Question, {{QMessageBox::Yes, tr("Rotate")}});
}

void RotateDialog::rotate()
{
    QList<Site> sites = SiteScope::sites(m_scope, *m_services.sites, m_selected);
    m_rotateIds.clear();
    for (const Site &site : std::as_const(sites))
        m_rotateIds.insert(site.id);
    sites.append(interruptedSites(m_services, sites));
    if (m_runner)
        m_runner->deleteLater();
    m_table->setRowCount(0);
    m_runner = makeRunner(m_services, sites, m_rotateIds, this);
    connect(m_runner, &BulkRunner::siteFinished, this, &RotateDialog::onSiteFinished);
    connect(m_runner, &BulkRunner::progress, this, [this](int done, int total, qint64) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_runner, &BulkRunner::finished, this, &RotateDialog::onFinished);
    m_progress->setRange(0, int(sites.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    setBusy(true);
    m_summary->setText(tr("Rotating…"));
    m_runner->start();
}

void RotateDialog::onSiteFinished(int index, const BulkSiteResult &result)
{
    const Site &site = m_runner->sites().at(index);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(site.name);
    name->setData(Qt::UserRole, site.id);
    auto *outcome = new QTableWidgetItem(describe(result));
    outcome->setToolTip(outcome->text());
    outcome->setData(Qt::UserRole, result.ok);
    if (!result.ok)
        outcome->setForeground(QColor(0xb7, 0x1c, 0x1c));
    m_table->setItem(row, SiteColumn, name);
    m_table->setItem(row, ResultColumn, outcome);
    m_table->resizeRowToContents(row);
}

void RotateDialog::onFinished()
{
    setBusy(false);
    BulkActivity activity(QStringLiteral("password_rotated"),
                          tr("Rotation of Latchkey's password"));
    activity.addAll(*m_runner);
    if (m_services.activity)
        activity.appendTo(*m_services.activity);
    const int ok = m_runner->okCount();
    const int failed = m_runner->failedCount();
    m_summary->setText(
        failed == 0
            ? tr("Rotated on %n site(s).", nullptr, ok)
            : tr("%n site(s) rotated, %1 not (see each site's line).", nullptr, ok).arg(failed));
    if (m_closeWhenStopped)
        QDialog::reject();
}

bool RotateDialog::resumeInterrupted(AppServices services, QObject *context,
                                     const std::function<void(const QString &)> &report)
{
    // A rotation begun moments ago may be latchkey-cli's, still running (cron): leave it be.
    constexpr qint64 kSurelyAbandonedSeconds = 10 * 60;
    const QList<Site> sites = interruptedSites(services, {}, kSurelyAbandonedSeconds);
    if (sites.isEmpty())
        return false;
    BulkRunner *runner = makeRunner(services, sites, {}, context);
    QObject::connect(runner, &BulkRunner::finished, context, [services, runner, report] {
        BulkActivity activity(QStringLiteral("password_rotated"),
                              tr("Interrupted rotation settled"));
        activity.addAll(*runner);
        if (services.activity)
            activity.appendTo(*services.activity);
        QStringList lines;
        for (qsizetype i = 0; i < runner->sites().size(); ++i) {
            if (const std::optional<BulkSiteResult> &result = runner->results().at(i))
                lines.append(tr("%1: %2").arg(runner->sites().at(i).name, describe(*result)));
        }
        report(tr("An interrupted rotation of Latchkey's password was settled on %n site(s). "
                  "%1",
                  nullptr, int(runner->sites().size()))
                   .arg(lines.join(QLatin1Char(' '))));
        runner->deleteLater();
    });
    runner->start();
    return true;
}

} // namespace Latchkey
