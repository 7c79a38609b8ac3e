#pragma once

#include "Problem.h"
#include "WordPressClient.h"
#include "WpTypes.h"

#include <functional>

namespace Latchkey {

// /wp/v2/users
class UsersApi
{
public:
    explicit UsersApi(WordPressClient client);

    // GET /wp/v2/users/me?context=edit: roles and capabilities of the authenticated user.
    WpRequest *me(QObject *context, std::function<void(Result<WpUser>)> done) const;
    // Resolves a login (exact match, case-insensitive) to a user; needs list_users.
    WpRequest *findByLogin(const QString &login, QObject *context,
                           std::function<void(Result<WpUser>)> done) const;

private:
    WordPressClient m_client;
};

} // namespace Latchkey
