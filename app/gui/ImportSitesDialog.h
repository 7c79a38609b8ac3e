#pragma once

#include "AppServices.h"
#include "fleet/SiteImport.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QWidget;

namespace Latchkey {

class ImportPreviewModel;

// File ▸ Import Sites…: reads a CSV (url, user, name, group, optional password), shows every
// row with what the import would do with it, imports the new ones with progress and Stop, and
// shows each row's outcome (a row whose password the keychain refused is not imported). A file
// with passwords in it is a secret lying on disk: the dialog says so and offers to delete it.
class ImportSitesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSitesDialog(AppServices services, QWidget *parent = nullptr);
    ~ImportSitesDialog() override;

    // Reads and previews a file (what "Choose File…" does once a file is picked).
    void loadFile(const QString &path);
    ImportPreviewModel *model() const { return m_model; }
    int importableCount() const;

    // While importing, closing stops the import first (so nothing is left half done: no
    // password in the keychain without its site) and closes once it has stopped.
    void reject() override;

private:
    void chooseFile();
    void startImport();
    void onRowFinished(const SiteImporter::RowResult &result);
    void onFinished(const QList<SiteImporter::RowResult> &results, const Problem &problem);
    void confirmDeleteFile();
    void deleteFile();
    void setBusy(bool busy);
    void forgetPasswords();

    AppServices m_services;
    QString m_path;
    ImportPlan m_plan; // holds the file's passwords until the import starts
    ImportPreviewModel *m_model;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLabel *m_summary;
    QWidget *m_passwordWarning;
    QLabel *m_passwordWarningText;
    QPushButton *m_deleteFile;
    QTableView *m_table;
    QCheckBox *m_check;
    QPushButton *m_import;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QPointer<SiteImporter> m_importer;
    bool m_imported = false;
    bool m_closeWhenStopped = false;
};

} // namespace Latchkey
