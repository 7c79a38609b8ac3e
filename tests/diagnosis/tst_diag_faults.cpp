// One-click diagnosis against real faulty servers: the test bed's WordPress served by private
// php -S instances with fault switches, nginx (Debian) in front of them, and small fakes for a
// hang, a reset and a 100 MB answer. Every case asserts the problem code and candidates, that
// the check returns within its configured timeout, and where credentials went (each origin
// records a SHA-256 of every Authorization header it receives).
#include "DiagSupport.h"
#include "TestBed.h"
#include "diagnosis/DiagnosisReport.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/PublishTest.h"
#include "wordpress/SiteUrl.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTest>

#include <sys/resource.h>

using namespace Latchkey;
using namespace Latchkey::Diag;
using Latchkey::Testing::TestBed;
using Evidence = ConnectionCheck::PasswordEvidence;

Q_DECLARE_METATYPE(Latchkey::ProblemCode)
Q_DECLARE_METATYPE(QList<Latchkey::ProblemCode>)
Q_DECLARE_METATYPE(Latchkey::ConnectionCheck::PasswordEvidence)

namespace {

constexpr int kCheckTimeoutMs = 20'000;
// Slack for the event loop and process scheduling on a shared machine.
constexpr int kSlackMs = 3'000;

// Counts what QNetworkAccessManager actually received for each reply.
class CountingNetwork : public QNetworkAccessManager
{
public:
    qint64 maxReceived = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::downloadProgress, this,
                [this](qint64 received, qint64) { maxReceived = qMax(maxReceived, received); });
        return reply;
    }
};

QString names(const QList<ProblemCode> &codes)
{
    QStringList out;
    for (ProblemCode code : codes)
        out.append(problemCodeName(code));
    return out.join(QLatin1Char(','));
}

QUrl local(quint16 port, const QString &scheme = QStringLiteral("http"),
           const QString &host = QStringLiteral("127.0.0.1"))
{
    return QUrl(QStringLiteral("%1://%2:%3").arg(scheme, host).arg(port));
}

} // namespace

#define EXPECT_PROBLEM(run, wantedCode, wantedCandidates)                                          \
    do {                                                                                           \
        QVERIFY2((run).finished, "the check did not finish");                                      \
        QVERIFY2((run).result.problem.code() == (wantedCode), qPrintable(describe((run).result))); \
        QVERIFY2(names((run).result.problem.candidates()) == names(wantedCandidates),              \
                 qPrintable(QStringLiteral("candidates: ") + describe((run).result)));             \
        QVERIFY2(!(run).result.problem.fix().isEmpty(), "no fix text");                            \
        QVERIFY2(!(run).result.steps.isEmpty(), "no steps");                                       \
    } while (false)

#define EXPECT_OK(run)                                                                             \
    do {                                                                                           \
        QVERIFY2((run).finished, "the check did not finish");                                      \
        QVERIFY2((run).result.ok, qPrintable(describe((run).result)));                             \
    } while (false)

class TestDiagFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void headerStripped_data();
    void headerStripped();
    void authentication_data();
    void authentication();
    void siteFaults_data();
    void siteFaults();
    void firewallHtml();
    void tlsUntrustedThenTrusted();
    void httpsTerminatedAtProxy();
    void redirectHttpToHttps();
    void redirectToAnotherHost();
    void authenticatedRedirectToAnotherHost();
    void plainPermalinks();
    void subdirectoryInstall();
    void notWordPress();
    void badGateway();
    void closedPort();
    void invalidUrl();
    void hang();
    void reset();
    void hugeReply_data();
    void hugeReply();
    void insufficientCapability();
    void reportNeverHoldsThePassword();

private:
    CheckRun check(const QUrl &site, const QString &login, const QString &password,
                   Evidence evidence = Evidence::Unknown, const QString &trusted = {},
                   int timeoutMs = kCheckTimeoutMs, QNetworkAccessManager *network = nullptr);
    QString mintAdminPassword();
    QStringList nginxHashesAt(quint16 port, const QString &host = QStringLiteral("127.0.0.1"));
    void verifyTimely(const CheckRun &run, int timeoutMs = kCheckTimeoutMs);

    QNetworkAccessManager m_network;
    std::unique_ptr<DispatcherGuard> m_dispatcher;
    std::unique_ptr<Nginx> m_nginx;
    std::vector<std::unique_ptr<PhpSite>> m_sites;
    QString m_fingerprint;
    QString m_admin, m_adminPassword, m_author, m_authorPassword, m_contrib, m_contribPassword;
    // nginx fronts
    quint16 m_strip = 0, m_tls = 0, m_terminated = 0, m_firewall = 0, m_subdir = 0, m_toHttps = 0,
            m_toOther = 0, m_other = 0, m_authRedirect = 0, m_static = 0, m_gateway = 0;
    // php -S backends
    quint16 m_stripPhp = 0, m_tlsPhp = 0, m_terminatedPhp = 0, m_firewallPhp = 0, m_subdirPhp = 0,
            m_otherPhp = 0, m_authRedirectPhp = 0, m_directPhp = 0, m_closed = 0;
};

