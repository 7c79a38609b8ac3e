// The models behind File ▸ Import Sites and Site ▸ Audit Passwords, without a network: the
// import preview's statuses (new, already saved, repeated in the file, invalid) and that it
// never shows a password; the audit's flags (never used, unused for more than N days, a name
// used twice by one user), re-flagging when N changes, sorting, the "only flagged" and text
// filters, and a CSV report a spreadsheet cannot turn into formulas.

#include "AuditFilterProxyModel.h"
#include "AuditModel.h"
#include "ImportPreviewModel.h"
#include "fleet/Csv.h"
#include "sites/ActivityLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

AuditEntry entry(const QString &site, int userId, const QString &user, const QString &name,
                 int createdDaysAgo, int lastUsedDaysAgo /* -1: never */,
                 const QString &ip = QString())
{
    AuditEntry e;
    e.siteId = site.toLower();
    e.siteName = site;
    e.siteUrl = QStringLiteral("https://%1.example/").arg(site.toLower());
    e.userId = userId;
    e.userLogin = user;
    e.password.name = name;
    e.password.uuid = QStringLiteral("uuid-%1-%2-%3").arg(site, user, name).toLower() +
                      QString::number(createdDaysAgo);
    e.password.created = kNow.addDays(-createdDaysAgo);
    if (lastUsedDaysAgo >= 0)
        e.password.lastUsed = kNow.addDays(-lastUsedDaysAgo);
    e.password.lastIp = ip;
    return e;
}

int rowNamed(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, AuditModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}
} // namespace

class TestGuiAuditModels : public QObject
{
    Q_OBJECT

private:
    // Shop: zapier (used 3 days ago), backup (never used, created 200 days ago), old-sync (used
    // 120 days ago), and "Backup" twice for editor (a duplicate); alice on Blog has "backup" too
    // (another user: not a duplicate).
    static void fill(AuditModel &model)
    {
        model.setStaleDays(90, kNow);
        model.addEntries({
            entry(QStringLiteral("Shop"), 1, QStringLiteral("admin"), QStringLiteral("zapier"), 300,
                  3, QStringLiteral("203.0.113.7")),
            entry(QStringLiteral("Shop"), 1, QStringLiteral("admin"), QStringLiteral("backup"), 200,
                  -1),
            entry(QStringLiteral("Shop"), 1, QStringLiteral("admin"), QStringLiteral("old-sync"),
                  400, 120, QStringLiteral("198.51.100.2")),
            entry(QStringLiteral("Shop"), 2, QStringLiteral("editor"), QStringLiteral("Backup"), 10,
                  1),
            entry(QStringLiteral("Shop"), 2, QStringLiteral("editor"), QStringLiteral("backup"), 5,
                  2),
        });
        model.addEntries({entry(QStringLiteral("Blog"), 1, QStringLiteral("alice"),
                                QStringLiteral("zapier"), 20, 1)});
        model.addFailure(QStringLiteral("down"), QStringLiteral("Down"),
                         QStringLiteral("https://down.example/"),
                         Problem(ProblemCode::InvalidInput, QStringLiteral("The site is down.")));
    }

private Q_SLOTS:
    void auditFlags()
    {
        AuditModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.passwordCount(), 6);

        const int zapier = rowNamed(model, QStringLiteral("zapier"));
        QVERIFY(!model.entry(zapier).neverUsed && !model.entry(zapier).stale);
        QVERIFY(model.flagsText(zapier).isEmpty());
        QVERIFY(!model.index(zapier, 0).data(AuditModel::FlaggedRole).toBool());

        const int backup = rowNamed(model, QStringLiteral("backup"));
        QCOMPARE(model.entry(backup).userLogin, QStringLiteral("admin"));
        QVERIFY(model.entry(backup).neverUsed);
        QVERIFY(model.entry(backup).stale);          // created 200 days ago, never used since
        QVERIFY(!model.entry(backup).duplicateName); // admin has one "backup"
        QVERIFY(model.flagsText(backup).contains(QStringLiteral("never used")));
        QCOMPARE(model.index(backup, AuditModel::LastUsedColumn).data().toString(),
                 QStringLiteral("never"));

