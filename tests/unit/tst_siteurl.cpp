#include "SiteUrl.h"

#include <QTest>

using namespace Latchkey;

class TestSiteUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeAccepts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // FullyEncoded

        QTest::newRow("bare host") << "example.com"
                                   << "https://example.com";
        QTest::newRow("surrounding spaces") << "  example.com \t"
                                            << "https://example.com";
        QTest::newRow("uppercase scheme and host") << "HTTPS://WWW.Example.COM/"
                                                   << "https://www.example.com";
        QTest::newRow("plain http kept") << "http://example.com"
                                         << "http://example.com";
        QTest::newRow("default https port dropped") << "https://example.com:443/"
                                                    << "https://example.com";
        QTest::newRow("default http port dropped") << "http://example.com:80"
                                                   << "http://example.com";
        QTest::newRow("port 80 on https kept") << "https://example.com:80"
                                               << "https://example.com:80";
        QTest::newRow("other port kept") << "example.com:8443"
                                         << "https://example.com:8443";
        QTest::newRow("subdirectory") << "example.com/blog"
                                      << "https://example.com/blog";
        QTest::newRow("subdirectory trailing slash") << "https://example.com/blog/"
                                                     << "https://example.com/blog";
        QTest::newRow("double slashes") << "https://example.com//blog//"
                                        << "https://example.com/blog";
        QTest::newRow("query and fragment dropped") << "example.com/blog/?p=1#x"
                                                    << "https://example.com/blog";
        QTest::newRow("rest_route dropped") << "https://example.com/?rest_route=/wp/v2/users"
                                            << "https://example.com";
        QTest::newRow("wp-admin") << "https://example.com/wp-admin/"
                                  << "https://example.com";
        QTest::newRow("wp-admin deep in subdirectory")
            << "https://example.com/blog/wp-admin/options-general.php?page=x"
            << "https://example.com/blog";
        QTest::newRow("wp-admin uppercase") << "https://example.com/WP-Admin"
                                            << "https://example.com";
        QTest::newRow("wp-login.php") << "https://example.com/blog/wp-login.php?redirect_to=x"
                                      << "https://example.com/blog";
        QTest::newRow("wp-json route") << "https://example.com/wp-json/wp/v2/posts"
                                       << "https://example.com";
        QTest::newRow("index.php") << "https://example.com/index.php"
                                   << "https://example.com";
        QTest::newRow("index.php pathinfo") << "https://example.com/blog/index.php/wp-json/"
                                            << "https://example.com/blog";
        QTest::newRow("user info dropped") << "https://admin:secret@example.com/blog"
                                           << "https://example.com/blog";
        QTest::newRow("idn") << "bücher.example"
                             << "https://xn--bcher-kva.example";
        QTest::newRow("idn uppercase") << "HTTPS://BÜCHER.example/Blog"
                                       << "https://xn--bcher-kva.example/Blog";
        QTest::newRow("idn on whitelisted tld") << "https://bücher.de"
                                                << "https://xn--bcher-kva.de";
        QTest::newRow("protocol relative") << "//example.com/blog"
                                           << "https://example.com/blog";
        QTest::newRow("dot segments") << "example.com/a/../blog/./"
                                      << "https://example.com/blog";
        QTest::newRow("path case kept") << "example.com/MyBlog"
                                        << "https://example.com/MyBlog";
        QTest::newRow("encoded path kept") << "example.com/my%20blog/"
                                           << "https://example.com/my%20blog";
        QTest::newRow("localhost gets http") << "localhost"
                                             << "http://localhost";
        QTest::newRow("localhost with port and path") << "localhost:8080/wp"
                                                      << "http://localhost:8080/wp";
        // Not loopback (issue "Trust", item 3): a name DNS answers for, so https by default.
        QTest::newRow("subdomain of localhost") << "site.localhost"
                                                << "https://site.localhost";
        QTest::newRow("loopback v4 with wp-admin") << "127.0.0.1:8080/wp/wp-admin/"
                                                   << "http://127.0.0.1:8080/wp";
        QTest::newRow("loopback elsewhere in 127/8") << "127.1.2.3"
                                                     << "http://127.1.2.3";
        QTest::newRow("loopback v6") << "[::1]:8080"
                                     << "http://[::1]:8080";
        QTest::newRow("loopback explicit https") << "https://localhost:8443"
                                                 << "https://localhost:8443";
        QTest::newRow("lookalike of loopback is remote") << "127.0.0.1.example.com"
                                                         << "https://127.0.0.1.example.com";
        QTest::newRow("private lan address is remote") << "192.168.1.10"
                                                       << "https://192.168.1.10";
    }

    void normalizeAccepts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const Result<QUrl> result = SiteUrl::normalize(input);
        QVERIFY2(result.ok(), qPrintable(result.problem().toString()));
        QCOMPARE(result->toString(QUrl::FullyEncoded), expected);
        QVERIFY(result->userInfo().isEmpty());
        QVERIFY(!result->hasQuery());
        QVERIFY(!result->hasFragment());
        // Normalising is idempotent.
        const Result<QUrl> again = SiteUrl::normalize(result->toString());
        QVERIFY2(again.ok(), qPrintable(again.problem().toString()));
        QCOMPARE(again->toString(QUrl::FullyEncoded), expected);
    }

    void normalizeRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("detailContains");

        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("only spaces") << "   "
                                     << "empty";
        QTest::newRow("scheme only") << "http://"
                                     << "host";
        QTest::newRow("https scheme only") << "https:///blog"
                                           << "host";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "javascript";
        QTest::newRow("javascript uppercase") << "JavaScript:alert(1)"
                                              << "javascript";
        QTest::newRow("ftp") << "ftp://example.com"
                             << "ftp";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "file";
        QTest::newRow("mailto") << "mailto:me@example.com"
                                << "mailto";
        // Indistinguishable from "mailto:me@example.com": user info needs an explicit scheme.
        QTest::newRow("user info without scheme") << "admin:secret@example.com"
                                                  << "http";
        QTest::newRow("data") << "data:text/html,<b>x</b>"
                              << "data";
        QTest::newRow("http without slashes") << "http:example.com"
                                              << "//";
        QTest::newRow("space inside host") << "http://exa mple.com"
                                           << "space";
        QTest::newRow("space inside bare host") << "exa mple.com/blog"
                                                << "space";
        QTest::newRow("port too large") << "example.com:99999"
                                        << "port";
        QTest::newRow("port zero") << "https://example.com:0/"
                                   << "port";
        QTest::newRow("port not a number") << "https://example.com:abc/"
                                           << "port";
        QTest::newRow("negative port") << "https://example.com:-1"
                                       << "port";
        QTest::newRow("only a port") << ":8080"
                                     << "host";
        QTest::newRow("only user info") << "https://user@/"
                                        << "host";
        QTest::newRow("unclosed ipv6") << "http://[::1:8080/"
                                       << "bracket";
        QTest::newRow("empty ipv6") << "http://[]/"
                                    << "host";
    }

    void normalizeRejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, detailContains);
        const Result<QUrl> result = SiteUrl::normalize(input);
        QVERIFY2(!result.ok(), qPrintable(input + QStringLiteral(" was accepted")));
        QCOMPARE(result.problem().code(), ProblemCode::InvalidUrl);
        QVERIFY2(result.problem().detail().contains(detailContains, Qt::CaseInsensitive),
                 qPrintable(result.problem().detail()));
    }

    void normalizeNeverLeaksThePasswordIntoTheProblem()
    {
        const Result<QUrl> result = SiteUrl::normalize(QStringLiteral("ftp://admin:hunter2@x.org"));
        QVERIFY(!result.ok());
        QVERIFY(!result.problem().toString().contains(QLatin1String("hunter2")));
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
        QTest::newRow("localhost.") << "localhost." << true;
        // Resolved by whatever DNS says, and sent through a proxy by Qt: not loopback.
        QTest::newRow("sub.localhost") << "wp.localhost" << false;
        QTest::newRow("sub.localhost.") << "wp.localhost." << false;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.255.255.254") << "127.255.255.254" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("[::1]") << "[::1]" << true;
        QTest::newRow("long ::1") << "0:0:0:0:0:0:0:1" << true;
        QTest::newRow("127.0.0.1.example.com") << "127.0.0.1.example.com" << false;
        QTest::newRow("localhost.example.com") << "localhost.example.com" << false;
        QTest::newRow("notlocalhost") << "notlocalhost" << false;
        QTest::newRow("mylocalhost") << "mylocalhost" << false;
        QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
        QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("::2") << "::2" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("example.com") << "example.com" << false;
    }

    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(SiteUrl::isLoopbackHost(host), loopback);
    }

    void originsAndCredentials()
    {
        const QUrl a(QStringLiteral("https://example.com/wp-json/"));
        QCOMPARE(SiteUrl::origin(a), QStringLiteral("https://example.com:443"));
        QCOMPARE(SiteUrl::origin(QUrl(QStringLiteral("http://[::1]:8080/x"))),
                 QStringLiteral("http://[::1]:8080"));
        QVERIFY(SiteUrl::sameOrigin(a, QUrl(QStringLiteral("https://EXAMPLE.com:443/other"))));
        QVERIFY(!SiteUrl::sameOrigin(a, QUrl(QStringLiteral("http://example.com/wp-json/"))));
        QVERIFY(!SiteUrl::sameOrigin(a, QUrl(QStringLiteral("https://example.com:8443/"))));
        QVERIFY(!SiteUrl::sameOrigin(a, QUrl(QStringLiteral("https://www.example.com/"))));
        QVERIFY(!SiteUrl::sameOrigin(QUrl(), QUrl()));
        QVERIFY(SiteUrl::origin(QUrl(QStringLiteral("mailto:x@y"))).isEmpty());

        QVERIFY(SiteUrl::mayCarryCredentials(a, false));
        QVERIFY(!SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://example.com/")), false));
        QVERIFY(SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://example.com/")), true));
        QVERIFY(
            SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://127.0.0.1:8080/")), false));
        QVERIFY(SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://[::1]/")), false));
        QVERIFY(SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://localhost/")), false));
        QVERIFY(!SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://127.0.0.1.example.com/")),
                                              false));
        QVERIFY(!SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("ftp://example.com/")), true));
        QVERIFY(!SiteUrl::mayCarryCredentials(QUrl(), true));
    }

    void restUrl_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("queryKey");
        QTest::addColumn<QString>("queryValue");
        QTest::addColumn<QString>("expected"); // FullyEncoded

        QTest::newRow("pretty") << "https://x.org/wp-json/"
                                << "/wp/v2/users/me"
                                << ""
                                << ""
                                << "https://x.org/wp-json/wp/v2/users/me";
        QTest::newRow("pretty without trailing slash") << "https://x.org/wp-json"
                                                       << "/wp/v2/users/me"
                                                       << ""
                                                       << ""
                                                       << "https://x.org/wp-json/wp/v2/users/me";
        QTest::newRow("pretty route without leading slash")
            << "https://x.org/blog/wp-json/"
            << "wp/v2/posts"
            << ""
            << ""
            << "https://x.org/blog/wp-json/wp/v2/posts";
        QTest::newRow("pretty index") << "https://x.org/wp-json/"
                                      << "/"
                                      << ""
                                      << ""
                                      << "https://x.org/wp-json/";
        QTest::newRow("pretty with query") << "https://x.org/wp-json/"
                                           << "/wp/v2/users/me"
                                           << "context"
                                           << "edit"
                                           << "https://x.org/wp-json/wp/v2/users/me?context=edit";
        QTest::newRow("space and plus encoded")
            << "https://x.org/wp-json/"
            << "/wp/v2/users"
            << "search"
            << "a b+c&d=e#f"
            << "https://x.org/wp-json/wp/v2/users?search=a%20b%2Bc%26d%3De%23f";
        QTest::newRow("non-ascii value")
            << "https://x.org/wp-json/"
            << "/wp/v2/categories"
            << "search"
            << "Café"
            << "https://x.org/wp-json/wp/v2/categories?search=Caf%C3%A9";
        QTest::newRow("plain permalinks") << "https://x.org/?rest_route=/"
                                          << "/wp/v2/users/me"
                                          << ""
                                          << ""
                                          << "https://x.org/?rest_route=/wp/v2/users/me";
        QTest::newRow("plain permalinks subdirectory with query")
            << "http://127.0.0.1:8080/blog/?rest_route=/"
            << "/wp/v2/users/me"
            << "context"
            << "edit"
            << "http://127.0.0.1:8080/blog/?rest_route=/wp/v2/users/me&context=edit";
        QTest::newRow("plain permalinks index") << "https://x.org/?rest_route=/"
                                                << "/"
                                                << ""
                                                << ""
                                                << "https://x.org/?rest_route=/";
        QTest::newRow("plain permalinks encoded root")
            << "https://x.org/index.php?rest_route=%2F"
            << "/wp/v2/posts"
            << "force"
            << "true"
            << "https://x.org/index.php?rest_route=/wp/v2/posts&force=true";
        QTest::newRow("plain permalinks plus in value")
            << "https://x.org/?rest_route=/"
            << "/wp/v2/users"
            << "search"
            << "a+b c"
            << "https://x.org/?rest_route=/wp/v2/users&search=a%2Bb%20c";
    }

    void restUrl()
    {
        QFETCH(QString, root);
        QFETCH(QString, route);
        QFETCH(QString, queryKey);
        QFETCH(QString, queryValue);
        QFETCH(QString, expected);
        QUrlQuery query;
        if (!queryKey.isEmpty())
            query.addQueryItem(queryKey, queryValue);
        const QUrl url = SiteUrl::restUrl(QUrl(root), route, query);
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(QString::fromLatin1(url.toEncoded()), expected);
        if (!queryKey.isEmpty())
            QCOMPARE(QUrlQuery(url).queryItemValue(queryKey, QUrl::FullyDecoded), queryValue);
    }

    void restUrlOfInvalidRootIsInvalid()
    {
        QVERIFY(!SiteUrl::restUrl(QUrl(), QStringLiteral("/wp/v2/users/me")).isValid());
    }

    void fallbackRestRoot()
    {
        QCOMPARE(SiteUrl::fallbackRestRoot(QUrl(QStringLiteral("https://x.org")))
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("https://x.org/?rest_route=/"));
        QCOMPARE(SiteUrl::fallbackRestRoot(QUrl(QStringLiteral("https://x.org/blog")))
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("https://x.org/blog/?rest_route=/"));
        // And it works as a root for restUrl.
        QCOMPARE(
            SiteUrl::restUrl(SiteUrl::fallbackRestRoot(QUrl(QStringLiteral("https://x.org/blog"))),
                             QStringLiteral("/wp/v2/users/me"))
                .toString(QUrl::FullyEncoded),
            QStringLiteral("https://x.org/blog/?rest_route=/wp/v2/users/me"));
    }

    void redacted()
    {
        const QString text =
            SiteUrl::redacted(QUrl(QStringLiteral("https://admin:hunter2@x.org/wp-json/")));
        QVERIFY(!text.contains(QLatin1String("hunter2")));
        QVERIFY(!text.contains(QLatin1String("admin")));
        QCOMPARE(text, QStringLiteral("https://x.org/wp-json/"));

        const QString callback = SiteUrl::redacted(QUrl(QStringLiteral(
            "latchkey://"
            "authorized?site_url=https%3A%2F%2Fx.org&user_login=bob&password=abcd%20efgh")));
        QVERIFY2(!callback.contains(QLatin1String("abcd")), qPrintable(callback));
        QVERIFY(callback.contains(QLatin1String("user_login=bob")));
        QVERIFY(callback.contains(QLatin1String("password=REDACTED")));
    }
};

QTEST_GUILESS_MAIN(TestSiteUrl)
#include "tst_siteurl.moc"