void TestDiagFaults::initTestCase()
{
    qRegisterMetaType<ProblemCode>();
    const TestBed &bed = TestBed::instance();
    if (!bed.isValid())
        QFAIL(qPrintable(bed.errorString()));
    m_admin = bed.value(QStringLiteral("WP_ADMIN_USER"));
    m_adminPassword = bed.value(QStringLiteral("WP_ADMIN_APP_PASSWORD"));
    m_author = bed.value(QStringLiteral("WP_AUTHOR_USER"));
    m_authorPassword = bed.value(QStringLiteral("WP_AUTHOR_APP_PASSWORD"));
    m_contrib = bed.value(QStringLiteral("WP_CONTRIB_USER"));
    m_contribPassword = bed.value(QStringLiteral("WP_CONTRIB_APP_PASSWORD"));
    m_dispatcher = std::make_unique<DispatcherGuard>(bed.prettyDir());
    QVERIFY(m_dispatcher->isActive());

    const QList<quint16 *> wanted{
        &m_strip,           &m_tls,         &m_terminated, &m_firewall,
        &m_subdir,          &m_toHttps,     &m_toOther,    &m_authRedirect,
        &m_static,          &m_gateway,     &m_stripPhp,   &m_tlsPhp,
        &m_terminatedPhp,   &m_firewallPhp, &m_subdirPhp,  &m_otherPhp,
        &m_authRedirectPhp, &m_directPhp,   &m_closed};
    const QList<quint16> ports = freePorts(int(wanted.size()));
    QCOMPARE(ports.size(), wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i)
        *wanted.at(i) = ports.at(i);
    m_other = freePort(QHostAddress(QStringLiteral("127.0.0.2")));
    QVERIFY(m_other != 0);

    const QString proxy = QStringLiteral("    proxy_set_header Host $http_host;\n"
                                         "    proxy_set_header X-Forwarded-Proto $scheme;\n");
    QString servers;
    auto server = [&servers](const QString &listen, const QString &body) {
        servers += QStringLiteral("server {\n  listen %1;\n  access_log LOG auth;\n"
                                  "  default_type text/html;\n%2}\n")
                       .arg(listen, body);
    };
    const QString tls = QStringLiteral("  ssl_certificate CERT;\n  ssl_certificate_key KEY;\n");
    // A reverse proxy that clears the Authorization header.
    server(QStringLiteral("127.0.0.1:%1").arg(m_strip),
           QStringLiteral("  location / {\n    proxy_pass http://127.0.0.1:%1;\n%2"
                          "    proxy_set_header Authorization \"\";\n  }\n")
               .arg(m_stripPhp)
               .arg(proxy));
    // A TLS front with a self-signed certificate.
    server(QStringLiteral("127.0.0.1:%1 ssl").arg(m_tls),
           tls + QStringLiteral("  location / {\n    proxy_pass http://127.0.0.1:%1;\n%2  }\n")
                     .arg(m_tlsPhp)
                     .arg(proxy));
    // HTTPS terminated at the proxy; WordPress behind it is told only X-Forwarded-Proto.
    server(QStringLiteral("127.0.0.1:%1 ssl").arg(m_terminated),
           tls + QStringLiteral("  location / {\n    proxy_pass http://127.0.0.1:%1;\n%2  }\n")
                     .arg(m_terminatedPhp)
                     .arg(proxy));
    // A web application firewall answering REST requests with an HTML 403.
    server(QStringLiteral("127.0.0.1:%1").arg(m_firewall),
           QStringLiteral("  location / {\n"
                          "    if ($request_uri ~ \"(wp-json|rest_route)\") {\n"
                          "      return 403 \"<!DOCTYPE html><html><head><title>403 Forbidden"
                          "</title></head><body><h1>Access denied</h1><p>Request blocked by the "
                          "web application firewall.</p></body></html>\";\n    }\n"
                          "    proxy_pass http://127.0.0.1:%1;\n%2  }\n")
               .arg(m_firewallPhp)
               .arg(proxy));
    // WordPress in a subdirectory; the root is something else.
    server(QStringLiteral("127.0.0.1:%1").arg(m_subdir),
           QStringLiteral("  location /blog/ {\n    proxy_pass http://127.0.0.1:%1;\n%2  }\n"
                          "  location / { return 404 \"<html><body>Not here</body></html>\"; }\n")
               .arg(m_subdirPhp)
               .arg(proxy));
    // http -> https on the same host.
    server(QStringLiteral("127.0.0.1:%1").arg(m_toHttps),
           QStringLiteral("  return 301 https://127.0.0.1:%1$request_uri;\n").arg(m_tls));
    // A redirect to another host, and that host.
    server(QStringLiteral("127.0.0.1:%1").arg(m_toOther),
           QStringLiteral("  return 301 http://127.0.0.2:%1$request_uri;\n").arg(m_other));
    server(QStringLiteral("127.0.0.2:%1").arg(m_other),
           QStringLiteral("  location / {\n    proxy_pass http://127.0.0.1:%1;\n%2  }\n")
               .arg(m_otherPhp)
               .arg(proxy));
    // Anonymous requests work; the authenticated one is redirected to another host.
    server(QStringLiteral("127.0.0.1:%1").arg(m_authRedirect),
           QStringLiteral("  location ~ /wp/v2/users/me$ {\n"
                          "    return 302 http://127.0.0.2:%2$request_uri;\n  }\n"
                          "  location / {\n    proxy_pass http://127.0.0.1:%1;\n%3  }\n")
               .arg(m_authRedirectPhp)
               .arg(m_other)
               .arg(proxy));
    // Not WordPress at all.
    server(QStringLiteral("127.0.0.1:%1").arg(m_static),
           QStringLiteral("  location / { return 200 \"<!DOCTYPE html><html><head><title>Welcome "
                          "to nginx!</title></head><body><h1>Welcome to nginx!</h1></body>"
                          "</html>\"; }\n"));
    // A proxy whose PHP backend is down.
    server(QStringLiteral("127.0.0.1:%1").arg(m_gateway),
           QStringLiteral("  location / { proxy_pass http://127.0.0.1:%1; }\n").arg(m_closed));

    m_nginx = std::make_unique<Nginx>(servers);
    QString error;
    QVERIFY2(m_nginx->makeCertificate(&error), qPrintable(error));
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(m_nginx->certificatePath());
    QCOMPARE(certificates.size(), 1);
    m_fingerprint =
        QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());
    QList<QPair<QHostAddress, quint16>> listening;
    for (quint16 port : {m_strip, m_tls, m_terminated, m_firewall, m_subdir, m_toHttps, m_toOther,
                         m_authRedirect, m_static, m_gateway})
        listening.append({QHostAddress::LocalHost, port});
    listening.append({QHostAddress(QStringLiteral("127.0.0.2")), m_other});
    QVERIFY2(m_nginx->start(listening, &error), qPrintable(error));

    // Backends that stay the same for every case.
    const QString dir = bed.prettyDir();
    auto startSite = [&](quint16 port, const QUrl &home, const QStringList &faults = {}) {
        auto site = std::make_unique<PhpSite>(dir, port, home.toString(), faults);
        QString siteError;
        const bool ok = site->start(&siteError);
        m_sites.push_back(std::move(site));
        return ok ? QString() : siteError;
    };
    for (const auto &[port, home] : QList<QPair<quint16, QUrl>>{
             {m_tlsPhp, local(m_tls, QStringLiteral("https"))},
             {m_firewallPhp, local(m_firewall)},
             {m_subdirPhp, QUrl(local(m_subdir).toString() + QStringLiteral("/blog"))},
             {m_otherPhp, local(m_other, QStringLiteral("http"), QStringLiteral("127.0.0.2"))},
             {m_authRedirectPhp, local(m_authRedirect)}}) {
        const QString siteError = startSite(port, home);
        QVERIFY2(siteError.isEmpty(), qPrintable(siteError));
    }
}

