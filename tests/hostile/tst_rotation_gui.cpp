// The desktop app's rotation against a second process (issue "Trust", item 5), against a
// capturing fake of a user's application passwords:
//   - while the Rotate dialog's rotation is under way (its new password stored, being
//     verified), cron's "latchkey-cli password rotate --resume" leaves it alone with
//     operation_in_progress and sends nothing; the dialog's rotation completes and the site
//     keeps exactly one password, the keychain's;
//   - the start-up resume never settles a journal entry whose owner still runs, however old.
#include "../gui/GuiTestSupport.h"
#include "CliProcess.h"
#include "FakeApplicationPasswords.h"
#include "MessageBox.h"
#include "RotateDialog.h"
#include "fleet/RotationJournal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestRotationGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<GuiEnvironment>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->start());
        m_wordpress = std::make_unique<FakeApplicationPasswords>(m_server.get());
        m_oldPassword = m_wordpress->mint(QStringLiteral("Latchkey"));
        Site site;
        site.name = QStringLiteral("fake");
        site.baseUrl = m_server->url(QStringLiteral("/"));
        site.restRoot = m_wordpress->restRoot();
        site.userLogin = QString::fromLatin1(FakeApplicationPasswords::kLogin);
        m_env->sites->load();
        const Result<Site> added = m_env->sites->add(site);
        QVERIFY(added);
        m_site = *added;
        bool written = false;
        m_env->secrets->write(m_site.secretKey(), m_oldPassword, this, [&](const Problem &p) {
            QVERIFY2(!p, qPrintable(p.toString()));
            written = true;
        });
        QVERIFY(waitFor([&] { return written; }));
    }

    void cronResumeDuringTheDialogsRotationSendsNothing()
    {
        std::optional<CliRun> cron;
        qsizetype requestsBefore = -1;
        qsizetype requestsAfter = -1;
        m_wordpress->beforeAnswer = [&](const FakeHttpRequest &request) {
            // The dialog's verification: introspect with a password that is not the old one.
            if (cron || !request.url().path().endsWith(QStringLiteral("/introspect")) ||
                m_wordpress->byPassword(m_oldPassword) == std::nullopt ||
                request.header("Authorization") == basic(m_oldPassword))
                return;
            requestsBefore = m_server->requests().size();
            // The GUI's event loop stands still meanwhile, like a slow site's answer.
            const std::unique_ptr<QProcess> process = startCli(
                m_env->configHome.path(), {QStringLiteral("password"), QStringLiteral("rotate"),
                                           QStringLiteral("--resume"), QStringLiteral("--json")});
            process->waitForFinished(90'000);
            cron = CliRun{process->exitCode(), process->readAllStandardOutput(),
                          process->readAllStandardError()};
            requestsAfter = m_server->requests().size();
        };
        RotateDialog dialog(m_env->services, {m_site});
        dialog.show();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(findIn<QPushButton>(&dialog, QStringLiteral("rotateStartButton")));
        auto *summary = findIn<QLabel>(&dialog, QStringLiteral("rotateSummary"));
        QVERIFY(
            waitFor([summary] { return !summary->text().startsWith(QStringLiteral("Rotating")); },
                    120'000));
        auto *table = findIn<QTableWidget>(&dialog, QStringLiteral("rotateResultTable"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY2(table->item(0, 1)->data(Qt::UserRole).toBool(),
                 qPrintable(table->item(0, 1)->text()));

        QVERIFY(cron.has_value());
        QCOMPARE(cron->exitCode, 1);
        QCOMPARE(cron->json().array().at(0).toObject().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("operation_in_progress"));
        QCOMPARE(requestsAfter, requestsBefore); // nothing of cron's reached the site

        // One password left, the dialog's new one, and the keychain holds it.
        const QList<FakeApplicationPasswords::Entry> left = m_wordpress->entries();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().name, QStringLiteral("Latchkey"));
        QCOMPARE(m_wordpress->revoked().size(), 1);
        std::optional<Result<QString>> held;
        m_env->secrets->read(m_site.secretKey(), this,
                             [&](Result<QString> secret) { held = std::move(secret); });
        QVERIFY(waitFor([&] { return held.has_value(); }));
        QVERIFY(held->ok());
        QCOMPARE(
            m_wordpress->byPassword(held->value()).value_or(FakeApplicationPasswords::Entry{}).uuid,
            left.first().uuid);
    }

    // An entry begun an hour ago whose owner (pid 1 here) still runs: the start-up resume
    // leaves it alone.
    void startUpResumeLeavesALiveOwnersEntry()
    {
        RotationEntry entry;
        entry.siteId = m_site.id;
        entry.userLogin = m_site.userLogin;
        entry.oldUuid = m_wordpress->byPassword(m_oldPassword)->uuid;
        entry.tempName = QStringLiteral("Latchkey rotation 0123abcd");
        entry.state = RotationEntry::State::Creating;
        entry.started = QDateTime::currentDateTimeUtc().addSecs(-3600);
        entry.owner.host = QSysInfo::machineHostName();
        entry.owner.pid = 1;
        const QString directory = m_env->configHome.filePath(QStringLiteral("latchkey"));
        QVERIFY(!RotationJournal(directory).put(entry));
        QObject context;
        QVERIFY(
            !RotateDialog::resumeInterrupted(m_env->services, &context, [](const QString &) {}));
        QTest::qWait(200);
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(RotationJournal(directory).entryFor(m_site.id).has_value());
    }

    void cleanup()
    {
        m_wordpress.reset();
        m_server.reset();
        m_env.reset();
    }

private:
    static QByteArray basic(const QString &password)
    {
        const QByteArray pair =
            QByteArray(FakeApplicationPasswords::kLogin) + ':' + password.toUtf8();
        return QByteArrayLiteral("Basic ") + pair.toBase64();
    }

    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<FakeApplicationPasswords> m_wordpress;
    QString m_oldPassword;
    Site m_site;
};

QTEST_MAIN(TestRotationGui)
#include "tst_rotation_gui.moc"
