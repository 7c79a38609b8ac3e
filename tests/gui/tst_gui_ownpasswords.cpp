// Latchkey's own passwords across entries, against the real WordPress test bed and a real
// keychain: two entries on one WordPress, the admin's and author1's. The admin's Passwords tab,
// switched to author1, marks the password author1's entry signs in with as used by that entry
// ("Author (author1)"); revoking it gives the strong warning naming the entry that breaks, and
// once revoked that entry is checked again (and fails: it is broken, and says so). author1's
// entry uses a password this test mints; the seed passwords are never revoked.

#include "GuiTestSupport.h"

#include "AppPasswordModel.h"
#include "CheckRunner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SiteListModel.h"
#include "TestBed.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QComboBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestGuiOwnPasswords : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_authorSiteId;
    QString m_authorUuid;
    QString m_authorPasswordName;

    const TestBed &bed() const { return TestBed::instance(); }

    ApplicationPasswordsApi apiAs(const SiteEndpoint &endpoint) const
    {
        return ApplicationPasswordsApi(WordPressClient(m_env->network.get(), endpoint));
    }

    QString addSite(const QString &name, const SiteEndpoint &endpoint, const QString &uuid)
    {
        Site site;
        site.name = name;
        site.baseUrl = bed().prettyUrl();
        site.restRoot = endpoint.restRoot;
        site.userLogin = endpoint.login;
        site.passwordUuid = uuid;
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

    std::optional<bool> exists(const QString &uuid, const SiteEndpoint &as)
    {
        std::optional<bool> found;
        apiAs(as).list(UserRef::me(), this, [&](const Result<QList<AppPassword>> &list) {
            if (list) {
                found = std::any_of(list->cbegin(), list->cend(),
                                    [&uuid](const auto &p) { return p.uuid == uuid; });
            }
        });
        waitFor([&] { return found.has_value(); });
        return found;
    }

    QTableView *passwordsTable() const
    {
        return findIn<QTableView>(m_window.get(), QStringLiteral("passwordsTable"));
    }

    // The table's row of this uuid, or -1.
    int rowOf(const QString &uuid) const
    {
        const QAbstractItemModel *model = passwordsTable()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(AppPasswordModel::UuidRole).toString() == uuid)
                return row;
        }
        return -1;
    }

    void selectSiteRow(const QString &name)
    {
        auto *table = findIn<QTableView>(m_window.get(), QStringLiteral("siteTable"));
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

    void showAuthorsPasswordsAsAdmin()
    {
        selectSiteRow(QStringLiteral("Admin"));
        auto *tabs = findIn<QTabWidget>(m_window.get(), QStringLiteral("detailTabs"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
        auto *switcher = findIn<QComboBox>(m_window.get(), QStringLiteral("userSwitcher"));
        QVERIFY(waitFor([switcher] { return switcher->isVisible() && switcher->isEnabled(); }));
        switcher->setFocus();
        QTest::keyClicks(switcher, bed().value(QStringLiteral("WP_AUTHOR_USER")));
        QVERIFY(switcher->currentText().startsWith(QStringLiteral("author1")));
        QVERIFY(waitFor([this] { return rowOf(m_authorUuid) >= 0; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(m_env->sites->load().isNull());
        // author1's entry signs in with a password of its own, minted here.
        m_authorPasswordName = QStringLiteral("Latchkey own test ") +
                               QString::number(QDateTime::currentMSecsSinceEpoch());
        SiteEndpoint author = bed().authorEndpoint();
        bool answered = false;
        apiAs(author).create(UserRef::me(), m_authorPasswordName, QString(), this,
                             [&](const Result<AppPassword> &created) {
                                 answered = true;
                                 if (created) {
                                     m_authorUuid = created->uuid;
                                     author.password = created->password;
                                 }
                             });
        QVERIFY(waitFor([&] { return answered; }));
        QVERIFY(!m_authorUuid.isEmpty());
        QVERIFY(!addSite(QStringLiteral("Admin"), bed().adminEndpoint(), QString()).isEmpty());
        m_authorSiteId = addSite(QStringLiteral("Author"), author, m_authorUuid);
        QVERIFY(!m_authorSiteId.isEmpty());
        m_window = std::make_unique<MainWindow>(m_env->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void anotherEntrysPasswordIsMarkedWithItsName()
    {
        showAuthorsPasswordsAsAdmin();
        const QAbstractItemModel *model = passwordsTable()->model();
        const QModelIndex name = model->index(rowOf(m_authorUuid), AppPasswordModel::NameColumn);
        QVERIFY(name.data(AppPasswordModel::IsLatchkeysRole).toBool());
        QCOMPARE(name.data().toString(),
                 m_authorPasswordName + QStringLiteral(" (used by Latchkey: Author (author1))"));
        // author1's other passwords (the seed ones) are nobody's in Latchkey.
        int others = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, AppPasswordModel::NameColumn);
            if (index.data(AppPasswordModel::UuidRole).toString() == m_authorUuid)
                continue;
            ++others;
            QVERIFY(!index.data(AppPasswordModel::IsLatchkeysRole).toBool());
            QVERIFY(!index.data().toString().contains(QLatin1String("used by Latchkey")));
        }
        QVERIFY(others > 0);
    }

    void revokingItWarnsAndNamesTheEntry()
    {
        passwordsTable()->selectRow(rowOf(m_authorUuid));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("revokePasswordButton")));
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
        QVERIFY2(MessageBox::lastText().contains(
                     QStringLiteral("Latchkey's entry Author (author1) signs in with this "
                                    "password")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(exists(m_authorUuid, bed().authorEndpoint()), std::optional<bool>(true));

        // Confirmed: revoked, and the entry that used it is checked again (it is broken now).
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(m_window.get(), QStringLiteral("revokePasswordButton")));
        QVERIFY(waitFor([this] {
            const std::optional<Site> site = m_env->sites->byId(m_authorSiteId);
            return site && site->lastCheck.at.isValid() && !m_window->checkRunner()->isBusy();
        }));
        QCOMPARE(exists(m_authorUuid, bed().authorEndpoint()), std::optional<bool>(false));
        const Site author = *m_env->sites->byId(m_authorSiteId);
        QVERIFY(!author.lastCheck.ok);
        QCOMPARE(author.lastCheck.problem, QStringLiteral("credentials_rejected"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        for (const Site &site : m_env->sites->sites()) {
            bool done = false;
            m_env->secrets->remove(site.secretKey(), this, [&](const Problem &) { done = true; });
            waitFor([&] { return done; });
        }
        if (!m_authorUuid.isEmpty() && exists(m_authorUuid, bed().authorEndpoint()) == true) {
            bool done = false;
            apiAs(bed().authorEndpoint())
                .revoke(UserRef::me(), m_authorUuid, this, [&](const Problem &) { done = true; });
            waitFor([&] { return done; });
        }
    }
};

QTEST_MAIN(TestGuiOwnPasswords)
#include "tst_gui_ownpasswords.moc"
