// Rotation and re-issue from the desktop app against the real WordPress test bed and a real
// keychain, driven through the widgets by object name:
//   - Site ▸ Rotate Latchkey's Password…: the site works afterwards with a new password from
//     the keychain, and the old one is revoked on the server;
//   - a rotation journal left by a killed run is settled when the main window starts, and the
//     status bar says so;
//   - Site ▸ Re-issue an Integration's Password…: phase 1 issues a new password (Copy puts it
//     on the clipboard, and it works), the main window shows the pending re-issue, phase 2
//     revokes the old one; and a pending re-issue can be cancelled (the new one is revoked).
//
// The seed passwords are never touched: Latchkey's own password here is one this test mints
// for admin on the pretty site, as are the "integration" passwords; all are revoked at the end.

#include "GuiTestSupport.h"

#include "CheckRunner.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReissueDialog.h"
#include "RotateDialog.h"
#include "SiteListModel.h"
#include "TestBed.h"
#include "fleet/Reissue.h"
#include "fleet/RotationJournal.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUuid>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestGuiRotate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_siteId;
    QStringList m_cleanup; // uuids to revoke at the end

    const TestBed &bed() const { return TestBed::instance(); }

    ApplicationPasswordsApi adminApi() const
    {
        return ApplicationPasswordsApi(
            WordPressClient(m_env->network.get(), bed().adminEndpoint()));
    }

    static QString unique(const QString &prefix)
    {
        return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    }

    std::optional<AppPassword> mint(const QString &name)
    {
        std::optional<AppPassword> minted;
        bool answered = false;
        adminApi().create(UserRef::me(), name, QString(), this,
                          [&](const Result<AppPassword> &created) {
                              answered = true;
                              if (created)
                                  minted = *created;
                              else
                                  qWarning() << created.problem().toString();
                          });
        waitFor([&] { return answered; });
        if (minted)
            m_cleanup.append(minted->uuid);
        return minted;
    }

    std::optional<bool> exists(const QString &uuid)
    {
        std::optional<bool> found;
        adminApi().list(UserRef::me(), this, [&](const Result<QList<AppPassword>> &list) {
            found = list && std::any_of(list->cbegin(), list->cend(),
                                        [&uuid](const AppPassword &p) { return p.uuid == uuid; });
        });
        waitFor([&] { return found.has_value(); });
        return found;
    }

    // Introspects with password: the password's own record when it works.
    Result<AppPassword> introspectWith(const QString &password)
    {
        SiteEndpoint endpoint = bed().adminEndpoint();
        endpoint.password = password;
        std::optional<Result<AppPassword>> result;
        ApplicationPasswordsApi(WordPressClient(m_env->network.get(), endpoint))
            .introspect(UserRef::me(), this,
                        [&](const Result<AppPassword> &self) { result = self; });
        waitFor([&] { return result.has_value(); });
        return result ? *result : Result<AppPassword>(Problem(ProblemCode::Cancelled, {}));
    }

    QString keychainRead(const QString &key)
    {
        std::optional<QString> value;
        m_env->secrets->read(key, this, [&](const Result<QString> &secret) {
            value = secret ? *secret : QString();
        });
        waitFor([&] { return value.has_value(); });
        return value.value_or(QString());
    }

    QString configDirectory() const { return QFileInfo(m_env->sites->filePath()).absolutePath(); }

    void selectTheSite()
    {
        auto *table = findIn<QTableView>(m_window.get(), QStringLiteral("siteTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, SiteListModel::NameColumn);
            if (index.data(SiteListModel::SiteIdRole).toString() == m_siteId) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                                  table->visualRect(index).center());
                break;
            }
        }
        QCOMPARE(m_window->currentSite()->id, m_siteId);
    }

    QStringList activityActions()
    {
        QStringList actions;
        for (const ActivityEntry &entry : m_env->activity->entriesFor(m_siteId))
            actions.append(entry.action);
        return actions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(m_env->sites->load().isNull());
        const std::optional<AppPassword> own = mint(unique(QStringLiteral("latchkey-rotate-")));
        QVERIFY(own);
        SiteEndpoint endpoint = bed().adminEndpoint();
        endpoint.password = own->password;
        Site site;
        site.name = QStringLiteral("Pretty");
        site.baseUrl = bed().prettyUrl();
        site.restRoot = endpoint.restRoot;
        site.userLogin = endpoint.login;
        site.allowInsecureHttp = endpoint.allowInsecureHttp;
        site.passwordUuid = own->uuid;
        const Result<Site> added = m_env->sites->add(site);
        QVERIFY(added);
        m_siteId = added->id;
        bool stored = false;
        m_env->secrets->write(added->secretKey(), own->password, this,
                              [&](const Problem &problem) { stored = problem.isNull(); });
        QVERIFY(waitFor([&] { return stored; }));
        m_window = std::make_unique<MainWindow>(m_env->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        for (const QString &uuid : std::as_const(m_cleanup)) {
            bool done = false;
            adminApi().revoke(UserRef::me(), uuid, this, [&](const Problem &) { done = true; });
            waitFor([&] { return done; });
        }
        for (const Site &site : m_env->sites->sites()) {
            bool done = false;
            m_env->secrets->remove(site.secretKey(), this, [&](const Problem &) { done = true; });
            waitFor([&] { return done; });
        }
    }

    void rotateThroughTheDialog()
    {
        const Site before = *m_env->sites->byId(m_siteId);
        const QString oldPassword = keychainRead(before.secretKey());
        const Result<AppPassword> oldSelf = introspectWith(oldPassword);
        QVERIFY(oldSelf);
        selectTheSite();
        auto *action = m_window->findChild<QAction *>(QStringLiteral("rotatePasswordsAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = findWidget<QDialog>(QStringLiteral("rotateDialog"));
        QVERIFY(dialog);
        QVERIFY(findIn<QComboBox>(dialog, QStringLiteral("rotateScopeCombo"))
                    ->currentText()
                    .contains(QStringLiteral("Selected")));
        QVERIFY(findIn<QLabel>(dialog, QStringLiteral("rotateStepsLabel"))
                    ->text()
                    .contains(QStringLiteral("temporary name")));
        auto *start = findIn<QPushButton>(dialog, QStringLiteral("rotateStartButton"));
        // Cancelled at the confirmation: nothing happens.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        click(start);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("1 site")));
        auto *table = findIn<QTableWidget>(dialog, QStringLiteral("rotateResultTable"));
        QCOMPARE(table->rowCount(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(start);
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("rotateSummary"));
        QVERIFY(
            waitFor([summary] { return summary->text().startsWith(QStringLiteral("Rotated on")); },
                    60'000));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Pretty"));
        QVERIFY2(table->item(0, 1)->data(Qt::UserRole).toBool(),
                 qPrintable(table->item(0, 1)->text()));

        // The keychain holds a new password that works, under the old name; the old is gone.
        const QString newPassword = keychainRead(before.secretKey());
        QVERIFY(!newPassword.isEmpty());
        QVERIFY(newPassword != oldPassword);
        const Result<AppPassword> newSelf = introspectWith(newPassword);
        QVERIFY2(newSelf, qPrintable(newSelf ? QString() : newSelf.problem().toString()));
        m_cleanup.append(newSelf->uuid);
        QVERIFY(newSelf->uuid != oldSelf->uuid);
        QCOMPARE(newSelf->name, oldSelf->name);
        QCOMPARE(exists(oldSelf->uuid), std::optional<bool>(false));
        QVERIFY(!introspectWith(oldPassword));
        QCOMPARE(m_env->sites->byId(m_siteId)->passwordUuid, newSelf->uuid);
        QVERIFY(!RotationJournal(configDirectory()).entryFor(m_siteId).has_value());
        QVERIFY(activityActions().contains(QStringLiteral("password_rotated")));
        dialog->close();
    }

    void testAllIsInTheActivityTab()
    {
        // A second site for a real bulk run (a check only reads: its seed password is safe).
        Site plain;
        plain.name = QStringLiteral("Plain");
        plain.baseUrl = bed().plainUrl();
        plain.restRoot = bed().plainAdminEndpoint().restRoot;
        plain.userLogin = bed().plainAdminEndpoint().login;
        plain.allowInsecureHttp = bed().plainAdminEndpoint().allowInsecureHttp;
        const Result<Site> added = m_env->sites->add(plain);
        QVERIFY(added);
        bool stored = false;
        m_env->secrets->write(added->secretKey(), bed().plainAdminEndpoint().password, this,
                              [&](const Problem &problem) { stored = problem.isNull(); });
        QVERIFY(waitFor([&] { return stored; }));

        m_window->testAll();
        QVERIFY(waitFor([this] { return !m_window->checkRunner()->isBusy(); }, 60'000));
        const QList<ActivityEntry> entries = m_env->activity->entriesFor(m_siteId);
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().action, QStringLiteral("bulk_check"));
        QVERIFY2(entries.first().summary.startsWith(QStringLiteral("Connection test on 2 site")),
                 qPrintable(entries.first().summary));
        QVERIFY(entries.first().summary.contains(QStringLiteral("(2 ok, 0 failed): ")));
        QCOMPARE(m_env->activity->entriesFor(added->id).first().action,
                 QStringLiteral("bulk_check"));
        selectTheSite();
        auto *list = findIn<QTreeWidget>(m_window.get(), QStringLiteral("activityList"));
        QVERIFY(list && list->topLevelItemCount() > 0);
        QCOMPARE(list->topLevelItem(0)->text(2), entries.first().summary);

        bool removed = false;
        m_env->secrets->remove(added->secretKey(), this, [&](const Problem &) { removed = true; });
        QVERIFY(waitFor([&] { return removed; }));
        QVERIFY(m_env->sites->remove(added->id).isNull());
    }

    void closingWhileRotatingStopsAtASafePoint()
    {
        selectTheSite();
        m_window->findChild<QAction *>(QStringLiteral("rotatePasswordsAction"))->trigger();
        QPointer<QDialog> dialog = findWidget<QDialog>(QStringLiteral("rotateDialog"));
        QVERIFY(dialog);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(dialog, QStringLiteral("rotateStartButton")));
        // Close while the site is being rotated (the journal names it from "create" on).
        QVERIFY(waitFor(
            [this] { return RotationJournal(configDirectory()).entryFor(m_siteId).has_value(); }));
        dialog->reject();
        QVERIFY(waitFor([&dialog] { return !dialog || !dialog->isVisible(); }, 60'000));
        // Wherever it stopped, the keychain holds a password that works ...
        const QString password = keychainRead(m_env->sites->byId(m_siteId)->secretKey());
        const Result<AppPassword> self = introspectWith(password);
        QVERIFY(self);
        if (!m_cleanup.contains(self->uuid))
            m_cleanup.append(self->uuid);
        // ... and what the journal still holds is settled by the next run.
        if (std::optional<RotationEntry> left =
                RotationJournal(configDirectory()).entryFor(m_siteId)) {
            // Just begun: it could be latchkey-cli's, running now; the start-up leaves it.
            QVERIFY(
                !RotateDialog::resumeInterrupted(m_env->services, this, [](const QString &) {}));
            left->started = left->started.addSecs(-3600); // long abandoned
            QVERIFY(RotationJournal(configDirectory()).put(*left).isNull());
            QString message;
            QVERIFY(RotateDialog::resumeInterrupted(
                m_env->services, this, [&message](const QString &text) { message = text; }));
            QVERIFY(waitFor([&message] { return !message.isEmpty(); }));
        }
        QVERIFY(!RotationJournal(configDirectory()).entryFor(m_siteId).has_value());
        QVERIFY(introspectWith(keychainRead(m_env->sites->byId(m_siteId)->secretKey())));
    }

    void interruptedRotationIsSettledOnStart()
    {
        // A run killed right after writing "creating" (the new password may not exist).
        RotationEntry entry;
        entry.siteId = m_siteId;
        entry.userLogin = bed().adminEndpoint().login;
        entry.oldUuid = m_env->sites->byId(m_siteId)->passwordUuid;
        entry.tempName = unique(QStringLiteral("Latchkey rotation "));
        entry.state = RotationEntry::State::Creating;
        entry.started = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(RotationJournal(configDirectory()).put(entry).isNull());
        const QString password = keychainRead(m_env->sites->byId(m_siteId)->secretKey());
        MainWindow window(m_env->services);
        window.show();
        QVERIFY(waitFor([&window] {
            return window.statusBar()->currentMessage().contains(QStringLiteral("interrupted"));
        }));
        QVERIFY(!RotationJournal(configDirectory()).entryFor(m_siteId).has_value());
        // Rolled back: the keychain still holds the same working password.
        QCOMPARE(keychainRead(m_env->sites->byId(m_siteId)->secretKey()), password);
        QVERIFY(introspectWith(password));
    }

    void reissueBothPhases()
    {
        const QString name = unique(QStringLiteral("integration-"));
        const std::optional<AppPassword> old = mint(name);
        QVERIFY(old);
        auto *banner = findIn<QWidget>(m_window.get(), QStringLiteral("pendingReissueBar"));
        QVERIFY(banner && !banner->isVisible());
        selectTheSite();
        auto *action = m_window->findChild<QAction *>(QStringLiteral("reissueAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = findWidget<QDialog>(QStringLiteral("reissueDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("reissueNameEdit")), name);
        auto *table = findIn<QTableWidget>(dialog, QStringLiteral("reissueTable"));
        auto *finish = findIn<QPushButton>(dialog, QStringLiteral("reissueFinishButton"));
        QVERIFY(!finish->isEnabled());
        click(findIn<QPushButton>(dialog, QStringLiteral("reissueIssueButton")));
        QVERIFY(waitFor([table] { return table->rowCount() == 1; }));
        QVERIFY(finish->isEnabled());
        QVERIFY(table->item(0, 1)->text().startsWith(name + QStringLiteral(" (new")));
        QVERIFY(banner->isVisible());
        QVERIFY(
            findIn<QLabel>(banner, QStringLiteral("pendingReissueLabel"))->text().contains(name));
        // The old one still works next to the new one.
        QCOMPARE(exists(old->uuid), std::optional<bool>(true));

        // Copy on demand: the clipboard gets the new password, which works.
        QGuiApplication::clipboard()->clear();
        auto *copy = qobject_cast<QPushButton *>(table->cellWidget(0, 3));
        QVERIFY(copy);
        click(copy);
        QVERIFY(waitFor([] { return !QGuiApplication::clipboard()->text().isEmpty(); }));
        const QString newPassword = QGuiApplication::clipboard()->text();
        const Result<AppPassword> newSelf = introspectWith(newPassword);
        QVERIFY(newSelf);
        m_cleanup.append(newSelf->uuid);
        QVERIFY(newSelf->name.startsWith(name + QStringLiteral(" (new")));

        // Reopened from the banner, the dialog shows the same pending re-issue.
        dialog->close();
        click(findIn<QPushButton>(banner, QStringLiteral("pendingReissueOpenButton")));
        dialog = findWidget<QDialog>(QStringLiteral("reissueDialog"));
        QVERIFY(dialog);
        QCOMPARE(findIn<QLineEdit>(dialog, QStringLiteral("reissueNameEdit"))->text(), name);
        table = findIn<QTableWidget>(dialog, QStringLiteral("reissueTable"));
        QCOMPARE(table->rowCount(), 1);

        // Phase 2, after the confirmation.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(dialog, QStringLiteral("reissueFinishButton")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("updated")));
        auto *summary = findIn<QLabel>(dialog, QStringLiteral("reissueSummary"));
        QVERIFY(waitFor([summary] {
            return summary->text().startsWith(QStringLiteral("Old passwords revoked on 1"));
        }));
        QCOMPARE(exists(old->uuid), std::optional<bool>(false));
        const Result<AppPassword> renamed = introspectWith(newPassword);
        QVERIFY(renamed);
        QCOMPARE(renamed->name, name);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(waitFor([banner] { return !banner->isVisible(); }));
        QVERIFY(ReissueDialog::pendingEntries(m_env->services, name).isEmpty());
        const QStringList actions = activityActions();
        QVERIFY(actions.contains(QStringLiteral("reissue_issued")));
        QVERIFY(actions.contains(QStringLiteral("reissue_finished")));
        QVERIFY(findIn<QPlainTextEdit>(dialog, QStringLiteral("reissueLog"))
                    ->toPlainText()
                    .contains(QStringLiteral("Pretty")));
        dialog->close();
    }

    void cancelAPendingReissue()
    {
        const QString name = unique(QStringLiteral("integration-"));
        const std::optional<AppPassword> old = mint(name);
        QVERIFY(old);
        selectTheSite();
        m_window->findChild<QAction *>(QStringLiteral("reissueAction"))->trigger();
        auto *dialog = findWidget<QDialog>(QStringLiteral("reissueDialog"));
        QVERIFY(dialog);
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("reissueNameEdit")), name);
        auto *table = findIn<QTableWidget>(dialog, QStringLiteral("reissueTable"));
        click(findIn<QPushButton>(dialog, QStringLiteral("reissueIssueButton")));
        QVERIFY(waitFor([table] { return table->rowCount() == 1; }));
        const QList<ReissueEntry> pending = ReissueDialog::pendingEntries(m_env->services, name);
        QCOMPARE(pending.size(), 1);
        const QString newUuid = pending.first().newUuid;
        m_cleanup.append(newUuid);
        QCOMPARE(exists(newUuid), std::optional<bool>(true));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(dialog, QStringLiteral("reissueAbandonButton")));
        QVERIFY(waitFor([table] { return table->rowCount() == 0; }));
        QCOMPARE(exists(newUuid), std::optional<bool>(false));
        QCOMPARE(exists(old->uuid), std::optional<bool>(true));
        QVERIFY(keychainRead(pending.first().keychainKey()).isEmpty());
        QVERIFY(activityActions().contains(QStringLiteral("reissue_cancelled")));
        dialog->close();
    }
};

QTEST_MAIN(TestGuiRotate)
#include "tst_gui_rotate.moc"