void TestDiagFaults::cleanupTestCase()
{
    m_sites.clear();
    m_nginx.reset();
    m_dispatcher.reset();
}

CheckRun TestDiagFaults::check(const QUrl &site, const QString &login, const QString &password,
                               Evidence evidence, const QString &trusted, int timeoutMs,
                               QNetworkAccessManager *network)
{
    SiteEndpoint endpoint;
    endpoint.login = login;
    endpoint.password = password;
    endpoint.trustedCertificateSha256 = trusted;
    ConnectionCheck::Options options;
    options.timeoutMs = timeoutMs;
    options.passwordEvidence = evidence;
    return runCheck(network ? network : &m_network, site, endpoint, options, timeoutMs + 30'000);
}

void TestDiagFaults::verifyTimely(const CheckRun &run, int timeoutMs)
{
    QVERIFY2(run.ms <= timeoutMs + kSlackMs,
             qPrintable(QStringLiteral("took %1 ms, timeout %2 ms").arg(run.ms).arg(timeoutMs)));
}

QString TestDiagFaults::mintAdminPassword()
{
    const ApplicationPasswordsApi api(
        WordPressClient(&m_network, TestBed::instance().adminEndpoint()));
    QString password;
    bool answered = false;
    api.create(UserRef::me(), QStringLiteral("diag %1").arg(QDateTime::currentMSecsSinceEpoch()),
               QString(), this, [&](Result<AppPassword> created) {
                   answered = true;
                   if (created)
                       password = created->password;
               });
    Testing::waitFor([&] { return answered; }, 30'000);
    return password;
}

QStringList TestDiagFaults::nginxHashesAt(quint16 port, const QString &host)
{
    QStringList hashes;
    const QString origin = QStringLiteral("%1:%2").arg(host).arg(port);
    const QList<AuthRecord> records = m_nginx->authRecords();
    for (const AuthRecord &record : records) {
        if (record.origin == origin)
            hashes.append(record.sha256);
    }
    return hashes;
}

// --- Authorization header stripped by a reverse proxy --------------------------------------

void TestDiagFaults::headerStripped_data()
{
    QTest::addColumn<bool>("early");
    QTest::addColumn<bool>("xmlrpc");
    QTest::addColumn<Evidence>("evidence");
    QTest::addColumn<ProblemCode>("expected");
    QTest::addColumn<QList<ProblemCode>>("candidates");
    const QList<ProblemCode> none;
    QTest::newRow("bare, XML-RPC confirms")
        << false << true << Evidence::Unknown << ProblemCode::AuthHeaderStripped << none;
    QTest::newRow("early, XML-RPC confirms")
        << true << true << Evidence::Unknown << ProblemCode::AuthHeaderStripped << none;
    QTest::newRow("bare, no XML-RPC, just created")
        << false << false << Evidence::JustCreated << ProblemCode::AuthHeaderStripped
        << QList<ProblemCode>{ProblemCode::AppPasswordsDisabledForUser,
                              ProblemCode::CredentialsRejected};
    QTest::newRow("early, no XML-RPC, just created")
        << true << false << Evidence::JustCreated << ProblemCode::AuthHeaderStripped
        << QList<ProblemCode>{ProblemCode::AppPasswordsDisabledForUser,
                              ProblemCode::CredentialsRejected};
    QTest::newRow("bare, no XML-RPC, nothing known")
        << false << false << Evidence::Unknown << ProblemCode::CredentialsRejected
        << QList<ProblemCode>{ProblemCode::AppPasswordsDisabledForUser,
                              ProblemCode::AuthHeaderStripped};
}

void TestDiagFaults::headerStripped()
{
    QFETCH(bool, early);
    QFETCH(bool, xmlrpc);
    QFETCH(Evidence, evidence);
    QFETCH(ProblemCode, expected);
    QFETCH(QList<ProblemCode>, candidates);
    QStringList faults;
    if (early)
        faults.append(QStringLiteral("early-user-check.php"));
    if (!xmlrpc)
        faults.append(QStringLiteral("disable-xmlrpc.php"));
    PhpSite site(TestBed::instance().prettyDir(), m_stripPhp, local(m_strip).toString(), faults);
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));

    const QString password =
        evidence == Evidence::JustCreated ? mintAdminPassword() : m_adminPassword;
    QVERIFY(!password.isEmpty());
    const QStringList before = nginxHashesAt(m_strip);
    const CheckRun run = check(local(m_strip), m_admin, password, evidence);
    EXPECT_PROBLEM(run, expected, candidates);
    verifyTimely(run);
    if (expected == ProblemCode::AuthHeaderStripped)
        QVERIFY(run.result.problem.fix().contains(QLatin1String("proxy_set_header Authorization")));
    // The proxy received the credentials; WordPress behind it never did.
    const QStringList after = nginxHashesAt(m_strip).mid(before.size());
    QVERIFY2(after.contains(authorizationHash(m_admin, password)), "nginx saw no credentials");
    QVERIFY2(site.authRecords().isEmpty(), "the Authorization header reached WordPress");
}

