#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Latchkey {

// Which user's application passwords: the authenticated one ("me") or another by id.
class UserRef
{
public:
    static UserRef me() { return UserRef(0); }
    static UserRef byId(int id) { return UserRef(id); }
    bool isMe() const { return m_id == 0; }
    int id() const { return m_id; }
    // "me" or the numeric id, as used in /wp/v2/users/<segment>/...
    QString routeSegment() const;

private:
    explicit UserRef(int id)
        : m_id(id)
    {}
    int m_id = 0;
};

struct AppPassword
{
    QString uuid;
    QString appId;
    QString name;
    QDateTime created;  // UTC
    QDateTime lastUsed; // UTC; invalid when never used (WordPress records at most once a day)
    QString lastIp;
    QString password; // only in the reply to create; never stored outside the keychain
    QJsonObject raw;  // the object as WordPress sent it (without "password")

    static AppPassword fromJson(const QJsonObject &object);
};

struct WpUser
{
    int id = 0;
    QString username; // the login
    QString name;     // display name
    QString email;
    QStringList roles;
    QHash<QString, bool> capabilities;

    bool can(const QString &capability) const { return capabilities.value(capability, false); }
    static WpUser fromJson(const QJsonObject &object);
};

struct WpPost
{
    int id = 0;
    QString status;
    QString title; // rendered or raw title
    QUrl link;
    QJsonObject raw;

    static WpPost fromJson(const QJsonObject &object);
};

// WordPress sends GMT times without a zone ("2024-01-02T03:04:05"); read them as UTC.
QDateTime parseWordPressGmt(const QJsonValue &value);

} // namespace Latchkey
