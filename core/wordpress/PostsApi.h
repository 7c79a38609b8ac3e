#pragma once

#include "Problem.h"
#include "WordPressClient.h"
#include "WpTypes.h"

#include <functional>

namespace Latchkey {

// /wp/v2/posts and /wp/v2/categories
class PostsApi
{
public:
    explicit PostsApi(WordPressClient client);

    WpRequest *create(const QString &title, const QString &content, const QString &status,
                      const QList<int> &categories, QObject *context,
                      std::function<void(Result<WpPost>)> done) const;
    WpRequest *get(int postId, QObject *context, std::function<void(Result<WpPost>)> done) const;
    // force=false moves to the trash; true deletes for good.
    WpRequest *remove(int postId, bool force, QObject *context,
                      std::function<void(Problem)> done) const;
    // Finds a category by exact name or creates it (term_exists answers with its id).
    WpRequest *ensureCategory(const QString &name, QObject *context,
                              std::function<void(Result<int>)> done) const;

private:
    WordPressClient m_client;
};

} // namespace Latchkey