// --- Authentication failures on both flavours of site (direct php -S) ---------------------

void TestDiagFaults::authentication_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<QString>("who");
    QTest::addColumn<Evidence>("evidence");
    QTest::addColumn<ProblemCode>("expected");
    QTest::addColumn<QList<ProblemCode>>("candidates");
    const QStringList bare;
    const QStringList early{QStringLiteral("early-user-check.php")};
    const QList<ProblemCode> none;
    const QList<ProblemCode> ambiguous{ProblemCode::AppPasswordsDisabledForUser,
                                       ProblemCode::AuthHeaderStripped};
    const QString forUser = QStringLiteral("disable-for-user.php");
    const QString appsOff = QStringLiteral("disable-app-passwords.php");

    QTest::newRow("ok") << bare << QStringLiteral("admin") << Evidence::Unknown << ProblemCode::None
                        << none;
    QTest::newRow("wrong password, bare") << bare << QStringLiteral("wrong") << Evidence::Unknown
                                          << ProblemCode::CredentialsRejected << ambiguous;
    QTest::newRow("wrong password, early") << early << QStringLiteral("wrong") << Evidence::Unknown
                                           << ProblemCode::CredentialsRejected << none;
    QTest::newRow("unknown user, bare") << bare << QStringLiteral("nobody") << Evidence::Unknown
                                        << ProblemCode::CredentialsRejected << ambiguous;
    QTest::newRow("unknown user, early") << early << QStringLiteral("nobody") << Evidence::Unknown
                                         << ProblemCode::CredentialsRejected << none;
    QTest::newRow("disabled for user, bare")
        << QStringList{forUser} << QStringLiteral("author") << Evidence::Unknown
        << ProblemCode::CredentialsRejected << ambiguous;
    QTest::newRow("disabled for user, bare, just created")
        << QStringList{forUser} << QStringLiteral("author") << Evidence::JustCreated
        << ProblemCode::AppPasswordsDisabledForUser
        << QList<ProblemCode>{ProblemCode::CredentialsRejected, ProblemCode::AuthHeaderStripped};
    QTest::newRow("disabled for user, early")
        << QStringList{forUser, early.first()} << QStringLiteral("author") << Evidence::Unknown
        << ProblemCode::AppPasswordsDisabledForUser << none;
    QTest::newRow("app passwords off, bare")
        << QStringList{appsOff} << QStringLiteral("admin") << Evidence::Unknown
        << ProblemCode::AppPasswordsUnavailable << QList<ProblemCode>{ProblemCode::HttpsRequired};
    QTest::newRow("app passwords off, early")
        << QStringList{appsOff, early.first()} << QStringLiteral("admin") << Evidence::Unknown
        << ProblemCode::AppPasswordsUnavailable << QList<ProblemCode>{ProblemCode::HttpsRequired};
}

