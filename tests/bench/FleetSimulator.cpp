#include "FleetSimulator.h"

#include "wordpress/SiteDiscovery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace Latchkey::Bench {

namespace {

constexpr qint64 kMaxRequestBytes = 1024 * 1024;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Unknown";
    }
}

QByteArray wpError(const char *code, const char *message, int status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                     {QStringLiteral("message"), QLatin1String(message)},
                                     {QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("status"), status}}}})
        .toJson(QJsonDocument::Compact);
}

QString gmt(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// 24 letters and digits, like WordPress's, derived from the seed and the site.
QString derivedPassword(quint32 seed, int site, const char *purpose)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(QByteArray::number(seed) + '/' + QByteArray::number(site) + '/' + purpose),
        QCryptographicHash::Sha256);
    QString password;
    for (int i = 0; i < 24; ++i)
        password.append(QLatin1Char(alphabet[quint8(digest.at(i)) % 62]));
    return password;
}

const QByteArray kCriticalError =
    "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta http-equiv=\"Content-Type\" "
    "content=\"text/html; charset=utf-8\" />\n<title>WordPress &rsaquo; Error</title>\n</head>\n"
    "<body id=\"error-page\">\n<div class=\"wp-die-message\"><p>There has been a critical error "
    "on this website.</p><p><a href=\"https://wordpress.org/documentation/article/"
    "faq-troubleshooting/\">Learn more about troubleshooting WordPress.</a></p></div></body>\n"
    "</html>\n";
const QByteArray kFirewallPage =
    "<!DOCTYPE html>\n<html><head><title>403 Forbidden</title></head>\n"
    "<body><h1>Forbidden</h1><p>Request blocked by the site firewall.</p></body></html>\n";

} // namespace

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::ServerError:
        return QStringLiteral("server_error");
    case Fault::Hang:
        return QStringLiteral("hang");
    case Fault::HtmlFirewall:
        return QStringLiteral("html_firewall");
    case Fault::WrongPassword:
        return QStringLiteral("wrong_password");
    }
    return {};
}

struct FleetSimulator::Password
{
    QString uuid;
    QString appId;
    QString name;
    QDateTime created;
    QDateTime lastUsed;
    QString lastIp;
    QString secret; // without spaces
    int userId = 1;
};

struct FleetSimulator::Site
{
    quint16 port = 0;
    QByteArray hostPort;
    QString latchkeyPassword;
    QList<Password> passwords;
    std::atomic<int> fault{int(Fault::None)};
};

struct FleetSimulator::Request
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lowercase names
    QByteArray body;
};

FleetSimulator::FleetSimulator(QObject *parent)
    : QObject(parent)
{
    m_indexTemplate = readResource(QStringLiteral(":/fleet/index.json"));
    m_meTemplate = readResource(QStringLiteral(":/fleet/me.json"));
    m_usersTemplate = readResource(QStringLiteral(":/fleet/users.json"));
}

FleetSimulator::~FleetSimulator() = default;

