// The desktop app against the real WordPress test bed and a real gnome-keyring, driven only
// through input events on widgets found by object name. The test functions run in order and
// share one main window, as a user's session would.
//
// What is revoked where (so that no other test binary loses a seed password):
//  - "revoke one" revokes a password this test created for admin on the pretty site;
//  - "revoke all" runs on the *plain* site for contrib1, who has no seed password there: the
//    test mints two passwords for contrib1 first (through the GUI's user switcher as admin);
//  - the keychain-failure test revokes the password it created.

#include "GuiTestSupport.h"

#include "AddSiteDialog.h"
#include "CheckRunner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewPasswordDialog.h"
#include "SiteListModel.h"
#include "TestBed.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUuid>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_createdName;
    QString m_createdPassword;
    QStringList m_secretsSeen;

    const TestBed &bed() const { return TestBed::instance(); }

    // Window shortcuts (Ctrl+N, F5, Delete) reach the main window only while it is active.
    void shortcut(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                  QWidget *target = nullptr)
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(target ? target : m_window.get(), Qt::Key(key), modifiers);
    }
    QString env(const char *key) const { return bed().value(QLatin1String(key)); }

    // Adds a site through the add-site dialog; first with a wrong password when asked, to see
    // the error in place and fix it without starting over.
    void addSiteThroughDialog(const QUrl &url, const QString &user, const QString &password,
                              const QString &name, bool tryWrongPasswordFirst)
    {
        shortcut(Qt::Key_N, Qt::ControlModifier);
        auto *dialog = findIn<AddSiteDialog>(m_window.get(), QStringLiteral("addSiteDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(findIn<QLabel>(dialog, QStringLiteral("whyNoLoginPasswordLabel"))
                    ->text()
                    .contains(QStringLiteral("never asks for your WordPress login password")));
        QVERIFY(!findIn<QPushButton>(dialog, QStringLiteral("browserApproveButton"))->isEnabled());
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("addressEdit")), url.toString());
        click(findIn<QPushButton>(dialog, QStringLiteral("findSiteButton")));
        auto *found = findIn<QLabel>(dialog, QStringLiteral("discoveryLabel"));
        QVERIFY(waitFor([found] { return found->isVisible(); }));
        QVERIFY2(found->text().contains(QStringLiteral("Application passwords are available")),
                 qPrintable(found->text()));

        auto *userEdit = findIn<QLineEdit>(dialog, QStringLiteral("userEdit"));
        auto *passwordEdit = findIn<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("siteNameEdit")), name);
        auto *problem = findIn<QWidget>(dialog, QStringLiteral("connectProblem"));
        if (tryWrongPasswordFirst) {
            QTest::keyClicks(passwordEdit, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
            click(findIn<QPushButton>(dialog, QStringLiteral("addSiteButton")));
            QVERIFY(waitFor([problem] { return problem->isVisible(); }));
            const QString message =
                findIn<QLabel>(problem, QStringLiteral("problemMessage"))->text();
            QVERIFY2(!message.isEmpty(), "the failure is explained in place");
            QVERIFY(!findIn<QLabel>(problem, QStringLiteral("problemFix"))->text().isEmpty());
            // The input is still there; only the password needs correcting.
            QCOMPARE(userEdit->text(), user);
            passwordEdit->selectAll();
            QTest::keyClick(passwordEdit, Qt::Key_Delete);
        }
        QTest::keyClicks(passwordEdit, password);
        QPointer<AddSiteDialog> guard(dialog);
        QPointer<QWidget> problemGuard(problem);
        click(findIn<QPushButton>(dialog, QStringLiteral("addSiteButton")));
        const bool closed = waitFor([&guard] { return guard.isNull() || !guard->isVisible(); });
        // The dialog deletes itself on success: read its widgets only if it is still there.
        if (!closed) {
            QFAIL(qPrintable(
                problemGuard && problemGuard->isVisible()
                    ? findIn<QLabel>(problemGuard, QStringLiteral("problemMessage"))->text()
                    : QStringLiteral("still busy")));
        }
    }

    void selectSiteRow(const QString &name)
    {
        auto *table = findIn<QTableView>(m_window.get(), QStringLiteral("siteTable"));
        QVERIFY(table);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, SiteListModel::NameColumn);
            if (index.data().toString() == name) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualRect(index).center());
                QCOMPARE(m_window->currentSite()->name, name);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no site named %1").arg(name)));
    }

    void showTab(int index)
    {
        auto *tabs = findIn<QTabWidget>(m_window.get(), QStringLiteral("detailTabs"));
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QCOMPARE(tabs->currentIndex(), index);
    }

    QTableView *passwordsTable() const
    {
        return findIn<QTableView>(m_window.get(), QStringLiteral("passwordsTable"));
    }

    bool passwordsLoaded() const
    {
        auto *button = findIn<QPushButton>(m_window.get(), QStringLiteral("newPasswordButton"));
        return button && button->isEnabled();
    }

    int rowOfPassword(const QString &name) const
    {
        QTableView *table = passwordsTable();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString().startsWith(name))
                return row;
        }
        return -1;
    }

    // Creates a password through the dialogs; returns the new-password dialog, still open.
    NewPasswordDialog *createPasswordThroughDialog(const QString &name)
    {
        [&] { QVERIFY(waitFor([this] { return passwordsLoaded(); })); }();
        QTest::mouseClick(findIn<QPushButton>(m_window.get(), QStringLiteral("newPasswordButton")),
                          Qt::LeftButton);
        auto *create = findWidget<QDialog>(QStringLiteral("createPasswordDialog"));
        if (!create)
            return nullptr;
        QTest::keyClicks(findIn<QLineEdit>(create, QStringLiteral("passwordNameEdit")), name);
        QTest::mouseClick(findIn<QPushButton>(create, QStringLiteral("createButton")),
                          Qt::LeftButton);
        NewPasswordDialog *shown = nullptr;
        waitFor([&shown] {
            shown = findWidget<NewPasswordDialog>(QStringLiteral("newPasswordDialog"));
            return shown != nullptr;
        });
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(m_env->sites->load().isNull());
        m_window = std::make_unique<MainWindow>(m_env->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void emptyStateExplainsTheFirstStep()
    {
        auto *pages = findIn<QStackedWidget>(m_window.get(), QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyState"));
        QVERIFY(findIn<QLabel>(m_window.get(), QStringLiteral("emptyStateSteps"))
                    ->text()
                    .contains(QStringLiteral("Application Passwords")));
        QVERIFY(findIn<QPushButton>(m_window.get(), QStringLiteral("emptyStateAddButton")));
    }

    void addSite()
    {
        addSiteThroughDialog(bed().prettyUrl(), env("WP_ADMIN_USER"), env("WP_ADMIN_APP_PASSWORD"),
                             QStringLiteral("Pretty"), true);
        QCOMPARE(m_env->sites->sites().size(), 1);
        const Site site = m_env->sites->sites().first();
        QCOMPARE(site.name, QStringLiteral("Pretty"));
        QCOMPARE(site.userLogin, env("WP_ADMIN_USER"));
        QVERIFY(!site.passwordUuid.isEmpty());
        auto *pages = findIn<QStackedWidget>(m_window.get(), QStringLiteral("pages"));
        QVERIFY(pages->currentWidget()->objectName() != QStringLiteral("emptyState"));
        QCOMPARE(m_window->currentSite()->id, site.id);
        // Latchkey's own password is marked in the passwords tab.
        QVERIFY(waitFor(
            [this] { return passwordsLoaded() && passwordsTable()->model()->rowCount() > 0; }));
        bool marked = false;
        for (int row = 0; row < passwordsTable()->model()->rowCount(); ++row)
            marked |= passwordsTable()->model()->index(row, 0).data().toString().contains(
                QStringLiteral("used by Latchkey"));
        QVERIFY(marked);
        m_secretsSeen.append(env("WP_ADMIN_APP_PASSWORD"));
    }

    void testConnectionOnAGoodSite()
    {
        selectSiteRow(QStringLiteral("Pretty"));
        shortcut(Qt::Key_F5);
        auto *summary = findIn<QLabel>(m_window.get(), QStringLiteral("connectionSummary"));
        QVERIFY(waitFor([this] { return !m_window->checkRunner()->isBusy(); }));
        QVERIFY2(summary->text().startsWith(QStringLiteral("✓")), qPrintable(summary->text()));
        auto *steps =
            findIn<QTreeWidget>(findIn<QWidget>(m_window.get(), QStringLiteral("connectionTab")),
                                QStringLiteral("stepsView"));
        QVERIFY(steps->topLevelItemCount() >= 4);
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            QCOMPARE(steps->topLevelItem(i)->text(0), QStringLiteral("✓"));
        QVERIFY(m_window->currentSite()->lastCheck.ok);
    }

    void createPasswordAndSeeItOnce()
    {
        selectSiteRow(QStringLiteral("Pretty"));
        showTab(0);
        m_createdName =
            QStringLiteral("gui-test ") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        NewPasswordDialog *shown = createPasswordThroughDialog(m_createdName);
        QVERIFY(shown);
        auto *field = findIn<QLineEdit>(shown, QStringLiteral("newPasswordField"));
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        m_createdPassword = field->text();
        QString compact = m_createdPassword;
        compact.remove(QLatin1Char(' '));
        QCOMPARE(compact.size(), 24);
        QVERIFY(findIn<QLabel>(shown, QStringLiteral("onceWarningLabel"))
                    ->text()
                    .contains(QStringLiteral("you will not see this password again")));
        click(findIn<QWidget>(shown, QStringLiteral("revealButton")));
        QCOMPARE(field->echoMode(), QLineEdit::Normal);
        click(findIn<QPushButton>(shown, QStringLiteral("copyButton")));
        QCOMPARE(QGuiApplication::clipboard()->text(), m_createdPassword);
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(
            QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(findIn<QLabel>(shown, QStringLiteral("copyStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("30 seconds")));
        QPointer<NewPasswordDialog> guard(shown);
        click(findIn<QPushButton>(shown, QStringLiteral("doneButton")));
        QVERIFY(waitFor([&guard] { return guard.isNull(); }));

        // Listed by name, and the secret itself is on no widget any more.
        QVERIFY(waitFor([this] { return passwordsLoaded() && rowOfPassword(m_createdName) >= 0; }));
        const QWidgetList widgets = QApplication::allWidgets();
        for (QWidget *widget : widgets) {
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                QVERIFY(!edit->text().contains(compact.left(8)));
            if (auto *label = qobject_cast<QLabel *>(widget))
                QVERIFY(!label->text().contains(compact.left(8)));
        }
        // The clipboard is cleared on demand (and after 30 s) only while it still holds ours.
        m_env->clipboard->clearIfOurs();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        m_secretsSeen.append(compact);
    }

    void revokeOnePassword()
    {
        QVERIFY(!m_createdName.isEmpty());
        const int row = rowOfPassword(m_createdName);
        QVERIFY(row >= 0);
        QTableView *table = passwordsTable();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("revokePasswordButton")));
        QVERIFY(!MessageBox::hasNextAnswer());
        QVERIFY(MessageBox::lastText().contains(m_createdName));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("stops working")));
        QVERIFY(waitFor([this] { return passwordsLoaded() && rowOfPassword(m_createdName) < 0; }));
        // Still connected: it was not Latchkey's own password.
        QVERIFY(rowOfPassword(m_env->sites->sites().first().passwordName) >= 0);
    }

    void revokeAllOfAnotherUser()
    {
        // The plain site, as admin, managing contrib1 (who has no seed password there).
        addSiteThroughDialog(bed().plainUrl(), env("WP_ADMIN_USER"),
                             env("WP_PLAIN_ADMIN_APP_PASSWORD"), QStringLiteral("Plain"), false);
        selectSiteRow(QStringLiteral("Plain"));
        showTab(0);
        QVERIFY(waitFor([this] { return passwordsLoaded(); }));
        auto *switcher = findIn<QComboBox>(m_window.get(), QStringLiteral("userSwitcher"));
        QVERIFY(switcher->isVisible());
        QVERIFY(switcher->count() >= 3);
        switcher->setFocus();
        QTest::keyClicks(switcher, env("WP_CONTRIB_USER"));
        QVERIFY(switcher->currentText().startsWith(env("WP_CONTRIB_USER")));
        QVERIFY(waitFor([this] { return passwordsLoaded(); }));
        for (const QString &name :
             {QStringLiteral("gui-test contrib A"), QStringLiteral("gui-test contrib B")}) {
            NewPasswordDialog *shown = createPasswordThroughDialog(name);
            QVERIFY(shown);
            // Another user's password can never become Latchkey's.
            QVERIFY(!findIn<QPushButton>(shown, QStringLiteral("useForLatchkeyButton")));
            click(findIn<QPushButton>(shown, QStringLiteral("copyButton")));
            QPointer<NewPasswordDialog> guard(shown);
            click(findIn<QPushButton>(shown, QStringLiteral("doneButton")));
            QVERIFY(waitFor([&guard] { return guard.isNull(); }));
            QVERIFY(
                waitFor([this, name] { return passwordsLoaded() && rowOfPassword(name) >= 0; }));
        }
        QVERIFY(switcher->currentText().startsWith(env("WP_CONTRIB_USER")));
        QCOMPARE(passwordsTable()->model()->rowCount(), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("revokeAllButton")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("gui-test contrib A")));
        QVERIFY(MessageBox::lastText().contains(env("WP_CONTRIB_USER")));
        QVERIFY(waitFor(
            [this] { return passwordsLoaded() && passwordsTable()->model()->rowCount() == 0; }));
        // Latchkey's own access to the plain site (admin's password) is untouched.
        shortcut(Qt::Key_F5);
        QVERIFY(waitFor([this] { return !m_window->checkRunner()->isBusy(); }));
        QVERIFY(m_window->currentSite()->lastCheck.ok);
    }

    void testConnectionOnABrokenSite()
    {
        // A site whose stored password is wrong (set up through the core, as a second
        // computer's stale keychain would leave it).
        Site broken;
        broken.name = QStringLiteral("Broken");
        broken.baseUrl = bed().prettyUrl();
        broken.restRoot = QUrl(env("WP_PRETTY_REST_ROOT"));
        broken.userLogin = env("WP_AUTHOR_USER");
        const Result<Site> added = m_env->sites->add(broken);
        QVERIFY(added);
        bool written = false;
        m_env->secrets->write(added->secretKey(), QStringLiteral("abcdabcdabcdabcdabcdabcd"), this,
                              [&written](const Problem &problem) { written = problem.isNull(); });
        QVERIFY(waitFor([&written] { return written; }));
        selectSiteRow(QStringLiteral("Broken"));
        shortcut(Qt::Key_F5);
        QVERIFY(waitFor([this] { return !m_window->checkRunner()->isBusy(); }));
        auto *tab = findIn<QWidget>(m_window.get(), QStringLiteral("connectionTab"));
        auto *summary = findIn<QLabel>(tab, QStringLiteral("connectionSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("✗")), qPrintable(summary->text()));
        auto *problem = findIn<QWidget>(tab, QStringLiteral("problemView"));
        QVERIFY(problem->isVisible());
        QVERIFY(!findIn<QLabel>(problem, QStringLiteral("problemFix"))->text().isEmpty());
        auto *steps = findIn<QTreeWidget>(tab, QStringLiteral("stepsView"));
        QCOMPARE(steps->topLevelItem(steps->topLevelItemCount() - 1)->text(0), QStringLiteral("✗"));
        QVERIFY(!m_window->currentSite()->lastCheck.ok);
        QVERIFY(!m_window->currentSite()->lastCheck.problem.isEmpty());
    }

    void testPublishAndCleanUp()
    {
        selectSiteRow(QStringLiteral("Pretty"));
        showTab(2);
        auto *tab = findIn<QWidget>(m_window.get(), QStringLiteral("publishTab"));
        QVERIFY(!findIn<QLineEdit>(tab, QStringLiteral("publishTitleEdit"))->text().isEmpty());
        click(findIn<QPushButton>(tab, QStringLiteral("runPublishButton")));
        auto *leftOver = findIn<QLabel>(tab, QStringLiteral("publishLeftOverLabel"));
        QVERIFY(waitFor([leftOver] { return !leftOver->text().isEmpty(); }));
        QVERIFY2(leftOver->text().contains(
                     QStringLiteral("Nothing the test created is left on the site")),
                 qPrintable(leftOver->text()));
        QVERIFY(findIn<QLabel>(tab, QStringLiteral("publishResultLabel"))
                    ->text()
                    .contains(QStringLiteral("<a href=")));
        // The activity tab lists what happened.
        showTab(3);
        auto *activity = findIn<QTreeWidget>(m_window.get(), QStringLiteral("activityList"));
        QVERIFY(activity->topLevelItemCount() >= 4);
        QCOMPARE(activity->topLevelItem(0)->data(2, Qt::UserRole).toString(),
                 QStringLiteral("publish_tested"));
    }

    void keychainFailureKeepsTheNewPassword()
    {
        selectSiteRow(QStringLiteral("Pretty"));
        showTab(0);
        const Site before = *m_window->currentSite();
        NewPasswordDialog *shown = createPasswordThroughDialog(QStringLiteral("gui-test keychain"));
        QVERIFY(shown);
        const QString password =
            findIn<QLineEdit>(shown, QStringLiteral("newPasswordField"))->text();
        QVERIFY(!password.isEmpty());

        // The keychain goes away between "create" and "store".
        m_env->secrets->failWrites = true;
        click(findIn<QPushButton>(shown, QStringLiteral("useForLatchkeyButton")));
        auto *problem = findIn<QWidget>(shown, QStringLiteral("problemView"));
        QVERIFY(waitFor([problem] { return problem->isVisible(); }));
        QCOMPARE(findIn<QLabel>(problem, QStringLiteral("problemMessage"))->text(),
                 Problem::defaultMessage(ProblemCode::KeychainUnavailable));
        // Still shown, still copyable; Latchkey keeps using its previous password.
        QCOMPARE(findIn<QLineEdit>(shown, QStringLiteral("newPasswordField"))->text(), password);
        click(findIn<QPushButton>(shown, QStringLiteral("copyButton")));
        QCOMPARE(QGuiApplication::clipboard()->text(), password);
        QCOMPARE(m_window->currentSite()->passwordUuid, before.passwordUuid);
        m_env->secrets->failWrites = false;

        // Closing without storing asks first only when nothing was copied; here it was.
        QPointer<NewPasswordDialog> guard(shown);
        click(findIn<QPushButton>(shown, QStringLiteral("doneButton")));
        QVERIFY(waitFor([&guard] { return guard.isNull(); }));
        m_env->clipboard->clearIfOurs();

        // Clean up: revoke it through the GUI.
        QVERIFY(waitFor([this] {
            return passwordsLoaded() && rowOfPassword(QStringLiteral("gui-test keychain")) >= 0;
        }));
        QTableView *table = passwordsTable();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table
                              ->visualRect(table->model()->index(
                                  rowOfPassword(QStringLiteral("gui-test keychain")), 0))
                              .center());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("revokePasswordButton")));
        QVERIFY(waitFor([this] {
            return passwordsLoaded() && rowOfPassword(QStringLiteral("gui-test keychain")) < 0;
        }));
        QString compact = password;
        m_secretsSeen.append(compact.remove(QLatin1Char(' ')));
    }

    void noSecretInTheConfigDirectory()
    {
        QDirIterator it(m_env->configHome.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QString &secret : std::as_const(m_secretsSeen))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }

    void removeSiteRevokesAndDeletesTheKeychainEntry()
    {
        // Remove "Broken" without revoking (its password never worked).
        selectSiteRow(QStringLiteral("Broken"));
        const Site broken = *m_window->currentSite();
        MessageBox::setNextAnswer(QMessageBox::No);
        shortcut(Qt::Key_Delete, Qt::NoModifier,
                 findIn<QTableView>(m_window.get(), QStringLiteral("siteTable")));
        QVERIFY(waitFor([this, &broken] { return !m_env->sites->byId(broken.id); }));
        bool gone = false;
        m_env->secrets->read(broken.secretKey(), this, [&gone](const Result<QString> &secret) {
            gone = !secret && secret.problem().code() == ProblemCode::SecretMissing;
        });
        QVERIFY(waitFor([&gone] { return gone; }));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_env.reset();
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
