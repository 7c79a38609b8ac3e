// The Add Site dialog against a site that points elsewhere (issue "Trust", item 1): a hostile
// front server A redirects every request to the real WordPress B (the test bed's, served by a
// php -S that records a hash of every Authorization header). The dialog shows both addresses
// and asks; declining sends nothing anywhere; accepting is one click and connects to B. And the
// Connection tab: a saved site that now redirects names both addresses, sends nothing to the
// proposed one, and "use it" saves it only after the password signs in there.
#include "GuiTestSupport.h"

#include "AddSiteDialog.h"
#include "CheckRunner.h"
#include "ConnectionTab.h"
#include "DiagSupport.h"
#include "MessageBox.h"
#include "TestBed.h"
#include "support/FakeHttpServer.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/SiteUrl.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QUuid>

using namespace Latchkey;
using namespace Latchkey::Diag;
using namespace Latchkey::Testing;

class TestGuiOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const TestBed &bed = TestBed::instance();
        QVERIFY2(bed.isValid(), qPrintable(bed.errorString()));
        m_env = std::make_unique<GuiEnvironment>();
        m_dispatcher = std::make_unique<DispatcherGuard>(bed.prettyDir());
        QVERIFY(m_dispatcher->isActive());
        const quint16 port = freePort();
        m_b = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_wordpress = std::make_unique<PhpSite>(bed.prettyDir(), port, m_b.toString());
        QString error;
        QVERIFY2(m_wordpress->start(&error), qPrintable(error));
        QVERIFY(m_a.start());
        m_aUrl = m_a.url();
        m_aUrl.setPath(QString());
        const QUrl b = m_b;
        m_a.setHandler([b](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                302, b.resolved(QUrl(QString::fromLatin1(request.target))));
        });
        m_password = mint();
        QVERIFY(!m_password.isEmpty());
    }

    void cleanupTestCase()
    {
        const std::optional<Site> site = savedSite();
        if (site && !site->passwordUuid.isEmpty()) {
            SiteEndpoint endpoint = TestBed::instance().adminEndpoint();
            const ApplicationPasswordsApi api(WordPressClient(m_env->network.get(), endpoint));
            bool answered = false;
            api.revoke(UserRef::me(), site->passwordUuid, this,
                       [&answered](const Problem &) { answered = true; });
            waitFor([&answered] { return answered; });
        }
        m_wordpress.reset();
        m_dispatcher.reset();
    }

    void redirectToAnotherOriginIsAskedNotFollowed()
    {
        auto *dialog = new AddSiteDialog(m_env->services);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<AddSiteDialog> guard(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *address = findIn<QLineEdit>(dialog, QStringLiteral("addressEdit"));
        auto *proposal = findIn<QWidget>(dialog, QStringLiteral("proposalFrame"));
        auto *proposalText = findIn<QLabel>(dialog, QStringLiteral("proposalLabel"));
        QVERIFY(address && proposal && proposalText);

        // Both addresses are shown, and nothing is discovered on either.
        QTest::keyClicks(address, m_aUrl.toString());
        click(findIn<QPushButton>(dialog, QStringLiteral("findSiteButton")));
        QVERIFY(waitFor([proposal] { return proposal->isVisible(); }));
        QVERIFY2(proposalText->text().contains(m_aUrl.toString()),
                 qPrintable(proposalText->text()));
        QVERIFY2(proposalText->text().contains(m_b.toString()), qPrintable(proposalText->text()));
        QVERIFY(!findIn<QPushButton>(dialog, QStringLiteral("addSiteButton"))->isEnabled());
        QVERIFY(!findIn<QWidget>(dialog, QStringLiteral("connectBox"))->isEnabled());
        // Said once, in the panel that offers the choice (with the redirect as evidence).
        QVERIFY(!findIn<QWidget>(dialog, QStringLiteral("findProblem"))->isVisible());
        QVERIFY2(proposalText->text().contains(QStringLiteral("HTTP 302")),
                 qPrintable(proposalText->text()));
        // To look at it: LATCHKEY_TEST_GRAB_DIR=/tmp/x ctest -R tst_gui_origin
        if (const QString grabs = qEnvironmentVariable("LATCHKEY_TEST_GRAB_DIR"); !grabs.isEmpty())
            dialog->grab().save(grabs + QStringLiteral("/add-site-proposal.png"));

        // Declining: the proposal goes away, nothing was sent to B (nor any password to A).
        click(findIn<QPushButton>(dialog, QStringLiteral("declineProposalButton")));
        QVERIFY(!proposal->isVisible());
        QCOMPARE(address->text(), m_aUrl.toString());
        QVERIFY(!findIn<QPushButton>(dialog, QStringLiteral("addSiteButton"))->isEnabled());
        QVERIFY(m_wordpress->authRecords().isEmpty());
        for (const FakeHttpRequest &request : m_a.requests())
            QVERIFY(!request.hasHeader("Authorization"));

        // Accepting is one click: the proposed address becomes the one named, found again.
        click(findIn<QPushButton>(dialog, QStringLiteral("findSiteButton")));
        QVERIFY(waitFor([proposal] { return proposal->isVisible(); }));
        auto *found = findIn<QLabel>(dialog, QStringLiteral("discoveryLabel"));
        click(findIn<QPushButton>(dialog, QStringLiteral("acceptProposalButton")));
        QVERIFY(waitFor([found] { return found->isVisible(); }));
        QCOMPARE(SiteUrl::origin(QUrl(address->text())), SiteUrl::origin(m_b));
        QVERIFY2(found->text().contains(QStringLiteral("Application passwords are available")),
                 qPrintable(found->text()));
        QVERIFY(m_wordpress->authRecords().isEmpty());

        // … and connects there.
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("userEdit")),
                         QStringLiteral("admin"));
        QTest::keyClicks(findIn<QLineEdit>(dialog, QStringLiteral("passwordEdit")), m_password);
        click(findIn<QPushButton>(dialog, QStringLiteral("addSiteButton")));
        QVERIFY(waitFor([&guard] { return guard.isNull() || !guard->isVisible(); }));
        const std::optional<Site> site = savedSite();
        QVERIFY(site.has_value());
        QCOMPARE(SiteUrl::origin(site->baseUrl), SiteUrl::origin(m_b));
        QCOMPARE(SiteUrl::origin(site->restRoot), SiteUrl::origin(m_b));
        bool sentToB = false;
        for (const AuthRecord &record : m_wordpress->authRecords())
            sentToB =
                sentToB || record.sha256 == authorizationHash(QStringLiteral("admin"), m_password);
        QVERIFY(sentToB);
        for (const FakeHttpRequest &request : m_a.requests())
            QVERIFY(!request.hasHeader("Authorization"));
    }

    // A saved site whose server now redirects: the Connection tab's check names both addresses
    // and sends nothing to the proposed one; using it is verified there before it is saved.
    void checkOfASavedSiteThatNowRedirects()
    {
        const std::optional<Site> connected = savedSite();
        QVERIFY(connected.has_value());
        Site site;
        site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        site.name = QStringLiteral("Moved away");
        site.baseUrl = m_aUrl;
        site.userLogin = QStringLiteral("admin");
        site.userId = connected->userId;
        bool written = false;
        m_env->secrets->write(site.secretKey(), m_password, this,
                              [&written](const Problem &problem) {
                                  QVERIFY2(problem.isNull(), qPrintable(problem.toString()));
                                  written = true;
                              });
        QVERIFY(waitFor([&written] { return written; }));
        QVERIFY(m_env->sites->add(site));

        // The site now redirects to B2: the same WordPress (B's site is saved already).
        const quint16 port = freePort();
        const QUrl b2(QStringLiteral("http://127.0.0.1:%1").arg(port));
        PhpSite wordpress2(TestBed::instance().prettyDir(), port, b2.toString());
        QString error;
        QVERIFY2(wordpress2.start(&error), qPrintable(error));
        m_a.setHandler([b2](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                302, b2.resolved(QUrl(QString::fromLatin1(request.target))));
        });

        CheckRunner runner(m_env->services);
        ConnectionTab tab(m_env->services, &runner);
        tab.setSite(site);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const qsizetype before = wordpress2.authRecords().size();
        click(findIn<QPushButton>(&tab, QStringLiteral("testConnectionButton")));
        auto *moved = findIn<QLabel>(&tab, QStringLiteral("siteMovedLabel"));
        QVERIFY(waitFor([moved] { return moved->isVisible(); }));
        QVERIFY2(moved->text().contains(m_aUrl.toString()), qPrintable(moved->text()));
        QVERIFY2(moved->text().contains(b2.toString()), qPrintable(moved->text()));
        QCOMPARE(wordpress2.authRecords().size(), before);
        for (const FakeHttpRequest &request : m_a.requests())
            QVERIFY(!request.hasHeader("Authorization"));
        QCOMPARE(m_env->sites->byId(site.id)->baseUrl, m_aUrl);

        // Using it: verified at B2 as the same user, then saved.
        click(findIn<QPushButton>(&tab, QStringLiteral("useSuggestedUrlButton")));
        QVERIFY2(waitFor([this, &site, &b2] {
                     return SiteUrl::sameOrigin(m_env->sites->byId(site.id)->baseUrl, b2);
                 }),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(wordpress2.authRecords().size() > before);
        QCOMPARE(SiteUrl::origin(m_env->sites->byId(site.id)->restRoot), SiteUrl::origin(b2));
    }

private:
    std::optional<Site> savedSite() const
    {
        for (const Site &site : m_env->sites->sites()) {
            if (SiteUrl::sameOrigin(site.baseUrl, m_b) && site.name != QLatin1String("Moved away"))
                return site;
        }
        return std::nullopt;
    }

    QString mint()
    {
        const ApplicationPasswordsApi api(
            WordPressClient(m_env->network.get(), TestBed::instance().adminEndpoint()));
        QString password;
        bool answered = false;
        api.create(UserRef::me(),
                   QStringLiteral("gui-origin %1").arg(QDateTime::currentMSecsSinceEpoch()),
                   QString(), this, [&](const Result<AppPassword> &created) {
                       answered = true;
                       if (created)
                           password = created->password;
                   });
        waitFor([&] { return answered; });
        return password;
    }

    std::unique_ptr<GuiEnvironment> m_env;
    std::unique_ptr<DispatcherGuard> m_dispatcher;
    std::unique_ptr<PhpSite> m_wordpress;
    FakeHttpServer m_a;
    QUrl m_aUrl;
    QUrl m_b;
    QString m_password;
};

QTEST_MAIN(TestGuiOrigin)
#include "tst_gui_origin.moc"
