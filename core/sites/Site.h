#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "wordpress/SiteEndpoint.h"

namespace Latchkey {

// The outcome of the last connection check, kept with the site (no secrets).
struct LastCheck
{
    QDateTime at;
    bool ok = false;
    QString problem; // stable problem code, empty when ok
    QString message;

    bool isValid() const { return at.isValid(); }
};

// One WordPress site as one user. Two logins on one site are two entries. No secret is ever
// held here: the application password lives in the keychain under secretKey().
struct Site
{
    QString id;    // a UUID without braces, assigned on add; never changes
    QString name;  // unique, case-insensitively
    QUrl baseUrl;  // normalised site address
    QUrl restRoot; // discovered REST root
    QString userLogin;
    int userId = 0;
    QString group;
    QStringList tags;
    QDateTime created;
    bool allowInsecureHttp = false;
    QString trustedCertificateSha256;
    bool useMethodOverride = false;
    QString passwordUuid; // uuid of the application password Latchkey uses here
    QString passwordName;
    LastCheck lastCheck;

    QString secretKey() const;
    // How to reach this site as its user with the given application password.
    SiteEndpoint endpoint(const QString &password) const;
    QJsonObject toJson() const;
    static Site fromJson(const QJsonObject &object);
    bool operator==(const Site &other) const { return toJson() == other.toJson(); }
};

// The keychain key of a site's application password: one per site and user.
QString secretKeyFor(const QString &siteId, const QString &userLogin);

} // namespace Latchkey
