// Runs inside tests/testbed/with-keychain.sh: a private D-Bus session with a real gnome-keyring,
// whose login collection this test locks over D-Bus (org.freedesktop.Secret.Service.Lock, as a
// screen lock or "Lock keyring" does). A locked keychain is a state of this computer: every read
// must say keychain_unavailable ("locked"), never secret_missing, whose advice (reconnect the
// site) would be harmful. There is no prompter in the test session, so an unlock cannot succeed:
// it must say so. The collection stays locked; this binary has its own keyring.
#include "TestBed.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;
using Latchkey::Testing::waitFor;

namespace {

struct Outcome
{
    bool answered = false;
    Problem problem;
    QString value;
};

// What gdbus prints, or an empty string when the call failed.
QString gdbus(const QStringList &args)
{
    QProcess tool;
    tool.start(QStringLiteral("gdbus"),
               QStringList{QStringLiteral("call"), QStringLiteral("--session"),
                           QStringLiteral("--dest"), QStringLiteral("org.freedesktop.secrets")} +
                   args);
    if (!tool.waitForFinished(10'000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

QString loginLocked()
{
    return gdbus({QStringLiteral("--object-path"),
                  QStringLiteral("/org/freedesktop/secrets/collection/login"),
                  QStringLiteral("--method"), QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                  QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")});
}

} // namespace

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through ctest: the test needs with-keychain.sh's private session");
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
    }

    void unlockedReadsStillWork()
    {
        KeychainSecretStore store;
        QVERIFY(write(store, kStored, QStringLiteral("stored stored stored")).problem.isNull());
        QCOMPARE(read(store, kStored).value, QStringLiteral("stored stored stored"));
        // Missing with every collection unlocked is established: secret_missing.
        QCOMPARE(read(store, kMissing).problem.code(), ProblemCode::SecretMissing);
        // Nothing to unlock: no problem.
        QVERIFY(unlock(store).problem.isNull());
    }

    void lockedReadIsUnavailableNotMissing()
    {
        QCOMPARE(loginLocked(), QStringLiteral("(<false>,)"));
        const QString locked = gdbus(
            {QStringLiteral("--object-path"), QStringLiteral("/org/freedesktop/secrets"),
             QStringLiteral("--method"), QStringLiteral("org.freedesktop.Secret.Service.Lock"),
             QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
        QVERIFY2(locked.contains(QLatin1String("collection/login")), qPrintable(locked));
        QCOMPARE(loginLocked(), QStringLiteral("(<true>,)"));

        KeychainSecretStore store;
        const Outcome stored = read(store, kStored);
        QVERIFY(stored.answered);
        QVERIFY(stored.value.isEmpty());
        QCOMPARE(stored.problem.codeName(), QStringLiteral("keychain_unavailable"));
        QVERIFY2(stored.problem.message().contains(QLatin1String("locked")),
                 qPrintable(stored.problem.toString()));
        QVERIFY(!stored.problem.fix().contains(QLatin1String("Reconnect")));
        // Not found while a collection is locked proves nothing either.
        QCOMPARE(read(store, kMissing).problem.codeName(), QStringLiteral("keychain_unavailable"));
    }

    void lockedBulkReadIsUnavailableNotMissing()
    {
        KeychainSecretStore store;
        QHash<QString, Problem> answers;
        bool done = false;
        store.readMany(
            {kStored, kMissing}, this,
            [&answers](const QString &key, const Result<QString> &secret) {
                answers.insert(key, secret.problem());
            },
            [&done] { done = true; });
        QVERIFY(waitFor([&] { return done; }));
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.value(kStored).codeName(), QStringLiteral("keychain_unavailable"));
        QCOMPARE(answers.value(kMissing).codeName(), QStringLiteral("keychain_unavailable"));
    }

    void unlockWithoutAPrompterSaysItStayedLocked()
    {
        // gnome-keyring asks its prompter, which cannot run here: the prompt is dismissed.
        KeychainSecretStore store;
        const Outcome unlocked = unlock(store, 120'000);
        QVERIFY(unlocked.answered);
        QCOMPARE(unlocked.problem.codeName(), QStringLiteral("keychain_unavailable"));
        QCOMPARE(loginLocked(), QStringLiteral("(<true>,)"));
        QCOMPARE(read(store, kStored).problem.codeName(), QStringLiteral("keychain_unavailable"));
    }

private:
    Outcome write(KeychainSecretStore &store, const QString &key, const QString &secret)
    {
        Outcome outcome;
        store.write(key, secret, this, [&outcome](const Problem &problem) {
            outcome.answered = true;
            outcome.problem = problem;
        });
        waitFor([&] { return outcome.answered; });
        return outcome;
    }

    Outcome read(KeychainSecretStore &store, const QString &key)
    {
        Outcome outcome;
        store.read(key, this, [&outcome](const Result<QString> &value) {
            outcome.answered = true;
            if (value)
                outcome.value = *value;
            else
                outcome.problem = value.problem();
        });
        waitFor([&] { return outcome.answered; });
        return outcome;
    }

    Outcome unlock(KeychainSecretStore &store, int timeoutMs = 30'000)
    {
        Outcome outcome;
        store.unlock(this, [&outcome](const Problem &problem) {
            outcome.answered = true;
            outcome.problem = problem;
        });
        waitFor([&] { return outcome.answered; }, timeoutMs);
        return outcome;
    }

    const QString kStored = QStringLiteral("site/locked-1/user/alice");
    const QString kMissing = QStringLiteral("site/locked-2/user/nobody");
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychain_locked.moc"
