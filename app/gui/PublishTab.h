#pragma once

#include "AppServices.h"
#include "wordpress/CheckStep.h"
#include "wordpress/PublishTest.h"
#include "wordpress/WpTypes.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Latchkey {

class BusyBar;
class ProblemView;
class StepsView;
class WpRequest;

// The "Test publish" tab: creates a post with the given title, content, status and optional
// category, reads it back, shows its link, and deletes it for good unless the user keeps it.
// Says exactly what is (or may be) left on the site, in core's words (PublishTestResult): a
// create that got no answer may have made the post.
class PublishTab : public QWidget
{
    Q_OBJECT

public:
    explicit PublishTab(AppServices services, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);

private:
    void start();
    void ensureCategory();
    void createPost(const QList<int> &categories);
    void readBack();
    void cleanUp();
    void finish(const Problem &problem);
    void beginStep(const QString &name);
    void endStep(bool ok, const QString &detail);
    void track(WpRequest *request, const QString &text);
    void resetContext();

    AppServices m_services;
    std::optional<Site> m_site;
    std::optional<SiteEndpoint> m_endpoint;
    QObject *m_context = nullptr;
    QPointer<WpRequest> m_request;
    QElapsedTimer m_clock;
    QString m_step;
    // The run in progress.
    WpPost m_post;
    bool m_keep = false;
    bool m_creating = false;     // the create went out and has not been answered
    PublishTestResult m_outcome; // what is left on the site
    QString m_categoryName;
    int m_categoryId = 0;
    // A site chosen while a run was in progress: shown once the run (and its clean-up) ends.
    bool m_hasPendingSite = false;
    std::optional<Site> m_pendingSite;

    QLineEdit *m_title;
    QPlainTextEdit *m_content;
    QRadioButton *m_draft;
    QRadioButton *m_publish;
    QLineEdit *m_category;
    QCheckBox *m_keepBox;
    QPushButton *m_run;
    StepsView *m_steps;
    QLabel *m_result;
    QLabel *m_leftOver;
    ProblemView *m_problem;
    BusyBar *m_busy;
};

} // namespace Latchkey