void TestDiagFaults::authentication()
{
    QFETCH(QStringList, faults);
    QFETCH(QString, who);
    QFETCH(Evidence, evidence);
    QFETCH(ProblemCode, expected);
    QFETCH(QList<ProblemCode>, candidates);
    PhpSite site(TestBed::instance().prettyDir(), m_directPhp, local(m_directPhp).toString(),
                 faults);
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    QString login = m_admin;
    QString password = m_adminPassword;
    if (who == QLatin1String("wrong"))
        password = QStringLiteral("abcdABCDabcdABCDabcdABCD");
    else if (who == QLatin1String("nobody"))
        login = QStringLiteral("nobody-here");
    else if (who == QLatin1String("author"))
        std::tie(login, password) = std::make_pair(m_author, m_authorPassword);

    const CheckRun run = check(local(m_directPhp), login, password, evidence);
    if (expected == ProblemCode::None) {
        EXPECT_OK(run);
    } else {
        EXPECT_PROBLEM(run, expected, candidates);
        // The message says how to tell the causes apart when there are several.
        if (!candidates.isEmpty())
            QVERIFY2(run.result.problem.message().size() > 80, qPrintable(describe(run.result)));
    }
    verifyTimely(run);
    // Credentials went only to this origin: WordPress saw exactly this header, when it asked.
    const QList<AuthRecord> records = site.authRecords();
    for (const AuthRecord &record : records)
        QCOMPARE(record.sha256, authorizationHash(login, password));
    if (expected != ProblemCode::AppPasswordsUnavailable)
        QVERIFY(!records.isEmpty());
    else
        QVERIFY2(records.isEmpty(), "credentials sent although application passwords are off");
}

// --- Site faults through the REST API --------------------------------------------------------

void TestDiagFaults::siteFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ProblemCode>("expected");
    QTest::newRow("truncated JSON")
        << QStringLiteral("truncated-json.php") << ProblemCode::InvalidResponse;
    QTest::newRow("PHP warning before JSON")
        << QStringLiteral("php-notice.php") << ProblemCode::InvalidResponse;
    QTest::newRow("REST API off for visitors")
        << QStringLiteral("rest-disabled.php") << ProblemCode::RestApiDisabled;
    QTest::newRow("firewall plugin HTML 403")
        << QStringLiteral("html-firewall.php") << ProblemCode::RestApiBlocked;
}

void TestDiagFaults::siteFaults()
{
    QFETCH(QString, fault);
    QFETCH(ProblemCode, expected);
    PhpSite site(TestBed::instance().prettyDir(), m_directPhp, local(m_directPhp).toString(),
                 {fault});
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    const CheckRun run = check(local(m_directPhp), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, expected, QList<ProblemCode>{});
    verifyTimely(run);
    QVERIFY2(site.authRecords().isEmpty(), "credentials sent before the site was usable");
}

