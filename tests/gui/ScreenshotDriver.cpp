// Shows the real windows against the WordPress test bed and saves PNGs for the user guide:
//   latchkey_screenshots OUT_DIR
// main-window.png, add-site.png, new-password.png, connection-failed.png, import-sites.png,
// password-audit.png, rotate.png, reissue.png, about.png. Run it through
// scripts/screenshots.sh (Xvfb, a private keychain, a temporary config directory).

#include "GuiTestSupport.h"

#include "AboutDialog.h"
#include "AddSiteDialog.h"
#include "CheckRunner.h"
#include "ImportSitesDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewPasswordDialog.h"
#include "PasswordAuditDialog.h"
#include "ReissueDialog.h"
#include "RotateDialog.h"
#include "TestBed.h"
#include "Translations.h"
#include "sites/SiteConnector.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <cstdio>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "latchkey_screenshots: %s\n", qPrintable(message));
    return 1;
}

bool save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    QTest::qWait(150);
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "latchkey_screenshots: %s %s\n", ok ? "wrote" : "FAILED",
                 qPrintable(path));
    return ok;
}

bool connectSite(GuiEnvironment &env, const QUrl &url, const QString &user, const QString &password,
                 const QString &name, const QString &group)
{
    Site draft;
    draft.baseUrl = url;
    draft.userLogin = user;
    draft.name = name;
    draft.group = group;
    auto *connector = new SiteConnector(env.services.network, env.services.secrets,
                                        env.services.sites, draft, password);
    bool done = false;
    bool ok = false;
    QObject::connect(
        connector, &SiteConnector::finished, [&](const Result<Site> &site, const CheckResult &) {
            done = true;
            ok = site.ok();
            if (!ok)
                std::fprintf(stderr, "connect: %s\n", qPrintable(site.problem().toString()));
        });
    connector->start();
    return waitFor([&done] { return done; }) && ok;
}

// A throwaway application password (the seeds are never rotated or revoked here).
std::optional<AppPassword> mint(QNetworkAccessManager *network, const SiteEndpoint &endpoint,
                                const QString &name)
{
    std::optional<AppPassword> minted;
    bool done = false;
    ApplicationPasswordsApi(WordPressClient(network, endpoint))
        .create(UserRef::me(), name, QString(), nullptr, [&](const Result<AppPassword> &created) {
            done = true;
            if (created)
                minted = *created;
        });
    waitFor([&done] { return done; });
    return minted;
}

