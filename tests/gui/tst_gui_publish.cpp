// The Test publish tab against a fake WordPress that misbehaves on demand: what the tab says is
// left on the site must be exactly what core's PublishTestResult says (the sentence latchkey-cli
// publish-test prints), never "nothing" after a create that got no answer.

#include "AppServices.h"
#include "GuiSettings.h"
#include "ProblemView.h"
#include "PublishTab.h"
#include "TestBed.h"
#include "secrets/SecretStore.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"
#include "support/FakeHttpServer.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

// The one password of the fake site, answered from memory: this test is about the network.
class MemorySecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(QStringLiteral("abcd efgh ijkl mnop qrst uvwx")); },
            Qt::QueuedConnection);
    }
    void write(const QString &, const QString &, QObject *context, DoneCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
    void remove(const QString &, QObject *context, DoneCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
    }
};

bool isPostsCreate(const FakeHttpRequest &request)
{
    return request.method == "POST" && request.target.endsWith("/wp/v2/posts");
}

} // namespace

class TestGuiPublish : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<SiteStore> m_sites;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<GuiSettings> m_settings;
    AppServices m_services;
    FakeHttpServer m_server;

    // Runs the test publish in a fresh tab and waits for its verdict.
    std::unique_ptr<PublishTab> run()
    {
        Site site;
        site.id = QStringLiteral("fake");
        site.name = QStringLiteral("Fake");
        site.baseUrl = m_server.url(QStringLiteral("/"));
        site.restRoot = m_server.url(QStringLiteral("/wp-json/"));
        site.userLogin = QStringLiteral("admin");
        auto tab = std::make_unique<PublishTab>(m_services);
        tab->show();
        tab->setSite(site);
        auto *runButton = tab->findChild<QPushButton *>(QStringLiteral("runPublishButton"));
        QTest::mouseClick(runButton, Qt::LeftButton);
        auto *leftOver = tab->findChild<QLabel *>(QStringLiteral("publishLeftOverLabel"));
        waitFor([leftOver] { return !leftOver->text().isEmpty(); }, 20'000);
        return tab;
    }
    static QString text(PublishTab *tab, const char *name)
    {
        return tab->findChild<QLabel *>(QLatin1String(name))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_sites = std::make_unique<SiteStore>(m_config.filePath(QStringLiteral("latchkey")));
        m_activity = std::make_unique<ActivityLog>(m_config.filePath(QStringLiteral("latchkey")));
        m_settings = std::make_unique<GuiSettings>(m_config.filePath(QStringLiteral("gui.ini")));
        m_services.network = &m_network;
        m_services.secrets = &m_secrets;
        m_services.sites = m_sites.get();
        m_services.activity = m_activity.get();
        m_services.settings = m_settings.get();
        QVERIFY(m_server.start());
    }

    void createWithoutAnswerMayHaveLeftThePost()
    {
        // The connection drops once the create is sent: WordPress may have made the post.
        m_server.setHandler([](const FakeHttpRequest &request) {
            return isPostsCreate(request) ? FakeHttpResponse::reset()
                                          : FakeHttpResponse::json(404, "{}");
        });
        const auto tab = run();
        QVERIFY(
            std::any_of(m_server.requests().cbegin(), m_server.requests().cend(), isPostsCreate));
        PublishTestResult expected;
        expected.title = tab->findChild<QLineEdit *>(QStringLiteral("publishTitleEdit"))->text();
        expected.postUnknown = true;
        QCOMPARE(text(tab.get(), "publishLeftOverLabel"), expected.leftOnSiteText());
        QVERIFY2(text(tab.get(), "publishLeftOverLabel").contains(QLatin1String("may be left")),
                 qPrintable(text(tab.get(), "publishLeftOverLabel")));
        QVERIFY(!text(tab.get(), "publishResultLabel").contains(QLatin1String("No post was")));
        QVERIFY(!text(tab.get(), "publishLeftOverLabel").contains(QLatin1String("Nothing")));
        QVERIFY(tab->findChild<ProblemView *>(QStringLiteral("problemView"))->isVisible());
    }

    void refusedCreateLeftNothing()
    {
        // WordPress answered and refused: it made nothing, and the tab may say so.
        m_server.setHandler([](const FakeHttpRequest &request) {
            return isPostsCreate(request)
                       ? FakeHttpResponse::json(403, R"({"code":"rest_cannot_create",)"
                                                     R"("message":"no","data":{"status":403}})")
                       : FakeHttpResponse::json(404, "{}");
        });
        const auto tab = run();
        QCOMPARE(text(tab.get(), "publishLeftOverLabel"), PublishTestResult().leftOnSiteText());
        QCOMPARE(text(tab.get(), "publishResultLabel"), QStringLiteral("✗ No post was created."));
    }

    void failedDeleteLeavesThePostNamed()
    {
        // Created and read back, but the deletion gets no answer: the post is named as left.
        const QByteArray post = R"({"id":42,"status":"draft","link":"http://127.0.0.1/?p=42",)"
                                R"("title":{"raw":"t","rendered":"t"}})";
        m_server.setHandler([post](const FakeHttpRequest &request) {
            if (isPostsCreate(request))
                return FakeHttpResponse::json(201, post);
            if (request.method == "GET" && request.target.contains("/wp/v2/posts/42"))
                return FakeHttpResponse::json(200, post);
            if (request.method == "DELETE" || request.target.contains("_method=DELETE"))
                return FakeHttpResponse::reset();
            return FakeHttpResponse::json(404, "{}");
        });
        const auto tab = run();
        PublishTestResult expected;
        expected.title = tab->findChild<QLineEdit *>(QStringLiteral("publishTitleEdit"))->text();
        expected.postId = 42;
        expected.status = QStringLiteral("draft");
        QCOMPARE(text(tab.get(), "publishLeftOverLabel"), expected.leftOnSiteText());
        QVERIFY(text(tab.get(), "publishLeftOverLabel").contains(QLatin1String("id 42")));
    }
};

QTEST_MAIN(TestGuiPublish)
#include "tst_gui_publish.moc"
