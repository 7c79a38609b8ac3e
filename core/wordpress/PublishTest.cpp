#include "PublishTest.h"

#include "PostsApi.h"
#include "WordPressClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace Latchkey {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QString PublishTestResult::leftOnSiteText() const
{
    if (!postLeft())
        return QCoreApplication::translate("Latchkey::PublishTest",
                                           "Nothing the test created is left on the site.");
    if (postUnknown) {
        return QCoreApplication::translate("Latchkey::PublishTest",
                                           "A test post may be left on the site (no answer came "
                                           "to its creation): look for \"%1\" in wp-admin.")
            .arg(title);
    }
    return QCoreApplication::translate("Latchkey::PublishTest",
                                       "Left on the site: the post \"%1\" (id %2, %3).")
        .arg(title)
        .arg(postId)
        .arg(status);
}

QJsonObject PublishTestResult::toJson() const
{
    QJsonArray left;
    if (postLeft()) {
        left.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("post")},
            {QStringLiteral("id"), postId > 0 ? QJsonValue(postId) : QJsonValue()},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), stringOrNull(status)},
            {QStringLiteral("link"), stringOrNull(link.toString())},
            {QStringLiteral("certain"), !postUnknown},
        });
    }
    QJsonArray stepArray;
    for (const CheckStep &step : steps) {
        stepArray.append(QJsonObject{
            {QStringLiteral("name"), step.name},
            {QStringLiteral("ok"), step.ok},
            {QStringLiteral("ms"), step.ms},
            {QStringLiteral("detail"), step.detail},
        });
    }
    return QJsonObject{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("post_id"), postId > 0 ? QJsonValue(postId) : QJsonValue()},
        {QStringLiteral("link"), stringOrNull(link.toString())},
        {QStringLiteral("status"), stringOrNull(status)},
        {QStringLiteral("read_back"), readBack},
        {QStringLiteral("cleaned_up"), cleanedUp},
        {QStringLiteral("left_on_site"), left},
        {QStringLiteral("left_on_site_text"), leftOnSiteText()},
        {QStringLiteral("problem"), stringOrNull(problem.codeName())},
        {QStringLiteral("message"),
         problem ? problem.message()
                 : QCoreApplication::translate("Latchkey::PublishTest",
                                               "The test post was created and read back.")},
        {QStringLiteral("fix"), problem.fix()},
        {QStringLiteral("steps"), stepArray},
    };
}