void TestDiagFaults::firewallHtml()
{
    const CheckRun run = check(local(m_firewall), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::RestApiBlocked, QList<ProblemCode>{});
    QCOMPARE(run.result.problem.httpStatus(), 403);
    verifyTimely(run);
    QVERIFY(nginxHashesAt(m_firewall).isEmpty());
}

// --- TLS ---------------------------------------------------------------------------------

void TestDiagFaults::tlsUntrustedThenTrusted()
{
    const CheckRun untrusted =
        check(local(m_tls, QStringLiteral("https")), m_admin, m_adminPassword);
    EXPECT_PROBLEM(untrusted, ProblemCode::TlsError, QList<ProblemCode>{});
    verifyTimely(untrusted);
    const CertificateInfo &certificate = untrusted.result.certificate;
    QCOMPARE(certificate.sha256, m_fingerprint);
    QVERIFY2(certificate.subject.contains(QLatin1String("Latchkey diagnosis staging")),
             qPrintable(certificate.subject));
    QVERIFY(certificate.selfSigned);
    QVERIFY(!certificate.errors.isEmpty());
    QVERIFY(certificate.notAfter > QDateTime::currentDateTimeUtc());
    QVERIFY(certificate.alternativeNames.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(untrusted.result.problem.detail().contains(m_fingerprint));
    QVERIFY(untrusted.result.toJson().value(QStringLiteral("certificate")).isObject());
    QVERIFY2(nginxHashesAt(m_tls).isEmpty(), "credentials sent over an untrusted connection");

    // A different fingerprint is not this certificate.
    const CheckRun wrong = check(local(m_tls, QStringLiteral("https")), m_admin, m_adminPassword,
                                 Evidence::Unknown, QString(64, QLatin1Char('a')));
    EXPECT_PROBLEM(wrong, ProblemCode::TlsError, QList<ProblemCode>{});

    const CheckRun trusted = check(local(m_tls, QStringLiteral("https")), m_admin, m_adminPassword,
                                   Evidence::Unknown, m_fingerprint);
    EXPECT_OK(trusted);
    verifyTimely(trusted);
    QCOMPARE(trusted.result.certificate.sha256, m_fingerprint);
    QVERIFY(nginxHashesAt(m_tls).contains(authorizationHash(m_admin, m_adminPassword)));
}

void TestDiagFaults::httpsTerminatedAtProxy()
{
    const QString dir = TestBed::instance().prettyDir();
    const QUrl url = local(m_terminated, QStringLiteral("https"));
    {
        PhpSite site(dir, m_terminatedPhp, url.toString(), {QStringLiteral("https-only.php")});
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        const CheckRun run = check(url, m_admin, m_adminPassword, Evidence::Unknown, m_fingerprint);
        EXPECT_PROBLEM(run, ProblemCode::HttpsRequired,
                       QList<ProblemCode>{ProblemCode::AppPasswordsUnavailable});
        verifyTimely(run);
        QVERIFY(run.result.problem.fix().contains(QLatin1String("HTTP_X_FORWARDED_PROTO")));
        QVERIFY2(site.authRecords().isEmpty(), "credentials sent although unavailable");
    }
    {
        // The fix text applied: trust X-Forwarded-Proto. Now it works.
        PhpSite site(dir, m_terminatedPhp, url.toString(),
                     {QStringLiteral("forwarded-https.php"), QStringLiteral("https-only.php")});
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        const CheckRun run = check(url, m_admin, m_adminPassword, Evidence::Unknown, m_fingerprint);
        EXPECT_OK(run);
    }
    {
        // A plugin switching them off on a site that knows it is on HTTPS: not https_required.
        PhpSite site(
            dir, m_terminatedPhp, url.toString(),
            {QStringLiteral("forwarded-https.php"), QStringLiteral("disable-app-passwords.php")});
        QString error;
        QVERIFY2(site.start(&error), qPrintable(error));
        const CheckRun run = check(url, m_admin, m_adminPassword, Evidence::Unknown, m_fingerprint);
        EXPECT_PROBLEM(run, ProblemCode::AppPasswordsUnavailable, QList<ProblemCode>{});
        QVERIFY(run.result.problem.fix().contains(QLatin1String("Wordfence")));
    }
}

// --- Redirects ----------------------------------------------------------------------------

void TestDiagFaults::redirectHttpToHttps()
{
    // http://127.0.0.1:A to https://127.0.0.1:B is another service on the same machine, not
    // what HSTS would do (only http:80 to https:443 on the same host is silent): a proposal,
    // and no password goes to either port.
    const QString hash = authorizationHash(m_admin, m_adminPassword);
    const qsizetype before = nginxHashesAt(m_tls).count(hash); // other tests use m_tls too
    const CheckRun run =
        check(local(m_toHttps), m_admin, m_adminPassword, Evidence::Unknown, m_fingerprint);
    EXPECT_PROBLEM(run, ProblemCode::CrossOriginRedirect, QList<ProblemCode>{});
    verifyTimely(run);
    QCOMPARE(SiteUrl::origin(run.result.suggestedUrl),
             SiteUrl::origin(local(m_tls, QStringLiteral("https"))));
    QVERIFY2(nginxHashesAt(m_toHttps).isEmpty(), "credentials sent over plain HTTP");
    QVERIFY2(nginxHashesAt(m_tls).count(hash) == before,
             "credentials followed the redirect to another port");

    // Accepting it is naming the https address: the check then works there.
    const CheckRun accepted = check(local(m_tls, QStringLiteral("https")), m_admin, m_adminPassword,
                                    Evidence::Unknown, m_fingerprint);
    EXPECT_OK(accepted);
    QCOMPARE(accepted.result.restRoot.scheme(), QStringLiteral("https"));
    QVERIFY(nginxHashesAt(m_tls).count(hash) > before);
}

void TestDiagFaults::redirectToAnotherHost()
{
    const CheckRun run = check(local(m_toOther), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::CrossOriginRedirect, QList<ProblemCode>{});
    verifyTimely(run);
    QCOMPARE(SiteUrl::origin(run.result.suggestedUrl),
             SiteUrl::origin(local(m_other, QStringLiteral("http"), QStringLiteral("127.0.0.2"))));
    QVERIFY(run.result.problem.fix().contains(QLatin1String("127.0.0.2")));
    QVERIFY2(nginxHashesAt(m_other, QStringLiteral("127.0.0.2")).isEmpty(),
             "credentials reached the other host");
    QVERIFY(nginxHashesAt(m_toOther).isEmpty());
}

void TestDiagFaults::authenticatedRedirectToAnotherHost()
{
    const CheckRun run = check(local(m_authRedirect), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::CrossOriginRedirect, QList<ProblemCode>{});
    verifyTimely(run);
    // The site's own origin got the credentials; the other host never did.
    QVERIFY(nginxHashesAt(m_authRedirect).contains(authorizationHash(m_admin, m_adminPassword)));
    QVERIFY2(nginxHashesAt(m_other, QStringLiteral("127.0.0.2")).isEmpty(),
             "credentials followed the redirect");
}

// --- Site layouts and dead ends -------------------------------------------------------------

void TestDiagFaults::plainPermalinks()
{
    const TestBed &bed = TestBed::instance();
    const CheckRun run =
        check(bed.plainUrl(), m_admin, bed.value(QStringLiteral("WP_PLAIN_ADMIN_APP_PASSWORD")));
    EXPECT_OK(run);
    QVERIFY(run.result.discovery.usesPlainPermalinks);
    QVERIFY(run.result.restRoot.query().contains(QLatin1String("rest_route")));
}

void TestDiagFaults::subdirectoryInstall()
{
    const QUrl url(local(m_subdir).toString() + QStringLiteral("/blog"));
    const CheckRun run = check(url, m_admin, m_adminPassword);
    EXPECT_OK(run);
    QVERIFY2(run.result.restRoot.path().startsWith(QLatin1String("/blog/")),
             qPrintable(run.result.restRoot.toString()));
    // The root of the host is not WordPress.
    const CheckRun root = check(local(m_subdir), m_admin, m_adminPassword);
    EXPECT_PROBLEM(root, ProblemCode::NotWordPress, QList<ProblemCode>{});
    QVERIFY(nginxHashesAt(m_subdir).contains(authorizationHash(m_admin, m_adminPassword)));
}

void TestDiagFaults::notWordPress()
{
    const CheckRun run = check(local(m_static), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::NotWordPress, QList<ProblemCode>{});
    verifyTimely(run);
    QVERIFY(nginxHashesAt(m_static).isEmpty());
}

void TestDiagFaults::badGateway()
{
    const CheckRun run = check(local(m_gateway), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::HttpError, QList<ProblemCode>{});
    QCOMPARE(run.result.problem.httpStatus(), 502);
    verifyTimely(run);
    QVERIFY(nginxHashesAt(m_gateway).isEmpty());
}

void TestDiagFaults::closedPort()
{
    const CheckRun run = check(local(m_closed), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::ConnectionRefused, QList<ProblemCode>{});
    verifyTimely(run);
}

void TestDiagFaults::invalidUrl()
{
    const CheckRun run =
        check(QUrl(QStringLiteral("http://exa mple.com")), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::InvalidUrl, QList<ProblemCode>{});
    verifyTimely(run);
}

// --- Servers that misbehave at the transport level (small fakes) ---------------------------

void TestDiagFaults::hang()
{
    FaultyServer server(FaultyServer::Mode::Hang);
    QVERIFY(server.isListening());
    const int timeoutMs = 3'000;
    const CheckRun run =
        check(server.url(), m_admin, m_adminPassword, Evidence::Unknown, {}, timeoutMs);
    EXPECT_PROBLEM(run, ProblemCode::Timeout, QList<ProblemCode>{});
    verifyTimely(run, timeoutMs);
    QVERIFY(server.authRecords().isEmpty());
}

void TestDiagFaults::reset()
{
    FaultyServer server(FaultyServer::Mode::Reset);
    QVERIFY(server.isListening());
    const CheckRun run = check(server.url(), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::ConnectionFailed, QList<ProblemCode>{});
    verifyTimely(run);
    QVERIFY(server.authRecords().isEmpty());
}

void TestDiagFaults::hugeReply_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("HTML page") << false;
    QTest::newRow("JSON") << true;
}