void revoke(QNetworkAccessManager *network, const SiteEndpoint &endpoint, const QString &uuid)
{
    bool done = false;
    ApplicationPasswordsApi(WordPressClient(network, endpoint))
        .revoke(UserRef::me(), uuid, nullptr, [&done](const Problem &) { done = true; });
    waitFor([&done] { return done; });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setApplicationName(QStringLiteral("latchkey"));
    // English as users see it: the plural forms ("1 site", "6 passwords") come from its .qm.
    Translations::install(app, QLocale(QLocale::English, QLocale::UnitedStates));
    if (argc != 2)
        return fail(QStringLiteral("usage: latchkey_screenshots OUT_DIR"));
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const TestBed &bed = TestBed::instance();
    if (!bed.isValid())
        return fail(bed.errorString());

    GuiEnvironment env;
    env.sites->load();
    const auto value = [&bed](const char *key) { return bed.value(QLatin1String(key)); };
    if (!connectSite(env, bed.prettyUrl(), value("WP_ADMIN_USER"), value("WP_ADMIN_APP_PASSWORD"),
                     QStringLiteral("Corner Bakery"), QStringLiteral("Clients")) ||
        !connectSite(env, bed.plainUrl(), value("WP_ADMIN_USER"),
                     value("WP_PLAIN_ADMIN_APP_PASSWORD"), QStringLiteral("Team Blog"),
                     QString())) {
        return fail(QStringLiteral("could not add the demo sites"));
    }
    // A site whose stored password no longer works (revoked in WordPress, say).
    Site stale;
    stale.name = QStringLiteral("Old Staging Site");
    stale.baseUrl = bed.prettyUrl();
    stale.restRoot = QUrl(value("WP_PRETTY_REST_ROOT"));
    stale.userLogin = value("WP_AUTHOR_USER");
    stale.group = QStringLiteral("Clients");
    const Result<Site> staleSite = env.sites->add(stale);
    bool written = false;
    env.secrets->write(staleSite->secretKey(), QStringLiteral("abcdabcdabcdabcdabcdabcd"), &app,
                       [&written](const Problem &) { written = true; });
    waitFor([&written] { return written; });

    MainWindow window(env.services);
    window.resize(1100, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(QStringLiteral("the main window was not shown"));
    window.testAll();
    waitFor([&window] { return !window.checkRunner()->isBusy(); }, 60'000);

    // 1. The main window on a working site, passwords tab.
    window.selectSite(env.sites->match(QStringLiteral("Corner Bakery")).first().id);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(0);
    waitFor([&window] {
        auto *button = window.findChild<QPushButton *>(QStringLiteral("newPasswordButton"));
        return button && button->isEnabled();
    });
    bool ok = save(&window, out.filePath(QStringLiteral("main-window.png")));

    // 2. A failed connection test.
    window.selectSite(staleSite->id);
    tabs->setCurrentIndex(1);
    window.testSelected();
    waitFor([&window] { return !window.checkRunner()->isBusy(); });
    ok &= save(&window, out.filePath(QStringLiteral("connection-failed.png")));

    // 3. The add-site dialog after the site was found.
    auto *add = new AddSiteDialog(env.services, std::nullopt, &window);
    add->show();
    if (!QTest::qWaitForWindowExposed(add))
        return fail(QStringLiteral("the add-site dialog was not shown"));
    add->setAddress(bed.prettyUrl().toString());
    add->findChild<QPushButton *>(QStringLiteral("findSiteButton"))->click();
    waitFor(
        [add] { return add->findChild<QLabel *>(QStringLiteral("discoveryLabel"))->isVisible(); });
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("userEdit")),
                     value("WP_ADMIN_USER"));
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    add->adjustSize();
    ok &= save(add, out.filePath(QStringLiteral("add-site.png")));
    delete add;

    // 4. A new password, shown once (a made-up one: nothing is created for the picture).
    AppPassword created;
    created.uuid = QStringLiteral("00000000-0000-4000-8000-000000000000");
    created.name = QStringLiteral("Backup plugin");
    created.password = QStringLiteral("Xk3p 9QaL mW2z Tr7v Hc4N bY8e");
    window.selectSite(env.sites->match(QStringLiteral("Corner Bakery")).first().id);
    auto *shown = new NewPasswordDialog(env.services, *window.currentSite(), created,
                                        value("WP_ADMIN_USER"), true, &window);
    shown->show();
    if (!QTest::qWaitForWindowExposed(shown))
        return fail(QStringLiteral("the new-password dialog was not shown"));
    shown->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    shown->adjustSize();
    ok &= save(shown, out.filePath(QStringLiteral("new-password.png")));
    env.clipboard->clearIfOurs();
    shown->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();

    // 5. Import sites: the preview of a file with every kind of row (made-up passwords).
    QTemporaryDir files;
    const QString csvPath = files.filePath(QStringLiteral("clients.csv"));
    {
        QFile csv(csvPath);
        csv.open(QIODevice::WriteOnly);
        csv.write(QStringLiteral("url,user,name,group,password\n"
                                 "https://northwind.example/,webmaster,Northwind,Clients,"
                                 "Ab12 Cd34 Ef56 Gh78 Ij90 Kl12\n"
                                 "https://harbor-cafe.example/,editor,Harbor Cafe,Clients,"
                                 "Mn34 Op56 Qr78 St90 Uv12 Wx34\n"
                                 "https://shop.harbor-cafe.example/,admin,Harbor Shop,Clients,\n"
                                 "%1,%2,Bakery again,Clients,\n"
                                 "https://northwind.example/,webmaster,Northwind copy,Clients,\n"
                                 "https://tailspin.example/,,Tailspin,Clients,\n")
                      .arg(bed.prettyUrl().toString(), value("WP_ADMIN_USER"))
                      .toUtf8());
    }
    auto *import = new ImportSitesDialog(env.services, &window);
    import->show();
    if (!QTest::qWaitForWindowExposed(import))
        return fail(QStringLiteral("the import dialog was not shown"));
    import->loadFile(csvPath);
    import->resize(980, 460);
    ok &= save(import, out.filePath(QStringLiteral("import-sites.png")));
    delete import;

    // 6. The password audit over every site, with two passwords minted for the picture (and
    // revoked again afterwards).
    const ApplicationPasswordsApi api(WordPressClient(env.services.network, bed.adminEndpoint()));
    QStringList minted;
    for (const QString &name : {QStringLiteral("Zapier"), QStringLiteral("Old backup plugin")}) {
        bool answered = false;
        api.create(UserRef::me(), name, QString(), &app, [&](const Result<AppPassword> &made) {
            answered = true;
            if (made)
                minted.append(made->uuid);
        });
        waitFor([&answered] { return answered; });
    }
    auto *audit = new PasswordAuditDialog(env.services, {}, &window);
    audit->show();
    if (!QTest::qWaitForWindowExposed(audit))
        return fail(QStringLiteral("the audit dialog was not shown"));
    audit->startAudit();
    auto *run = audit->findChild<QPushButton *>(QStringLiteral("auditRunButton"));
    QTest::qWait(50);
    waitFor([run] { return run->isEnabled(); }, 60'000);
    audit->resize(1100, 520);
    ok &= save(audit, out.filePath(QStringLiteral("password-audit.png")));
    delete audit;
    for (const QString &uuid : std::as_const(minted)) {
        bool answered = false;
        api.revoke(UserRef::me(), uuid, &app, [&answered](const Problem &) { answered = true; });
        waitFor([&answered] { return answered; });
    }

    // 7. Rotation of Latchkey's password on the staging site, which first gets a working
    //    throwaway password of its own (the demo sites' seed passwords stay as they are).
    QNetworkAccessManager *network = env.services.network;
    const std::optional<AppPassword> staging =
        mint(network, bed.authorEndpoint(), QStringLiteral("Latchkey"));
    if (!staging)
        return fail(QStringLiteral("could not mint the staging site's password"));
    written = false;
    env.secrets->write(staleSite->secretKey(), staging->password, &app,
                       [&written](const Problem &) { written = true; });
    waitFor([&written] { return written; });
    window.selectSite(staleSite->id);
    auto *rotate = new RotateDialog(env.services, {*env.sites->byId(staleSite->id)}, &window);
    rotate->show();
    if (!QTest::qWaitForWindowExposed(rotate))
        return fail(QStringLiteral("the rotate dialog was not shown"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    rotate->findChild<QPushButton *>(QStringLiteral("rotateStartButton"))->click();
    auto *rotateSummary = rotate->findChild<QLabel *>(QStringLiteral("rotateSummary"));
    waitFor([rotateSummary] { return rotateSummary->text().startsWith(QStringLiteral("Rotated")); },
            60'000);
    ok &= save(rotate, out.filePath(QStringLiteral("rotate.png")));
    delete rotate;
    revoke(network, bed.authorEndpoint(), env.sites->byId(staleSite->id)->passwordUuid);
    revoke(network, bed.authorEndpoint(), staging->uuid); // in case the rotation did not

    // 8. A re-issue of an integration's password on both demo sites, after phase 1.
    const SiteEndpoint plainAdmin = bed.plainAdminEndpoint();
    const std::optional<AppPassword> shopPretty =
        mint(network, bed.adminEndpoint(), QStringLiteral("Shop Sync"));
    const std::optional<AppPassword> shopPlain =
        mint(network, plainAdmin, QStringLiteral("Shop Sync"));
    if (!shopPretty || !shopPlain)
        return fail(QStringLiteral("could not mint the integration's passwords"));
    const QList<Site> demoSites{env.sites->match(QStringLiteral("Corner Bakery")).first(),
                                env.sites->match(QStringLiteral("Team Blog")).first()};
    auto *reissue = new ReissueDialog(env.services, demoSites, QString(), &window);
    reissue->show();
    if (!QTest::qWaitForWindowExposed(reissue))
        return fail(QStringLiteral("the re-issue dialog was not shown"));
    QTest::keyClicks(reissue->findChild<QLineEdit *>(QStringLiteral("reissueNameEdit")),
                     QStringLiteral("Shop Sync"));
    reissue->findChild<QPushButton *>(QStringLiteral("reissueIssueButton"))->click();
    auto *pending = reissue->findChild<QTableWidget *>(QStringLiteral("reissueTable"));
    waitFor([pending] { return pending->rowCount() == 2; }, 60'000);
    ok &= save(reissue, out.filePath(QStringLiteral("reissue.png")));
    // Cancelled again: the new passwords are revoked; then the throwaway old ones too.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    reissue->findChild<QPushButton *>(QStringLiteral("reissueAbandonButton"))->click();
    waitFor([pending] { return pending->rowCount() == 0; }, 60'000);
    delete reissue;
    revoke(network, bed.adminEndpoint(), shopPretty->uuid);
    revoke(network, plainAdmin, shopPlain->uuid);

    // 9. Help > About.
    auto *about = new AboutDialog(&window);
    about->show();
    if (!QTest::qWaitForWindowExposed(about))
        return fail(QStringLiteral("the About dialog was not shown"));
    ok &= save(about, out.filePath(QStringLiteral("about.png")));
    delete about;
    return ok ? 0 : 1;
}