bool FleetSimulator::start(const Options &options, QString *error)
{
    m_latencyMs.store(options.latencyMs);
    QList<QPair<Fault, double>> shares;
    const QStringList parts = options.faults.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        const double share = part.section(QLatin1Char('='), 1).toDouble();
        bool known = false;
        for (Fault fault :
             {Fault::ServerError, Fault::Hang, Fault::HtmlFirewall, Fault::WrongPassword}) {
            if (faultName(fault) == name) {
                shares.append({fault, share});
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("unknown fault \"%1\"").arg(name);
            return false;
        }
    }
    m_siteCounts.assign(size_t(options.sites), 0);
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-200);
    for (int i = 0; i < options.sites; ++i) {
        auto site = std::make_unique<Site>();
        auto *server = new QTcpServer(this);
        const quint16 wanted = options.basePort ? quint16(options.basePort + i) : 0;
        if (!server->listen(QHostAddress::LocalHost, wanted)) {
            *error = QStringLiteral("site %1: cannot listen on port %2: %3")
                         .arg(i)
                         .arg(wanted)
                         .arg(server->errorString());
            return false;
        }
        site->port = server->serverPort();
        site->hostPort = "127.0.0.1:" + QByteArray::number(site->port);
        site->latchkeyPassword = derivedPassword(options.seed, i, "latchkey");
        const auto add = [&](const QString &name, int userId, const QString &secret) {
            Password password;
            password.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            password.name = name;
            password.created = created;
            password.secret = secret;
            password.userId = userId;
            site->passwords.append(password);
        };
        add(QStringLiteral("testbed-seed"), 1, derivedPassword(options.seed, i, "seed-admin"));
        add(QStringLiteral("testbed-seed"), 2, derivedPassword(options.seed, i, "seed-author"));
        add(QStringLiteral("Latchkey"), 1, site->latchkeyPassword);
        // Deterministic fault assignment: site i falls into a fault by its hash.
        const double position =
            double(qHash(QByteArray::number(options.seed) + ':' + QByteArray::number(i)) % 100000) /
            100000.0;
        double edge = 0;
        for (const auto &[fault, share] : std::as_const(shares)) {
            edge += share;
            if (position < edge) {
                site->fault.store(int(fault));
                break;
            }
        }
        const int index = i;
        connect(server, &QTcpServer::newConnection, this, [this, index] { onConnection(index); });
        m_servers.append(server);
        m_sites.push_back(std::move(site));
    }
    return true;
}

quint16 FleetSimulator::port(int site) const
{
    return m_sites.at(size_t(site))->port;
}

QUrl FleetSimulator::url(int site) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port(site)));
}

QString FleetSimulator::password(int site) const
{
    return m_sites.at(size_t(site))->latchkeyPassword;
}

void FleetSimulator::setFault(int site, Fault fault)
{
    m_sites.at(size_t(site))->fault.store(int(fault));
}

Fault FleetSimulator::fault(int site) const
{
    return Fault(m_sites.at(size_t(site))->fault.load());
}

void FleetSimulator::count(int site, const QString &route)
{
    const QMutexLocker locker(&m_countersMutex);
    ++m_routeCounts[route];
    ++m_siteCounts[size_t(site)];
    ++m_total;
}

QMap<QString, qint64> FleetSimulator::routeCounts() const
{
    const QMutexLocker locker(&m_countersMutex);
    return m_routeCounts;
}

qint64 FleetSimulator::totalRequests() const
{
    const QMutexLocker locker(&m_countersMutex);
    return m_total;
}

qint64 FleetSimulator::requestsForSite(int site) const
{
    const QMutexLocker locker(&m_countersMutex);
    return m_siteCounts.at(size_t(site));
}

void FleetSimulator::resetCounters()
{
    const QMutexLocker locker(&m_countersMutex);
    m_routeCounts.clear();
    std::fill(m_siteCounts.begin(), m_siteCounts.end(), 0);
    m_total = 0;
}

QJsonObject FleetSimulator::countersJson() const
{
    const QMutexLocker locker(&m_countersMutex);
    QJsonObject routes;
    for (auto it = m_routeCounts.cbegin(); it != m_routeCounts.cend(); ++it)
        routes.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("total"), m_total},
                       {QStringLiteral("routes"), routes},
                       {QStringLiteral("sites"), int(m_siteCounts.size())}};
}

QByteArray FleetSimulator::importCsv() const
{
    QByteArray csv = "url,user,name,group,tags,password\r\n";
    for (int i = 0; i < siteCount(); ++i) {
        csv += "http://" + m_sites.at(size_t(i))->hostPort + ",admin,sim-" + QByteArray::number(i) +
               ",client-" + QByteArray::number(i % 20) + ",sim," + password(i).toLatin1() + "\r\n";
    }
    return csv;
}

