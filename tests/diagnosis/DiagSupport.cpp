#include "DiagSupport.h"

#include "TestBed.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Latchkey::Diag {

QString sourceDir()
{
    return qEnvironmentVariable("LATCHKEY_SOURCE_DIR");
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString authorizationHash(const QString &login, const QString &password)
{
    const QByteArray pair = login.toUtf8() + ':' + password.toUtf8();
    return sha256Hex("Basic " + pair.toBase64());
}

quint16 freePort(const QHostAddress &address)
{
    const QList<quint16> ports = freePorts(1, address);
    return ports.isEmpty() ? 0 : ports.first();
}

QList<quint16> freePorts(int count, const QHostAddress &address)
{
    // All held open at once, so they differ from each other.
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(address, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

QString faultFile(const QString &name)
{
    const QString own = sourceDir() + QStringLiteral("/tests/diagnosis/fixtures/") + name;
    if (QFileInfo::exists(own))
        return own;
    return sourceDir() + QStringLiteral("/tests/testbed/mu-plugins/") + name;
}

static bool waitForPort(const QHostAddress &address, quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        if (socket.waitForConnected(200))
            return true;
        QTest::qWait(50);
    }
    return false;
}

DispatcherGuard::DispatcherGuard(const QString &siteDir)
{
    const QString directory = siteDir + QStringLiteral("/wp-content/mu-plugins");
    QDir().mkpath(directory);
    m_target = directory + QStringLiteral("/latchkey-diag.php");
    QFile::remove(m_target);
    m_active = QFile::copy(faultFile(QStringLiteral("latchkey-diag.php")), m_target);
}

DispatcherGuard::~DispatcherGuard()
{
    if (m_active)
        QFile::remove(m_target);
}

PhpSite::PhpSite(const QString &siteDir, quint16 port, const QString &home,
                 const QStringList &faults)
    : m_siteDir(siteDir)
    , m_port(port)
    , m_home(home)
    , m_faults(faults)
{}

PhpSite::~PhpSite()
{
    stop();
}

bool PhpSite::start(QString *error)
{
    QStringList files;
    for (const QString &fault : std::as_const(m_faults))
        files.append(faultFile(fault));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PHP_CLI_SERVER_WORKERS"), QStringLiteral("3"));
    environment.insert(QStringLiteral("LATCHKEY_DIAG_HOME"), m_home);
    environment.insert(QStringLiteral("LATCHKEY_DIAG_AUTH_LOG"),
                       m_dir.filePath(QStringLiteral("auth.log")));
    environment.insert(QStringLiteral("LATCHKEY_DIAG_FAULTS"), files.join(QLatin1Char(':')));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("php.log")));
    // Its own process group: php -S workers outlive their parent unless the group is stopped.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.start(QStringLiteral("php"),
                    {QStringLiteral("-d"), QStringLiteral("display_errors=0"), QStringLiteral("-d"),
                     QStringLiteral("log_errors=1"), QStringLiteral("-S"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-t"), m_siteDir});
    if (!m_process.waitForStarted(10'000) ||
        !waitForPort(QHostAddress::LocalHost, m_port, 15'000)) {
        if (error)
            *error = QStringLiteral("php -S on port %1 did not start").arg(m_port);
        return false;
    }
    return true;
}

void PhpSite::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const pid_t group = static_cast<pid_t>(m_process.processId());
    ::kill(-group, SIGTERM); // the server and its workers, all started here
    if (!m_process.waitForFinished(5'000)) {
        ::kill(-group, SIGKILL);
        m_process.waitForFinished(5'000);
    }
    // Workers may need a moment after their parent; wait until the port is free again.
    QDeadlineTimer deadline(5'000);
    while (!deadline.hasExpired()) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, m_port))
            break;
        QTest::qWait(50);
    }
}

QList<AuthRecord> PhpSite::authRecords() const
{
    QList<AuthRecord> records;
    QFile file(m_dir.filePath(QStringLiteral("auth.log")));
    if (!file.open(QIODevice::ReadOnly))
        return records;
    while (!file.atEnd()) {
        const QList<QByteArray> parts = file.readLine().trimmed().split(' ');
        if (parts.size() >= 2) {
            records.append({QStringLiteral("php:%1").arg(m_port), QString::fromUtf8(parts.at(1)),
                            QString::fromLatin1(parts.at(0))});
        }
    }
    return records;
}

Nginx::Nginx(QString servers)
    : m_servers(std::move(servers))
{}

Nginx::~Nginx()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate(); // SIGTERM: fast shutdown
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5'000);
        }
    }
}

bool Nginx::makeCertificate(QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), certificatePath(), QStringLiteral("-days"),
                   QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=Latchkey diagnosis staging/O=Latchkey Tests"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl failed: ") + QString::fromUtf8(openssl.readAll());
        return false;
    }
    return true;
}

