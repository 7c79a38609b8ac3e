#pragma once

// A capturing stand-in for one WordPress user's application passwords, served by
// FakeHttpServer under "/wp-json/": introspect, list, create, rename and revoke, each
// authenticated by the Basic password it receives, as WordPress 6.1 answers them. Every request
// stays in the server's record, so a test asserts what reached the site (which password was
// revoked, by whom), not only the codes it got back. For scenarios a real WordPress cannot
// stage on demand; everything else runs against the test bed.
#include "../unit/support/FakeHttpServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

namespace Latchkey::Testing {

class FakeApplicationPasswords
{
public:
    static constexpr const char *kLogin = "admin";
    static constexpr const char *kRoute = "/wp-json/wp/v2/users/me/application-passwords";

    struct Entry
    {
        QString uuid;
        QString name;
        QString appId;
        QString password;
    };

    explicit FakeApplicationPasswords(FakeHttpServer *server)
        : m_server(server)
    {
        server->setHandler([this](const FakeHttpRequest &request) {
            if (beforeAnswer)
                beforeAnswer(request);
            FakeHttpResponse response = answer(request);
            if (loseAnswer && loseAnswer(request))
                return FakeHttpResponse::hang();
            return response;
        });
    }

    QUrl restRoot() const { return m_server->url(QStringLiteral("/wp-json/")); }

    // A new password, as if made in the WordPress profile; returns its secret.
    QString mint(const QString &name)
    {
        Entry entry{QUuid::createUuid().toString(QUuid::WithoutBraces), name, QString(),
                    randomPassword()};
        m_entries.insert(entry.uuid, entry);
        return entry.password;
    }

    QList<Entry> entries() const { return m_entries.values(); }
    std::optional<Entry> byPassword(const QString &password) const
    {
        for (const Entry &entry : m_entries) {
            if (entry.password == password)
                return entry;
        }
        return std::nullopt;
    }
    // The uuids of every password revoked through the REST API, in order.
    const QStringList &revoked() const { return m_revoked; }

    // When it returns true for a request, the request takes effect (a password is created,
    // revoked...) but its answer never comes: a lost answer, a timeout, a cancel too late.
    std::function<bool(const FakeHttpRequest &)> loseAnswer;
    // Called with each request before it takes effect (the site is busy meanwhile).
    std::function<void(const FakeHttpRequest &)> beforeAnswer;

private:
    static QString randomPassword()
    {
        static const QString alphabet =
            QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
        QString password;
        for (int i = 0; i < 24; ++i)
            password += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
        return password;
    }

    static FakeHttpResponse error(int status, const char *code)
    {
        return FakeHttpResponse::json(
            status, QJsonDocument(QJsonObject{
                                      {QStringLiteral("code"), QString::fromLatin1(code)},
                                      {QStringLiteral("message"), QString::fromLatin1(code)},
                                      {QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("status"), status}}},
                                  })
                        .toJson(QJsonDocument::Compact));
    }

    static QJsonObject toJson(const Entry &entry, bool withPassword = false)
    {
        QJsonObject object{
            {QStringLiteral("uuid"), entry.uuid},
            {QStringLiteral("app_id"), entry.appId},
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00")},
            {QStringLiteral("last_used"), QJsonValue::Null},
            {QStringLiteral("last_ip"), QJsonValue::Null},
        };
        if (withPassword)
            object.insert(QStringLiteral("password"), entry.password);
        return object;
    }

    // The entry whose password came in the Authorization header, if any.
    std::optional<Entry> caller(const FakeHttpRequest &request) const
    {
        const QByteArray header = request.header("Authorization");
        if (!header.startsWith("Basic "))
            return std::nullopt;
        const QByteArray pair = QByteArray::fromBase64(header.mid(6));
        const qsizetype colon = pair.indexOf(':');
        if (colon < 0 || pair.left(colon) != kLogin)
            return std::nullopt;
        // WordPress ignores the spaces of the chunked form.
        QString password = QString::fromUtf8(pair.mid(colon + 1));
        password.remove(QLatin1Char(' '));
        return byPassword(password);
    }

    static QByteArray compact(const QJsonValue &value)
    {
        return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

    FakeHttpResponse answer(const FakeHttpRequest &request)
    {
        const QString path = request.url().path();
        const QString route = QString::fromLatin1(kRoute);
        if (!path.startsWith(route))
            return error(404, "rest_no_route");
        const std::optional<Entry> who = caller(request);
        if (!who)
            return error(401, "incorrect_password");
        const QString rest = path.mid(route.size());
        QByteArray method = request.method;
        if (request.hasHeader("X-HTTP-Method-Override"))
            method = request.header("X-HTTP-Method-Override");
        if (rest == QStringLiteral("/introspect") && method == "GET")
            return FakeHttpResponse::json(200, compact(toJson(*who)));
        if (rest.isEmpty() && method == "GET") {
            QJsonArray array;
            for (const Entry &entry : std::as_const(m_entries))
                array.append(toJson(entry));
            return FakeHttpResponse::json(200, compact(array));
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (rest.isEmpty() && method == "POST") {
            Entry entry{QUuid::createUuid().toString(QUuid::WithoutBraces),
                        body.value(QStringLiteral("name")).toString(),
                        body.value(QStringLiteral("app_id")).toString(), randomPassword()};
            m_entries.insert(entry.uuid, entry);
            return FakeHttpResponse::json(201, compact(toJson(entry, true)));
        }
        const QString uuid = rest.mid(1);
        if (!m_entries.contains(uuid))
            return error(404, "rest_application_password_not_found");
        if (method == "DELETE") {
            const Entry gone = m_entries.take(uuid);
            m_revoked.append(uuid);
            return FakeHttpResponse::json(
                200, compact(QJsonObject{{QStringLiteral("deleted"), true},
                                         {QStringLiteral("previous"), toJson(gone)}}));
        }
        if (method == "POST") {
            m_entries[uuid].name = body.value(QStringLiteral("name")).toString();
            return FakeHttpResponse::json(200, compact(toJson(m_entries.value(uuid))));
        }
        return error(405, "rest_no_route");
    }

    FakeHttpServer *m_server;
    QHash<QString, Entry> m_entries;
    QStringList m_revoked;
};

} // namespace Latchkey::Testing
