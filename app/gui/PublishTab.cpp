#include "PublishTab.h"

#include "BusyBar.h"
#include "ProblemView.h"
#include "StepsView.h"
#include "wordpress/PostsApi.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <utility>

namespace Latchkey {

PublishTab::PublishTab(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
    , m_draft(new QRadioButton(tr("&Draft (not visible to visitors)"), this))
    , m_publish(new QRadioButton(tr("&Published (visible until deleted)"), this))
    , m_category(new QLineEdit(this))
    , m_keepBox(new QCheckBox(tr("&Keep the post on the site afterwards"), this))
    , m_run(new QPushButton(tr("&Run test publish"), this))
    , m_steps(new StepsView(this))
    , m_result(new QLabel(this))
    , m_leftOver(new QLabel(this))
    , m_problem(new ProblemView(this))
    , m_busy(new BusyBar(services.settings, this))
{
    setObjectName(QStringLiteral("publishTab"));
    m_title->setObjectName(QStringLiteral("publishTitleEdit"));
    m_content->setObjectName(QStringLiteral("publishContentEdit"));
    m_draft->setObjectName(QStringLiteral("publishDraftRadio"));
    m_publish->setObjectName(QStringLiteral("publishPublishRadio"));
    m_category->setObjectName(QStringLiteral("publishCategoryEdit"));
    m_keepBox->setObjectName(QStringLiteral("publishKeepCheck"));
    m_run->setObjectName(QStringLiteral("runPublishButton"));
    m_result->setObjectName(QStringLiteral("publishResultLabel"));
    m_leftOver->setObjectName(QStringLiteral("publishLeftOverLabel"));

    m_title->setText(tr("Latchkey test post"));
    m_content->setPlainText(
        tr("This post was created by Latchkey to check that publishing works. Latchkey deletes "
           "it again right away."));
    m_content->setMaximumHeight(70);
    m_category->setPlaceholderText(tr("none (optional; created if missing, and then kept)"));
    m_draft->setChecked(true);
    auto *status = new QButtonGroup(this);
    status->addButton(m_draft);
    status->addButton(m_publish);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_draft);
    statusRow->addWidget(m_publish);
    statusRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("C&ontent:"), m_content);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(QString(), m_keepBox);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_leftOver->setWordWrap(true);
    QFont bold = m_leftOver->font();
    bold.setBold(true);
    m_leftOver->setFont(bold);
    connect(m_result, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_busy, 1);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_leftOver);
    layout->addWidget(m_problem);

    connect(m_run, &QPushButton::clicked, this, &PublishTab::start);
    // A keychain that could not be read: unlock it, then run the test again.
    m_problem->setUnlockAction(m_services.secrets, [this] { start(); });
    m_steps->hide();
    setSite(std::nullopt);
}

void PublishTab::resetContext()
{
    delete m_context;
    m_context = new QObject(this);
    if (m_request)
        m_request->abort();
    m_busy->stop();
}

void PublishTab::setSite(const std::optional<Site> &site)
{
    const bool same =
        site && m_site && site->id == m_site->id && site->secretKey() == m_site->secretKey();
    if (!same && m_busy->isBusy()) {
        // Never abandon a test post half-way: finish (and clean up) first.
        m_hasPendingSite = true;
        m_pendingSite = site;
        return;
    }
    m_site = site;
    m_run->setEnabled(m_site.has_value() && !m_busy->isBusy());
    if (same)
        return;
    resetContext();
    m_endpoint.reset();
    m_steps->clearSteps();
    m_steps->hide();
    m_result->clear();
    m_leftOver->clear();
    m_problem->clear();
    m_run->setEnabled(m_site.has_value());
}

void PublishTab::track(WpRequest *request, const QString &text)
{
    m_request = request;
    if (!m_busy->isBusy()) {
        m_busy->start(text, [this](bool timedOut) {
            if (m_request)
                m_request->abort();
            if (timedOut)
                finish(Problem::make(ProblemCode::Timeout));
        });
    } else {
        m_busy->setText(text);
    }
}

void PublishTab::beginStep(const QString &name)
{
    m_step = name;
    m_clock.start();
    m_steps->setRunning(stepTitle(name) + QStringLiteral("…"));
}

void PublishTab::endStep(bool ok, const QString &detail)
{
    m_steps->addStep(CheckStep{m_step, ok, m_clock.elapsed(), detail});
}

void PublishTab::start()
{
    if (!m_site || m_busy->isBusy())
        return;
    m_post = {};
    m_keep = m_keepBox->isChecked();
    m_creating = false;
    m_outcome = {};
    m_categoryName = m_category->text().trimmed();
    m_categoryId = 0;
    m_steps->clearSteps();
    m_steps->show();
    m_result->clear();
    m_leftOver->clear();
    m_problem->clear();
    m_run->setEnabled(false);
    m_busy->start(tr("Reading the password from the keychain…"), [this](bool timedOut) {
        resetContext();
        finish(Problem::make(timedOut ? ProblemCode::KeychainUnavailable : ProblemCode::Cancelled));
    });
    m_services.withEndpoint(*m_site, m_context, [this](const Result<SiteEndpoint> &endpoint) {
        if (!endpoint) {
            finish(endpoint.problem());
            return;
        }
        m_endpoint = *endpoint;
        ensureCategory();
    });
}

