#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;

namespace Latchkey::Bench {

// What a simulated site does wrong.
enum class Fault
{
    None,
    ServerError,   // every request: 500 with WordPress's "critical error" HTML page
    Hang,          // every request is read and never answered
    HtmlFirewall,  // REST requests: an HTML 403 page (the front page still works)
    WrongPassword, // authenticated requests: 401 rest_not_logged_in, as a bare 6.1 site
};

QString faultName(Fault fault);

// Many WordPress sites on 127.0.0.1, one port each, answering the REST routes Latchkey uses
// with replies shaped like the real test bed's (WordPress 6.1.9 behind php -S: the captured
// index and user objects, the same headers, "Connection: close"), after a configurable latency.
// Each site has the users admin (id 1, administrator) and author1 (id 2), an application
// password "Latchkey" for admin (the one to import) and "testbed-seed" for both. Counts
// requests per route and per site (thread-safe: tests read them from another thread).
class FleetSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int sites = 1000;
        int latencyMs = 50;
        quint16 basePort = 0; // 0: any free ports
        quint32 seed = 1;     // passwords derive from it
        // "server_error=0.05,hang=0.02,html_firewall=0.03,wrong_password=0.05": the share of
        // sites with each fault, assigned deterministically from the seed.
        QString faults;
    };

    explicit FleetSimulator(QObject *parent = nullptr);
    ~FleetSimulator() override;

    // Listens on every site's port. Call in the simulator's thread.
    bool start(const Options &options, QString *error);

    int siteCount() const { return int(m_sites.size()); }
    quint16 port(int site) const;
    QUrl url(int site) const;
    // admin's "Latchkey" application password on that site (24 letters and digits).
    QString password(int site) const;
    void setFault(int site, Fault fault);
    Fault fault(int site) const;
    void setLatency(int ms) { m_latencyMs.store(ms); }

    // Counters: thread-safe.
    QMap<QString, qint64> routeCounts() const;
    qint64 totalRequests() const;
    qint64 requestsForSite(int site) const;
    void resetCounters();
    QJsonObject countersJson() const;

    // "url,user,name,group,tags,password" for latchkey-cli site import.
    QByteArray importCsv() const;
    // A curl --config file with the requests one check makes per site: "warm" (REST root
    // known: users/me?context=edit, introspect) or "cold" (front page, index, anonymous
    // probe, then the two authenticated ones).
    QByteArray curlConfig(const QString &mode) const;

    // Serves GET /counters (JSON) and POST /reset on a control port (0: any).
    bool startControl(quint16 port, QString *error);
    quint16 controlPort() const;

private:
    struct Password;
    struct Site;
    struct Request;

    void onConnection(int site);
    void onReadyRead(QTcpSocket *socket, int site);
    void handle(QTcpSocket *socket, int site, const Request &request);
    const QByteArray &indexWithFields(const QString &fields);
    void reply(QTcpSocket *socket, int site, int status, const QByteArray &contentType,
               const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extra = {},
               bool rest = true, bool authenticated = false);
    void count(int site, const QString &route);
    QByteArray passwordJson(const Site &site, const Password &password, bool withSecret) const;
    void handleControl(QTcpSocket *socket);

    std::vector<std::unique_ptr<Site>> m_sites;
    QList<QTcpServer *> m_servers;
    QTcpServer *m_control = nullptr;
    std::atomic<int> m_latencyMs{50};
    QByteArray m_indexTemplate;
    QHash<QString, QByteArray> m_filteredIndexes; // by _fields value
    QByteArray m_meTemplate;
    QByteArray m_usersTemplate;

    mutable QMutex m_countersMutex;
    QMap<QString, qint64> m_routeCounts;
    std::vector<qint64> m_siteCounts;
    qint64 m_total = 0;
};

} // namespace Latchkey::Bench