bool Nginx::start(const QList<QPair<QHostAddress, quint16>> &listening, QString *error)
{
    const QString prefix = m_dir.path();
    QDir(prefix).mkpath(QStringLiteral("tmp"));
    QDir(prefix).mkpath(QStringLiteral("logs"));
    QString servers = m_servers;
    servers.replace(QStringLiteral("LOG"), prefix + QStringLiteral("/logs/auth.log"));
    servers.replace(QStringLiteral("CERT"), certificatePath());
    servers.replace(QStringLiteral("KEY"), m_dir.filePath(QStringLiteral("key.pem")));
    const QString config =
        QStringLiteral("user root;\n"
                       "worker_processes 1;\n"
                       "daemon off;\n"
                       "pid %1/nginx.pid;\n"
                       "error_log %1/logs/error.log warn;\n"
                       "events { worker_connections 128; }\n"
                       "http {\n"
                       "  log_format auth escape=json "
                       "'$server_addr:$server_port\\t$uri\\t$http_authorization';\n"
                       "  access_log off;\n"
                       "  client_body_temp_path %1/tmp/body;\n"
                       "  proxy_temp_path %1/tmp/proxy;\n"
                       "  fastcgi_temp_path %1/tmp/fastcgi;\n"
                       "  uwsgi_temp_path %1/tmp/uwsgi;\n"
                       "  scgi_temp_path %1/tmp/scgi;\n"
                       "  proxy_http_version 1.1;\n"
                       "  proxy_read_timeout 60s;\n"
                       "  server_tokens on;\n"
                       "%2\n"
                       "}\n")
            .arg(prefix, servers);
    QFile file(prefix + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        if (error)
            *error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(prefix + QStringLiteral("/logs/stdout.log"));
    m_process.start(QStringLiteral("nginx"),
                    {QStringLiteral("-p"), prefix + QLatin1Char('/'), QStringLiteral("-c"),
                     prefix + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                     prefix + QStringLiteral("/logs/error.log")});
    if (!m_process.waitForStarted(10'000)) {
        if (error)
            *error = QStringLiteral("nginx did not start");
        return false;
    }
    for (const auto &[address, port] : listening) {
        if (!waitForPort(address, port, 15'000)) {
            QFile log(prefix + QStringLiteral("/logs/error.log"));
            log.open(QIODevice::ReadOnly);
            if (error)
                *error = QStringLiteral("nginx does not listen on %1:%2: %3")
                             .arg(address.toString())
                             .arg(port)
                             .arg(QString::fromUtf8(log.readAll()));
            return false;
        }
    }
    return true;
}

QList<AuthRecord> Nginx::authRecords() const
{
    QList<AuthRecord> records;
    QFile file(m_dir.path() + QStringLiteral("/logs/auth.log"));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    while (!file.atEnd()) {
        const QList<QByteArray> parts = file.readLine().trimmed().split('\t');
        if (parts.size() >= 3 && !parts.at(2).isEmpty()) {
            records.append({QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)),
                            sha256Hex(parts.at(2))});
        }
    }
    return records;
}

FaultyServer::FaultyServer(Mode mode, const QHostAddress &address)
    : m_mode(mode)
{
    connect(this, &QTcpServer::newConnection, this, &FaultyServer::onConnection);
    listen(address, 0);
}

QUrl FaultyServer::url() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(serverAddress().toString()).arg(serverPort()));
}

void FaultyServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            const qsizetype end = request->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            static const QRegularExpression authorization(
                QStringLiteral("\r\nAuthorization:\\s*([^\r\n]*)"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match =
                authorization.match(QString::fromLatin1(request->left(end + 2)));
            if (match.hasMatch())
                m_records.append(
                    {url().authority(), QString(), sha256Hex(match.captured(1).toLatin1())});
            request->clear();
            switch (m_mode) {
            case Mode::Hang:
                return;
            case Mode::Reset: {
                const linger hard{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                             sizeof hard);
                socket->abort();
                return;
            }
            case Mode::Huge:
            case Mode::HugeJson: {
                const bool json = m_mode == Mode::HugeJson;
                socket->write(json ? "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                     "Connection: close\r\n\r\n["
                                   : "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                     "Connection: close\r\n\r\n<html><body>");
                // 100 MB in 64 KiB pieces, written only as fast as the client takes them.
                auto left = std::make_shared<qint64>(100LL * 1024 * 1024);
                const QByteArray chunk(64 * 1024, json ? '1' : 'x');
                auto pump = [this, socket, left, chunk] {
                    while (*left > 0 && socket->bytesToWrite() < 256 * 1024) {
                        socket->write(chunk);
                        *left -= chunk.size();
                        m_written += chunk.size();
                    }
                    if (*left <= 0)
                        socket->disconnectFromHost();
                };
                connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                pump();
                return;
            }
            }
        });
    }
}

CheckRun runCheck(QNetworkAccessManager *network, const QUrl &siteUrl, const SiteEndpoint &endpoint,
                  const ConnectionCheck::Options &options, int waitMs)
{
    CheckRun run;
    auto *check = new ConnectionCheck(network, siteUrl, endpoint);
    check->setOptions(options);
    QObject::connect(check, &ConnectionCheck::finished, check, [&run](const CheckResult &result) {
        run.result = result;
        run.finished = true;
    });
    QPointer<ConnectionCheck> alive(check);
    QElapsedTimer clock;
    clock.start();
    check->start();
    Testing::waitFor([&run] { return run.finished; }, waitMs);
    run.ms = clock.elapsed();
    if (!run.finished && alive)
        delete alive.data();
    return run;
}

QString describe(const CheckResult &result)
{
    QStringList steps;
    for (const CheckStep &step : result.steps) {
        steps.append(QStringLiteral("%1 %2 %3ms %4")
                         .arg(step.name, step.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"))
                         .arg(step.ms)
                         .arg(step.detail));
    }
    return QStringLiteral("ok=%1 problem=%2 candidates=[%3] message=%4 detail=%5 steps: %6")
        .arg(result.ok ? QStringLiteral("true") : QStringLiteral("false"),
             result.problem.codeName(), result.problem.candidateNames().join(QLatin1Char(',')),
             result.problem.message(), result.problem.detail(), steps.join(QStringLiteral(" | ")));
}

} // namespace Latchkey::Diag