void TestDiagFaults::hugeReply()
{
    QFETCH(bool, json);
    FaultyServer server(json ? FaultyServer::Mode::HugeJson : FaultyServer::Mode::Huge);
    QVERIFY(server.isListening());
    CountingNetwork network;
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const CheckRun run = check(server.url(), m_admin, m_adminPassword, Evidence::Unknown, {},
                               kCheckTimeoutMs, &network);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    EXPECT_PROBLEM(run, ProblemCode::ResponseTooLarge, QList<ProblemCode>{});
    verifyTimely(run);
    const qint64 limit = WpRequest::Options().maxBodyBytes;
    QVERIFY2(
        network.maxReceived <= limit + 64 * 1024,
        qPrintable(
            QStringLiteral("received %1 bytes, limit %2").arg(network.maxReceived).arg(limit)));
    QVERIFY2(server.bytesWritten() < 100LL * 1024 * 1024, "the whole 100 MB was sent");
    // Peak memory grew by far less than the answer (ru_maxrss is in KiB).
    const long grownKiB = after.ru_maxrss - before.ru_maxrss;
    QVERIFY2(grownKiB < 48 * 1024,
             qPrintable(QStringLiteral("peak RSS grew %1 KiB").arg(grownKiB)));
    QVERIFY(server.authRecords().isEmpty());
}

