// The About dialog and --version: the versions a bug report needs, copied as plain text.

#include "AboutDialog.h"
#include "AppIdentity.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Latchkey;

class TestGuiAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionsAndLicence()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"));
        QVERIFY(title);
        QVERIFY(title->text().contains(AppIdentity::version()));
        auto *qt = dialog.findChild<QLabel *>(QStringLiteral("aboutQtVersion"));
        QVERIFY(qt);
        QVERIFY(qt->text().startsWith(QString::fromLatin1(qVersion())));
        auto *keychain = dialog.findChild<QLabel *>(QStringLiteral("aboutKeychainVersion"));
        QVERIFY(keychain);
        // CMake found the real version in QtKeychain's package, not a placeholder.
        QVERIFY2(keychain->text().contains(QRegularExpression(QStringLiteral("^\\d+\\.\\d+"))),
                 qPrintable(keychain->text()));
        auto *licence = dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"));
        QVERIFY(licence && licence->text().contains(QStringLiteral("GNU General Public License")));
    }

    void copiesVersionInfo()
    {
        QGuiApplication::clipboard()->clear();
        AboutDialog dialog;
        dialog.show();
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersionInfoButton"));
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Latchkey ") + AppIdentity::version()),
                 qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("\nQt ") + QString::fromLatin1(qVersion())));
        QVERIFY(
            copied.contains(QStringLiteral("\nQtKeychain ") + AppIdentity::qtKeychainVersion()));
    }

    void cliVersionNamesQtAndQtKeychain()
    {
        QProcess cli;
        cli.start(qEnvironmentVariable("LATCHKEY_CLI"), {QStringLiteral("--version")});
        QVERIFY(cli.waitForFinished(20'000));
        QCOMPARE(cli.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("latchkey-cli ") + AppIdentity::version());
        QCOMPARE(lines.value(1), QStringLiteral("Qt ") + AppIdentity::qtVersion());
        QCOMPARE(lines.value(2), QStringLiteral("QtKeychain ") + AppIdentity::qtKeychainVersion());
    }
};

QTEST_MAIN(TestGuiAbout)
#include "tst_gui_about.moc"
