#pragma once

#include "Problem.h"
#include "WordPressClient.h"
#include "WpTypes.h"

#include <functional>

namespace Latchkey {

// The /wp/v2/users/<me|id>/application-passwords routes. Each call starts one WpRequest and
// returns it (so the caller can abort it); the callback runs once, unless context is destroyed.
// Input that cannot be valid (an empty name, an app id that is not a UUID, a uuid that is not a
// uuid) sends nothing: the call returns nullptr and the callback gets invalid_input from the
// event loop. Replies of the wrong shape are invalid_response; WordPress's 409
// application_password_duplicate_name is duplicate_name.
class ApplicationPasswordsApi
{
public:
    explicit ApplicationPasswordsApi(WordPressClient client);

    WpRequest *list(UserRef user, QObject *context,
                    std::function<void(Result<QList<AppPassword>>)> done) const;
    WpRequest *get(UserRef user, const QString &uuid, QObject *context,
                   std::function<void(Result<AppPassword>)> done) const;
    // appId may be empty (then it is left out: an empty string fails before WordPress 6.9).
    WpRequest *create(UserRef user, const QString &name, const QString &appId, QObject *context,
                      std::function<void(Result<AppPassword>)> done) const;
    WpRequest *rename(UserRef user, const QString &uuid, const QString &newName, QObject *context,
                      std::function<void(Result<AppPassword>)> done) const;
    WpRequest *revoke(UserRef user, const QString &uuid, QObject *context,
                      std::function<void(Problem)> done) const;
    WpRequest *revokeAll(UserRef user, QObject *context, std::function<void(Problem)> done) const;
    // The password the request itself was made with.
    WpRequest *introspect(UserRef user, QObject *context,
                          std::function<void(Result<AppPassword>)> done) const;

private:
    QString route(UserRef user, const QString &suffix = {}) const;
    WordPressClient m_client;
};

} // namespace Latchkey
