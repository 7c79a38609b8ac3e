// The REST wrappers (application passwords, users, posts) against the real WordPress test bed.
#include "TestBed.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/PostsApi.h"
#include "wordpress/UsersApi.h"
#include "wordpress/WordPressClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

using namespace Latchkey;
using Latchkey::Testing::TestBed;

namespace {

constexpr int kTimeoutMs = 60'000;

// Runs one callback-style call and waits for its callback. The guard object is the call's
// context: should the wait time out, the late callback is dropped instead of writing into a
// finished stack frame.
template<typename T, typename Call>
Result<T> await(Call call)
{
    QObject guard;
    std::optional<Result<T>> result;
    call(&guard, [&result](Result<T> value) { result.emplace(std::move(value)); });
    if (!Testing::waitFor([&result] { return result.has_value(); }, kTimeoutMs))
        return Problem::make(ProblemCode::Timeout, QStringLiteral("the test's wait timed out"));
    return *result;
}

template<typename Call>
Problem awaitProblem(Call call)
{
    QObject guard;
    std::optional<Problem> result;
    call(&guard, [&result](Problem problem) { result = std::move(problem); });
    if (!Testing::waitFor([&result] { return result.has_value(); }, kTimeoutMs))
        return Problem::make(ProblemCode::Timeout, QStringLiteral("the test's wait timed out"));
    return *result;
}

QString uniqueName(const QString &prefix)
{
    return prefix + QLatin1Char(' ') + QString::number(QRandomGenerator::global()->generate(), 36);
}

QString describe(const Problem &problem)
{
    return problem.codeName() + QStringLiteral(": ") + problem.toString() +
           QStringLiteral(" [wp code ") + problem.wordPressCode() + QStringLiteral(", HTTP ") +
           QString::number(problem.httpStatus()) + QLatin1Char(']');
}

} // namespace

#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable(describe((result).problem())))
#define VERIFY_NO_PROBLEM(problem) QVERIFY2((problem).isNull(), qPrintable(describe(problem)))
#define COMPARE_CODE(problem, expected)                                                            \
    QVERIFY2((problem).code() == (expected), qPrintable(describe(problem)))

class TestWordPressApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void introspectSeedPassword();
    void listHoldsSeedPassword();
    void createWithoutAppId();
    void createWithAppId();
    void createRejectsInvalidInput();
    void createDuplicateName();
    void getAndRename();
    void newPasswordAuthenticates();
    void revokeOne();
    void adminManagesAnotherUsersPasswords();
    void contributorMayNotManageAdminsPasswords();
    void plainPermalinkSite();
    void usersMe();
    void usersFindByLogin();
    void postsCreateGetDelete();
    void postsTrashWithoutForce();
    void ensureCategoryTwice();
    void revokeAllOfAThrowawayUser();

private:
    ApplicationPasswordsApi passwords(const SiteEndpoint &endpoint)
    {
        return ApplicationPasswordsApi(WordPressClient(&m_network, endpoint));
    }
    Result<AppPassword> createFor(const SiteEndpoint &endpoint, UserRef user, const QString &name,
                                  const QString &appId = {});
    SiteEndpoint withPassword(SiteEndpoint endpoint, const QString &login,
                              const QString &password) const;
    int bedId(const char *key) const
    {
        return TestBed::instance().value(QLatin1String(key)).toInt();
    }

    QNetworkAccessManager m_network;
    QString m_seedUuid;
    // Passwords this test created for admin (uuid), revoked at the end.
    QStringList m_adminCreated;
    QList<QPair<int, QString>> m_otherCreated; // (user id, uuid) created by admin for others
    QList<int> m_postsToDelete;
};

void TestWordPressApi::initTestCase()
{
    const TestBed &bed = TestBed::instance();
    if (!bed.isValid())
        QFAIL(qPrintable(bed.errorString()));
}

