// File ▸ Import Sites and Site ▸ Audit Passwords against the real WordPress test bed and a real
// keychain, driven through widgets found by object name.
//
// Audit: two working sites and one whose password is not in the keychain (its row says why);
// two passwords this test mints (the admin's and another user's) are flagged "never used", are
// revoked from the audit after a confirmation that names them, and are gone on the server; the
// seed passwords are never touched.
// Import: a CSV with a new row carrying a password, a row without one, a site already saved, a
// row repeated in the file and an invalid row; the password lands in the keychain, the
// activity log records the imports, the file can be deleted from the dialog; then a file while
// the keychain refuses writes (that row is not imported and says why), and one imported with
// the connection check.

#include "GuiTestSupport.h"

#include "AuditFilterProxyModel.h"
#include "AuditModel.h"
#include "ImportPreviewModel.h"
#include "ImportSitesDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PasswordAuditDialog.h"
#include "SiteListModel.h"
#include "TestBed.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUuid>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestGuiAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;

    const TestBed &bed() const { return TestBed::instance(); }

    QString addSite(const QString &name, const QUrl &url, const SiteEndpoint &endpoint,
                    const QString &group, bool storePassword = true)
    {
        Site site;
        site.name = name;
        site.baseUrl = url;
        site.restRoot = endpoint.restRoot;
        site.userLogin = endpoint.login;
        site.allowInsecureHttp = endpoint.allowInsecureHttp;
        site.group = group;
        const Result<Site> added = m_env->sites->add(site);
        if (!added)
            return {};
        if (!storePassword)
            return added->id;
        bool stored = false;
        Problem problem;
        m_env->secrets->write(added->secretKey(), endpoint.password, this,
                              [&](const Problem &result) {
                                  problem = result;
                                  stored = true;
                              });
        if (!waitFor([&] { return stored; }) || problem)
            return {};
        return added->id;
    }

    ApplicationPasswordsApi adminApi() const { return apiAs(bed().adminEndpoint()); }

    ApplicationPasswordsApi apiAs(const SiteEndpoint &endpoint) const
    {
        return ApplicationPasswordsApi(WordPressClient(m_env->network.get(), endpoint));
    }

    QString mint(const QString &name, const SiteEndpoint &as)
    {
        QString uuid;
        bool answered = false;
        apiAs(as).create(UserRef::me(), name, QString(), this,
                         [&](const Result<AppPassword> &created) {
                             answered = true;
                             if (created)
                                 uuid = created->uuid;
                         });
        waitFor([&] { return answered; });
        return uuid;
    }

    std::optional<bool> exists(const QString &uuid, const SiteEndpoint &as)
    {
        std::optional<bool> found;
        apiAs(as).list(UserRef::me(), this, [&](const Result<QList<AppPassword>> &list) {
            found = list && std::any_of(list->cbegin(), list->cend(),
                                        [&uuid](const auto &p) { return p.uuid == uuid; });
        });
        waitFor([&] { return found.has_value(); });
        return found;
    }

    Result<QString> readSecret(const QString &key)
    {
        std::optional<Result<QString>> secret;
        m_env->secrets->read(key, this, [&](Result<QString> value) { secret = value; });
        waitFor([&] { return secret.has_value(); });
        return secret ? *secret : Result<QString>(Problem(ProblemCode::Cancelled));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    // The proxy row showing this password name on this site, or -1.
    static int auditRow(const QAbstractItemModel *model, const QString &site, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AuditModel::SiteColumn).data().toString() == site &&
                model->index(row, AuditModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

    ImportSitesDialog *openImportDialog()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("importSitesAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return findWidget<ImportSitesDialog>(QStringLiteral("importSitesDialog"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        QVERIFY(m_files.isValid());
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(m_env->sites->load().isNull());
        QVERIFY(!addSite(QStringLiteral("Pretty"), bed().prettyUrl(), bed().adminEndpoint(),
                         QStringLiteral("Acme"))
                     .isEmpty());
        QVERIFY(!addSite(QStringLiteral("Plain"), bed().plainUrl(), bed().plainAdminEndpoint(),
                         QStringLiteral("Acme"))
                     .isEmpty());
        // Saved, but its password never reached the keychain: the audit cannot read it.
        SiteEndpoint ghost = bed().contributorEndpoint();
        ghost.login = QStringLiteral("ghost");
        QVERIFY(!addSite(QStringLiteral("No Password"), bed().prettyUrl(), ghost,
                         QStringLiteral("Acme"), false)
                     .isEmpty());
        m_window = std::make_unique<MainWindow>(m_env->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_env->secrets->failWrites = false;
        for (const Site &site : m_env->sites->sites()) {
            bool done = false;
            m_env->secrets->remove(site.secretKey(), this, [&](const Problem &) { done = true; });
            waitFor([&] { return done; });
        }
    }

    void auditFlagsAndRevokes()
    {
        const QString name =
            QStringLiteral("audit-gui-throwaway-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString uuid = mint(name, bed().adminEndpoint());
        QVERIFY(!uuid.isEmpty());
        // Another user's (the audit's administrator sees every user's passwords).
        const QString authorName = name + QStringLiteral("-author");
        const QString authorUuid = mint(authorName, bed().authorEndpoint());
        QVERIFY(!authorUuid.isEmpty());

        auto *action = m_window->findChild<QAction *>(QStringLiteral("auditPasswordsAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = findWidget<PasswordAuditDialog>(QStringLiteral("passwordAuditDialog"));
        QVERIFY(dialog);
        auto *scope = findIn<QComboBox>(dialog, QStringLiteral("auditScopeCombo"));
        const int acme = scope->findData(QStringLiteral("group:Acme"));
        QVERIFY(acme >= 0);
        scope->setCurrentIndex(acme);
        auto *days = findIn<QSpinBox>(dialog, QStringLiteral("auditStaleDaysSpin"));
        QCOMPARE(days->value(), GuiSettings::kDefaultAuditStaleDays);
        days->setValue(30);
        QCOMPARE(m_env->settings->auditStaleDays(), 30); // remembered

        click(findIn<QPushButton>(dialog, QStringLiteral("auditRunButton")));
        auto *run = findIn<QPushButton>(dialog, QStringLiteral("auditRunButton"));
        QVERIFY(findIn<QPushButton>(dialog, QStringLiteral("auditStopButton"))->isVisible());
        QVERIFY(waitFor([run] { return run->isEnabled(); }, 60'000));

        auto *table = findIn<QTableView>(dialog, QStringLiteral("auditTable"));
        QAbstractItemModel *model = table->model();
        // Both working sites listed their passwords (the seed ones at least).
        QVERIFY(auditRow(model, QStringLiteral("Pretty"), name) >= 0);
        bool plainListed = false;
        bool noPasswordFailed = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString site = model->index(row, AuditModel::SiteColumn).data().toString();
            plainListed |= site == QStringLiteral("Plain");
            if (site == QStringLiteral("No Password")) {
                noPasswordFailed = model->index(row, 0).data(AuditModel::FailedRole).toBool();
                QVERIFY(model->index(row, AuditModel::FlagsColumn)
                            .data()
                            .toString()
                            .startsWith(QStringLiteral("Could not audit: ")));
            }
        }
        QVERIFY(plainListed);
        QVERIFY(noPasswordFailed);
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("auditSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("could not be audited")),
                 qPrintable(summary->text()));

        // The minted password was never used; Latchkey's own is marked and never flagged unused
        // (this very audit used it).
        int row = auditRow(model, QStringLiteral("Pretty"), name);
        QVERIFY(model->index(row, AuditModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("never used")));
        QCOMPARE(model->index(row, AuditModel::UserColumn).data().toString(),
                 bed().adminEndpoint().login);

        // Filters: only flagged keeps it; a text filter narrows to it.
        click(findIn<QCheckBox>(dialog, QStringLiteral("auditOnlyFlaggedCheck")));
        QVERIFY(auditRow(model, QStringLiteral("Pretty"), name) >= 0);
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("auditFilterEdit")), name);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(auditRow(model, QStringLiteral("Pretty"), authorName) >= 0);

        // Export what is shown: the CSV has the row and no password.
        const QString csvPath = m_files.filePath(QStringLiteral("audit.csv"));
        QVERIFY(dialog->exportCsv(csvPath).isNull());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray report = csv.readAll();
        QCOMPARE(report.count('\n'), 3);
        QVERIFY(report.contains(name.toUtf8()));
        QVERIFY(report.contains("never_used"));
        QString secret = bed().adminEndpoint().password;
        QVERIFY(!report.contains(secret.toUtf8()));
        QVERIFY(!report.contains(secret.remove(QLatin1Char(' ')).toUtf8()));

        // Revoke both: cancel first (nothing happens), then confirm.
        table->selectAll();
        auto *revoke = findIn<QPushButton>(dialog, QStringLiteral("auditRevokeButton"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete); // the same confirmation as the button
        QVERIFY(!MessageBox::hasNextAnswer());
        QVERIFY(MessageBox::lastText().contains(name));
        QVERIFY(MessageBox::lastText().contains(authorName));
        QVERIFY(MessageBox::lastText().contains(bed().authorEndpoint().login));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Pretty")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Revoke 2 application")));
        QCOMPARE(exists(uuid, bed().adminEndpoint()), std::optional<bool>(true));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(revoke);
        QVERIFY(waitFor([summary] { return summary->text().startsWith(QStringLiteral("Revoked")); },
                        30'000));
        QCOMPARE(summary->text(), QStringLiteral("Revoked 2 password(s)."));
        QCOMPARE(model->index(0, AuditModel::ResultColumn).data().toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(model->index(1, AuditModel::ResultColumn).data().toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(exists(uuid, bed().adminEndpoint()), std::optional<bool>(false));
        QCOMPARE(exists(authorUuid, bed().authorEndpoint()), std::optional<bool>(false));
        // Done rows cannot be revoked again.
        QVERIFY(!revoke->isEnabled());

        // The seed password Latchkey uses still works.
        bool seedWorks = false;
        bool answered = false;
        adminApi().introspect(UserRef::me(), this, [&](const Result<AppPassword> &self) {
            seedWorks = bool(self);
            answered = true;
        });
        QVERIFY(waitFor([&] { return answered; }));
        QVERIFY(seedWorks);

        // Recorded in the site's activity.
        const QString prettyId = m_env->sites->resolve(QStringLiteral("Pretty"))->id;
        const QList<ActivityEntry> activity = m_env->activity->entriesFor(prettyId);
        QVERIFY(!activity.isEmpty());
        QCOMPARE(activity.first().action, QStringLiteral("password_revoked"));
        QVERIFY(activity.first().summary.contains(name));
        dialog->close();
    }

    // A site that hangs (every REST request sleeps 20 s): Stop ends the audit at once, and the
    // site's row says it was stopped, while the sites that answered keep their rows.
    void auditStopsOnAHangingSite()
    {
        const TestBed::MuPlugin slow(bed().plainDir(), QStringLiteral("slow-rest.php"));
        QVERIFY(slow.isActive());
        auto *action = m_window->findChild<QAction *>(QStringLiteral("auditPasswordsAction"));
        action->trigger();
        auto *dialog = findWidget<PasswordAuditDialog>(QStringLiteral("passwordAuditDialog"));
        QVERIFY(dialog);
        auto *scope = findIn<QComboBox>(dialog, QStringLiteral("auditScopeCombo"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("group:Acme")));
        // Remembered from the last audit.
        QCOMPARE(findIn<QSpinBox>(dialog, QStringLiteral("auditStaleDaysSpin"))->value(), 30);
        auto *run = findIn<QPushButton>(dialog, QStringLiteral("auditRunButton"));
        auto *stop = findIn<QPushButton>(dialog, QStringLiteral("auditStopButton"));
        click(run);
        QAbstractItemModel *model =
            findIn<QTableView>(dialog, QStringLiteral("auditTable"))->model();
        // Pretty answers and the site without a password fails; Plain hangs.
        QVERIFY(waitFor([model] {
            bool pretty = false;
            bool noPassword = false;
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString site = model->index(row, AuditModel::SiteColumn).data().toString();
                pretty |= site == QStringLiteral("Pretty");
                noPassword |= site == QStringLiteral("No Password");
            }
            return pretty && noPassword;
        }));
        QVERIFY(stop->isVisible());
        QElapsedTimer clock;
        clock.start();
        click(stop);
        QVERIFY(waitFor([run] { return run->isEnabled(); }, 5'000));
        QVERIFY(clock.elapsed() < 5'000);
        QVERIFY(!stop->isVisible());
        int plainRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AuditModel::SiteColumn).data().toString() ==
                QStringLiteral("Plain"))
                plainRow = row;
        }
        QVERIFY(plainRow >= 0);
        QVERIFY(model->index(plainRow, 0).data(AuditModel::FailedRole).toBool());
        QVERIFY(model->index(plainRow, AuditModel::FlagsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Stopped")));
        dialog->close();
    }

    void importPreviewsImportsAndOffersToDeleteTheFile()
    {
        const SiteEndpoint author = bed().authorEndpoint();
        const QString pretty = bed().prettyUrl().toString();
        const QString plain = bed().plainUrl().toString();
        const QByteArray csv =
            QStringLiteral("url,user,name,group,password\n"
                           "%1,%2,Pretty author,Initech,%3\n"         // new, with password
                           "%4,editor-nobody,Plain editor,Initech,\n" // new, no password
                           "%1,%5,Pretty again,Acme,\n"               // already saved
                           "%1,%2,Pretty author twice,Initech,\n"     // repeated in the file
                           "%4,,Nobody,Initech,\n")                   // invalid: no user
                .arg(pretty, author.login, author.password, plain, bed().adminEndpoint().login)
                .toUtf8();
        const QString path = writeFile(QStringLiteral("sites.csv"), csv);
        QVERIFY(!path.isEmpty());

        ImportSitesDialog *dialog = openImportDialog();
        QVERIFY(dialog);
        auto *start = findIn<QPushButton>(dialog, QStringLiteral("importStartButton"));
        QVERIFY(!start->isEnabled());
        dialog->loadFile(path);

        auto *table = findIn<QTableView>(dialog, QStringLiteral("importPreviewTable"));
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 5);
        const auto cell = [model](int row, int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ImportPreviewModel::StatusColumn), QStringLiteral("New"));
        QCOMPARE(cell(0, ImportPreviewModel::PasswordColumn), QStringLiteral("yes"));
        QCOMPARE(cell(1, ImportPreviewModel::StatusColumn), QStringLiteral("New"));
        QCOMPARE(cell(2, ImportPreviewModel::StatusColumn), QStringLiteral("Already saved"));
        QVERIFY(cell(2, ImportPreviewModel::DetailColumn).contains(QStringLiteral("Pretty")));
        QCOMPARE(cell(3, ImportPreviewModel::StatusColumn), QStringLiteral("Repeated in the file"));
        QCOMPARE(cell(4, ImportPreviewModel::StatusColumn), QStringLiteral("Invalid"));
        QVERIFY(!cell(4, ImportPreviewModel::DetailColumn).isEmpty());
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                QVERIFY(!cell(row, column).contains(author.password));
        }
        auto *warning = findIn<QWidget>(dialog, QStringLiteral("importPasswordWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(start->isEnabled());
        QVERIFY2(start->text().contains(QStringLiteral("2")), qPrintable(start->text()));

        const int sitesBefore = int(m_env->sites->sites().size());
        click(start);
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("importSummary"));
        QVERIFY(waitFor(
            [summary] { return summary->text().startsWith(QStringLiteral("Imported")); }, 30'000));
        QCOMPARE(summary->text(), QStringLiteral("Imported 2 site(s)."));
        QCOMPARE(int(m_env->sites->sites().size()), sitesBefore + 2);
        QCOMPARE(cell(0, ImportPreviewModel::StatusColumn), QStringLiteral("Imported"));
        QCOMPARE(cell(1, ImportPreviewModel::StatusColumn), QStringLiteral("Imported"));
        QCOMPARE(cell(2, ImportPreviewModel::StatusColumn), QStringLiteral("Already saved"));

        // The password is in the keychain under the new site, and the site list shows it.
        const Result<Site> imported = m_env->sites->resolve(QStringLiteral("Pretty author"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->group, QStringLiteral("Initech"));
        const Result<QString> stored = readSecret(imported->secretKey());
        QVERIFY(stored);
        QCOMPARE(*stored, author.password);
        auto *siteTable = findIn<QTableView>(m_window.get(), QStringLiteral("siteTable"));
        QVERIFY(waitFor([siteTable, sitesBefore] {
            return siteTable->model()->rowCount() == sitesBefore + 2;
        }));

        // Recorded, one entry per imported site.
        const QList<ActivityEntry> activity = m_env->activity->entriesFor(imported->id);
        QCOMPARE(activity.size(), 1);
        QCOMPARE(activity.first().action, QStringLiteral("site_imported"));
        QVERIFY(activity.first().summary.contains(QStringLiteral("sites.csv")));
        const Result<Site> plainEditor = m_env->sites->resolve(QStringLiteral("Plain editor"));
        QVERIFY(plainEditor.ok());
        QCOMPARE(m_env->activity->entriesFor(plainEditor->id).size(), 1);

        // Delete the file: asked first; Cancel keeps it, Delete removes it.
        QVERIFY(warning->isVisible());
        auto *deleteButton = findIn<QPushButton>(dialog, QStringLiteral("importDeleteFileButton"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(deleteButton);
        QVERIFY(QFile::exists(path));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(deleteButton);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!deleteButton->isEnabled());
        dialog->close();
    }

    void keychainRefusalLeavesTheRowOut()
    {
        const QByteArray csv =
            QStringLiteral("url,user,name,group,password\n"
                           "%1,refused-user,Refused,Initech,abcd efgh ijkl mnop qrst uvwx\n"
                           "%1,fine-user,Fine,Initech,\n")
                .arg(bed().plainUrl().toString())
                .toUtf8();
        const QString path = writeFile(QStringLiteral("refused.csv"), csv);
        ImportSitesDialog *dialog = openImportDialog();
        QVERIFY(dialog);
        dialog->loadFile(path);
        QCOMPARE(dialog->importableCount(), 2);
        m_env->secrets->failWrites = true;
        click(findIn<QPushButton>(dialog, QStringLiteral("importStartButton")));
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("importSummary"));
        QVERIFY(waitFor(
            [summary] { return summary->text().startsWith(QStringLiteral("Imported")); }, 30'000));
        m_env->secrets->failWrites = false;
        QVERIFY2(summary->text().contains(QStringLiteral("1 not imported")),
                 qPrintable(summary->text()));
        QAbstractItemModel *model =
            findIn<QTableView>(dialog, QStringLiteral("importPreviewTable"))->model();
        QCOMPARE(model->index(0, ImportPreviewModel::StatusColumn).data().toString(),
                 QStringLiteral("Not imported"));
        QVERIFY(!model->index(0, ImportPreviewModel::DetailColumn).data().toString().isEmpty());
        QCOMPARE(model->index(1, ImportPreviewModel::StatusColumn).data().toString(),
                 QStringLiteral("Imported"));
        QVERIFY(!m_env->sites->resolve(QStringLiteral("Refused")).ok());
        QVERIFY(m_env->sites->resolve(QStringLiteral("Fine")).ok());
        dialog->close();
    }

    // With the check on, each row is connected like Add Site: a working password is imported
    // with its REST root found; a rejected one is not imported and says why.
    void checkedImportConnectsEachRow()
    {
        const SiteEndpoint contributor = bed().contributorEndpoint();
        // The wrong password goes to a user of the plain site that Latchkey has not saved.
        const QByteArray csv =
            QStringLiteral("url,user,name,group,password\n"
                           "%1,%2,Pretty contributor,Initech,%3\n"
                           "%4,author1,Wrong password,Initech,abcd efgh ijkl mnop qrst uvwx\n")
                .arg(bed().prettyUrl().toString(), contributor.login, contributor.password,
                     bed().plainUrl().toString())
                .toUtf8();
        const QString path = writeFile(QStringLiteral("checked.csv"), csv);
        ImportSitesDialog *dialog = openImportDialog();
        QVERIFY(dialog);
        dialog->loadFile(path);
        QCOMPARE(dialog->importableCount(), 2);
        auto *check = findIn<QCheckBox>(dialog, QStringLiteral("importCheckConnectionCheck"));
        click(check);
        QVERIFY(check->isChecked());
        click(findIn<QPushButton>(dialog, QStringLiteral("importStartButton")));
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("importSummary"));
        QVERIFY(waitFor(
            [summary] { return summary->text().startsWith(QStringLiteral("Imported")); }, 60'000));
        QVERIFY2(summary->text().contains(QStringLiteral("1 not imported")),
                 qPrintable(summary->text()));
        QAbstractItemModel *model =
            findIn<QTableView>(dialog, QStringLiteral("importPreviewTable"))->model();
        QCOMPARE(model->index(0, ImportPreviewModel::StatusColumn).data().toString(),
                 QStringLiteral("Imported"));
        QCOMPARE(model->index(1, ImportPreviewModel::StatusColumn).data().toString(),
                 QStringLiteral("Not imported"));
        QVERIFY(!model->index(1, ImportPreviewModel::DetailColumn).data().toString().isEmpty());
        const Result<Site> imported = m_env->sites->resolve(QStringLiteral("Pretty contributor"));
        QVERIFY(imported.ok());
        QVERIFY(!imported->restRoot.isEmpty()); // discovered while connecting
        QCOMPARE(*readSecret(imported->secretKey()), contributor.password);
        QVERIFY(!m_env->sites->resolve(QStringLiteral("Wrong password")).ok());
        dialog->close();
    }
};

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