        const int oldSync = rowNamed(model, QStringLiteral("old-sync"));
        QVERIFY(model.entry(oldSync).stale);
        QVERIFY(!model.entry(oldSync).neverUsed);
        QVERIFY(model.flagsText(oldSync).contains(QStringLiteral("90")));

        // Same user, same name (case-insensitive): both flagged; another user's isn't.
        const int editorBackup = rowNamed(model, QStringLiteral("Backup"));
        QVERIFY(model.entry(editorBackup).duplicateName);
        QVERIFY(model.flagsText(editorBackup).contains(QStringLiteral("duplicate name")));
        int duplicates = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            duplicates += !model.isFailure(row) && model.entry(row).duplicateName ? 1 : 0;
        QCOMPARE(duplicates, 2);
        QCOMPARE(model.flaggedCount(), 4); // backup, old-sync, and the editor's two

        // The failed site is a row of its own with the problem's sentence.
        const int down = model.rowCount() - 1;
        QVERIFY(model.isFailure(down));
        QVERIFY(model.index(down, AuditModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("The site is down.")));
        QVERIFY(model.index(down, 0).data(AuditModel::FlaggedRole).toBool());

        // Fewer days: the one used 3 days ago is still fine, the editor's (1 and 2 days) too.
        model.setStaleDays(2, kNow);
        QVERIFY(model.entry(zapier).stale);
        QVERIFY(!model.entry(editorBackup).stale);
        model.setStaleDays(500, kNow);
        QVERIFY(!model.entry(oldSync).stale);
        QVERIFY(!model.entry(backup).stale);
        QVERIFY(model.entry(backup).neverUsed);

