// The fleet side of the desktop app against the real WordPress test bed and a real keychain,
// driven through widgets found by object name: "Check all" over both test-bed sites with the
// status-bar progress, the group filter, the connection tab's "Copy report" (the report is on
// the clipboard, the password is not), and a bulk revoke with preview then confirmation.
//
// What is revoked: only a throwaway password this test mints for admin on the pretty site; the
// seed passwords are never touched (bulk revoke also never revokes Latchkey's own password).

#include "GuiTestSupport.h"

#include "CheckRunner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SiteListModel.h"
#include "StatusBadge.h"
#include "TestBed.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUuid>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestGuiFleet : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_prettyId;
    QString m_plainId;

    const TestBed &bed() const { return TestBed::instance(); }

    QString addSite(const QString &name, const QUrl &url, const SiteEndpoint &endpoint,
                    const QString &group)
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

    QTableView *siteTable() const
    {
        return findIn<QTableView>(m_window.get(), QStringLiteral("siteTable"));
    }

    void selectSiteRow(const QString &name)
    {
        QTableView *table = siteTable();
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

    QString statusText(const QString &name) const
    {
        QTableView *table = siteTable();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, SiteListModel::NameColumn).data().toString() == name)
                return table->model()->index(row, SiteListModel::StatusColumn).data().toString();
        }
        return {};
    }

    QString mint(const QString &name)
    {
        const ApplicationPasswordsApi api(
            WordPressClient(m_env->network.get(), bed().adminEndpoint()));
        QString uuid;
        bool answered = false;
        api.create(UserRef::me(), name, QString(), this, [&](const Result<AppPassword> &created) {
            answered = true;
            if (created)
                uuid = created->uuid;
            else
                qWarning() << created.problem().toString();
        });
        waitFor([&] { return answered; });
        return uuid;
    }

    std::optional<bool> exists(const QString &uuid)
    {
        const ApplicationPasswordsApi api(
            WordPressClient(m_env->network.get(), bed().adminEndpoint()));
        std::optional<bool> found;
        api.list(UserRef::me(), this, [&](const Result<QList<AppPassword>> &list) {
            if (!list) {
                found = false;
                return;
            }
            found = std::any_of(list->cbegin(), list->cend(),
                                [&uuid](const AppPassword &p) { return p.uuid == uuid; });
        });
        waitFor([&] { return found.has_value(); });
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(m_env->sites->load().isNull());
        m_prettyId = addSite(QStringLiteral("Pretty"), bed().prettyUrl(), bed().adminEndpoint(),
                             QStringLiteral("Acme"));
        m_plainId = addSite(QStringLiteral("Plain"), bed().plainUrl(), bed().plainAdminEndpoint(),
                            QStringLiteral("Globex"));
        QVERIFY(!m_prettyId.isEmpty());
        QVERIFY(!m_plainId.isEmpty());
        m_window = std::make_unique<MainWindow>(m_env->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        // The test's keychain entries (the seed passwords stay valid on the sites).
        for (const Site &site : m_env->sites->sites()) {
            bool done = false;
            m_env->secrets->remove(site.secretKey(), this, [&](const Problem &) { done = true; });
            waitFor([&] { return done; });
        }
    }

    void checkAllShowsProgressAndLiveStatus()
    {
        QCOMPARE(siteTable()->model()->rowCount(), 2);
        QCOMPARE(statusText(QStringLiteral("Pretty")), StatusBadge::text(SiteStatus::NotChecked));
        auto *progress = findIn<QProgressBar>(m_window.get(), QStringLiteral("bulkProgress"));
        QVERIFY(progress);
        int maximumSeen = 0;
        connect(m_window->checkRunner(), &CheckRunner::bulkProgress, this,
                [&maximumSeen](int, int total, qint64) { maximumSeen = total; });
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5, Qt::ControlModifier); // Check all
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 2);
        QVERIFY(waitFor([this] {
            return statusText(QStringLiteral("Pretty")) == StatusBadge::text(SiteStatus::Ok) &&
                   statusText(QStringLiteral("Plain")) == StatusBadge::text(SiteStatus::Ok);
        }));
        QVERIFY(waitFor([progress] { return !progress->isVisible(); }));
        QCOMPARE(maximumSeen, 2);
        // Saved with the sites (batched writes), and nothing failed: no retry offered.
        QVERIFY(m_env->sites->byId(m_prettyId)->lastCheck.ok);
        QVERIFY(m_env->sites->byId(m_plainId)->lastCheck.ok);
        QVERIFY(
            !findIn<QPushButton>(m_window.get(), QStringLiteral("retryFailedButton"))->isVisible());
        QVERIFY(findIn<QLabel>(m_window.get(), QStringLiteral("siteStatus")) != nullptr);
    }

    void groupAndStatusFilters()
    {
        auto *groups = findIn<QComboBox>(m_window.get(), QStringLiteral("groupFilterCombo"));
        QVERIFY(groups);
        QCOMPARE(groups->count(), 3); // All groups, Acme, Globex
        groups->setFocus();
        QTest::keyClick(groups, Qt::Key_Down); // Acme
        QCOMPARE(groups->currentData().toString(), QStringLiteral("group:Acme"));
        QCOMPARE(siteTable()->model()->rowCount(), 1);
        QCOMPARE(siteTable()->model()->index(0, 0).data().toString(), QStringLiteral("Pretty"));
        QTest::keyClick(groups, Qt::Key_Up);
        QCOMPARE(siteTable()->model()->rowCount(), 2);

        auto *status = findIn<QComboBox>(m_window.get(), QStringLiteral("statusFilterCombo"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down); // Working
        QCOMPARE(siteTable()->model()->rowCount(), 2);
        QTest::keyClick(status, Qt::Key_Down); // Problem
        QCOMPARE(siteTable()->model()->rowCount(), 0);
        QVERIFY(findIn<QLabel>(m_window.get(), QStringLiteral("noMatchesLabel"))->isVisible());
        QTest::keyClick(status, Qt::Key_Home);
        QCOMPARE(siteTable()->model()->rowCount(), 2);
    }

    void copyReportHasNoPassword()
    {
        selectSiteRow(QStringLiteral("Pretty"));
        auto *tabs = findIn<QTabWidget>(m_window.get(), QStringLiteral("detailTabs"));
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
        auto *copy = findIn<QPushButton>(m_window.get(), QStringLiteral("copyReportButton"));
        QVERIFY(copy);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("testConnectionButton")));
        QVERIFY(waitFor([copy] { return copy->isEnabled(); }));
        QGuiApplication::clipboard()->clear();
        click(copy);
        QVERIFY(waitFor([] { return !QGuiApplication::clipboard()->text().isEmpty(); }));
        const QString report = QGuiApplication::clipboard()->text();
        QVERIFY2(report.contains(QStringLiteral("Pretty")), qPrintable(report));
        QVERIFY(report.contains(bed().prettyUrl().host()));
        const QString password = bed().adminEndpoint().password;
        QVERIFY(!password.isEmpty());
        QVERIFY2(!report.contains(password), "the report holds the password");
        QString compact = password;
        compact.remove(QLatin1Char(' '));
        QVERIFY2(!report.contains(compact), "the report holds the password without spaces");
        // A site that works needs neither the certificate nor the new-address offer.
        QVERIFY(!findIn<QPushButton>(m_window.get(), QStringLiteral("viewCertificateButton"))
                     ->isVisible());
        QVERIFY(!findIn<QPushButton>(m_window.get(), QStringLiteral("useSuggestedUrlButton"))
                     ->isVisible());
    }

    void bulkRevokePreviewThenRevoke()
    {
        const QString name =
            QStringLiteral("fleet-gui-throwaway-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString uuid = mint(name);
        QVERIFY(!uuid.isEmpty());

        selectSiteRow(QStringLiteral("Pretty"));
        m_window->activateWindow();
        auto *action = m_window->findChild<QAction *>(QStringLiteral("revokeAcrossSitesAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = findWidget<QDialog>(QStringLiteral("bulkRevokeDialog"));
        QVERIFY(dialog);
        auto *scope = findIn<QComboBox>(dialog, QStringLiteral("revokeScopeCombo"));
        QVERIFY(scope->currentText().contains(QStringLiteral("Selected")));
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("revokeMatchEdit")), name);
        auto *revoke = findIn<QPushButton>(dialog, QStringLiteral("revokeConfirmButton"));
        QVERIFY(!revoke->isEnabled());
        click(findIn<QPushButton>(dialog, QStringLiteral("revokePreviewButton")));
        QVERIFY(waitFor([revoke] { return revoke->isEnabled(); }));
        auto *table = findIn<QTableWidget>(dialog, QStringLiteral("revokePreviewTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Pretty"));
        QCOMPARE(table->item(0, 2)->text(), name);
        QVERIFY(revoke->text().contains(QStringLiteral("1")));
        // The dry run revoked nothing.
        QCOMPARE(exists(uuid), std::optional<bool>(true));

        // Cancel at the confirmation: still nothing revoked.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(revoke);
        QCOMPARE(exists(uuid), std::optional<bool>(true));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(revoke);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Revoke")));
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("revokeSummary"));
        QVERIFY(
            waitFor([summary] { return summary->text().startsWith(QStringLiteral("Revoked")); }));
        QVERIFY2(summary->text().contains(QStringLiteral("1")), qPrintable(summary->text()));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("revoked"));
        QCOMPARE(exists(uuid), std::optional<bool>(false));
        // Latchkey's own (seed) password still works.
        bool seedWorks = false;
        bool answered = false;
        ApplicationPasswordsApi(WordPressClient(m_env->network.get(), bed().adminEndpoint()))
            .introspect(UserRef::me(), this, [&](const Result<AppPassword> &self) {
                seedWorks = bool(self);
                answered = true;
            });
        QVERIFY(waitFor([&] { return answered; }));
        QVERIFY(seedWorks);
        dialog->close();
    }
};

QTEST_MAIN(TestGuiFleet)
#include "tst_gui_fleet.moc"
