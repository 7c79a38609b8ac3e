// Cases that need a machine with no way out: run inside a private network namespace
// (unshare -n, see tests.cmake) whose only interface is its own loopback, plus the
// non-loopback address 192.0.2.77 (TEST-NET-1) on that loopback. A DNS query or any other
// packet for the outside world has no route and cannot leave the namespace; initTestCase()
// proves it before any case runs. Also runs on a D-Bus session without a Secret Service.
#include "DiagSupport.h"
#include "sites/SiteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Latchkey;
using namespace Latchkey::Diag;

namespace {

const QHostAddress kOtherComputer(QStringLiteral("192.0.2.77"));

// A WordPress look-alike on a non-loopback address: front page with the REST link, an index
// with application passwords, and 401 for everything else. Records Authorization hashes.
class FakeWordPress : public QTcpServer
{
public:
    QList<QString> hashes;

    FakeWordPress()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
            }
        });
        listen(kOtherComputer, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://192.0.2.77:%1").arg(serverPort())); }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QString head = QString::fromLatin1(request);
        static const QRegularExpression authorization(
            QStringLiteral("\r\nAuthorization:\\s*([^\r\n]*)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = authorization.match(head);
        if (match.hasMatch())
            hashes.append(sha256Hex(match.captured(1).toLatin1()));
        // The path without the query (discovery asks the index for ?_fields=…).
        const QString path = head.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('?'), 0, 0);
        const QByteArray root = url().toString().toLatin1();
        int status = 401;
        QByteArray type = "application/json";
        QByteArray extra;
        QByteArray body = "{\"code\":\"rest_not_logged_in\",\"message\":\"You are not currently "
                          "logged in.\",\"data\":{\"status\":401}}";
        if (path == QLatin1String("/")) {
            status = 200;
            type = "text/html";
            extra = "Link: <" + root + "/wp-json/>; rel=\"https://api.w.org/\"\r\n";
            body = "<html><head><link rel='stylesheet' href='" + root +
                   "/wp-includes/css/x.css'></head><body>Blog</body></html>";
        } else if (path == QLatin1String("/wp-json/")) {
            status = 200;
            body = "{\"name\":\"Fake\",\"url\":\"" + root + "\",\"home\":\"" + root +
                   "\",\"namespaces\":[\"wp/v2\"],\"authentication\":{\"application-passwords\":"
                   "{\"endpoints\":{\"authorization\":\"" +
                   root + "/wp-admin/authorize-application.php\"}}}}";
        }
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      (status == 200 ? " OK" : " Unauthorized") + "\r\nContent-Type: " + type +
                      "\r\n" + extra + "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
};

} // namespace

class TestDiagIsolated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The namespace has nothing but loopback: no other interface, and the outside is
        // unreachable (a connection to a public address fails at once, without a timeout).
        const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &interface : interfaces) {
            QVERIFY2(interface.flags().testFlag(QNetworkInterface::IsLoopBack) ||
                         !interface.flags().testFlag(QNetworkInterface::IsUp),
                     qPrintable(
                         QStringLiteral("not isolated: interface %1 is up").arg(interface.name())));
        }
        QTcpSocket probe;
        QElapsedTimer clock;
        clock.start();
        probe.connectToHost(QHostAddress(QStringLiteral("192.0.2.1")), 53);
        QVERIFY(!probe.waitForConnected(3'000));
        QVERIFY2(clock.elapsed() < 2'000, "the outside seems reachable: not in a namespace?");
    }

    void dnsFailed()
    {
        SiteEndpoint endpoint;
        endpoint.login = QStringLiteral("admin");
        endpoint.password = QStringLiteral("abcdabcdabcdabcdabcdabcd");
        ConnectionCheck::Options options;
        options.timeoutMs = 15'000;
        const CheckRun run = runCheck(
            &m_network, QUrl(QStringLiteral("https://no-such-site.invalid")), endpoint, options);
        QVERIFY(run.finished);
        QVERIFY2(run.result.problem.code() == ProblemCode::DnsFailed,
                 qPrintable(describe(run.result)));
        QVERIFY(run.result.problem.candidates().isEmpty());
        QVERIFY(run.ms < options.timeoutMs + 3'000);
    }

    void insecureTransportRefused()
    {
        FakeWordPress site;
        QVERIFY2(site.isListening(), qPrintable(site.errorString()));
        SiteEndpoint endpoint;
        endpoint.login = QStringLiteral("admin");
        endpoint.password = QStringLiteral("abcdabcdabcdabcdabcdabcd");
        ConnectionCheck::Options options;
        options.timeoutMs = 15'000;
        const CheckRun run = runCheck(&m_network, site.url(), endpoint, options);
        QVERIFY(run.finished);
        QVERIFY2(run.result.problem.code() == ProblemCode::InsecureTransportRefused,
                 qPrintable(describe(run.result)));
        QVERIFY2(site.hashes.isEmpty(), "the password went over plain HTTP");
        QVERIFY(run.ms < options.timeoutMs + 3'000);

        // With the per-site opt-in it is sent (and this fake refuses it).
        endpoint.allowInsecureHttp = true;
        const CheckRun optedIn = runCheck(&m_network, site.url(), endpoint, options);
        QVERIFY(optedIn.finished);
        QVERIFY2(optedIn.result.problem.code() == ProblemCode::CredentialsRejected,
                 qPrintable(describe(optedIn.result)));
        QVERIFY(site.hashes.contains(authorizationHash(endpoint.login, endpoint.password)));
    }

    void keychainUnavailable()
    {
        // This binary runs on a session bus without any Secret Service.
        const QString cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY(QFileInfo(cli).isExecutable());
        QTemporaryDir config;
        SiteStore store(config.filePath(QStringLiteral("latchkey")));
        Site site;
        site.name = QStringLiteral("Locked");
        site.baseUrl = QUrl(QStringLiteral("https://no-such-site.invalid"));
        site.userLogin = QStringLiteral("admin");
        QVERIFY(store.add(site).ok());
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        process.setProcessEnvironment(environment);
        process.start(
            cli, {QStringLiteral("check"), QStringLiteral("Locked"), QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(90'000));
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject result =
            QJsonDocument::fromJson(process.readAllStandardOutput()).array().first().toObject();
        QCOMPARE(result.value(QStringLiteral("problem")).toString(),
                 QStringLiteral("keychain_unavailable"));
    }

private:
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestDiagIsolated)
#include "tst_diag_isolated.moc"