void TestWordPressApi::cleanupTestCase()
{
    if (!TestBed::instance().isValid())
        return;
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    for (const QString &uuid : std::as_const(m_adminCreated)) {
        awaitProblem([&](QObject *context, auto done) {
            return passwords(admin).revoke(UserRef::me(), uuid, context, done);
        });
    }
    for (const QPair<int, QString> &created : std::as_const(m_otherCreated)) {
        awaitProblem([&](QObject *context, auto done) {
            return passwords(admin).revoke(UserRef::byId(created.first), created.second, context,
                                           done);
        });
    }
    for (int postId : std::as_const(m_postsToDelete)) {
        awaitProblem([&](QObject *context, auto done) {
            return PostsApi(WordPressClient(&m_network, admin)).remove(postId, true, context, done);
        });
    }
}

Result<AppPassword> TestWordPressApi::createFor(const SiteEndpoint &endpoint, UserRef user,
                                                const QString &name, const QString &appId)
{
    Result<AppPassword> created = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(endpoint).create(user, name, appId, context, done);
    });
    if (created && endpoint.login == TestBed::instance().adminEndpoint().login && user.isMe())
        m_adminCreated.append(created->uuid);
    else if (created && !user.isMe())
        m_otherCreated.append({user.id(), created->uuid});
    return created;
}

SiteEndpoint TestWordPressApi::withPassword(SiteEndpoint endpoint, const QString &login,
                                            const QString &password) const
{
    endpoint.login = login;
    endpoint.password = password;
    return endpoint;
}

void TestWordPressApi::introspectSeedPassword()
{
    const Result<AppPassword> seed = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(TestBed::instance().adminEndpoint())
            .introspect(UserRef::me(), context, done);
    });
    VERIFY_OK(seed);
    QVERIFY(!seed->uuid.isEmpty());
    QVERIFY(!seed->name.isEmpty());
    QVERIFY(seed->created.isValid());
    QCOMPARE(seed->created.offsetFromUtc(), 0);
    QVERIFY(seed->password.isEmpty());
    m_seedUuid = seed->uuid;
}

void TestWordPressApi::listHoldsSeedPassword()
{
    QVERIFY(!m_seedUuid.isEmpty());
    const Result<QList<AppPassword>> list = await<QList<AppPassword>>([&](QObject *context,
                                                                          auto done) {
        return passwords(TestBed::instance().adminEndpoint()).list(UserRef::me(), context, done);
    });
    VERIFY_OK(list);
    const auto seed = std::find_if(list->cbegin(), list->cend(),
                                   [this](const AppPassword &p) { return p.uuid == m_seedUuid; });
    QVERIFY2(seed != list->cend(), "the seed password is not in the list");
    QVERIFY(seed->password.isEmpty()); // never shown again after creation
    QVERIFY(!seed->raw.contains(QLatin1String("password")));
}

void TestWordPressApi::createWithoutAppId()
{
    const QString name = uniqueName(QStringLiteral("Latchkey test"));
    const Result<AppPassword> created =
        createFor(TestBed::instance().adminEndpoint(), UserRef::me(), name);
    VERIFY_OK(created);
    QCOMPARE(created->name, name);
    QVERIFY(created->appId.isEmpty());
    QVERIFY(!created->uuid.isEmpty());
    // 24 characters in six groups of four.
    static const QRegularExpression format(QStringLiteral("^([A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}$"));
    QVERIFY2(format.match(created->password).hasMatch(), "unexpected password format");
    QVERIFY(created->created.isValid());
    QVERIFY(!created->lastUsed.isValid());
}

void TestWordPressApi::createWithAppId()
{
    const QUuid appId = QUuid::createUuid();
    // Braces and upper case from the caller; WordPress wants a bare lowercase UUID.
    const QString given = appId.toString(QUuid::WithBraces).toUpper();
    const Result<AppPassword> created =
        createFor(TestBed::instance().adminEndpoint(), UserRef::me(),
                  uniqueName(QStringLiteral("Latchkey app id")), given);
    VERIFY_OK(created);
    QCOMPARE(created->appId, appId.toString(QUuid::WithoutBraces));

    const Result<AppPassword> fetched = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(TestBed::instance().adminEndpoint())
            .get(UserRef::me(), created->uuid, context, done);
    });
    VERIFY_OK(fetched);
    QCOMPARE(fetched->appId, appId.toString(QUuid::WithoutBraces));
}

