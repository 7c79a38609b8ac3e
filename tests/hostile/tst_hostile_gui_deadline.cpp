// The desktop app's "Give up on a site after" setting is the overall deadline of every site in a
// bulk run: a site that drips a byte at a time (resetting every inactivity timeout) ends with
// "timeout" at the deadline instead of holding the run for ever.

#include "AuditModel.h"
#include "CheckRunner.h"
#include "GuiTestSupport.h"
#include "PasswordAuditDialog.h"
#include "TestBed.h"
#include "support/FakeHttpServer.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestHostileGuiDeadline : public QObject
{
    Q_OBJECT

private:
    // Two sites on a server that drips one byte every half second, for ever.
    QStringList addDrippingSites(GuiEnvironment &env, FakeHttpServer &dripping)
    {
        dripping.respondWith(FakeHttpResponse::drip(500));
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            Site site;
            site.name = QStringLiteral("Dripping %1").arg(i);
            site.baseUrl = dripping.url(QStringLiteral("/site%1").arg(i));
            site.restRoot = dripping.url(QStringLiteral("/site%1/wp-json/").arg(i));
            site.userLogin = QStringLiteral("alice");
            const Result<Site> added = env.sites->add(site);
            if (!added)
                return {};
            bool stored = false;
            Problem problem;
            env.secrets->write(added->secretKey(), QStringLiteral("abcd efgh ijkl mnop qrst uvwx"),
                               this, [&](const Problem &result) {
                                   problem = result;
                                   stored = true;
                               });
            if (!waitFor([&] { return stored; }) || problem)
                return {};
            ids << added->id;
        }
        return ids;
    }

private Q_SLOTS:
    void bulkCheckEndsAtTheSettingsDeadline()
    {
        FakeHttpServer dripping;
        QVERIFY(dripping.start());
        GuiEnvironment env;
        env.settings->setRequestTimeoutSeconds(5);
        QCOMPARE(GuiSettings::siteDeadlineMs(env.settings.get()), 5000);
        const QStringList ids = addDrippingSites(env, dripping);
        QCOMPARE(ids.size(), 2);

        CheckRunner runner(env.services);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        QSignalSpy bulkFinished(&runner, &CheckRunner::bulkFinished);
        QElapsedTimer clock;
        clock.start();
        runner.check(ids);
        QVERIFY(runner.isBulkRunning());
        // 5 s, the grace a task may take to stop, and slack for a loaded machine; the drip alone
        // would keep each request alive for ever.
        QVERIFY(waitFor([&] { return bulkFinished.count() == 1; }, 25'000));
        QVERIFY2(clock.elapsed() >= 4'500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(bulkFinished.first().at(0).toInt(), 0); // none ok
        QCOMPARE(finished.count(), 2);
        for (const QList<QVariant> &arguments : finished) {
            const auto result = arguments.at(1).value<CheckResult>();
            QVERIFY(!result.ok);
            QCOMPARE(result.problem.code(), ProblemCode::Timeout);
        }
    }

    // An audit has no deadline of its own: without the setting's, each dripping site would hold
    // it for the bulk runner's default minute.
    void auditEndsAtTheSettingsDeadline()
    {
        FakeHttpServer dripping;
        QVERIFY(dripping.start());
        GuiEnvironment env;
        env.settings->setRequestTimeoutSeconds(5);
        const QStringList ids = addDrippingSites(env, dripping);
        QCOMPARE(ids.size(), 2);

        PasswordAuditDialog dialog(env.services, env.sites->sites());
        dialog.show();
        auto *run = dialog.findChild<QPushButton *>(QStringLiteral("auditRunButton"));
        QVERIFY(run);
        QElapsedTimer clock;
        clock.start();
        dialog.startAudit();
        QVERIFY(!run->isEnabled());
        QVERIFY(waitFor([run] { return run->isEnabled(); }, 25'000));
        QVERIFY2(clock.elapsed() >= 4'500, qPrintable(QString::number(clock.elapsed())));
        QAbstractItemModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row, 0).data(AuditModel::FailedRole).toBool());
            const QString flags = model->index(row, AuditModel::FlagsColumn).data().toString();
            QVERIFY2(flags.contains(QStringLiteral("within 5 second")), qPrintable(flags));
        }
    }
};

QTEST_MAIN(TestHostileGuiDeadline)
#include "tst_hostile_gui_deadline.moc"
