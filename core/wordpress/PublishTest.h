#pragma once

#include "CheckStep.h"
#include "Problem.h"
#include "WpRequest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Latchkey {

struct PublishTestResult
{
    bool ok = false;
    Problem problem;
    int postId = 0;
    QUrl link;
    QString status;
    QString title;
    bool readBack = false;
    // Nothing the test created is left on the site: the post was deleted for good (and the
    // deletion confirmed), or WordPress refused to create one. False with keep, a failed or
    // unconfirmed delete, and a create that got no answer.
    bool cleanedUp = false;
    QList<CheckStep> steps;

    // The create went out but no answer came (stopped, timed out, connection lost): WordPress
    // may have made the post, and Latchkey does not know its id.
    bool postUnknown = false;

    // The test post while it is (or may be) still on the site.
    bool postLeft() const { return (postId > 0 && !cleanedUp) || postUnknown; }
    // What is left on the site, in words ("Nothing is left on the site." or the post).
    QString leftOnSiteText() const;
    // "left_on_site" lists each thing the test left behind (type, id, title, status, link).
    QJsonObject toJson() const;
};

// Creates a post ("Latchkey test post <time>") with the given status, reads it back, and
// deletes it for good unless keep. Cleans up even when the read-back fails. It creates nothing
// else (no category, no tag, no media): nothing it could not remove. status is "draft" or
// "publish" (anything else finishes with invalid_input). Steps (stable names): "create",
// "read_back", "delete". A user who may not publish gets insufficient_capability. Finishes
// exactly once (never inside start()), then deletes itself.
class PublishTest : public QObject
{
    Q_OBJECT

public:
    PublishTest(QNetworkAccessManager *network, SiteEndpoint endpoint, QString status, bool keep,
                QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const Latchkey::PublishTestResult &result);

private:
    void createPost();
    void readBack();
    void cleanUp();
    void finish();
    void beginStep(const QString &name);
    void endStep(bool ok, const QString &detail = {});
    void fail(Problem problem);

    QNetworkAccessManager *m_network;
    SiteEndpoint m_endpoint;
    QString m_status;
    bool m_keep;
    PublishTestResult m_result;
    QPointer<WpRequest> m_current;
    QElapsedTimer m_clock; // the current step's
    QString m_stepName;
    QString m_title;
    bool m_finished = false;
    bool m_creating = false;
};

} // namespace Latchkey