void PublishTab::ensureCategory()
{
    if (m_categoryName.isEmpty()) {
        createPost({});
        return;
    }
    beginStep(QStringLiteral("category"));
    const PostsApi posts(WordPressClient(m_services.network, *m_endpoint));
    track(posts.ensureCategory(m_categoryName, m_context,
                               [this](const Result<int> &id) {
                                   if (!id) {
                                       endStep(false, id.problem().message());
                                       if (id.problem().code() ==
                                           ProblemCode::InsufficientCapability) {
                                           // Authors may not create categories: post without.
                                           createPost({});
                                           return;
                                       }
                                       finish(id.problem());
                                       return;
                                   }
                                   m_categoryId = *id;
                                   endStep(true, tr("category id %1").arg(*id));
                                   createPost({*id});
                               }),
          tr("Preparing the category…"));
}

void PublishTab::createPost(const QList<int> &categories)
{
    beginStep(QStringLiteral("create"));
    const QString status =
        m_publish->isChecked() ? QStringLiteral("publish") : QStringLiteral("draft");
    const PostsApi posts(WordPressClient(m_services.network, *m_endpoint));
    const QString title =
        m_title->text().trimmed().isEmpty() ? tr("Latchkey test post") : m_title->text().trimmed();
    m_outcome.title = title;
    m_outcome.status = status;
    m_creating = true;
    track(posts.create(title, m_content->toPlainText(), status, categories, m_context,
                       [this](const Result<WpPost> &post) {
                           m_creating = false;
                           if (!post) {
                               // Without WordPress's answer the post may exist all the same.
                               m_outcome.postUnknown = post.problem().httpStatus() <= 0;
                               endStep(false, post.problem().message());
                               finish(post.problem());
                               return;
                           }
                           m_post = *post;
                           m_outcome.postId = post->id;
                           m_outcome.link = post->link;
                           m_outcome.status = post->status;
                           endStep(true, tr("post %1 (%2)").arg(post->id).arg(post->status));
                           readBack();
                       }),
          tr("Creating the post…"));
}

void PublishTab::readBack()
{
    beginStep(QStringLiteral("read_back"));
    const PostsApi posts(WordPressClient(m_services.network, *m_endpoint));
    track(posts.get(m_post.id, m_context,
                    [this](const Result<WpPost> &post) {
                        if (!post) {
                            endStep(false, post.problem().message());
                            // Clean up anyway: the post exists.
                            cleanUp();
                            return;
                        }
                        if (post->link.isValid()) {
                            m_post.link = post->link;
                            m_outcome.link = post->link;
                        }
                        endStep(true, post->link.toDisplayString());
                        cleanUp();
                    }),
          tr("Reading the post back…"));
}

void PublishTab::cleanUp()
{
    if (m_keep) {
        finish({});
        return;
    }
    beginStep(QStringLiteral("delete"));
    const PostsApi posts(WordPressClient(m_services.network, *m_endpoint));
    track(posts.remove(m_post.id, true, m_context,
                       [this](const Problem &problem) {
                           endStep(!problem, problem ? problem.message() : tr("deleted for good"));
                           m_outcome.cleanedUp = !problem;
                           finish(problem);
                       }),
          tr("Deleting the post…"));
}

void PublishTab::finish(const Problem &problem)
{
    m_busy->stop();
    m_run->setEnabled(m_site.has_value());
    // Stopped (timed out, cancelled) while the create was on its way: it may have been made.
    if (std::exchange(m_creating, false))
        m_outcome.postUnknown = true;
    const bool created = m_post.id != 0;
    if (created) {
        const QString link = m_post.link.toString(QUrl::FullyEncoded);
        m_result->setText(
            problem.isNull()
                ? tr("✓ Publishing works. The post was at <a href=\"%1\">%2</a>.")
                      .arg(link.toHtmlEscaped(), m_post.link.toDisplayString().toHtmlEscaped())
                : tr("The post was created at <a href=\"%1\">%2</a>.")
                      .arg(link.toHtmlEscaped(), m_post.link.toDisplayString().toHtmlEscaped()));
    } else if (m_outcome.postUnknown) {
        m_result->setText(tr("✗ No answer came to the creation of the post: it may have been "
                             "created."));
    } else {
        m_result->setText(problem.code() == ProblemCode::Cancelled ? tr("Cancelled.")
                                                                   : tr("✗ No post was created."));
    }
    if (!created && !m_outcome.postUnknown)
        m_outcome.cleanedUp = true; // WordPress made nothing
    // Core's words for what is left: the same sentence as latchkey-cli publish-test.
    QString leftOver = m_outcome.leftOnSiteText();
    if (m_categoryId > 0)
        leftOver += QLatin1Char(' ') + tr("The category “%1” stays.").arg(m_categoryName);
    m_leftOver->setText(leftOver);
    if (problem && problem.code() != ProblemCode::Cancelled)
        m_problem->setProblem(problem);
    if (m_site && (m_outcome.postLeft() || created || problem.code() != ProblemCode::Cancelled)) {
        m_services.record(*m_site, QStringLiteral("publish_tested"),
                          problem.isNull()
                              ? tr("Test publish worked (post %1). %2").arg(m_post.id).arg(leftOver)
                              : tr("Test publish failed: %1 %2").arg(problem.message(), leftOver),
                          problem.isNull());
    }
    if (m_hasPendingSite) {
        m_hasPendingSite = false;
        setSite(m_pendingSite);
    }
}

} // namespace Latchkey