        model.setResult(QStringLiteral("shop"), model.entry(oldSync).password.uuid,
                        QStringLiteral("revoked"), true);
        QVERIFY(model.isRevoked(oldSync));
        QCOMPARE(model.index(oldSync, AuditModel::ResultColumn).data().toString(),
                 QStringLiteral("revoked"));
        QVERIFY(!model.isRevoked(zapier));
    }

    void sortingAndFiltering()
    {
        AuditModel model;
        fill(model);
        AuditFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Last used ascending: never used first, then the oldest use.
        proxy.sort(AuditModel::LastUsedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, AuditModel::NameColumn).data().toString(),
                 QStringLiteral("backup"));
        QCOMPARE(proxy.index(0, AuditModel::UserColumn).data().toString(), QStringLiteral("admin"));
        // (the failed site has no date and sorts with "never")
        int oldSyncRow = -1;
        int zapierRow = -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString name = proxy.index(row, AuditModel::NameColumn).data().toString();
            const QString site = proxy.index(row, AuditModel::SiteColumn).data().toString();
            if (name == QStringLiteral("old-sync"))
                oldSyncRow = row;
            if (name == QStringLiteral("zapier") && site == QStringLiteral("Shop"))
                zapierRow = row;
        }
        QVERIFY(oldSyncRow >= 0 && zapierRow > oldSyncRow);

        // Created descending: the newest first (editor's "backup", 5 days).
        proxy.sort(AuditModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AuditModel::NameColumn).data().toString(),
                 QStringLiteral("backup"));
        QCOMPARE(proxy.index(0, AuditModel::UserColumn).data().toString(),
                 QStringLiteral("editor"));

        // Site ascending, case-insensitive.
        proxy.sort(AuditModel::SiteColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, AuditModel::SiteColumn).data().toString(), QStringLiteral("Blog"));

        proxy.setOnlyFlagged(true);
        QCOMPARE(proxy.rowCount(), 5); // four flagged passwords and the failed site
        proxy.setText(QStringLiteral("198.51.100"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, AuditModel::NameColumn).data().toString(),
                 QStringLiteral("old-sync"));
        proxy.setOnlyFlagged(false);
        proxy.setText(QStringLiteral("ZAPIER"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("blog.example"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("duplicate"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 7);

        // Changing N re-filters "only flagged" at once.
        proxy.setOnlyFlagged(true);
        model.setStaleDays(1000, kNow);
        QCOMPARE(proxy.rowCount(), 4); // backup (never used), the editor's two, the failed site
    }

    void csvIsSafeForSpreadsheets()
    {
        QCOMPARE(AuditModel::csvSafe(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(AuditModel::csvSafe(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(AuditModel::csvSafe(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(AuditModel::csvSafe(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(AuditModel::csvSafe(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(AuditModel::csvSafe(QStringLiteral("zapier")), QStringLiteral("zapier"));
        QCOMPARE(AuditModel::csvSafe(QString()), QString());

        AuditModel model;
        model.setStaleDays(90, kNow);
        AuditEntry evil = entry(QStringLiteral("=Shop"), 1, QStringLiteral("admin"),
                                QStringLiteral("=cmd|' /C calc'!A0"), 10, 1);
        AuditEntry comma = entry(QStringLiteral("Blog"), 1, QStringLiteral("admin"),
                                 QStringLiteral("a, \"quoted\" name"), 10, -1);
        model.addEntries({evil, comma});
        model.addFailure(QStringLiteral("down"), QStringLiteral("@Down"),
                         QStringLiteral("https://down.example/"),
                         Problem(ProblemCode::InvalidInput, QStringLiteral("-gone")));
        const QString csv = model.toCsv({0, 1, 2});
        const Result<QList<Csv::Record>> parsed = Csv::parse(csv);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), 4);
        const QStringList header = parsed->at(0).fields;
        QCOMPARE(header.first(), QStringLiteral("site"));
        QCOMPARE(header.last(), QStringLiteral("problem"));
        const int name = int(header.indexOf(QStringLiteral("name")));
        const int neverUsed = int(header.indexOf(QStringLiteral("never_used")));
        QCOMPARE(parsed->at(1).fields.at(0), QStringLiteral("'=Shop"));
        QCOMPARE(parsed->at(1).fields.at(name), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(parsed->at(2).fields.at(name), QStringLiteral("a, \"quoted\" name"));
        QCOMPARE(parsed->at(2).fields.at(neverUsed), QStringLiteral("true"));
        QCOMPARE(parsed->at(3).fields.at(0), QStringLiteral("'@Down"));
        QCOMPARE(parsed->at(3).fields.last(), QStringLiteral("'-gone"));
        for (const Csv::Record &record : *parsed)
            QCOMPARE(record.fields.size(), header.size());
    }

    // File ▸ Export Site List: spreadsheet-safe, and it still comes back in unchanged.
    void siteExportIsSpreadsheetSafeAndRoundTrips()
    {
        Site site;
        site.id = QStringLiteral("id-1");
        site.name = QStringLiteral("=HYPERLINK(\"https://evil.example\",\"Shop\")");
        site.baseUrl =
            SiteImport::plan("https://shop.example/,admin\n", {}).rows.first().site.baseUrl;
        site.userLogin = QStringLiteral("-admin");
        site.group = QStringLiteral("@clients");
        const QString csv = SiteExport::toCsv({site});
        QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK")));
        QVERIFY(!csv.contains(QStringLiteral("\n=")));
        const Result<QList<Csv::Record>> records = Csv::parse(csv);
        QVERIFY(records);
        QCOMPARE(records->at(1).fields.at(2).left(2), QStringLiteral("'="));
        QCOMPARE(records->at(1).fields.at(1), QStringLiteral("'-admin"));
        QCOMPARE(records->at(1).fields.at(3), QStringLiteral("'@clients"));
        const ImportPlan plan = SiteImport::plan(csv.toUtf8(), {});
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.at(0).site.name, site.name);
        QCOMPARE(plan.rows.at(0).site.userLogin, site.userLogin);
        QCOMPARE(plan.rows.at(0).site.group, site.group);
        QVERIFY(!QString::fromUtf8(SiteExport::toJson({site})).contains(QStringLiteral("'=")));
    }

    void importPreviewStatuses()
    {
        Site saved;
        saved.id = QStringLiteral("saved-1");
        saved.name = QStringLiteral("Shop");
        // Saved sites hold the normalised address, as the plan makes it.
        saved.baseUrl =
            SiteImport::plan("https://shop.example/,admin\n", {}).rows.first().site.baseUrl;
        saved.userLogin = QStringLiteral("admin");
        const QByteArray csv = "url,user,name,group,password\n"
                               "https://new.example/,admin,New,Acme,abcd EFGH ijkl MNOP qrst UVWX\n"
                               "https://shop.example/,admin,Shop again,Acme,\n"
                               "https://new.example/,admin,New twice,Acme,\n"
                               "not a url,admin,Broken,Acme,\n"
                               "https://other.example/,,No user,Acme,\n";
        const ImportPlan plan = SiteImport::plan(csv, {saved});
        QVERIFY(!plan.fileProblem);
        QVERIFY(plan.hasPasswordColumn);

        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 5);
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ImportPreviewModel::StatusColumn), QStringLiteral("New"));
        QCOMPARE(cell(0, ImportPreviewModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, ImportPreviewModel::PasswordColumn), QStringLiteral("yes"));
        QCOMPARE(cell(1, ImportPreviewModel::StatusColumn), QStringLiteral("Already saved"));
        QVERIFY(cell(1, ImportPreviewModel::DetailColumn).contains(QStringLiteral("Shop")));
        QCOMPARE(cell(2, ImportPreviewModel::StatusColumn), QStringLiteral("Repeated in the file"));
        QVERIFY(cell(2, ImportPreviewModel::DetailColumn).contains(QStringLiteral("2")));
        QCOMPARE(cell(3, ImportPreviewModel::StatusColumn), QStringLiteral("Invalid"));
        QVERIFY(!cell(3, ImportPreviewModel::DetailColumn).isEmpty());
        QCOMPARE(cell(4, ImportPreviewModel::StatusColumn), QStringLiteral("Invalid"));
        QCOMPARE(cell(4, ImportPreviewModel::DetailColumn),
                 QStringLiteral("The row has no user name."));

        // No cell, tooltip or role ever holds the password.
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    QVERIFY(!model.index(row, column)
                                 .data(role)
                                 .toString()
                                 .contains(QStringLiteral("EFGH")));
                }
            }
        }

        SiteImporter::RowResult refused;
        refused.line = 2;
        refused.problem = Problem(ProblemCode::KeychainUnavailable,
                                  QStringLiteral("The keychain refused the password."));
        model.setResult(refused);
        QCOMPARE(cell(0, ImportPreviewModel::StatusColumn), QStringLiteral("Not imported"));
        QCOMPARE(cell(0, ImportPreviewModel::DetailColumn),
                 QStringLiteral("The keychain refused the password."));
        QCOMPARE(model.index(0, 0).data(ImportPreviewModel::OutcomeRole).toInt(),
                 int(ImportPreviewModel::NotImported));
    }

    // What the import records: many entries in one write, each site still capped.
    void activityLogBatchAppend()
    {
        QTemporaryDir dir;
        ActivityLog log(dir.path());
        QVERIFY(log.load().isNull());
        QSignalSpy changed(&log, &ActivityLog::changed);
        QList<ActivityEntry> batch;
        for (int i = 0; i < ActivityLog::kMaxEntriesPerSite + 3; ++i) {
            ActivityEntry entry;
            entry.siteId = QStringLiteral("a");
            entry.action = QStringLiteral("site_imported");
            entry.summary = QString::number(i);
            batch.append(entry);
        }
        ActivityEntry other;
        other.siteId = QStringLiteral("b");
        other.action = QStringLiteral("site_imported");
        other.summary = QStringLiteral("b0");
        batch.append(other);
        QVERIFY(log.appendMany(batch).isNull());
        QCOMPARE(changed.count(), 2); // once per site
        QCOMPARE(log.entriesFor(QStringLiteral("a")).size(), ActivityLog::kMaxEntriesPerSite);
        QCOMPARE(log.entriesFor(QStringLiteral("a")).first().summary,
                 QString::number(ActivityLog::kMaxEntriesPerSite + 2)); // newest first
        QCOMPARE(log.entriesFor(QStringLiteral("b")).size(), 1);
        QVERIFY(log.entriesFor(QStringLiteral("b")).first().at.isValid());

        // Another process (a second log on the same file) sees them.
        ActivityLog reader(dir.path());
        QVERIFY(reader.load().isNull());
        QCOMPARE(reader.entriesFor(QStringLiteral("b")).first().summary, QStringLiteral("b0"));
        QVERIFY(log.appendMany({}).isNull());
    }
};

QTEST_MAIN(TestGuiAuditModels)
#include "tst_gui_auditmodels.moc"
