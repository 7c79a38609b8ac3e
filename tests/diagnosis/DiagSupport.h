#pragma once

// Fixtures for the diagnosis tests: real servers (php -S serving the test bed's WordPress with
// fault switches, nginx in front of it) and small fakes for what no real server does on demand
// (hang, reset, a 100 MB answer). Every origin records a SHA-256 of each Authorization header
// it receives, so the tests can prove where credentials went.
#include "wordpress/ConnectionCheck.h"

#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Latchkey::Diag {

QString sourceDir();
QString sha256Hex(const QByteArray &data);
// "Basic base64(login:password)" hashed, as the fixtures record it.
QString authorizationHash(const QString &login, const QString &password);
quint16 freePort(const QHostAddress &address = QHostAddress::LocalHost);
QList<quint16> freePorts(int count, const QHostAddress &address = QHostAddress::LocalHost);
// A fault switch by file name: tests/diagnosis/fixtures/NAME or tests/testbed/mu-plugins/NAME.
QString faultFile(const QString &name);

// One Authorization header seen by a fixture origin.
struct AuthRecord
{
    QString origin; // "127.0.0.1:PORT" (nginx) or "php:PORT"
    QString path;
    QString sha256;
};

// The dispatcher must-use plugin (fixtures/latchkey-diag.php) in the test bed's pretty site for
// the lifetime of the guard. It does nothing in servers the tests did not start.
class DispatcherGuard
{
public:
    explicit DispatcherGuard(const QString &siteDir);
    ~DispatcherGuard();
    bool isActive() const { return m_active; }

private:
    QString m_target;
    bool m_active = false;
};

// php -S on 127.0.0.1:port serving the test bed's pretty site as `home`, with fault switches.
class PhpSite
{
public:
    PhpSite(const QString &siteDir, quint16 port, const QString &home,
            const QStringList &faults = {});
    ~PhpSite();
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QList<AuthRecord> authRecords() const;

private:
    QString m_siteDir;
    quint16 m_port;
    QString m_home;
    QStringList m_faults;
    QTemporaryDir m_dir;
    QProcess m_process;
};

// nginx (Debian nginx-light) as a foreground process with its own prefix in a private temporary
// folder. `servers` are server { } blocks; every server should use "access_log LOG auth;" (LOG
// is replaced by the private log file, which holds raw Authorization values: it is only read by
// authRecords(), which hashes them, and is deleted with the folder).
class Nginx
{
public:
    explicit Nginx(QString servers);
    ~Nginx();
    bool start(const QList<QPair<QHostAddress, quint16>> &listening, QString *error);
    QString prefix() const { return m_dir.path(); }
    QList<AuthRecord> authRecords() const;
    // Makes a self-signed certificate for 127.0.0.1 in the prefix (cert.pem, key.pem).
    bool makeCertificate(QString *error);
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }

private:
    QString m_servers;
    QTemporaryDir m_dir;
    QProcess m_process;
};

// A server that accepts connections and then misbehaves. Records Authorization hashes.
class FaultyServer : public QTcpServer
{
public:
    enum class Mode
    {
        Hang,     // reads the request, never answers
        Reset,    // reads the request, then resets the connection (RST)
        Huge,     // answers 200 with a 100 MB body, no Content-Length
        HugeJson, // answers 200 application/json, "[" then 100 MB of numbers
    };
    explicit FaultyServer(Mode mode, const QHostAddress &address = QHostAddress::LocalHost);
    QUrl url() const;
    QList<AuthRecord> authRecords() const { return m_records; }
    qint64 bytesWritten() const { return m_written; }

private:
    void onConnection();
    Mode m_mode;
    QList<AuthRecord> m_records;
    qint64 m_written = 0;
};

// Runs a check to the end; the result, and how long it took.
struct CheckRun
{
    CheckResult result;
    qint64 ms = 0;
    bool finished = false;
};
CheckRun runCheck(QNetworkAccessManager *network, const QUrl &siteUrl, const SiteEndpoint &endpoint,
                  const ConnectionCheck::Options &options, int waitMs = 60'000);
QString describe(const CheckResult &result);

} // namespace Latchkey::Diag
