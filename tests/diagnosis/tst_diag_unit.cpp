// Diagnosis texts and reports without any server: every problem code has its own fix text,
// a report never holds the password, and the pure parsers behind the diagnosis.
#include "diagnosis/CertificateInfo.h"
#include "diagnosis/DiagnosisReport.h"
#include "diagnosis/HttpExchange.h"
#include "diagnosis/XmlRpcProbe.h"
#include "wordpress/SiteDiscovery.h"

#include <QTest>

using namespace Latchkey;

class TestDiagUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnFix()
    {
        QHash<QString, ProblemCode> seen;
        const QList<ProblemCode> codes = allProblemCodes();
        for (ProblemCode code : codes) {
            const QString fix = Problem::defaultFix(code);
            if (code == ProblemCode::Cancelled) {
                QVERIFY(fix.isEmpty());
                continue;
            }
            QVERIFY2(!fix.isEmpty(), qPrintable(problemCodeName(code)));
            QVERIFY2(!Problem::defaultMessage(code).isEmpty(), qPrintable(problemCodeName(code)));
            QVERIFY2(!seen.contains(fix),
                     qPrintable(problemCodeName(code) + QStringLiteral(" shares its fix with ") +
                                problemCodeName(seen.value(fix))));
            seen.insert(fix, code);
        }
    }

    void fixTextsNameTheRemedies()
    {
        const QString header = Problem::defaultFix(ProblemCode::AuthHeaderStripped);
        for (const char *needle : {"CGIPassAuth On", "E=HTTP_AUTHORIZATION",
                                   "fastcgi_param HTTP_AUTHORIZATION $http_authorization",
                                   "proxy_set_header Authorization $http_authorization"})
            QVERIFY2(header.contains(QLatin1String(needle)), needle);
        QVERIFY(Problem::defaultFix(ProblemCode::AppPasswordsUnavailable)
                    .contains(QLatin1String("Wordfence > Login Security > Settings")));
        const QString https = Problem::defaultFix(ProblemCode::HttpsRequired);
        QVERIFY(https.contains(QLatin1String("$_SERVER['HTTPS'] = 'on'")));
        QVERIFY(https.contains(QLatin1String("HTTP_X_FORWARDED_PROTO")));
        QVERIFY(https.contains(QLatin1String("wp-config.php")));
        QVERIFY(Problem::defaultFix(ProblemCode::InsufficientCapability)
                    .contains(QLatin1String("Author")));
        QVERIFY(Problem::defaultFix(ProblemCode::TlsError)
                    .contains(QLatin1String("--trust-certificate")));
    }

    void reportNeverHoldsThePassword()
    {
        const QString login = QStringLiteral("alice");
        const QString password = QStringLiteral("abcd EFGH ijkl MNOP qrst UVWX");
        CheckResult result;
        result.problem = Problem(ProblemCode::AuthHeaderStripped)
                             .withDetail(QStringLiteral("echo: ") + password)
                             .withHttpStatus(401)
                             .withWordPressCode(QStringLiteral("rest_not_logged_in"));
        result.steps.append({QStringLiteral("authenticate"), false, 12,
                             QStringLiteral("password was abcdEFGHijklMNOPqrstUVWX")});
        HttpExchange exchange;
        exchange.step = QStringLiteral("authenticate");
        exchange.method = "GET";
        exchange.url = HttpExchange::redactUrl(
            QUrl(QStringLiteral("https://alice:secret@example.com/wp-json/?password=") +
                 QString::fromLatin1(QUrl::toPercentEncoding(password)) +
                 QStringLiteral("&_wpnonce=abc&context=edit")));
        exchange.httpStatus = 401;
        exchange.authenticated = true;
        exchange.headers = {{"Server", "nginx"}, {"WWW-Authenticate", "Basic realm=\"x\""}};
        result.exchanges.append(exchange);
        DiagnosisReport::Context context;
        context.siteName = QStringLiteral("Shop");
        context.siteUrl = QUrl(QStringLiteral("https://example.com"));
        context.userLogin = login;
        context.secrets = {password};
        const QString report = DiagnosisReport::build(result, context);
        QVERIFY(report.contains(QLatin1String("auth_header_stripped")));
        QVERIFY(report.contains(QLatin1String("Server: nginx")));
        QVERIFY(report.contains(QLatin1String("Latchkey ")));
        QVERIFY(report.contains(QLatin1String("Qt ")));
        QVERIFY(report.contains(QLatin1String("context=edit")));
        QVERIFY2(!report.contains(password), qPrintable(report));
        QVERIFY2(!report.contains(QLatin1String("abcdEFGHijklMNOPqrstUVWX")), qPrintable(report));
        QVERIFY2(!report.contains(QLatin1String(":secret@")), qPrintable(report));
        QVERIFY2(!report.contains(QLatin1String("_wpnonce=abc")), qPrintable(report));
        QVERIFY(!report.contains(QString::fromLatin1(QUrl::toPercentEncoding(password))));
    }

    void onlyDiagnosticHeadersAreReported()
    {
        QVERIFY(HttpExchange::isReportableHeader("Server"));
        QVERIFY(HttpExchange::isReportableHeader("via"));
        QVERIFY(HttpExchange::isReportableHeader("X-Powered-By"));
        QVERIFY(HttpExchange::isReportableHeader("Link"));
        QVERIFY(HttpExchange::isReportableHeader("WWW-Authenticate"));
        QVERIFY(!HttpExchange::isReportableHeader("Set-Cookie"));
        QVERIFY(!HttpExchange::isReportableHeader("Authorization"));
        QVERIFY(!HttpExchange::isReportableHeader("X-WP-Nonce"));
    }

    void xmlRpcReplies()
    {
        using namespace XmlRpcProbe;
        QCOMPARE(faultCode("<?xml version=\"1.0\"?><methodResponse><params><param><value><array>"
                           "</array></value></param></params></methodResponse>"),
                 0);
        QCOMPARE(faultCode("<methodResponse><fault><value><struct><member><name>faultCode</name>"
                           "<value><int>403</int></value></member></struct></value></fault>"
                           "</methodResponse>"),
                 403);
        QCOMPARE(faultCode("<html>blocked</html>"), -1);
        const QByteArray body = requestBody(QStringLiteral("a<b"), QStringLiteral("p&q"));
        QVERIFY(body.contains("a&lt;b"));
        QVERIFY(body.contains("p&amp;q"));
        QCOMPARE(endpoint(QUrl(QStringLiteral("https://x.test/blog")), QUrl()).toString(),
                 QStringLiteral("https://x.test/blog/xmlrpc.php"));
    }

    void wordPressLinkScheme()
    {
        const QUrl site(QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(DiscoveryParsing::ownLinkScheme(
                     "<form action=\"http://127.0.0.1:8443/wp-login.php\" method=\"post\">", site),
                 QStringLiteral("http"));
        QCOMPARE(DiscoveryParsing::ownLinkScheme(
                     "<link href='https://127.0.0.1:8443/wp-includes/css/x.css'>", site),
                 QStringLiteral("https"));
        QCOMPARE(DiscoveryParsing::ownLinkScheme(
                     "{\"url\":\"http:\\/\\/127.0.0.1:8443\\/wp-content\\/a.js\"}", site),
                 QStringLiteral("http"));
        // Links to another host or port, or to the site's pages, say nothing.
        QCOMPARE(
            DiscoveryParsing::ownLinkScheme("<a href=\"http://127.0.0.1:80/wp-content/x\">x</a><a "
                                            "href=\"http://127.0.0.1:8443/about/\">",
                                            site),
            QString());
        QCOMPARE(DiscoveryParsing::generatorVersion(
                     "<meta name=\"generator\" content=\"WordPress 6.1.9\" />"),
                 QStringLiteral("6.1.9"));
    }

    void certificateText()
    {
        CertificateInfo info;
        info.sha256 = QStringLiteral("bd0f519946a8fb24");
        QCOMPARE(info.sha256Colons(), QStringLiteral("BD:0F:51:99:46:A8:FB:24"));
        QVERIFY(info.toText().contains(QLatin1String("SHA-256: BD:0F")));
    }
};

QTEST_GUILESS_MAIN(TestDiagUnit)
#include "tst_diag_unit.moc"
