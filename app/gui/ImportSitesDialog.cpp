#include "ImportSitesDialog.h"

#include "GuiSettings.h"
#include "ImportPreviewModel.h"
#include "MessageBox.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Latchkey {

namespace {
// Far above any real site list; keeps a wrongly picked file (a disk image) out of memory.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;
} // namespace

ImportSitesDialog::ImportSitesDialog(AppServices services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_model(new ImportPreviewModel(this))
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose File…"), this))
    , m_summary(new QLabel(this))
    , m_passwordWarning(new QFrame(this))
    , m_passwordWarningText(new QLabel(m_passwordWarning))
    , m_deleteFile(new QPushButton(tr("&Delete the File"), m_passwordWarning))
    , m_table(new QTableView(this))
    , m_check(new QCheckBox(tr("C&heck each site's connection while importing (slower)"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("importSitesDialog"));
    setWindowTitle(tr("Import sites"));

    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file: url, user, name, group and, optionally, password"));
    m_choose->setObjectName(QStringLiteral("importChooseFileButton"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *warningFrame = static_cast<QFrame *>(m_passwordWarning);
    warningFrame->setObjectName(QStringLiteral("importPasswordWarning"));
    warningFrame->setFrameShape(QFrame::StyledPanel);
    warningFrame->setStyleSheet(QStringLiteral(
        "#importPasswordWarning { background: #fff4e5; border: 1px solid #e0a040; }"));
    m_passwordWarningText->setObjectName(QStringLiteral("importPasswordWarningText"));
    m_passwordWarningText->setWordWrap(true);
    m_deleteFile->setObjectName(QStringLiteral("importDeleteFileButton"));
    auto *warningLayout = new QHBoxLayout(warningFrame);
    warningLayout->addWidget(m_passwordWarningText, 1);
    warningLayout->addWidget(m_deleteFile);
    warningFrame->hide();

    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_check->setObjectName(QStringLiteral("importCheckConnectionCheck"));
    m_check->setToolTip(tr("Connects to each site like Add Site does: finds its REST API and "
                           "tests the password before saving it."));
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_stop->setObjectName(QStringLiteral("importStopButton"));
    m_stop->hide();
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_choose);
    form->addRow(fileLabel, fileRow);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_check);
    actions->addStretch(1);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_stop);
    actions->addWidget(m_import);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_passwordWarning);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_choose, &QPushButton::clicked, this, &ImportSitesDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportSitesDialog::startImport);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_importer) {
            m_stop->setEnabled(false);
            m_importer->cancel();
        }
    });
    connect(m_deleteFile, &QPushButton::clicked, this, &ImportSitesDialog::confirmDeleteFile);
    resize(920, 560);
}

ImportSitesDialog::~ImportSitesDialog()
{
    forgetPasswords();
    if (m_importer) {
        m_importer->disconnect(this);
        m_importer->cancel();
    }
}

void ImportSitesDialog::reject()
{
    if (m_importer && !m_imported) {
        m_closeWhenStopped = true;
        m_stop->setEnabled(false);
        m_summary->setText(tr("Stopping the import…"));
        m_importer->cancel();
        return;
    }
    QDialog::reject();
}

void ImportSitesDialog::forgetPasswords()
{
    for (ImportRow &row : m_plan.rows) {
        row.password.fill(QLatin1Char('\0'));
        row.password.clear();
    }
}

int ImportSitesDialog::importableCount() const
{
    return int(m_plan.count(ImportRow::Status::Ready));
}

void ImportSitesDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Import sites"));
    dialog->setObjectName(QStringLiteral("importSitesFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ImportSitesDialog::loadFile);
    dialog->open();
}

void ImportSitesDialog::loadFile(const QString &path)
{
    forgetPasswords();
    m_plan = {};
    m_path = path;
    m_imported = false;
    m_file->setText(QDir::toNativeSeparators(path));
    m_model->setPlan(m_plan);
    m_import->setEnabled(false);
    m_passwordWarning->hide();

    QFile file(path);
    if (file.size() > kMaxFileBytes) {
        m_summary->setText(tr("%1 is too large for a site list.").arg(QFileInfo(path).fileName()));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    QByteArray content = file.readAll();
    m_plan = SiteImport::plan(content, m_services.sites->sites());
    content.fill('\0'); // it may hold passwords
    if (m_plan.fileProblem) {
        m_summary->setText(m_plan.fileProblem.message());
        return;
    }
    m_model->setPlan(m_plan);
    m_table->resizeColumnsToContents();

    const int ready = int(m_plan.count(ImportRow::Status::Ready));
    const int duplicates = int(m_plan.count(ImportRow::Status::Duplicate));
    const int invalid = int(m_plan.count(ImportRow::Status::Invalid));
    m_summary->setText(tr("%n row(s) in the file: %1 new, %2 duplicate, %3 invalid. Duplicate "
                          "and invalid rows are skipped.",
                          nullptr, int(m_plan.rows.size()))
                           .arg(ready)
                           .arg(duplicates)
                           .arg(invalid));
    m_import->setText(tr("&Import %n Site(s)", nullptr, ready));
    m_import->setEnabled(ready > 0);

    const bool hasPasswords = std::any_of(m_plan.rows.cbegin(), m_plan.rows.cend(),
                                          [](const ImportRow &row) { return row.hasPassword(); }) ||
                              m_plan.hasPasswordColumn;
    if (hasPasswords) {
        m_passwordWarningText->setText(
            tr("<b>This file holds application passwords.</b> Anyone who can read it can use "
               "them. After the import, delete it (and any copy: downloads, mail attachments, "
               "backups). Latchkey keeps the passwords only in your system keychain."));
        m_deleteFile->setEnabled(true);
        m_passwordWarning->show();
    }
}

void ImportSitesDialog::setBusy(bool busy)
{
    m_choose->setEnabled(!busy);
    m_check->setEnabled(!busy);
    m_import->setVisible(!busy);
    m_stop->setVisible(busy);
    m_stop->setEnabled(busy);
    m_progress->setVisible(busy);
    m_deleteFile->setEnabled(!busy && QFile::exists(m_path));
}

void ImportSitesDialog::startImport()
{
    const int ready = importableCount();
    if (ready == 0 || m_importer || m_imported)
        return;
    m_importer = new SiteImporter(
        m_services.network, m_services.secrets, m_services.sites, m_plan.rows, m_check->isChecked(),
        m_services.settings ? m_services.settings->concurrency() : GuiSettings::kDefaultConcurrency,
        this);
    // The importer has its own copy now; the dialog needs the passwords no longer.
    forgetPasswords();
    m_importer->setSkipRefusedRows(true);
    connect(m_importer, &SiteImporter::rowFinished, this, &ImportSitesDialog::onRowFinished);
    connect(m_importer, &SiteImporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_importer, &SiteImporter::finished, this, &ImportSitesDialog::onFinished);
    m_progress->setRange(0, 0); // busy until the first row is done
    setBusy(true);
    m_summary->setText(tr("Importing %n site(s)…", nullptr, ready));
    m_importer->start();
}

void ImportSitesDialog::onRowFinished(const SiteImporter::RowResult &result)
{
    m_model->setResult(result);
}

void ImportSitesDialog::onFinished(const QList<SiteImporter::RowResult> &results,
                                   const Problem &problem)
{
    m_imported = true;
    setBusy(false);
    m_import->setEnabled(false);

    const QString fileName = QFileInfo(m_path).fileName();
    QList<ActivityEntry> entries;
    int imported = 0;
    for (const SiteImporter::RowResult &result : results) {
        if (!result.ok)
            continue;
        ++imported;
        ActivityEntry entry;
        entry.siteId = result.siteId;
        entry.action = QStringLiteral("site_imported");
        entry.summary = result.passwordStored
                            ? tr("Imported from %1 with its password.").arg(fileName)
                            : tr("Imported from %1 without a password.").arg(fileName);
        entries.append(entry);
    }
    if (m_services.activity && !entries.isEmpty()) {
        if (const Problem logged = m_services.activity->appendMany(entries))
            qWarning("Activity log: %s", qPrintable(logged.toString()));
    }

    if (problem) {
        // Nothing more will happen to the rows still waiting: say why.
        m_model->markUnfinished(
            problem.code() == ProblemCode::Cancelled
                ? Problem(ProblemCode::Cancelled, tr("Stopped before this row was imported."))
                : problem);
    }
    const int notImported = importableCount() - imported;
    QString text =
        notImported == 0
            ? tr("Imported %n site(s).", nullptr, imported)
            : tr("Imported %1 of %n site(s).", nullptr, importableCount()).arg(imported) +
                  QLatin1Char(' ') + tr("%n not imported (see Details).", nullptr, notImported);
    if (problem && problem.code() != ProblemCode::Cancelled)
        text += QLatin1Char(' ') + problem.message() + QLatin1Char(' ') + problem.fix();
    else if (problem)
        text += QLatin1Char(' ') + tr("Stopped.");
    m_summary->setText(text);
    if (m_closeWhenStopped) {
        QDialog::reject();
        return;
    }
    if (m_passwordWarning->isVisible() && QFile::exists(m_path)) {
        m_passwordWarningText->setText(
            tr("<b>Now delete %1.</b> It still holds application passwords in plain text; "
               "Latchkey has what it needs in your keychain.")
                .arg(fileName.toHtmlEscaped()));
    }
}

void ImportSitesDialog::confirmDeleteFile()
{
    MessageBox::question(
        this, tr("Delete the file"), tr("Delete %1?").arg(QDir::toNativeSeparators(m_path)),
        tr("Its content is overwritten, then the file is removed. Copies elsewhere (downloads, "
           "mail, backups) are not touched."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                deleteFile();
        },
        QMessageBox::Warning, {{QMessageBox::Yes, tr("Delete")}});
}

void ImportSitesDialog::deleteFile()
{
    QFile file(m_path);
    // Overwriting first keeps the passwords out of the freed blocks on simple file systems; a
    // journal, a snapshot or an SSD may still keep a copy, hence the advice about copies.
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(int(std::min<qint64>(file.size(), kMaxFileBytes)), '\0');
        file.write(zeros);
        file.flush();
        file.close();
    }
    if (!QFile::remove(m_path)) {
        MessageBox::warning(this, tr("Delete the file"),
                            tr("Could not delete %1.").arg(QDir::toNativeSeparators(m_path)),
                            file.errorString());
        return;
    }
    m_deleteFile->setEnabled(false);
    m_passwordWarningText->setText(
        tr("%1 was deleted. Delete any copy of it too (downloads, mail attachments, backups).")
            .arg(QFileInfo(m_path).fileName().toHtmlEscaped()));
}

} // namespace Latchkey
