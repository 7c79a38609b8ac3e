#include "wordpress/SiteDiscovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Latchkey;

class TestDiscoveryParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexUrlAsksOnlyForTheFieldsRead_data()
    {
        QTest::addColumn<QUrl>("restRoot");
        QTest::newRow("pretty") << QUrl(QStringLiteral("https://example.com/blog/wp-json/"));
        QTest::newRow("plain") << QUrl(QStringLiteral("https://example.com/?rest_route=/"));
        QTest::newRow("other query")
            << QUrl(QStringLiteral("https://example.com/?lang=de&rest_route=/"));
    }

    void indexUrlAsksOnlyForTheFieldsRead()
    {
        QFETCH(QUrl, restRoot);
        const QUrl index = DiscoveryParsing::indexUrl(restRoot);
        QCOMPARE(QUrlQuery(index).queryItemValue(QStringLiteral("_fields")),
                 QLatin1String(DiscoveryParsing::kIndexFields));
        QCOMPARE(index.path(), restRoot.path());
        // What a redirect's final URL is turned back into.
        QCOMPARE(DiscoveryParsing::withoutIndexFields(index), restRoot);
        // Every field readIndex reads is asked for.
        const QStringList fields = QString::fromLatin1(DiscoveryParsing::kIndexFields).split(u',');
        QVERIFY(fields.contains(QStringLiteral("namespaces")));
        QVERIFY(fields.contains(QStringLiteral("authentication")));
        QVERIFY(fields.contains(QStringLiteral("url")));
    }

    void linkHeader_data();
    void linkHeader();
    void linkHeaderAcrossSeveralValues();
    void wordPressPage();
    void indexAvailable();
    void indexUnavailable();
    void indexNotWordPress_data();
    void indexNotWordPress();
    void indexWithoutCoreRoutes();
};

static const QUrl kBase(QStringLiteral("https://example.com/blog/"));

void TestDiscoveryParsing::linkHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QUrl>("expected");

    const QUrl root(QStringLiteral("https://example.com/blog/wp-json/"));
    QTest::newRow("wordpress") << QByteArray("<https://example.com/blog/wp-json/>; "
                                             "rel=\"https://api.w.org/\"")
                               << root;
    QTest::newRow("plain permalinks")
        << QByteArray("<https://example.com/blog/?rest_route=/>; rel=\"https://api.w.org/\"")
        << QUrl(QStringLiteral("https://example.com/blog/?rest_route=/"));
    // What WordPress sends on a single post: three links that Qt joins into one value.
    QTest::newRow("joined with others")
        << QByteArray("<https://example.com/blog/?p=1>; rel=shortlink, "
                      "<https://example.com/blog/wp-json/>; rel=\"https://api.w.org/\", "
                      "<https://example.com/blog/wp-json/wp/v2/posts/1>; rel=\"alternate\"; "
                      "type=\"application/json\"")
        << root;
    QTest::newRow("api link not first")
        << QByteArray("<https://example.com/blog/?p=1>; rel=shortlink,"
                      "<https://example.com/blog/wp-json/>;"
                      "rel=\"https://api.w.org/\"")
        << root;
    QTest::newRow("relative path")
        << QByteArray("</blog/wp-json/>; rel=\"https://api.w.org/\"") << root;
    QTest::newRow("relative to page")
        << QByteArray("<wp-json/>; rel=\"https://api.w.org/\"") << root;
    QTest::newRow("unquoted rel")
        << QByteArray("<https://example.com/blog/wp-json/>; rel=https://api.w.org/") << root;
    QTest::newRow("several relation types")
        << QByteArray("<https://example.com/blog/wp-json/>; rel=\"index https://api.w.org/\"")
        << root;
    QTest::newRow("case and spacing")
        << QByteArray("<https://example.com/blog/wp-json/> ;  REL = \"HTTPS://API.W.ORG/\"")
        << root;
    QTest::newRow("comma inside the URL")
        << QByteArray("<https://example.com/a,b/wp-json/>; rel=\"https://api.w.org/\"")
        << QUrl(QStringLiteral("https://example.com/a,b/wp-json/"));
    QTest::newRow("comma inside a quoted parameter")
        << QByteArray("<https://example.com/x>; rel=\"alternate\"; title=\"a, b\", "
                      "<https://example.com/blog/wp-json/>; rel=\"https://api.w.org/\"")
        << root;
    QTest::newRow("other relation only")
        << QByteArray("<https://example.com/blog/?p=1>; rel=shortlink") << QUrl();
    QTest::newRow("api url as anchor, not rel")
        << QByteArray("<https://example.com/blog/wp-json/>; anchor=\"https://api.w.org/\"")
        << QUrl();
    QTest::newRow("no angle brackets")
        << QByteArray("https://example.com/blog/wp-json/; rel=\"https://api.w.org/\"") << QUrl();
    QTest::newRow("unterminated") << QByteArray("<https://example.com/blog/wp-json/; "
                                                "rel=\"https://api.w.org/\"")
                                  << QUrl();
    QTest::newRow("not http") << QByteArray("<javascript:alert(1)>; rel=\"https://api.w.org/\"")
                              << QUrl();
    QTest::newRow("empty") << QByteArray() << QUrl();
}

