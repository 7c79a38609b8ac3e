// The add-site dialog's primary path, end to end: the real AddSiteDialog finds the test bed's
// site, "Connect with your browser" is the default, the approval page it opens is approved in
// Debian's chromium (tests/browser/approve.mjs), and the latchkey:// address is handed to the
// real `latchkey` binary as the desktop would (`latchkey %u`), which forwards it to this running
// instance (DesktopIntegration, as main() builds it) and exits. The dialog then closes with the
// site saved, its own password in the real keychain, and nothing secret on disk.
#include "GuiTestSupport.h"

#include "AddSiteDialog.h"
#include "BrowserApprovalPanel.h"
#include "DesktopIntegration.h"
#include "SingleInstance.h"
#include "TestBed.h"
#include "approval/ApprovalInbox.h"
#include "approval/ApprovalRequest.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

#include <memory>
#include <optional>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray err;
};

// Runs a program without blocking the event loop (the instance must answer meanwhile).
ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10'000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    const bool done =
        waitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!done) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.err = process.readAllStandardError();
    result.exitCode =
        done && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace

class TestApprovalDialog : public QObject
{
    Q_OBJECT

private:
    const TestBed &bed() const { return TestBed::instance(); }

    // The dialog, shown, with the test bed's site found and the browser's opener captured.
    struct OpenDialog
    {
        std::unique_ptr<AddSiteDialog> dialog;
        BrowserApprovalPanel *panel = nullptr;
        QList<QUrl> opened;
    };