void TestWordPressApi::createRejectsInvalidInput()
{
    const ApplicationPasswordsApi api = passwords(TestBed::instance().adminEndpoint());
    std::optional<WpRequest *> request;
    Result<AppPassword> noName = await<AppPassword>([&](QObject *context, auto done) {
        request = api.create(UserRef::me(), QStringLiteral("   "), {}, context, done);
        return *request;
    });
    QVERIFY(request.has_value());
    QCOMPARE(*request, nullptr); // nothing was sent
    COMPARE_CODE(noName.problem(), ProblemCode::InvalidInput);

    const Result<AppPassword> badAppId = await<AppPassword>([&](QObject *context, auto done) {
        request = api.create(UserRef::me(), QStringLiteral("Latchkey bad app id"),
                             QStringLiteral("not-a-uuid"), context, done);
        return *request;
    });
    QCOMPARE(*request, nullptr);
    COMPARE_CODE(badAppId.problem(), ProblemCode::InvalidInput);

    // A uuid must never smuggle a path into the URL.
    const Problem traversal = awaitProblem([&](QObject *context, auto done) {
        return api.revoke(UserRef::me(), QStringLiteral("../../posts/1"), context, done);
    });
    COMPARE_CODE(traversal, ProblemCode::InvalidInput);
}

void TestWordPressApi::createDuplicateName()
{
    const QString name = uniqueName(QStringLiteral("Latchkey duplicate"));
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    VERIFY_OK(createFor(admin, UserRef::me(), name));
    const Result<AppPassword> again = createFor(admin, UserRef::me(), name);
    QVERIFY(!again.ok());
    COMPARE_CODE(again.problem(), ProblemCode::DuplicateName);
    QCOMPARE(again.problem().httpStatus(), 409);
    // WordPress compares names without regard to case (5.7 to 6.6).
    const Result<AppPassword> upper = createFor(admin, UserRef::me(), name.toUpper());
    COMPARE_CODE(upper.problem(), ProblemCode::DuplicateName);
}

void TestWordPressApi::getAndRename()
{
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    const Result<AppPassword> created =
        createFor(admin, UserRef::me(), uniqueName(QStringLiteral("Latchkey rename")));
    VERIFY_OK(created);

    const Result<AppPassword> fetched = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(admin).get(UserRef::me(), created->uuid, context, done);
    });
    VERIFY_OK(fetched);
    QCOMPARE(fetched->uuid, created->uuid);
    QCOMPARE(fetched->name, created->name);
    QCOMPARE(fetched->created, created->created);

    const QString newName = uniqueName(QStringLiteral("Latchkey renamed"));
    const Result<AppPassword> renamed = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(admin).rename(UserRef::me(), created->uuid, newName, context, done);
    });
    VERIFY_OK(renamed);
    QCOMPARE(renamed->name, newName);
    QCOMPARE(renamed->uuid, created->uuid);

    const Result<AppPassword> after = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(admin).get(UserRef::me(), created->uuid, context, done);
    });
    VERIFY_OK(after);
    QCOMPARE(after->name, newName);

    const Result<AppPassword> missing = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(admin).get(
            UserRef::me(), QUuid::createUuid().toString(QUuid::WithoutBraces), context, done);
    });
    COMPARE_CODE(missing.problem(), ProblemCode::NotFound);
}

void TestWordPressApi::newPasswordAuthenticates()
{
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    const Result<AppPassword> created =
        createFor(admin, UserRef::me(), uniqueName(QStringLiteral("Latchkey fresh")));
    VERIFY_OK(created);
    const SiteEndpoint fresh = withPassword(admin, admin.login, created->password);

    const Result<AppPassword> inUse = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(fresh).introspect(UserRef::me(), context, done);
    });
    VERIFY_OK(inUse);
    QCOMPARE(inUse->uuid, created->uuid);

    // Spaces are optional.
    QString compact = created->password;
    compact.remove(QLatin1Char(' '));
    const Result<WpUser> me = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, withPassword(admin, admin.login, compact)))
            .me(context, done);
    });
    VERIFY_OK(me);
    QCOMPARE(me->username, admin.login);
}

