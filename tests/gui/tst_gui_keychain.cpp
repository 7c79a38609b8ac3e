// A locked keychain in the desktop app, against the real WordPress test bed and the real
// gnome-keyring of this binary's private session (tests/testbed/with-keychain.sh), locked over
// D-Bus as a screen lock does (org.freedesktop.Secret.Service.Lock).
//
// Locked, the Passwords tab and a connection check say keychain_unavailable ("locked") and
// offer "Unlock keychain…"; the site's saved last check is untouched (never turned red). The
// test session has no prompter, so the button's unlock is dismissed and must say the keychain
// stayed locked. Then the test unlocks the login collection itself through gnome-keyring's own
// interface (UnlockWithMasterPassword, with with-keychain.sh's keyring password), and the same
// buttons find nothing left to unlock and retry what failed: the password list loads and the
// check passes.

#include "GuiTestSupport.h"

#include "CheckRunner.h"
#include "MainWindow.h"
#include "ProblemView.h"
#include "SiteListModel.h"
#include "TestBed.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace Latchkey;
using namespace Latchkey::Testing;

// org.freedesktop.Secret.Secret: (session, parameters, value, content type).
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(DBusSecret)

QDBusArgument &operator<<(QDBusArgument &argument, const DBusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DBusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kLogin = QStringLiteral("/org/freedesktop/secrets/collection/login");
// with-keychain.sh's KEYRING_PASSWORD.
const QByteArray kKeyringPassword = "latchkey-testbed";

QDBusMessage secretCall(const QString &path, const QString &interface, const QString &method,
                        const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, path, interface, method);
    call.setArguments(arguments);
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 10'000);
}

bool loginLocked()
{
    const QDBusMessage reply =
        secretCall(kLogin, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                   {QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
    return reply.type() == QDBusMessage::ReplyMessage &&
           reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
}

QString lockLogin()
{
    const QDBusMessage reply = secretCall(
        kServicePath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
        {QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(kLogin)})});
    return reply.type() == QDBusMessage::ReplyMessage ? QString() : reply.errorMessage();
}

