// latchkey-cli check --json / --report / --timeout and site edit --trust-certificate against
// real faulty servers, with a real keychain (the CLI runs in this test's private D-Bus session).
#include "DiagSupport.h"
#include "TestBed.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTest>

using namespace Latchkey;
using namespace Latchkey::Diag;
using Latchkey::Testing::TestBed;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QJsonObject first() const { return QJsonDocument::fromJson(out).array().first().toObject(); }
};

} // namespace

class TestDiagCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretMissing();
    void untrustedCertificateThenTrusted();
    void strippedHeaderReport();
    void closedPort();
    void hangWithTimeout();

private:
    Run cli(const QStringList &args);
    void addSite(const QString &name, const QUrl &url, const QString &password);

    QString m_cli;
    QTemporaryDir m_config;
    QString m_admin, m_password, m_fingerprint;
    std::unique_ptr<DispatcherGuard> m_dispatcher;
    std::unique_ptr<Nginx> m_nginx;
    std::vector<std::unique_ptr<PhpSite>> m_sites;
    quint16 m_tls = 0, m_strip = 0, m_tlsPhp = 0, m_stripPhp = 0, m_closed = 0;
};

void TestDiagCli::initTestCase()
{
    const TestBed &bed = TestBed::instance();
    if (!bed.isValid())
        QFAIL(qPrintable(bed.errorString()));
    m_cli = qEnvironmentVariable("LATCHKEY_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
    m_admin = bed.value(QStringLiteral("WP_ADMIN_USER"));
    m_password = bed.value(QStringLiteral("WP_ADMIN_APP_PASSWORD"));
    m_dispatcher = std::make_unique<DispatcherGuard>(bed.prettyDir());
    QVERIFY(m_dispatcher->isActive());
    const QList<quint16> ports = freePorts(5);
    QCOMPARE(ports.size(), 5);
    m_tls = ports.at(0);
    m_strip = ports.at(1);
    m_tlsPhp = ports.at(2);
    m_stripPhp = ports.at(3);
    m_closed = ports.at(4);
    const QString proxy = QStringLiteral("    proxy_set_header Host $http_host;\n");
    const QString servers =
        QStringLiteral("server {\n  listen 127.0.0.1:%1 ssl;\n  access_log LOG auth;\n"
                       "  ssl_certificate CERT;\n  ssl_certificate_key KEY;\n"
                       "  location / {\n    proxy_pass http://127.0.0.1:%2;\n%5  }\n}\n"
                       "server {\n  listen 127.0.0.1:%3;\n  access_log LOG auth;\n"
                       "  location / {\n    proxy_pass http://127.0.0.1:%4;\n%5"
                       "    proxy_set_header Authorization \"\";\n  }\n}\n")
            .arg(m_tls)
            .arg(m_tlsPhp)
            .arg(m_strip)
            .arg(m_stripPhp)
            .arg(proxy);
    m_nginx = std::make_unique<Nginx>(servers);
    QString error;
    QVERIFY2(m_nginx->makeCertificate(&error), qPrintable(error));
    m_fingerprint = QString::fromLatin1(QSslCertificate::fromPath(m_nginx->certificatePath())
                                            .first()
                                            .digest(QCryptographicHash::Sha256)
                                            .toHex());
    QVERIFY2(m_nginx->start({{QHostAddress::LocalHost, m_tls}, {QHostAddress::LocalHost, m_strip}},
                            &error),
             qPrintable(error));
    for (const auto &[port, home] : QList<QPair<quint16, QString>>{
             {m_tlsPhp, QStringLiteral("https://127.0.0.1:%1").arg(m_tls)},
             {m_stripPhp, QStringLiteral("http://127.0.0.1:%1").arg(m_strip)}}) {
        auto site = std::make_unique<PhpSite>(bed.prettyDir(), port, home);
        QVERIFY2(site->start(&error), qPrintable(error));
        m_sites.push_back(std::move(site));
    }
}

void TestDiagCli::cleanupTestCase()
{
    m_sites.clear();
    m_nginx.reset();
    m_dispatcher.reset();
}

Run TestDiagCli::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(m_cli, args);
    if (!process.waitForStarted(10'000))
        return {};
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
               process.readAllStandardOutput(), process.readAllStandardError(), clock.elapsed()};
}

void TestDiagCli::addSite(const QString &name, const QUrl &url, const QString &password)
{
    SiteStore store(m_config.filePath(QStringLiteral("latchkey")));
    Site site;
    site.name = name;
    site.baseUrl = url;
    site.userLogin = m_admin;
    const Result<Site> added = store.add(site);
    QVERIFY2(added.ok(), qPrintable(added.problem().toString()));
    if (password.isEmpty())
        return;
    KeychainSecretStore secrets;
    std::optional<Problem> written;
    secrets.write(added->secretKey(), password, this,
                  [&written](Problem problem) { written = problem; });
    QVERIFY(Testing::waitFor([&] { return written.has_value(); }, 30'000));
    QVERIFY2(written->isNull(), qPrintable(written->toString()));
}

void TestDiagCli::secretMissing()
{
    addSite(QStringLiteral("Missing"), TestBed::instance().prettyUrl(), QString());
    const Run run =
        cli({QStringLiteral("check"), QStringLiteral("Missing"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.first().value(QStringLiteral("problem")).toString(),
             QStringLiteral("secret_missing"));
    QVERIFY(!run.first().value(QStringLiteral("fix")).toString().isEmpty());
}

void TestDiagCli::untrustedCertificateThenTrusted()
{
    addSite(QStringLiteral("Staging"), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tls)),
            m_password);
    Run run = cli({QStringLiteral("check"), QStringLiteral("Staging"), QStringLiteral("--json"),
                   QStringLiteral("--timeout"), QStringLiteral("20")});
    QCOMPARE(run.exitCode, 1);
    QJsonObject result = run.first();
    QCOMPARE(result.value(QStringLiteral("problem")).toString(), QStringLiteral("tls_error"));
    QCOMPARE(result.value(QStringLiteral("candidates")).toArray().size(), 0);
    const QJsonObject certificate = result.value(QStringLiteral("certificate")).toObject();
    QCOMPARE(certificate.value(QStringLiteral("sha256")).toString(), m_fingerprint);
    QVERIFY(certificate.value(QStringLiteral("self_signed")).toBool());
    QVERIFY(!certificate.value(QStringLiteral("errors")).toArray().isEmpty());
    QVERIFY(m_nginx->authRecords().isEmpty());

    const Run edit = cli({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("Staging"),
                          QStringLiteral("--trust-certificate"), m_fingerprint});
    QVERIFY2(edit.exitCode == 0, edit.err.constData());
    run = cli({QStringLiteral("check"), QStringLiteral("Staging"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.first().value(QStringLiteral("ok")).toBool(), true);
    bool sawCredentials = false;
    for (const AuthRecord &record : m_nginx->authRecords()) {
        QCOMPARE(record.origin, QStringLiteral("127.0.0.1:%1").arg(m_tls));
        QCOMPARE(record.sha256, authorizationHash(m_admin, m_password));
        sawCredentials = true;
    }
    QVERIFY(sawCredentials);
}

void TestDiagCli::strippedHeaderReport()
{
    addSite(QStringLiteral("Stripped"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_strip)),
            m_password);
    const Run json =
        cli({QStringLiteral("check"), QStringLiteral("Stripped"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(json.first().value(QStringLiteral("problem")).toString(),
             QStringLiteral("auth_header_stripped"));
    QVERIFY(json.first()
                .value(QStringLiteral("fix"))
                .toString()
                .contains(QLatin1String("proxy_set_header Authorization")));

    const Run report =
        cli({QStringLiteral("check"), QStringLiteral("Stripped"), QStringLiteral("--report")});
    QCOMPARE(report.exitCode, 1);
    const QString text = QString::fromUtf8(report.out);
    QVERIFY2(text.contains(QLatin1String("[auth_header_stripped]")), report.out.constData());
    QVERIFY(text.contains(QLatin1String("Server: nginx")));
    QVERIFY(text.contains(QLatin1String("Latchkey ")));
    QVERIFY(text.contains(QLatin1String("authenticate")));
    QVERIFY(!text.contains(m_password));
    const QByteArray pair = m_admin.toUtf8() + ':' + m_password.toUtf8();
    QVERIFY(!text.contains(QString::fromLatin1(pair.toBase64())));
    QVERIFY(!report.err.contains(m_password.toUtf8()));
    for (const PhpSite *site : {m_sites.at(1).get()})
        QVERIFY2(site->authRecords().isEmpty(), "the header reached WordPress");
}

void TestDiagCli::closedPort()
{
    addSite(QStringLiteral("Closed"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_closed)),
            m_password);
    const Run run =
        cli({QStringLiteral("check"), QStringLiteral("Closed"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.first().value(QStringLiteral("problem")).toString(),
             QStringLiteral("connection_refused"));
}

void TestDiagCli::hangWithTimeout()
{
    FaultyServer server(FaultyServer::Mode::Hang);
    QVERIFY(server.isListening());
    addSite(QStringLiteral("Hang"), server.url(), m_password);
    const Run run = cli({QStringLiteral("check"), QStringLiteral("Hang"), QStringLiteral("--json"),
                         QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.first().value(QStringLiteral("problem")).toString(), QStringLiteral("timeout"));
    // Two seconds plus the process's own start and the keychain read.
    QVERIFY2(run.ms < 2'000 + 5'000, qPrintable(QString::number(run.ms)));
    QVERIFY(server.authRecords().isEmpty());
}

QTEST_GUILESS_MAIN(TestDiagCli)
#include "tst_diag_cli.moc"