void TestWordPressApi::revokeOne()
{
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    const Result<AppPassword> created =
        createFor(admin, UserRef::me(), uniqueName(QStringLiteral("Latchkey revoke")));
    VERIFY_OK(created);
    const SiteEndpoint doomed = withPassword(admin, admin.login, created->password);

    // Works before...
    VERIFY_OK(await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, doomed)).me(context, done);
    }));

    const Problem revoked = awaitProblem([&](QObject *context, auto done) {
        return passwords(admin).revoke(UserRef::me(), created->uuid, context, done);
    });
    VERIFY_NO_PROBLEM(revoked);
    m_adminCreated.removeAll(created->uuid);

    const Result<AppPassword> gone = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(admin).get(UserRef::me(), created->uuid, context, done);
    });
    COMPARE_CODE(gone.problem(), ProblemCode::NotFound);

    // ...and is rejected after.
    const Result<WpUser> rejected = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, doomed)).me(context, done);
    });
    QVERIFY(!rejected.ok());
    COMPARE_CODE(rejected.problem(), ProblemCode::CredentialsRejected);

    // Revoking it again: it is not there any more.
    const Problem twice = awaitProblem([&](QObject *context, auto done) {
        return passwords(admin).revoke(UserRef::me(), created->uuid, context, done);
    });
    COMPARE_CODE(twice, ProblemCode::NotFound);
}

void TestWordPressApi::adminManagesAnotherUsersPasswords()
{
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    const UserRef contributor = UserRef::byId(bedId("WP_CONTRIB_ID"));
    QVERIFY(contributor.id() > 0);

    const Result<AppPassword> created =
        createFor(admin, contributor, uniqueName(QStringLiteral("Latchkey for contrib")));
    VERIFY_OK(created);

    const Result<QList<AppPassword>> list =
        await<QList<AppPassword>>([&](QObject *context, auto done) {
            return passwords(admin).list(contributor, context, done);
        });
    VERIFY_OK(list);
    QVERIFY(std::any_of(list->cbegin(), list->cend(),
                        [&](const AppPassword &p) { return p.uuid == created->uuid; }));

    // The new password belongs to the contributor.
    const Result<WpUser> me = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(
                            &m_network,
                            withPassword(
                                admin, TestBed::instance().value(QStringLiteral("WP_CONTRIB_USER")),
                                created->password)))
            .me(context, done);
    });
    VERIFY_OK(me);
    QCOMPARE(me->id, contributor.id());

    const Problem revoked = awaitProblem([&](QObject *context, auto done) {
        return passwords(admin).revoke(contributor, created->uuid, context, done);
    });
    VERIFY_NO_PROBLEM(revoked);
    m_otherCreated.removeAll(QPair<int, QString>(contributor.id(), created->uuid));
}

void TestWordPressApi::contributorMayNotManageAdminsPasswords()
{
    const SiteEndpoint contributor = TestBed::instance().contributorEndpoint();
    const UserRef admin = UserRef::byId(bedId("WP_ADMIN_ID"));

    const Result<QList<AppPassword>> list =
        await<QList<AppPassword>>([&](QObject *context, auto done) {
            return passwords(contributor).list(admin, context, done);
        });
    QVERIFY(!list.ok());
    COMPARE_CODE(list.problem(), ProblemCode::InsufficientCapability);

    const Result<AppPassword> created = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(contributor)
            .create(admin, uniqueName(QStringLiteral("Latchkey sneaky")), {}, context, done);
    });
    if (created)
        m_otherCreated.append({admin.id(), created->uuid});
    COMPARE_CODE(created.problem(), ProblemCode::InsufficientCapability);

    // Its own passwords are fine.
    VERIFY_OK(await<QList<AppPassword>>([&](QObject *context, auto done) {
        return passwords(contributor).list(UserRef::me(), context, done);
    }));
}