// Unlocks the login collection with its password, as gnome-keyring's own unlock at login does
// (no prompt): a plain session first, on this connection, to carry the secret.
QString unlockLogin()
{
    qDBusRegisterMetaType<DBusSecret>();
    const QDBusMessage opened =
        secretCall(kServicePath, QStringLiteral("org.freedesktop.Secret.Service"),
                   QStringLiteral("OpenSession"),
                   {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (opened.type() != QDBusMessage::ReplyMessage)
        return opened.errorMessage();
    const auto session = opened.arguments().value(1).value<QDBusObjectPath>();
    const DBusSecret secret{session, {}, kKeyringPassword, QStringLiteral("text/plain")};
    const QDBusMessage unlocked = secretCall(
        kServicePath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"),
        {QVariant::fromValue(QDBusObjectPath(kLogin)), QVariant::fromValue(secret)});
    return unlocked.type() == QDBusMessage::ReplyMessage ? QString() : unlocked.errorMessage();
}

} // namespace

class TestGuiKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_siteId;
    QDateTime m_checkedAt;

    const TestBed &bed() const { return TestBed::instance(); }

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

    ProblemView *problemIn(const char *tab) const
    {
        return findIn<ProblemView>(findIn<QWidget>(m_window.get(), QLatin1String(tab)),
                                   QStringLiteral("problemView"));
    }
    static QPushButton *unlockButton(ProblemView *view)
    {
        return findIn<QPushButton>(view, QStringLiteral("unlockKeychainButton"));
    }
    QTableView *passwordsTable() const
    {
        return findIn<QTableView>(m_window.get(), QStringLiteral("passwordsTable"));
    }

    // The saved last check is still the one from before the keychain was locked.
    void verifyLastCheckUntouched()
    {
        const std::optional<Site> site = m_env->sites->byId(m_siteId);
        QVERIFY(site);
        QVERIFY(site->lastCheck.ok);
        QVERIFY(site->lastCheck.problem.isEmpty());
        QCOMPARE(site->lastCheck.at, m_checkedAt);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(m_env->sites->load().isNull());
        const SiteEndpoint endpoint = bed().adminEndpoint();
        Site site;
        site.name = QStringLiteral("Pretty");
        site.baseUrl = bed().prettyUrl();
        site.restRoot = endpoint.restRoot;
        site.userLogin = endpoint.login;
        // Connected and checked a minute ago: a locked keychain must not turn it red.
        m_checkedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        site.lastCheck.at = m_checkedAt;
        site.lastCheck.ok = true;
        const Result<Site> added = m_env->sites->add(site);
        QVERIFY(added);
        m_siteId = added->id;
        bool stored = false;
        Problem problem;
        m_env->secrets->write(added->secretKey(), endpoint.password, this,
                              [&](const Problem &result) {
                                  problem = result;
                                  stored = true;
                              });
        QVERIFY(waitFor([&] { return stored; }));
        QVERIFY2(problem.isNull(), qPrintable(problem.toString()));
        m_checkedAt = m_env->sites->byId(m_siteId)->lastCheck.at; // as saved (ms precision)

        QCOMPARE(lockLogin(), QString());
        QVERIFY(loginLocked());
        m_window = std::make_unique<MainWindow>(m_env->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void lockedPasswordsTabOffersUnlock()
    {
        selectSiteRow(QStringLiteral("Pretty"));
        showTab(0);
        ProblemView *problem = problemIn("passwordsTab");
        QVERIFY(waitFor([problem] { return problem->isVisible(); }));
        QCOMPARE(problem->problem().codeName(), QStringLiteral("keychain_unavailable"));
        QVERIFY2(problem->problem().message().contains(QLatin1String("locked")),
                 qPrintable(problem->problem().toString()));
        QVERIFY(!findIn<QLabel>(problem, QStringLiteral("problemFix"))
                     ->text()
                     .contains(QLatin1String("Reconnect the site")));
        QVERIFY(unlockButton(problem)->isVisible());
        QVERIFY(unlockButton(problem)->isEnabled());
        QCOMPARE(passwordsTable()->model()->rowCount(), 0);
        verifyLastCheckUntouched();
    }

    void lockedCheckIsNotSavedAndOffersUnlock()
    {
        showTab(1);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("testConnectionButton")));
        QVERIFY(waitFor([this] { return !m_window->checkRunner()->isBusy(); }));
        ProblemView *problem = problemIn("connectionTab");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->problem().codeName(), QStringLiteral("keychain_unavailable"));
        QVERIFY(unlockButton(problem)->isVisible());
        verifyLastCheckUntouched();
    }

    void unlockThatIsDismissedSaysStillLocked()
    {
        // No prompter runs in the test session: gnome-keyring's prompt is dismissed at once.
        showTab(0);
        ProblemView *problem = problemIn("passwordsTab");
        click(unlockButton(problem));
        QVERIFY(!unlockButton(problem)->isEnabled()); // one unlock at a time
        QVERIFY(waitFor([problem] { return unlockButton(problem)->isEnabled(); }, 120'000));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->problem().codeName(), QStringLiteral("keychain_unavailable"));
        QVERIFY(unlockButton(problem)->isVisible());
        QVERIFY(loginLocked());
        QCOMPARE(passwordsTable()->model()->rowCount(), 0);
        verifyLastCheckUntouched();
    }

    void unlockedElsewhereTheButtonRetries()
    {
        QCOMPARE(unlockLogin(), QString());
        QVERIFY(!loginLocked());
        // Passwords: the button finds the keychain unlocked and loads the list again.
        ProblemView *problem = problemIn("passwordsTab");
        QVERIFY(problem->isVisible()); // nothing retried on its own
        click(unlockButton(problem));
        QVERIFY(waitFor([this] { return passwordsTable()->model()->rowCount() > 0; }));
        QVERIFY(!problem->isVisible());

        // Connection: the button tests the connection again, and this one is saved.
        showTab(1);
        ProblemView *checkProblem = problemIn("connectionTab");
        QVERIFY(checkProblem->isVisible());
        click(unlockButton(checkProblem));
        QVERIFY(waitFor([this] {
            const std::optional<Site> site = m_env->sites->byId(m_siteId);
            return site && site->lastCheck.at > m_checkedAt;
        }));
        QVERIFY(m_env->sites->byId(m_siteId)->lastCheck.ok);
        QVERIFY(waitFor([checkProblem] { return !checkProblem->isVisible(); }));
        QVERIFY(findIn<QLabel>(m_window.get(), QStringLiteral("connectionSummary"))
                    ->text()
                    .startsWith(QStringLiteral("✓")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (loginLocked())
            unlockLogin();
        bool done = false;
        m_env->secrets->remove(secretKeyFor(m_siteId, bed().adminEndpoint().login), this,
                               [&](const Problem &) { done = true; });
        waitFor([&] { return done; });
    }
};

QTEST_MAIN(TestGuiKeychain)
#include "tst_gui_keychain.moc"