void TestDiscoveryParsing::linkHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QUrl, expected);
    QCOMPARE(DiscoveryParsing::restRootFromLinkHeaders({header}, kBase), expected);
}

void TestDiscoveryParsing::linkHeaderAcrossSeveralValues()
{
    const QList<QByteArray> headers{
        QByteArray("<https://example.com/blog/?p=1>; rel=shortlink"),
        QByteArray("<https://example.com/blog/wp-json/>; rel=\"https://api.w.org/\""),
    };
    QCOMPARE(DiscoveryParsing::restRootFromLinkHeaders(headers, kBase),
             QUrl(QStringLiteral("https://example.com/blog/wp-json/")));
    QCOMPARE(DiscoveryParsing::restRootFromLinkHeaders({}, kBase), QUrl());
}

void TestDiscoveryParsing::wordPressPage()
{
    QVERIFY(DiscoveryParsing::looksLikeWordPressPage(
        "<link rel='stylesheet' href='https://x/wp-includes/css/dist/block-library/style.css'>"));
    QVERIFY(DiscoveryParsing::looksLikeWordPressPage(
        "<meta name=\"generator\" content=\"WordPress 6.1.9\" />"));
    QVERIFY(!DiscoveryParsing::looksLikeWordPressPage("<html><body>Hello</body></html>"));
}

static QJsonValue parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void TestDiscoveryParsing::indexAvailable()
{
    const QJsonValue index = parse(R"({
        "name": "Test Blog", "description": "Just another site",
        "url": "http://127.0.0.1:8080", "home": "http://127.0.0.1:8080/home",
        "gmt_offset": "0", "timezone_string": "",
        "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
        "authentication": {"application-passwords": {"endpoints": {
            "authorization": "http://127.0.0.1:8080/wp-admin/authorize-application.php"}}},
        "routes": {}
    })");
    DiscoveryResult result;
    const Problem problem = DiscoveryParsing::readIndex(index, result);
    QVERIFY2(problem.isNull(), qPrintable(problem.toString()));
    QCOMPARE(result.name, QStringLiteral("Test Blog"));
    QCOMPARE(result.description, QStringLiteral("Just another site"));
    QCOMPARE(result.home, QUrl(QStringLiteral("http://127.0.0.1:8080/home")));
    QCOMPARE(result.wordPressUrl, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(result.namespaces, (QStringList{QStringLiteral("oembed/1.0"), QStringLiteral("wp/v2"),
                                             QStringLiteral("wp-site-health/v1")}));
    QVERIFY(result.appPasswordsAvailable);
    QCOMPARE(result.authorizeUrl,
             QUrl(QStringLiteral("http://127.0.0.1:8080/wp-admin/authorize-application.php")));
}

void TestDiscoveryParsing::indexUnavailable()
{
    // Application passwords off: "authentication" is an empty array, not an object.
    const QJsonValue index = parse(R"({"name": "x", "namespaces": ["wp/v2"],
                                       "authentication": []})");
    DiscoveryResult result;
    result.appPasswordsAvailable = true;
    result.authorizeUrl = QUrl(QStringLiteral("https://stale.example/"));
    QVERIFY(DiscoveryParsing::readIndex(index, result).isNull());
    QVERIFY(!result.appPasswordsAvailable);
    QVERIFY(result.authorizeUrl.isEmpty());

    // Missing entirely (a plugin trimmed the index): unavailable as far as the index says.
    DiscoveryResult bare;
    QVERIFY(DiscoveryParsing::readIndex(parse(R"({"namespaces": ["wp/v2"]})"), bare).isNull());
    QVERIFY(!bare.appPasswordsAvailable);
}

void TestDiscoveryParsing::indexNotWordPress_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("other API") << QByteArray(R"({"status": "ok", "version": 3})");
    QTest::newRow("namespaces not a list") << QByteArray(R"({"namespaces": "wp/v2"})");
}

void TestDiscoveryParsing::indexNotWordPress()
{
    QFETCH(QByteArray, json);
    DiscoveryResult result;
    const Problem problem = DiscoveryParsing::readIndex(parse(json.constData()), result);
    QCOMPARE(problem.code(), ProblemCode::NotWordPress);
    QVERIFY(!result.appPasswordsAvailable);
}

void TestDiscoveryParsing::indexWithoutCoreRoutes()
{
    DiscoveryResult result;
    const Problem problem =
        DiscoveryParsing::readIndex(parse(R"({"namespaces": ["oembed/1.0"]})"), result);
    QCOMPARE(problem.code(), ProblemCode::RestApiDisabled);
}

QTEST_GUILESS_MAIN(TestDiscoveryParsing)
#include "tst_discoveryparsing.moc"