void TestWordPressApi::plainPermalinkSite()
{
    const SiteEndpoint plain = TestBed::instance().plainAdminEndpoint();
    QVERIFY(plain.restRoot.query().contains(QLatin1String("rest_route")));

    const Result<AppPassword> inUse = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(plain).introspect(UserRef::me(), context, done);
    });
    VERIFY_OK(inUse);

    const Result<QList<AppPassword>> list =
        await<QList<AppPassword>>([&](QObject *context, auto done) {
            return passwords(plain).list(UserRef::me(), context, done);
        });
    VERIFY_OK(list);
    QVERIFY(std::any_of(list->cbegin(), list->cend(),
                        [&](const AppPassword &p) { return p.uuid == inUse->uuid; }));

    // Create, rename and revoke through ?rest_route= (DELETE included).
    const Result<AppPassword> created = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(plain).create(UserRef::me(), uniqueName(QStringLiteral("Latchkey plain")),
                                       {}, context, done);
    });
    VERIFY_OK(created);
    const Result<AppPassword> renamed = await<AppPassword>([&](QObject *context, auto done) {
        return passwords(plain).rename(UserRef::me(), created->uuid,
                                       uniqueName(QStringLiteral("Latchkey plain renamed")),
                                       context, done);
    });
    VERIFY_OK(renamed);
    VERIFY_NO_PROBLEM(awaitProblem([&](QObject *context, auto done) {
        return passwords(plain).revoke(UserRef::me(), created->uuid, context, done);
    }));

    const Result<WpUser> me = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, plain)).me(context, done);
    });
    VERIFY_OK(me);
    QVERIFY(me->roles.contains(QStringLiteral("administrator")));
}

void TestWordPressApi::usersMe()
{
    const Result<WpUser> me = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, TestBed::instance().authorEndpoint()))
            .me(context, done);
    });
    VERIFY_OK(me);
    QCOMPARE(me->id, bedId("WP_AUTHOR_ID"));
    QCOMPARE(me->username, TestBed::instance().value(QStringLiteral("WP_AUTHOR_USER")));
    QCOMPARE(me->roles, QStringList{QStringLiteral("author")});
    QVERIFY(me->can(QStringLiteral("publish_posts")));
    QVERIFY(!me->can(QStringLiteral("edit_users")));
    QVERIFY(!me->can(QStringLiteral("manage_categories")));
}

void TestWordPressApi::usersFindByLogin()
{
    const UsersApi users(WordPressClient(&m_network, TestBed::instance().adminEndpoint()));
    const QString authorLogin = TestBed::instance().value(QStringLiteral("WP_AUTHOR_USER"));

    const Result<WpUser> found = await<WpUser>([&](QObject *context, auto done) {
        return users.findByLogin(authorLogin.toUpper(), context, done);
    });
    VERIFY_OK(found);
    QCOMPARE(found->id, bedId("WP_AUTHOR_ID"));
    QCOMPARE(found->username, authorLogin);

    // "admin" is also a substring of other users' e-mail addresses or names; exact match only.
    const Result<WpUser> admin = await<WpUser>([&](QObject *context, auto done) {
        return users.findByLogin(TestBed::instance().value(QStringLiteral("WP_ADMIN_USER")),
                                 context, done);
    });
    VERIFY_OK(admin);
    QCOMPARE(admin->id, bedId("WP_ADMIN_ID"));

    // A prefix of a login is not that login.
    const Result<WpUser> prefix = await<WpUser>([&](QObject *context, auto done) {
        return users.findByLogin(authorLogin.left(authorLogin.size() - 1), context, done);
    });
    COMPARE_CODE(prefix.problem(), ProblemCode::NotFound);

    const Result<WpUser> nobody = await<WpUser>([&](QObject *context, auto done) {
        return users.findByLogin(QStringLiteral("no-such-user-here"), context, done);
    });
    COMPARE_CODE(nobody.problem(), ProblemCode::NotFound);

    // Listing users with context=edit needs list_users.
    const Result<WpUser> asContributor = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, TestBed::instance().contributorEndpoint()))
            .findByLogin(authorLogin, context, done);
    });
    COMPARE_CODE(asContributor.problem(), ProblemCode::InsufficientCapability);
}