QByteArray FleetSimulator::curlConfig(const QString &mode) const
{
    QByteArray config;
    const bool cold = mode == QStringLiteral("cold");
    for (int i = 0; i < siteCount(); ++i) {
        const QByteArray base = "http://" + m_sites.at(size_t(i))->hostPort;
        const QByteArray auth =
            "Authorization: Basic " + QByteArray("admin:" + password(i).toLatin1()).toBase64();
        QList<QPair<QByteArray, bool>> requests; // path, authenticated
        if (cold) {
            requests.append({"/", false});
            // What Latchkey asks for: the index's fields it reads (WordPress honours _fields).
            requests.append(
                {"/wp-json/?_fields=" + QByteArray(DiscoveryParsing::kIndexFields), false});
            requests.append({"/wp-json/wp/v2/users/me/application-passwords", false});
        }
        requests.append({"/wp-json/wp/v2/users/me?context=edit", true});
        requests.append({"/wp-json/wp/v2/users/me/application-passwords/introspect", true});
        for (const auto &[path, authenticated] : std::as_const(requests)) {
            config += "url = \"" + base + path + "\"\n";
            config += "output = \"/dev/null\"\n";
            if (authenticated)
                config += "header = \"" + auth + "\"\n";
            config += "next\n";
        }
    }
    config.chop(5); // no "next" after the last request
    return config;
}