// --- Capabilities -------------------------------------------------------------------------

void TestDiagFaults::insufficientCapability()
{
    // A contributor may connect (the check is ok and says it may not publish) ...
    const TestBed &bed = TestBed::instance();
    const CheckRun run = check(bed.prettyUrl(), m_contrib, m_contribPassword);
    EXPECT_OK(run);
    QVERIFY(run.result.canEditPosts);
    QVERIFY(!run.result.canPublishPosts);
    // ... but publishing fails with insufficient_capability, and the fix names the roles.
    auto *test = new PublishTest(&m_network, bed.contributorEndpoint(), QStringLiteral("publish"),
                                 false, this);
    std::optional<PublishTestResult> result;
    connect(test, &PublishTest::finished, this,
            [&result](const PublishTestResult &value) { result = value; });
    test->start();
    QVERIFY(Testing::waitFor([&] { return result.has_value(); }, 60'000));
    QVERIFY(!result->ok);
    QCOMPARE(result->problem.code(), ProblemCode::InsufficientCapability);
    QVERIFY(result->problem.fix().contains(QLatin1String("Author")));
}

void TestDiagFaults::reportNeverHoldsThePassword()
{
    PhpSite site(TestBed::instance().prettyDir(), m_stripPhp, local(m_strip).toString());
    QString error;
    QVERIFY2(site.start(&error), qPrintable(error));
    const CheckRun run = check(local(m_strip), m_admin, m_adminPassword);
    EXPECT_PROBLEM(run, ProblemCode::AuthHeaderStripped, QList<ProblemCode>{});
    DiagnosisReport::Context context;
    context.siteName = QStringLiteral("Stripped");
    context.siteUrl = local(m_strip);
    context.userLogin = m_admin;
    context.secrets = {m_adminPassword};
    const QString report = DiagnosisReport::build(run.result, context);
    QVERIFY(report.contains(QLatin1String("auth_header_stripped")));
    QVERIFY(report.contains(QLatin1String("Server: nginx")));
    QVERIFY(report.contains(QLatin1String("HTTP 401")) || report.contains(QLatin1String("-> 401")));
    QVERIFY(!report.contains(m_adminPassword));
    const QByteArray pair = m_admin.toUtf8() + ':' + m_adminPassword.toUtf8();
    QVERIFY(!report.contains(QString::fromLatin1(pair.toBase64())));
    QVERIFY(!report.contains(QLatin1String("Authorization:")));
}

QTEST_GUILESS_MAIN(TestDiagFaults)
#include "tst_diag_faults.moc"
