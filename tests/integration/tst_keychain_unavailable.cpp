// Runs inside tests/testbed/without-keychain.sh: a D-Bus session with no secret service at all.
// Every keychain operation must fail fast with keychain_unavailable and a sentence saying what
// to do; nothing may be written anywhere instead.
#include "TestBed.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;
using Latchkey::Testing::waitFor;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Point every place a fallback could write to at an empty folder we can inspect.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    }

    void writeFailsWithKeychainUnavailable()
    {
        KeychainSecretStore store;
        bool answered = false;
        Problem problem;
        QElapsedTimer clock;
        clock.start();
        store.write(QStringLiteral("site/x/user/y"), QStringLiteral("secret-never-on-disk"), this,
                    [&](const Problem &result) {
                        answered = true;
                        problem = result;
                    });
        QVERIFY(waitFor([&] { return answered; }, 40'000));
        QCOMPARE(problem.code(), ProblemCode::KeychainUnavailable);
        QVERIFY(problem.fix().contains(QStringLiteral("keychain")));
        QVERIFY2(!problem.detail().isEmpty(), "the keychain's own error helps the user");
        qInfo() << "failed after" << clock.elapsed() << "ms:" << problem.toString();
    }

    void readAndRemoveFailToo()
    {
        KeychainSecretStore store;
        bool answered = false;
        Problem problem;
        store.read(QStringLiteral("site/x/user/y"), this, [&](const Result<QString> &result) {
            answered = true;
            problem = result.problem();
        });
        QVERIFY(waitFor([&] { return answered; }, 40'000));
        QCOMPARE(problem.code(), ProblemCode::KeychainUnavailable);

        answered = false;
        store.remove(QStringLiteral("site/x/user/y"), this, [&](const Problem &result) {
            answered = true;
            problem = result;
        });
        QVERIFY(waitFor([&] { return answered; }, 40'000));
        QCOMPARE(problem.code(), ProblemCode::KeychainUnavailable);
    }

    void noSecretWasWrittenAnywhere()
    {
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("secret-never-on-disk"), qPrintable(file.fileName()));
        }
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