void FleetSimulator::onConnection(int site)
{
    QTcpServer *server = m_servers.at(site);
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, site] { onReadyRead(socket, site); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FleetSimulator::onReadyRead(QTcpSocket *socket, int site)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (socket->property("handled").toBool())
        return;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || buffer.size() > kMaxRequestBytes) {
        socket->setProperty("buffer", buffer);
        if (buffer.size() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.url = QUrl(QStringLiteral("http://x") + QString::fromLatin1(requestLine.value(1)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qint64 length = request.headers.value("content-length").toLongLong();
    if (buffer.size() - headerEnd - 4 < length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty("buffer", QByteArray());
    socket->setProperty("handled", true);
    handle(socket, site, request);
}

QByteArray FleetSimulator::passwordJson(const Site &site, const Password &password,
                                        bool withSecret) const
{
    QJsonObject object{
        {QStringLiteral("uuid"), password.uuid},
        {QStringLiteral("app_id"), password.appId},
        {QStringLiteral("name"), password.name},
        {QStringLiteral("created"), gmt(password.created)},
        {QStringLiteral("last_used"), password.lastUsed.isValid()
                                          ? QJsonValue(gmt(password.lastUsed))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_ip"),
         password.lastIp.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(password.lastIp)},
    };
    if (withSecret) {
        QString spaced;
        for (int i = 0; i < password.secret.size(); i += 4)
            spaced += (i ? QStringLiteral(" ") : QString()) + password.secret.mid(i, 4);
        object.insert(QStringLiteral("password"), spaced);
    }
    object.insert(
        QStringLiteral("_links"),
        QJsonObject{
            {QStringLiteral("self"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("href"),
                  QStringLiteral("http://%1/wp-json/wp/v2/users/%2/application-passwords/%3")
                      .arg(QString::fromLatin1(site.hostPort))
                      .arg(password.userId)
                      .arg(password.uuid)}}}}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The index as WordPress's rest_filter_response_fields leaves it for `_fields` (top-level
// fields, which is all Latchkey asks for); the whole index without it. Cached per field list.
const QByteArray &FleetSimulator::indexWithFields(const QString &fields)
{
    if (fields.isEmpty())
        return m_indexTemplate;
    auto cached = m_filteredIndexes.constFind(fields);
    if (cached != m_filteredIndexes.cend())
        return *cached;
    const QJsonObject whole = QJsonDocument::fromJson(m_indexTemplate).object();
    QJsonObject kept;
    for (const QString &field : fields.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = field.trimmed();
        if (whole.contains(name))
            kept.insert(name, whole.value(name));
    }
    return *m_filteredIndexes.insert(fields, QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

void FleetSimulator::handle(QTcpSocket *socket, int siteIndex, const Request &request)
{
    Site &site = *m_sites.at(size_t(siteIndex));
    const Fault fault = Fault(site.fault.load());
    // The route: /wp-json/… or ?rest_route=…
    QString route;
    bool rest = false;
    const QString path = request.url.path();
    const QUrlQuery query(request.url);
    if (path.startsWith(QStringLiteral("/wp-json"))) {
        route = path.mid(8);
        rest = true;
    } else if (query.hasQueryItem(QStringLiteral("rest_route"))) {
        route = query.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
        rest = true;
    }
    if (route.isEmpty() && rest)
        route = QStringLiteral("/");
    if (route.size() > 1 && route.endsWith(QLatin1Char('/')))
        route.chop(1);

    // Who is it?
    int userId = 0;
    const Password *current = nullptr;
    const QByteArray authorization = request.headers.value("authorization");
    const bool sentCredentials = authorization.startsWith("Basic ");
    if (sentCredentials && fault != Fault::WrongPassword) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        const QByteArray login = decoded.left(decoded.indexOf(':'));
        QString secret = QString::fromUtf8(decoded.mid(decoded.indexOf(':') + 1));
        secret.remove(QLatin1Char(' '));
        const int wantedUser = login == "admin" ? 1 : login == "author1" ? 2 : 0;
        for (Password &password : site.passwords) {
            if (password.userId == wantedUser && password.secret == secret) {
                userId = wantedUser;
                current = &password;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (!password.lastUsed.isValid() || password.lastUsed.secsTo(now) > 86400) {
                    password.lastUsed = now;
                    password.lastIp = QStringLiteral("127.0.0.1");
                }
            }
        }
    }

    static const QRegularExpression passwordsRoute(
        QStringLiteral("^/wp/v2/users/(me|\\d+)/application-passwords(?:/([^/]+))?$"));
    QString routeName;
    if (!rest)
        routeName = path == QStringLiteral("/") ? QStringLiteral("front") : QStringLiteral("page");
    else if (route == QStringLiteral("/"))
        routeName = QStringLiteral("index");
    else if (route == QStringLiteral("/wp/v2/users/me"))
        routeName = QStringLiteral("users_me");
    else if (route == QStringLiteral("/wp/v2/users"))
        routeName = QStringLiteral("users_list");
    else if (route.startsWith(QStringLiteral("/wp/v2/posts")))
        routeName = QStringLiteral("posts");
    const QRegularExpressionMatch match = passwordsRoute.match(route);
    if (match.hasMatch()) {
        const QString item = match.captured(2);
        if (item == QStringLiteral("introspect"))
            routeName = QStringLiteral("introspect");
        else if (!sentCredentials && item.isEmpty())
            routeName = QStringLiteral("probe");
        else if (item.isEmpty())
            routeName = request.method == "POST"     ? QStringLiteral("ap_create")
                        : request.method == "DELETE" ? QStringLiteral("ap_delete_all")
                                                     : QStringLiteral("ap_list");
        else
            routeName = request.method == "POST"     ? QStringLiteral("ap_rename")
                        : request.method == "DELETE" ? QStringLiteral("ap_delete")
                                                     : QStringLiteral("ap_get");
    }
    if (routeName.isEmpty())
        routeName = QStringLiteral("other");
    count(siteIndex, routeName);

    if (fault == Fault::Hang)
        return; // read, never answered
    if (fault == Fault::ServerError) {
        reply(socket, siteIndex, 500, "text/html; charset=UTF-8", kCriticalError, {}, false);
        return;
    }
    if (!rest) {
        if (path == QStringLiteral("/")) {
            reply(socket, siteIndex, 200, "text/html; charset=UTF-8",
                  "<!DOCTYPE html>\n<html lang=\"en-US\"><head><meta charset=\"UTF-8\">"
                  "<link rel='stylesheet' href='/wp-includes/css/dist/block-library/style.min.css'"
                  " /></head><body></body></html>\n",
                  {}, false);
        } else {
            reply(socket, siteIndex, 404, "text/html; charset=UTF-8", "", {}, false);
        }
        return;
    }
    if (fault == Fault::HtmlFirewall) {
        reply(socket, siteIndex, 403, "text/html; charset=UTF-8", kFirewallPage,
              {{"Cache-Control", "no-store"}}, false);
        return;
    }
    const auto json = [&](int status, const QByteArray &body, const QByteArray &allow,
                          QList<QPair<QByteArray, QByteArray>> extra = {}) {
        extra.prepend({"Allow", allow});
        reply(socket, siteIndex, status, "application/json; charset=UTF-8", body, extra, true,
              userId != 0);
    };
    const auto notLoggedIn = [&] {
        json(401, wpError("rest_not_logged_in", "You are not currently logged in.", 401), "GET");
    };
    QByteArray hostPort = site.hostPort;
    if (routeName == QStringLiteral("index")) {
        const QString fields = query.queryItemValue(QStringLiteral("_fields"), QUrl::FullyDecoded);
        json(200, QByteArray(indexWithFields(fields)).replace("__HOSTPORT__", hostPort), "GET");
        return;
    }
    if (routeName == QStringLiteral("users_me")) {
        if (!userId) {
            notLoggedIn();
            return;
        }
        QByteArray body = QByteArray(m_meTemplate).replace("__HOSTPORT__", hostPort);
        if (userId != 1) {
            const QJsonArray users = QJsonDocument::fromJson(m_usersTemplate).array();
            body = QJsonDocument(users.at(userId - 1).toObject())
                       .toJson(QJsonDocument::Compact)
                       .replace("__HOSTPORT__", hostPort);
        }
        json(200, body, "GET, POST, PUT, PATCH, DELETE");
        return;
    }
    if (routeName == QStringLiteral("users_list")) {
        if (userId != 1) {
            json(userId ? 403 : 401,
                 wpError("rest_forbidden_context", "Sorry, you are not allowed to list users.",
                         userId ? 403 : 401),
                 "GET, POST");
            return;
        }
        json(200, QByteArray(m_usersTemplate).replace("__HOSTPORT__", hostPort), "GET, POST",
             {{"X-WP-Total", "3"}, {"X-WP-TotalPages", "1"}});
        return;
    }
    if (routeName == QStringLiteral("posts")) {
        if (!userId) {
            notLoggedIn();
            return;
        }
        json(request.method == "POST" ? 201 : 200,
             request.method == "POST" ? QByteArray("{\"id\":1,\"status\":\"draft\"}")
                                      : QByteArray("[]"),
             "GET, POST");
        return;
    }
    if (match.hasMatch()) {
        if (!userId) {
            notLoggedIn();
            return;
        }
        const QString who = match.captured(1);
        const int owner = who == QStringLiteral("me") ? userId : who.toInt();
        if (owner != userId && userId != 1) {
            json(403,
                 wpError("rest_cannot_list_application_passwords",
                         "Sorry, you are not allowed to list application passwords for this "
                         "user.",
                         403),
                 "GET, POST, DELETE");
            return;
        }
        const QString item = match.captured(2);
        if (item == QStringLiteral("introspect")) {
            if (!current || owner != userId) {
                json(404,
                     wpError("application_password_not_found",
                             "The application password could not be found.", 404),
                     "GET");
                return;
            }
            json(200, passwordJson(site, *current, false), "GET");
            return;
        }
        if (item.isEmpty()) {
            if (request.method == "POST") {
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                const QString name = body.value(QStringLiteral("name")).toString();
                for (const Password &existing : std::as_const(site.passwords)) {
                    if (existing.userId == owner &&
                        existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                        json(409,
                             wpError("application_password_duplicate_name",
                                     "Each application name should be unique.", 409),
                             "GET, POST, DELETE");
                        return;
                    }
                }
                Password created;
                created.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                created.appId = body.value(QStringLiteral("app_id")).toString();
                created.name = name;
                created.created = QDateTime::currentDateTimeUtc();
                created.userId = owner;
                created.secret = derivedPassword(quint32(m_total), siteIndex,
                                                 created.uuid.toLatin1().constData());
                site.passwords.append(created);
                json(201, passwordJson(site, created, true), "GET, POST, DELETE",
                     {{"Location", "http://" + hostPort + "/wp-json/wp/v2/users/" +
                                       QByteArray::number(owner) + "/application-passwords/" +
                                       created.uuid.toLatin1()}});
                return;
            }
            if (request.method == "DELETE") {
                const auto removed = site.passwords.removeIf(
                    [owner](const Password &p) { return p.userId == owner; });
                json(200,
                     "{\"deleted\":true,\"count\":" + QByteArray::number(qint64(removed)) + "}",
                     "GET, POST, DELETE");
                return;
            }
            QByteArray list = "[";
            for (const Password &password : std::as_const(site.passwords)) {
                if (password.userId != owner)
                    continue;
                if (list.size() > 1)
                    list += ',';
                list += passwordJson(site, password, false);
            }
            json(200, list + ']', "GET, POST, DELETE");
            return;
        }
        for (qsizetype i = 0; i < site.passwords.size(); ++i) {
            Password &password = site.passwords[i];
            if (password.uuid != item || password.userId != owner)
                continue;
            if (request.method == "DELETE") {
                const QByteArray previous = passwordJson(site, password, false);
                site.passwords.removeAt(i);
                json(200, "{\"deleted\":true,\"previous\":" + previous + '}',
                     "GET, POST, PUT, PATCH, DELETE");
                return;
            }
            if (request.method == "POST") {
                const QString name = QJsonDocument::fromJson(request.body)
                                         .object()
                                         .value(QStringLiteral("name"))
                                         .toString();
                if (!name.isEmpty())
                    password.name = name;
            }
            json(200, passwordJson(site, password, false), "GET, POST, PUT, PATCH, DELETE");
            return;
        }
        json(404,
             wpError("rest_application_password_not_found", "Application password not found.", 404),
             "GET, POST, PUT, PATCH, DELETE");
        return;
    }
    json(404,
         wpError("rest_no_route", "No route was found matching the URL and request method.", 404),
         "GET");
}

void FleetSimulator::reply(QTcpSocket *socket, int site, int status, const QByteArray &contentType,
                           const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &extra, bool rest,
                           bool authenticated)
{
    const QByteArray hostPort = m_sites.at(size_t(site))->hostPort;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nHost: " + hostPort + "\r\nDate: " + httpDate() +
        "\r\nConnection: close\r\nX-Powered-By: PHP/8.2.36\r\nContent-Type: " + contentType +
        "\r\n";
    if (rest)
        head += "X-Robots-Tag: noindex\r\n";
    head += "Link: <http://" + hostPort + "/wp-json/>; rel=\"https://api.w.org/\"\r\n";
    if (rest) {
        head += "X-Content-Type-Options: nosniff\r\nAccess-Control-Expose-Headers: X-WP-Total, "
                "X-WP-TotalPages, Link\r\nAccess-Control-Allow-Headers: Authorization, "
                "X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type\r\n";
    }
    for (const auto &[name, value] : extra)
        head += name + ": " + value + "\r\n";
    if (authenticated) {
        head += "Expires: Wed, 11 Jan 1984 05:00:00 GMT\r\nCache-Control: no-cache, "
                "must-revalidate, max-age=0\r\n";
    }
    head += "\r\n";
    const QByteArray response = head + body;
    const int latency = m_latencyMs.load();
    const auto send = [socket, response] {
        socket->write(response);
        socket->disconnectFromHost(); // php -S closes after each reply
    };
    if (latency <= 0)
        send();
    else
        QTimer::singleShot(latency, socket, send);
}

bool FleetSimulator::startControl(quint16 port, QString *error)
{
    m_control = new QTcpServer(this);
    if (!m_control->listen(QHostAddress::LocalHost, port)) {
        *error = m_control->errorString();
        return false;
    }
    connect(m_control, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_control->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { handleControl(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

quint16 FleetSimulator::controlPort() const
{
    return m_control ? m_control->serverPort() : 0;
}

void FleetSimulator::handleControl(QTcpSocket *socket)
{
    const QByteArray data = socket->property("buffer").toByteArray() + socket->readAll();
    if (!data.contains("\r\n\r\n")) {
        socket->setProperty("buffer", data);
        return;
    }
    const QByteArray line = data.left(data.indexOf("\r\n"));
    QByteArray body;
    int status = 200;
    if (line.startsWith("GET /counters")) {
        body = QJsonDocument(countersJson()).toJson(QJsonDocument::Indented);
    } else if (line.startsWith("POST /reset")) {
        resetCounters();
        body = "{\"reset\":true}\n";
    } else {
        status = 404;
        body = "{}\n";
    }
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace Latchkey::Bench
