#pragma once

#include "Problem.h"
#include "wordpress/WordPressClient.h"
#include "wordpress/WpTypes.h"

#include <functional>

namespace Latchkey::UserDirectory {

// GET /wp/v2/users?context=edit (the first 100 users, sorted by login): for administrators choosing
// whose application passwords to manage. Returns the started request; done runs once unless context
// is destroyed.
WpRequest *list(const WordPressClient &client, QObject *context,
                const std::function<void(Result<QList<WpUser>>)> &done);

} // namespace Latchkey::UserDirectory