void TestWordPressApi::postsCreateGetDelete()
{
    const PostsApi posts(WordPressClient(&m_network, TestBed::instance().adminEndpoint()));
    const QString title = uniqueName(QStringLiteral("Latchkey API post"));
    const Result<WpPost> created = await<WpPost>([&](QObject *context, auto done) {
        return posts.create(title, QStringLiteral("Hello from the test."), QStringLiteral("draft"),
                            {}, context, done);
    });
    VERIFY_OK(created);
    m_postsToDelete.append(created->id);
    QVERIFY(created->id > 0);
    QCOMPARE(created->status, QStringLiteral("draft"));

    const Result<WpPost> fetched = await<WpPost>(
        [&](QObject *context, auto done) { return posts.get(created->id, context, done); });
    VERIFY_OK(fetched);
    QCOMPARE(fetched->id, created->id);
    QCOMPARE(fetched->title, title); // raw, with context=edit
    QCOMPARE(fetched->status, QStringLiteral("draft"));

    VERIFY_NO_PROBLEM(awaitProblem([&](QObject *context, auto done) {
        return posts.remove(created->id, true, context, done);
    }));
    m_postsToDelete.removeAll(created->id);

    const Result<WpPost> gone = await<WpPost>(
        [&](QObject *context, auto done) { return posts.get(created->id, context, done); });
    COMPARE_CODE(gone.problem(), ProblemCode::NotFound);

    // A contributor may not publish.
    const Result<WpPost> published = await<WpPost>([&](QObject *context, auto done) {
        return PostsApi(WordPressClient(&m_network, TestBed::instance().contributorEndpoint()))
            .create(title, QString(), QStringLiteral("publish"), {}, context, done);
    });
    if (published)
        m_postsToDelete.append(published->id);
    COMPARE_CODE(published.problem(), ProblemCode::InsufficientCapability);
    QCOMPARE(published.problem().wordPressCode(), QStringLiteral("rest_cannot_publish"));
}

void TestWordPressApi::postsTrashWithoutForce()
{
    const PostsApi posts(WordPressClient(&m_network, TestBed::instance().adminEndpoint()));
    const Result<WpPost> created = await<WpPost>([&](QObject *context, auto done) {
        return posts.create(uniqueName(QStringLiteral("Latchkey trash")), QString(),
                            QStringLiteral("draft"), {}, context, done);
    });
    VERIFY_OK(created);
    m_postsToDelete.append(created->id);
    VERIFY_NO_PROBLEM(awaitProblem([&](QObject *context, auto done) {
        return posts.remove(created->id, false, context, done);
    }));
    const Result<WpPost> trashed = await<WpPost>(
        [&](QObject *context, auto done) { return posts.get(created->id, context, done); });
    VERIFY_OK(trashed);
    QCOMPARE(trashed->status, QStringLiteral("trash"));
}

void TestWordPressApi::ensureCategoryTwice()
{
    const PostsApi posts(WordPressClient(&m_network, TestBed::instance().adminEndpoint()));
    const QString name = uniqueName(QStringLiteral("Latchkey category"));
    const Result<int> first = await<int>(
        [&](QObject *context, auto done) { return posts.ensureCategory(name, context, done); });
    VERIFY_OK(first);
    QVERIFY(*first > 0);
    const Result<int> second = await<int>([&](QObject *context, auto done) {
        return posts.ensureCategory(name.toUpper(), context, done);
    });
    VERIFY_OK(second);
    QCOMPARE(*second, *first);

    // An author may use an existing category but not create one.
    const PostsApi asAuthor(WordPressClient(&m_network, TestBed::instance().authorEndpoint()));
    const Result<int> existing = await<int>(
        [&](QObject *context, auto done) { return asAuthor.ensureCategory(name, context, done); });
    VERIFY_OK(existing);
    QCOMPARE(*existing, *first);
    const Result<int> denied = await<int>([&](QObject *context, auto done) {
        return asAuthor.ensureCategory(uniqueName(QStringLiteral("Latchkey author category")),
                                       context, done);
    });
    COMPARE_CODE(denied.problem(), ProblemCode::InsufficientCapability);

    // The category is a term: remove it again (through the client, as PostsApi has no call).
    QObject guard;
    bool deleted = false;
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    WpRequest *request =
        WordPressClient(&m_network, TestBed::instance().adminEndpoint())
            .del(QStringLiteral("/wp/v2/categories/") + QString::number(*first), force);
    connect(request, &WpRequest::finished, &guard, [&deleted](const WpReply &) { deleted = true; });
    request->start();
    QVERIFY(Testing::waitFor([&] { return deleted; }, kTimeoutMs));
}