    void openDialog(OpenDialog &open)
    {
        open.dialog = std::make_unique<AddSiteDialog>(m_env->services);
        AddSiteDialog *dialog = open.dialog.get();
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        open.panel = findIn<BrowserApprovalPanel>(dialog, QStringLiteral("browserApprovalPanel"));
        QVERIFY(open.panel);
        open.panel->setUrlOpener([&open](const QUrl &url) {
            open.opened.append(url);
            return true;
        });
        auto *approve = findIn<QPushButton>(dialog, QStringLiteral("browserApproveButton"));
        QVERIFY(approve);
        QVERIFY(!approve->isEnabled());

        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("addressEdit")),
                         bed().prettyUrl().toString());
        click(findIn<QPushButton>(dialog, QStringLiteral("findSiteButton")));
        auto *found = findIn<QLabel>(dialog, QStringLiteral("discoveryLabel"));
        QVERIFY(waitFor([found] { return found->isVisible(); }));
        QVERIFY2(found->text().contains(QStringLiteral("Application passwords are available")),
                 qPrintable(found->text()));

        // The browser is the primary way: enabled, the default button, focused; pasting a
        // password by hand is the secondary one.
        QVERIFY(approve->isEnabled());
        QVERIFY(approve->isDefault());
        auto *add = findIn<QPushButton>(dialog, QStringLiteral("addSiteButton"));
        QVERIFY(!add->isDefault());
        QVERIFY(!add->isEnabled());
        QVERIFY(findIn<QLabel>(dialog, QStringLiteral("howToLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Or by hand:")));
    }

    QProcessEnvironment browserEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WP_LOGIN_USER"),
                           bed().value(QStringLiteral("WP_ADMIN_USER")));
        environment.insert(QStringLiteral("WP_LOGIN_PASSWORD"),
                           bed().value(QStringLiteral("WP_ADMIN_PASSWORD")));
        return environment;
    }

    // `latchkey ADDRESS` as the desktop runs it, without a display: it must forward and exit.
    ProcessResult runLatchkey(const QString &address)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return run(m_latchkey, {address}, environment, 10'000);
    }

    QString fileHolding(const QString &needle) const
    {
        QDirIterator it(m_env->configHome.path(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                return path;
        }
        return {};
    }

    std::unique_ptr<GuiEnvironment> m_env;
    QTemporaryDir m_runtime;
    ApprovalInbox m_inbox;
    std::unique_ptr<DesktopIntegration> m_desktop;
    QString m_node;
    QString m_script;
    QString m_latchkey;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        QVERIFY(m_runtime.isValid());
        // The instance's socket lives in XDG_RUNTIME_DIR; the forwarding process inherits it.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        m_env = std::make_unique<GuiEnvironment>();
        QVERIFY(!m_env->sites->load());
        m_env->services.approvals = &m_inbox;

        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!m_node.isEmpty(), "node is not installed");
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/chromium")),
                 "chromium is missing: run scripts/install-deps.sh");
        const QString source = qEnvironmentVariable("LATCHKEY_SOURCE_DIR");
        m_script = source + QStringLiteral("/tests/browser/approve.mjs");
        QVERIFY2(QFileInfo::exists(source +
                                   QStringLiteral("/tests/browser/node_modules/playwright-core")),
                 "playwright-core is missing: run scripts/install-deps.sh");
        m_latchkey = qEnvironmentVariable("LATCHKEY_GUI");
        QVERIFY2(QFileInfo(m_latchkey).isExecutable(), "LATCHKEY_GUI not set");

        // As main() builds it: the single-instance socket (and D-Bus) feed the inbox.
        m_desktop = std::make_unique<DesktopIntegration>(&m_inbox);
        m_desktop->start();
        QVERIFY(m_desktop->singleInstance()->isListening());
        QVERIFY(m_desktop->singleInstance()->serverName().startsWith(m_runtime.path()));
    }

    void approveInTheBrowserAddsTheSite()
    {
        OpenDialog open;
        openDialog(open);
        if (QTest::currentTestFailed())
            return;
        AddSiteDialog *dialog = open.dialog.get();
        QSignalSpy saved(dialog, &AddSiteDialog::siteSaved);
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("siteNameEdit")),
                         QStringLiteral("Approved from the dialog"));

        // Return in the name field presses the default button: the browser one.
        QTest::keyClick(findIn<QLineEdit>(dialog, QStringLiteral("siteNameEdit")), Qt::Key_Return);
        QVERIFY(waitFor([&] { return open.opened.size() == 1; }));
        QVERIFY(open.panel->isBusy());
        const QUrl approvalUrl = open.opened.first();
        QVERIFY(approvalUrl.path().endsWith(QLatin1String("/authorize-application.php")));
        // While it waits, the address cannot change and the dialog cannot add by hand.
        QVERIFY(findIn<QLineEdit>(dialog, QStringLiteral("addressEdit"))->isReadOnly());
        QVERIFY(!findIn<QPushButton>(dialog, QStringLiteral("findSiteButton"))->isEnabled());

        // The browser approves and runs `latchkey ADDRESS`, which forwards to this instance.
        const ProcessResult browser =
            run(m_node,
                {m_script, QStringLiteral("--approval-url"),
                 approvalUrl.toString(QUrl::FullyEncoded), QStringLiteral("--deliver"), m_latchkey},
                browserEnvironment(), 90'000);
        QVERIFY2(browser.exitCode == 0, browser.err.constData());
        QVERIFY2(
            waitFor([&] { return saved.count() == 1; }, 60'000),
            qPrintable(findIn<QLabel>(dialog, QStringLiteral("browserApprovalStatus"))->text()));
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QCOMPARE(m_env->sites->sites().size(), 1);
        const Site site = m_env->sites->sites().first();
        QCOMPARE(saved.first().first().toString(), site.id);
        QCOMPARE(site.name, QStringLiteral("Approved from the dialog"));
        QCOMPARE(site.userLogin, bed().value(QStringLiteral("WP_ADMIN_USER")));
        QVERIFY(!site.passwordUuid.isEmpty());

        // Its own password is in the keychain and works; nothing secret on disk.
        std::optional<Result<QString>> stored;
        m_env->secrets->read(site.secretKey(), this,
                             [&stored](Result<QString> r) { stored = std::move(r); });
        QVERIFY(waitFor([&] { return stored.has_value(); }));
        QVERIFY2(*stored, qPrintable(stored->problem().toString()));
        SiteEndpoint endpoint = bed().adminEndpoint();
        endpoint.password = stored->value();
        std::optional<Result<AppPassword>> mine;
        ApplicationPasswordsApi(WordPressClient(m_env->network.get(), endpoint))
            .introspect(UserRef::me(), this, [&mine](Result<AppPassword> r) { mine = r; });
        QVERIFY(waitFor([&] { return mine.has_value(); }));
        QVERIFY2(*mine, qPrintable(mine->problem().toString()));
        QCOMPARE((*mine)->uuid, site.passwordUuid);
        const QString holder = fileHolding(stored->value());
        QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("a password in ") + holder));

        // Leave the test bed as it was.
        std::optional<Problem> revoked;
        ApplicationPasswordsApi(WordPressClient(m_env->network.get(), bed().adminEndpoint()))
            .revoke(UserRef::me(), site.passwordUuid, this, [&revoked](Problem p) { revoked = p; });
        QVERIFY(waitFor([&] { return revoked.has_value(); }));
        QVERIFY(!*revoked);
        QVERIFY(!m_env->sites->remove(site.id));
        std::optional<Problem> removed;
        m_env->secrets->remove(site.secretKey(), this, [&removed](Problem p) { removed = p; });
        QVERIFY(waitFor([&] { return removed.has_value(); }));
    }

    void foreignAddressWhileWaitingChangesNothing()
    {
        OpenDialog open;
        openDialog(open);
        if (QTest::currentTestFailed())
            return;
        AddSiteDialog *dialog = open.dialog.get();
        click(findIn<QPushButton>(dialog, QStringLiteral("browserApproveButton")));
        QVERIFY(waitFor([&] { return open.opened.size() == 1; }));

        // A well-formed callback with a working password but a state this attempt never made,
        // through the real binary: forwarded at once, ignored, said so, nothing changed.
        const SiteEndpoint seed = bed().adminEndpoint();
        const QString forged =
            QStringLiteral("latchkey://authorized?state=%1&site_url=%2&user_login=%3&password=%4")
                .arg(ApprovalRequest::newState(),
                     QString::fromLatin1(QUrl::toPercentEncoding(bed().prettyUrl().toString())),
                     seed.login, QString::fromLatin1(QUrl::toPercentEncoding(seed.password)));
        QElapsedTimer elapsed;
        elapsed.start();
        const ProcessResult forwarded = runLatchkey(forged);
        QVERIFY2(forwarded.exitCode == 0, forwarded.err.constData());
        QVERIFY2(elapsed.elapsed() < 5'000, "the second process exits at once");
        auto *status = findIn<QLabel>(dialog, QStringLiteral("browserApprovalStatus"));
        QVERIFY2(
            waitFor([status] { return status->text().contains(QStringLiteral("Still")); }, 10'000),
            qPrintable(status->text()));
        QVERIFY(open.panel->isBusy());
        QVERIFY(m_env->sites->sites().isEmpty());

        // Close while waiting stops the attempt and keeps the dialog; Close again closes it.
        click(findIn<QPushButton>(dialog, QStringLiteral("closeButton")));
        QVERIFY(!open.panel->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(findIn<QPushButton>(dialog, QStringLiteral("browserApproveButton"))->isEnabled());
        click(findIn<QPushButton>(dialog, QStringLiteral("closeButton")));
        QVERIFY(!dialog->isVisible());
        QVERIFY(m_env->sites->sites().isEmpty());
    }

    void cleanupTestCase()
    {
        m_desktop.reset();
        m_env.reset();
        qunsetenv("XDG_RUNTIME_DIR");
    }
};

QTEST_MAIN(TestApprovalDialog)
#include "tst_approval_dialog.moc"
