#pragma once

#include "Problem.h"
#include "SiteDeadline.h"
#include "sites/Site.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace Latchkey {

class SecretStore;
class SiteStore;

// One data row of an import file and what will become of it.
struct ImportRow
{
    enum class Status
    {
        Ready,     // will be added
        Duplicate, // already saved (same URL and login), or repeated in the file
        Invalid,   // cannot be added as it is (the problem says why)
    };

    int line = 0; // in the file, from 1
    Site site;    // the draft: name, baseUrl, userLogin, group, tags, restRoot
    // From the file's password column; empty when none. Never printed, never saved outside the
    // keychain.
    QString password;
    Status status = Status::Ready;
    Problem problem; // for Duplicate and Invalid
    // For a Duplicate: the earlier line of the file it repeats; 0 when it is a saved site.
    int duplicateOfLine = 0;

    bool hasPassword() const { return !password.isEmpty(); }
};

struct ImportPlan
{
    QList<ImportRow> rows;
    bool hadHeader = false;
    bool hasPasswordColumn = false;
    Problem fileProblem; // the file as a whole cannot be read (rows is then empty)

    qsizetype count(ImportRow::Status status) const;
};

// Reading a CSV of sites: url,user,name,group[,tags][,password], RFC 4180 quoting. A first row
// naming the columns (it has a "url" field) sets their order; recognised names: url (address,
// site, site_url), user (login, username, user_login), name, group (client), tags, password
// (app_password, application_password), rest_root; others are ignored, so an export comes
// back in. Without a header the order is url,user,name,group,tags,password; a fifth field
// shaped like an application password (24 letters and digits, spaces allowed) is the
// password. Tags are separated by commas or semicolons. A missing name becomes the site's
// host (and path). Duplicates are detected against the saved sites and within the file.
namespace SiteImport {
ImportPlan plan(const QByteArray &csv, const QList<Site> &existing);
// True for a string shaped like a WordPress application password.
bool looksLikeApplicationPassword(const QString &value);
} // namespace SiteImport

// Carries out the Ready rows of a plan. Without a check, nothing touches the network: the
// passwords go to the keychain first (SecretStore::writeMany), then all sites are saved in one
// write (a site is never
// saved before its password is stored, and a keychain failure saves nothing and removes what
// this import stored). With a check, each row is connected like "site add" (discovery,
// connection check, keychain, save), several at once. Finishes once, then deletes itself.
class SiteImporter : public QObject
{
    Q_OBJECT

public:
    struct RowResult
    {
        int line = 0;
        QString siteId;
        QString name;
        bool ok = false;
        bool passwordStored = false;
        bool checked = false;
        Problem problem;
    };

    SiteImporter(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                 QList<ImportRow> rows, bool check, int concurrency = 8, QObject *parent = nullptr);

    // Without a check, a keychain refusal normally saves nothing (all or nothing). With this on,
    // only the rows whose password was refused are left out (each with the keychain's problem)
    // and the others are saved: what the desktop import wants, where every row is shown.
    void setSkipRefusedRows(bool skip) { m_skipRefused = skip; }
    // With a check: each row's overall deadline (SiteDeadline; 0: none). A row past it is
    // stopped and fails with timeout; nothing of it is saved.
    void setSiteDeadlineMs(int milliseconds) { m_siteDeadlineMs = std::max(0, milliseconds); }

    void start();
    void cancel();

Q_SIGNALS:
    void rowFinished(const Latchkey::SiteImporter::RowResult &result);
    void progress(int done, int total);
    // problem: what stopped the whole import (keychain unavailable, site list unwritable).
    void finished(const QList<Latchkey::SiteImporter::RowResult> &results,
                  const Latchkey::Problem &problem);

private:
    void storeSecrets();
    void saveAll();
    void rollBackSecrets(const Problem &problem);
    void connectNext();
    void record(const RowResult &result);
    void finish(const Problem &problem);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SiteStore *m_sites;
    QList<ImportRow> m_rows;
    bool m_check;
    int m_concurrency;
    qsizetype m_next = 0;
    int m_running = 0;
    QStringList m_storedKeys;
    QList<RowResult> m_results;
    QList<QPointer<QObject>> m_connectors;
    int m_siteDeadlineMs = SiteDeadline::kDefaultSeconds * 1000;
    bool m_skipRefused = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

// The site list as CSV or JSON. Never a secret: no password column exists.
namespace SiteExport {
// A CSV cell a spreadsheet will not run as a formula: text starting with = + - @ (or a tab or
// carriage return) gets a leading apostrophe. SiteImport::plan takes that apostrophe off
// again, so an export still comes back in unchanged.
QString spreadsheetSafe(const QString &value);
QStringList csvColumns();
QString toCsv(const QList<Site> &sites);
QByteArray toJson(const QList<Site> &sites);
} // namespace SiteExport

} // namespace Latchkey