// Revoking all of a user's passwords also kills the seed passwords other tests share, so this
// runs on a user made for it and removed afterwards.
void TestWordPressApi::revokeAllOfAThrowawayUser()
{
    const SiteEndpoint admin = TestBed::instance().adminEndpoint();
    const WordPressClient adminClient(&m_network, admin);
    const QString login = QStringLiteral("latchkey-throwaway-") +
                          QString::number(QRandomGenerator::global()->generate(), 36);

    // Create the user (not part of Latchkey's API, so straight through the client).
    QObject guard;
    std::optional<WpReply> userReply;
    WpRequest *createUser = adminClient.post(
        QStringLiteral("/wp/v2/users"),
        QJsonObject{{QStringLiteral("username"), login},
                    {QStringLiteral("email"), QString(login + QStringLiteral("@example.invalid"))},
                    {QStringLiteral("password"), QUuid::createUuid().toString()},
                    {QStringLiteral("roles"), QJsonArray{QStringLiteral("author")}}});
    connect(createUser, &WpRequest::finished, &guard,
            [&userReply](const WpReply &reply) { userReply = reply; });
    createUser->start();
    QVERIFY(Testing::waitFor([&] { return userReply.has_value(); }, kTimeoutMs));
    VERIFY_NO_PROBLEM(userReply->problem);
    const int userId = userReply->object().value(QLatin1String("id")).toInt();
    QVERIFY(userId > 0);
    const UserRef user = UserRef::byId(userId);

    auto deleteUser = qScopeGuard([&] {
        QObject deleteGuard;
        bool done = false;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("reassign"), QString::number(bedId("WP_ADMIN_ID")));
        WpRequest *request =
            adminClient.del(QStringLiteral("/wp/v2/users/") + QString::number(userId), query);
        connect(request, &WpRequest::finished, &deleteGuard,
                [&done](const WpReply &) { done = true; });
        request->start();
        Testing::waitFor([&] { return done; }, kTimeoutMs);
    });

    // Two passwords made by the administrator; the user revokes all with one of them.
    const Result<AppPassword> first = createFor(admin, user, QStringLiteral("Latchkey one"));
    VERIFY_OK(first);
    const Result<AppPassword> second = createFor(admin, user, QStringLiteral("Latchkey two"));
    VERIFY_OK(second);
    const SiteEndpoint asUser = withPassword(admin, login, first->password);

    const Problem revokedAll = awaitProblem([&](QObject *context, auto done) {
        return passwords(asUser).revokeAll(UserRef::me(), context, done);
    });
    VERIFY_NO_PROBLEM(revokedAll);
    m_otherCreated.removeAll(QPair<int, QString>(userId, first->uuid));
    m_otherCreated.removeAll(QPair<int, QString>(userId, second->uuid));

    const Result<QList<AppPassword>> left = await<QList<AppPassword>>(
        [&](QObject *context, auto done) { return passwords(admin).list(user, context, done); });
    VERIFY_OK(left);
    QVERIFY(left->isEmpty());

    const Result<WpUser> rejected = await<WpUser>([&](QObject *context, auto done) {
        return UsersApi(WordPressClient(&m_network, asUser)).me(context, done);
    });
    COMPARE_CODE(rejected.problem(), ProblemCode::CredentialsRejected);

    // The administrator can revoke all of another user's passwords too.
    const Result<AppPassword> third = createFor(admin, user, QStringLiteral("Latchkey three"));
    VERIFY_OK(third);
    VERIFY_NO_PROBLEM(awaitProblem([&](QObject *context, auto done) {
        return passwords(admin).revokeAll(user, context, done);
    }));
    m_otherCreated.removeAll(QPair<int, QString>(userId, third->uuid));

    // The administrator's own seed password survived all this.
    VERIFY_OK(await<AppPassword>([&](QObject *context, auto done) {
        return passwords(admin).introspect(UserRef::me(), context, done);
    }));
}

QTEST_GUILESS_MAIN(TestWordPressApi)
#include "tst_wordpress_api.moc"
