// Unit tests: the approval page's address (ApprovalRequest) and the latchkey:// callback parser
// (ApprovalCallback), including what a hostile or mangled address must not get through.
#include "AppIdentity.h"
#include "approval/ApprovalCallback.h"
#include "approval/ApprovalRequest.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Latchkey;

namespace {

const QString kState = QStringLiteral("AbCdEfGhIjKlMnOpQrStU_");
const QString kPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");

// The value of key in a raw query, decoded as PHP would ($_GET): '+' is a space.
QString phpValue(const QUrl &url, const QString &key)
{
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (pair.left(equals) == key) {
            QByteArray raw = pair.mid(equals + 1).toLatin1();
            raw.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
        }
    }
    return {};
}

QString authorized(const QString &tail)
{
    return QStringLiteral("latchkey://authorized?state=") + kState + tail;
}

QString goodTail()
{
    return QStringLiteral("&site_url=https%3A%2F%2Fexample.com%2Fblog&user_login=jo%20doe"
                          "&password=abcd%20EFGH%201234%20ijkl%20MNOP%205678");
}

} // namespace

class TestApprovalUrls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateIsRandomAndUrlSafe()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString state = ApprovalRequest::newState();
            QCOMPARE(state.size(), 22);
            QVERIFY(ApprovalRequest::isWellFormedState(state));
            QCOMPARE(QUrl::toPercentEncoding(state), state.toLatin1());
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 200);
        QVERIFY(!ApprovalRequest::isWellFormedState(QStringLiteral("short")));
        QVERIFY(!ApprovalRequest::isWellFormedState(QStringLiteral("AbCdEfGhIjKlMnOpQrStU=")));
        QVERIFY(!ApprovalRequest::isWellFormedState(QStringLiteral("AbCdEfGhIjKlMnOpQrStU/")));
    }

    void appNameIsUniquePerSecondAndClean()
    {
        const QDateTime when(QDate(2024, 5, 1), QTime(13, 4, 5));
        QCOMPARE(ApprovalRequest::defaultAppName(QStringLiteral("desk"), when),
                 QStringLiteral("Latchkey on desk 2024-05-01 13:04:05"));
        QCOMPARE(ApprovalRequest::defaultAppName(QStringLiteral(" a\tb\n"), when),
                 QStringLiteral("Latchkey on a b 2024-05-01 13:04:05"));
        QCOMPARE(ApprovalRequest::defaultAppName(QString(), when),
                 QStringLiteral("Latchkey on this computer 2024-05-01 13:04:05"));
        QVERIFY(ApprovalRequest::defaultAppName(QString(100, QLatin1Char('x')), when).size() < 80);
        QVERIFY(ApprovalRequest::defaultAppName(QStringLiteral("desk"), when) !=
                ApprovalRequest::defaultAppName(QStringLiteral("desk"), when.addSecs(1)));
    }

    void approvalUrlCarriesEverythingEncoded_data()
    {
        QTest::addColumn<QString>("authorize");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::newRow("pretty")
            << QStringLiteral("https://example.com/wp-admin/authorize-application.php")
            << QStringLiteral("https://example.com/wp-admin/authorize-application.php?app_name=");
        QTest::newRow("subfolder and port")
            << QStringLiteral("http://127.0.0.1:8080/blog/wp-admin/authorize-application.php")
            << QStringLiteral(
                   "http://127.0.0.1:8080/blog/wp-admin/authorize-application.php?app_name=");
        QTest::newRow("existing query kept")
            << QStringLiteral("https://example.com/wp-admin/authorize-application.php?lang=de")
            << QStringLiteral(
                   "https://example.com/wp-admin/authorize-application.php?lang=de&app_name=");
    }

    void approvalUrlCarriesEverythingEncoded()
    {
        QFETCH(QString, authorize);
        QFETCH(QString, expectedPrefix);
        ApprovalRequest request =
            ApprovalRequest::create(QUrl(authorize), QStringLiteral("Jo's laptop & co"),
                                    QDateTime(QDate(2024, 5, 1), QTime(13, 4, 5)));
        const QUrl url = request.url();
        const QString raw = url.toString(QUrl::FullyEncoded);
        QVERIFY2(raw.startsWith(expectedPrefix), qPrintable(raw));
        QCOMPARE(request.appId, QString::fromLatin1(AppIdentity::kAppId));
        QCOMPARE(request.appId, request.appId.toLower());

        // Nested addresses are single values: their ':', '/', '?', '=' and '&' are encoded.
        QVERIFY2(
            raw.contains(QStringLiteral("&success_url=latchkey%3A%2F%2Fauthorized%3Fstate%3D") +
                         request.state + QLatin1Char('&')),
            qPrintable(raw));
        QVERIFY2(raw.endsWith(QStringLiteral("&reject_url=latchkey%3A%2F%2Frejected%3Fstate%3D") +
                              request.state),
                 qPrintable(raw));
        QVERIFY2(
            raw.contains(QStringLiteral("app_name=Latchkey%20on%20Jo%27s%20laptop%20%26%20co%20"
                                        "2024-05-01%2013%3A04%3A05&")),
            qPrintable(raw));

        // What WordPress reads ($_REQUEST) is exactly what was meant.
        QCOMPARE(phpValue(url, QStringLiteral("app_name")),
                 QStringLiteral("Latchkey on Jo's laptop & co 2024-05-01 13:04:05"));
        QCOMPARE(phpValue(url, QStringLiteral("app_id")), QString::fromLatin1(AppIdentity::kAppId));
        QCOMPARE(phpValue(url, QStringLiteral("success_url")),
                 QStringLiteral("latchkey://authorized?state=") + request.state);
        QCOMPARE(phpValue(url, QStringLiteral("reject_url")),
                 QStringLiteral("latchkey://rejected?state=") + request.state);
        // A re-parse by QUrl keeps the encoding (no silent decoding of the nested address).
        QCOMPARE(QUrl(raw, QUrl::StrictMode).toString(QUrl::FullyEncoded), raw);

        const QUrl fallback = request.urlShowingPassword();
        QVERIFY(!fallback.toString(QUrl::FullyEncoded).contains(QLatin1String("success_url")));
        QVERIFY(!fallback.toString(QUrl::FullyEncoded).contains(QLatin1String("reject_url")));
        QCOMPARE(phpValue(fallback, QStringLiteral("app_name")), request.appName);
    }

    void callbackRoundTripsWithTheRequest()
    {
        ApprovalRequest request = ApprovalRequest::create(
            QUrl(QStringLiteral("https://example.com/wp-admin/authorize-application.php")));
        // What auth-app.js appends to success_url.
        const QString address = request.successUrl().toString(QUrl::FullyEncoded) +
                                QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login="
                                               "admin&password=") +
                                QString::fromLatin1(QUrl::toPercentEncoding(kPassword));
        const Result<ApprovalCallback> parsed = ApprovalCallback::parse(address);
        QVERIFY2(parsed, qPrintable(parsed.problem().message()));
        QVERIFY(parsed->isAuthorized());
        QCOMPARE(parsed->state, request.state);
        QCOMPARE(parsed->siteUrl, QUrl(QStringLiteral("https://example.com")));
        QCOMPARE(parsed->userLogin, QStringLiteral("admin"));
        QCOMPARE(parsed->password, kPassword);
        QCOMPARE(parsed->compactPassword(), QStringLiteral("abcdEFGH1234ijklMNOP5678"));

        const Result<ApprovalCallback> rejected =
            ApprovalCallback::parse(request.rejectUrl().toString(QUrl::FullyEncoded));
        QVERIFY(rejected);
        QVERIFY(!rejected->isAuthorized());
        QCOMPARE(rejected->state, request.state);
        QVERIFY(rejected->password.isEmpty());
    }

    void acceptedCallbacks_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("login");
        QTest::newRow("%20 spaces")
            << authorized(goodTail()) << kPassword << QStringLiteral("jo doe");
        QTest::newRow("+ spaces") << authorized(QStringLiteral(
                                         "&site_url=https%3A%2F%2Fexample.com%2Fblog&user_login="
                                         "jo+doe&password=abcd+EFGH+1234+ijkl+MNOP+5678"))
                                  << kPassword << QStringLiteral("jo doe");
        QTest::newRow("compact password")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a&"
                                         "password=abcdEFGH1234ijklMNOP5678"))
            << QStringLiteral("abcdEFGH1234ijklMNOP5678") << QStringLiteral("a");
        QTest::newRow("parameters in another order")
            << QStringLiteral("latchkey://authorized?password=abcdEFGH1234ijklMNOP5678&user_login="
                              "a&state=") +
                   kState + QStringLiteral("&site_url=http%3A%2F%2F127.0.0.1%3A8080")
            << QStringLiteral("abcdEFGH1234ijklMNOP5678") << QStringLiteral("a");
        QTest::newRow("upper-case scheme and host, slash")
            << QStringLiteral("LATCHKEY://Authorized/?state=") + kState + goodTail() << kPassword
            << QStringLiteral("jo doe");
        QTest::newRow("UTF-8 login")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=j%C3%B6"
                                         "&password=abcdEFGH1234ijklMNOP5678"))
            << QStringLiteral("abcdEFGH1234ijklMNOP5678") << QStringLiteral("jö");
        QTest::newRow("surrounding whitespace (pasted)")
            << QStringLiteral("  ") + authorized(goodTail()) + QStringLiteral("\n") << kPassword
            << QStringLiteral("jo doe");
    }

    void acceptedCallbacks()
    {
        QFETCH(QString, address);
        QFETCH(QString, password);
        QFETCH(QString, login);
        const Result<ApprovalCallback> parsed = ApprovalCallback::parse(address);
        QVERIFY2(parsed, qPrintable(parsed.problem().message()));
        QVERIFY(parsed->isAuthorized());
        QCOMPARE(parsed->state, kState);
        QCOMPARE(parsed->password, password);
        QCOMPARE(parsed->userLogin, login);
    }

    void refusedCallbacks_data()
    {
        QTest::addColumn<QString>("address");
        const QString tail = goodTail();
        QTest::newRow("empty") << QString();
        QTest::newRow("wrong scheme")
            << QStringLiteral("https://authorized?state=") + kState + tail;
        QTest::newRow("scheme prefix only")
            << QStringLiteral("latchkeyx://authorized?state=") + kState + tail;
        QTest::newRow("no //") << QStringLiteral("latchkey:authorized?state=") + kState + tail;
        QTest::newRow("wrong host") << QStringLiteral("latchkey://approved?state=") + kState + tail;
        QTest::newRow("host with path")
            << QStringLiteral("latchkey://authorized/x?state=") + kState + tail;
        QTest::newRow("user info")
            << QStringLiteral("latchkey://eve@authorized?state=") + kState + tail;
        QTest::newRow("port") << QStringLiteral("latchkey://authorized:80?state=") + kState + tail;
        QTest::newRow("fragment") << authorized(tail) + QStringLiteral("#x");
        QTest::newRow("no query") << QStringLiteral("latchkey://authorized");
        QTest::newRow("missing state") << QStringLiteral("latchkey://authorized?") + tail.mid(1);
        QTest::newRow("malformed state")
            << QStringLiteral("latchkey://authorized?state=abc") + tail;
        QTest::newRow("missing password")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a"));
        QTest::newRow("empty password") << authorized(
            QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a&password="));
        QTest::newRow("missing login") << authorized(QStringLiteral(
            "&site_url=https%3A%2F%2Fexample.com&password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("missing site_url")
            << authorized(QStringLiteral("&user_login=a&password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("duplicate password")
            << authorized(tail + QStringLiteral("&password=zzzzzzzzzzzzzzzzzzzzzzzz"));
        QTest::newRow("duplicate state") << authorized(tail + QStringLiteral("&state=") + kState);
        QTest::newRow("duplicate via encoding")
            << authorized(tail + QStringLiteral("&pass%77ord=zzzzzzzzzzzzzzzzzzzzzzzz"));
        QTest::newRow("extra parameter")
            << authorized(tail + QStringLiteral("&redirect=https%3A%2F%2Fevil"));
        QTest::newRow("extra on rejected") << QStringLiteral("latchkey://rejected?state=") +
                                                  kState + QStringLiteral("&password=x");
        QTest::newRow("parameter without value") << authorized(tail + QStringLiteral("&debug"));
        QTest::newRow("empty pair") << authorized(tail + QStringLiteral("&&"));
        QTest::newRow("stray percent") << authorized(tail + QStringLiteral("%2"));
        QTest::newRow("invalid UTF-8")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=%FF&"
                                         "password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("control character in login")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a%0Ab&"
                                         "password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("raw space")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a "
                                         "b&password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("non-ASCII raw") << authorized(QStringLiteral(
            "&site_url=https%3A%2F%2Fexample.com&user_login=jö&password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("javascript site_url") << authorized(QStringLiteral(
            "&site_url=javascript%3Aalert(1)&user_login=a&password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("site_url with user info")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fu%3Ap%40example.com&user_login=a&"
                                         "password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("password with symbols")
            << authorized(QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a&"
                                         "password=abcd%27EFGH1234ijklMNOP5678"));
        QTest::newRow("password too short") << authorized(
            QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=a&password=abcd"));
        QTest::newRow("login too long") << authorized(
            QStringLiteral("&site_url=https%3A%2F%2Fexample.com&user_login=") +
            QString(61, QLatin1Char('a')) + QStringLiteral("&password=abcdEFGH1234ijklMNOP5678"));
        QTest::newRow("huge") << authorized(tail + QStringLiteral("&x=") +
                                            QString(5000, QLatin1Char('a')));
        QTest::newRow("huge whitespace")
            << QString(ApprovalCallback::kMaxLength + 1, QLatin1Char(' '));
    }

    void refusedCallbacks()
    {
        QFETCH(QString, address);
        const Result<ApprovalCallback> parsed = ApprovalCallback::parse(address);
        QVERIFY(!parsed);
        QCOMPARE(parsed.problem().code(), ProblemCode::InvalidInput);
        // The sentence never quotes the input (it may hold a password).
        QVERIFY(!parsed.problem().message().contains(QLatin1String("abcd")));
        QVERIFY(!parsed.problem().message().contains(kState));
    }

    void hugeInputIsRefusedQuickly()
    {
        const QString huge = authorized(goodTail()) + QString(10'000'000, QLatin1Char('a'));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!ApprovalCallback::parse(huge));
        QVERIFY(clock.elapsed() < 200);
    }

    void pastedTextIsToldApart()
    {
        QVERIFY(ApprovalCallback::looksLikeCallback(QStringLiteral(" latchkey://authorized?x")));
        QVERIFY(ApprovalCallback::looksLikeCallback(QStringLiteral("LATCHKEY:foo")));
        QVERIFY(!ApprovalCallback::looksLikeCallback(kPassword));
        QVERIFY(ApprovalCallback::isApplicationPassword(kPassword));
        QVERIFY(
            ApprovalCallback::isApplicationPassword(QStringLiteral("abcdEFGH1234ijklMNOP5678")));
        QVERIFY(!ApprovalCallback::isApplicationPassword(QStringLiteral("hunter2")));
        QVERIFY(!ApprovalCallback::isApplicationPassword(
            QStringLiteral("abcd-EFGH-1234-ijkl-MNOP-5678")));
    }
};

QTEST_GUILESS_MAIN(TestApprovalUrls)
#include "tst_approval_urls.moc"
