// Runs inside tests/testbed/with-keychain.sh: a private D-Bus session with a real, unlocked
// gnome-keyring. Proves secrets land in the Secret Service and nowhere else.
#include "TestBed.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;
using Latchkey::Testing::waitFor;

namespace {

// QtKeychain's libsecret schema stores the key as "user" and the service as "server".
QString lookUpWithSecretTool(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("latchkey"),
                QStringLiteral("user"), key});
    if (!tool.waitForFinished(10'000))
        return QStringLiteral("<secret-tool hung>");
    return QString::fromUtf8(tool.readAllStandardOutput());
}

struct Outcome
{
    bool answered = false;
    Problem problem;
    QString value;
};

} // namespace

class TestKeychain : public QObject
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

    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("site/test-1/user/alice");
        const QString secret = QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX");

        QCOMPARE(write(store, key, secret).problem.code(), ProblemCode::None);
        QCOMPARE(read(store, key).value, secret);
        QCOMPARE(lookUpWithSecretTool(key), secret);

        const QString rotated = QStringLiteral("wxyz wxyz wxyz wxyz wxyz wxyz");
        QVERIFY(write(store, key, rotated).problem.isNull());
        QCOMPARE(read(store, key).value, rotated);

        QVERIFY(remove(store, key).problem.isNull());
        QCOMPARE(read(store, key).problem.code(), ProblemCode::SecretMissing);
        QCOMPARE(lookUpWithSecretTool(key), QString());
    }

    void keysAreSeparatePerSiteAndUser()
    {
        KeychainSecretStore store;
        QVERIFY(write(store, QStringLiteral("site/a/user/alice"), QStringLiteral("one"))
                    .problem.isNull());
        QVERIFY(write(store, QStringLiteral("site/a/user/bob"), QStringLiteral("two"))
                    .problem.isNull());
        QCOMPARE(read(store, QStringLiteral("site/a/user/alice")).value, QStringLiteral("one"));
        QCOMPARE(read(store, QStringLiteral("site/a/user/bob")).value, QStringLiteral("two"));
    }

    void unicodeSecretsSurvive()
    {
        KeychainSecretStore store;
        const QString secret = QStringLiteral("p\u00e4ss w\u00f6rd \U0001F511");
        QVERIFY(write(store, QStringLiteral("site/u/user/u"), secret).problem.isNull());
        QCOMPARE(read(store, QStringLiteral("site/u/user/u")).value, secret);
    }

    void missingEntries()
    {
        KeychainSecretStore store;
        const Outcome missing = read(store, QStringLiteral("site/none/user/none"));
        QCOMPARE(missing.problem.code(), ProblemCode::SecretMissing);
        QVERIFY(!missing.problem.fix().isEmpty());
        // Removing what is not there is not an error: removal is idempotent.
        QVERIFY(remove(store, QStringLiteral("site/none/user/none")).problem.isNull());
    }

    void callbackIsDroppedWhenContextDies()
    {
        KeychainSecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("site/a/user/alice"), context,
                   [&called](const Result<QString> &) { called = true; });
        delete context;
        // A later job completes, so the first one has certainly finished by then.
        QVERIFY(read(store, QStringLiteral("site/a/user/alice")).answered);
        QVERIFY(!called);
    }

    void nothingIsWrittenToDisk()
    {
        KeychainSecretStore store;
        const QString secret = QStringLiteral("diskdisk diskdisk diskdisk");
        QVERIFY(write(store, QStringLiteral("site/disk/user/d"), secret).problem.isNull());
        QDirIterator files(m_config.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
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

    Outcome remove(KeychainSecretStore &store, const QString &key)
    {
        Outcome outcome;
        store.remove(key, this, [&outcome](const Problem &problem) {
            outcome.answered = true;
            outcome.problem = problem;
        });
        waitFor([&] { return outcome.answered; });
        return outcome;
    }

    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