PublishTest::PublishTest(QNetworkAccessManager *network, SiteEndpoint endpoint, QString status,
                         bool keep, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_status(std::move(status))
    , m_keep(keep)
{}

void PublishTest::start()
{
    if (m_status != QLatin1String("draft") && m_status != QLatin1String("publish")) {
        // Never finish inside start(): the caller may still be connecting.
        QMetaObject::invokeMethod(
            this,
            [this]() {
                fail(Problem(ProblemCode::InvalidInput,
                             tr("The test post's status must be \"draft\" or \"publish\"."))
                         .withDetail(m_status));
            },
            Qt::QueuedConnection);
        return;
    }
    // Nothing but the post: a category or tag made for the test could not always be removed
    // (authors may create tags but not delete them) and would stay on the site.
    createPost();
}

void PublishTest::cancel()
{
    if (m_finished)
        return;
    if (m_current)
        m_current->abort();
    // A post already made must not stay behind: delete it without waiting (the request lives
    // on its own; the network manager outlives it).
    // It stays listed as left on the site: the deletion is not confirmed.
    if (m_result.postId > 0 && !m_keep && !m_result.cleanedUp) {
        PostsApi(WordPressClient(m_network, m_endpoint))
            .remove(m_result.postId, true, m_network, [](const Problem &) {});
    }
    fail(Problem(ProblemCode::Cancelled));
}

void PublishTest::createPost()
{
    beginStep(QStringLiteral("create"));
    m_title = QStringLiteral("Latchkey test post ") +
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString content =
        m_keep ? tr("Latchkey created this post to test publishing with an application password.")
               : tr("Latchkey created this post to test publishing with an application password. "
                    "It deletes it again right away.");
    m_result.title = m_title;
    m_creating = true;
    m_current =
        PostsApi(WordPressClient(m_network, m_endpoint))
            .create(m_title, content, m_status, {}, this, [this](const Result<WpPost> &post) {
                if (m_finished)
                    return;
                m_creating = false;
                if (!post) {
                    Problem problem = post.problem();
                    // Without WordPress's answer the post may exist all the same.
                    m_result.postUnknown = problem.httpStatus() <= 0;
                    const QString code = problem.wordPressCode();
                    if (code == QLatin1String("rest_cannot_publish") ||
                        (problem.code() == ProblemCode::InsufficientCapability &&
                         m_status == QLatin1String("publish"))) {
                        problem = Problem(ProblemCode::InsufficientCapability,
                                          tr("This user may not publish posts."),
                                          tr("Publishing needs the Author, Editor or "
                                             "Administrator role; a Contributor may only "
                                             "submit drafts for review."))
                                      .withDetail(problem.detail())
                                      .withHttpStatus(problem.httpStatus())
                                      .withWordPressCode(code);
                    } else if (code == QLatin1String("rest_cannot_create")) {
                        problem = Problem(ProblemCode::InsufficientCapability,
                                          tr("This user may not write posts."),
                                          tr("Writing posts needs the Contributor, Author, "
                                             "Editor or Administrator role."))
                                      .withDetail(problem.detail())
                                      .withHttpStatus(problem.httpStatus())
                                      .withWordPressCode(code);
                    }
                    fail(problem);
                    return;
                }
                m_result.postId = post->id;
                m_result.link = post->link;
                m_result.status = post->status;
                endStep(true, tr("Post %1, status \"%2\"").arg(post->id).arg(post->status));
                readBack();
            });
}

void PublishTest::readBack()
{
    beginStep(QStringLiteral("read_back"));
    m_current = PostsApi(WordPressClient(m_network, m_endpoint))
                    .get(m_result.postId, this, [this](const Result<WpPost> &post) {
                        if (m_finished)
                            return;
                        if (!post) {
                            m_result.problem = post.problem();
                            endStep(false, post.problem().toString());
                            cleanUp();
                            return;
                        }
                        const QJsonValue title = post->raw.value(QLatin1String("title"));
                        const QString rawTitle =
                            title.isObject()
                                ? title.toObject().value(QLatin1String("raw")).toString()
                                : post->title;
                        QStringList differences;
                        if (rawTitle != m_title)
                            differences.append(tr("title \"%1\"").arg(rawTitle));
                        if (post->status != m_status)
                            differences.append(tr("status \"%1\"").arg(post->status));
                        if (!differences.isEmpty()) {
                            const QString detail = tr("The post read back differs: %1")
                                                       .arg(differences.join(QStringLiteral(", ")));
                            m_result.problem =
                                Problem(ProblemCode::InvalidResponse,
                                        tr("WordPress stored the test post differently from "
                                           "how it was sent."),
                                        tr("A plugin may change new posts; check the post in "
                                           "wp-admin."))
                                    .withDetail(detail);
                            endStep(false, detail);
                            cleanUp();
                            return;
                        }
                        m_result.readBack = true;
                        m_result.status = post->status;
                        endStep(true, tr("Title and status match"));
                        cleanUp();
                    });
}

void PublishTest::cleanUp()
{
    if (m_keep) {
        finish();
        return;
    }
    beginStep(QStringLiteral("delete"));
    m_current =
        PostsApi(WordPressClient(m_network, m_endpoint))
            .remove(m_result.postId, true, this, [this](Problem problem) {
                if (m_finished)
                    return;
                if (problem) {
                    endStep(false, problem.toString());
                    if (!m_result.problem) {
                        m_result.problem =
                            problem
                                .withMessage(tr("The test post (id %1) could not be deleted.")
                                                 .arg(m_result.postId))
                                .withFix(tr("Delete the post \"%1\" in wp-admin.").arg(m_title));
                    }
                } else {
                    m_result.cleanedUp = true;
                    endStep(true, tr("Deleted for good"));
                }
                finish();
            });
}

void PublishTest::beginStep(const QString &name)
{
    m_stepName = name;
    m_clock.start();
}

void PublishTest::endStep(bool ok, const QString &detail)
{
    if (m_stepName.isEmpty())
        return;
    m_result.steps.append(CheckStep{m_stepName, ok, m_clock.elapsed(), detail});
    m_stepName.clear();
}

void PublishTest::fail(Problem problem)
{
    if (m_finished)
        return;
    endStep(false, problem.toString());
    m_result.problem = std::move(problem);
    finish();
}

void PublishTest::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_current.clear();
    if (m_result.postId == 0 && !m_result.postUnknown)
        m_result.cleanedUp = true; // WordPress made nothing
    m_result.ok = m_result.problem.isNull();
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Latchkey
