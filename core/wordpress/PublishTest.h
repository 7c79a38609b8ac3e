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
    bool readBack = false;
    bool cleanedUp = false;
    QList<CheckStep> steps;

    QJsonObject toJson() const;
};

// Creates a post ("Latchkey test post" in a "Latchkey test" category) with the given status,
// reads it back, and deletes it for good unless keep. Cleans up even when the read-back fails.
// status is "draft" or "publish" (anything else finishes with invalid_input). Steps (stable
// names): "category", "create", "read_back", "delete". A user who may not manage categories
// (authors, contributors) gets a post without a category; one who may not publish gets
// insufficient_capability. Finishes exactly once (never inside start()), then deletes itself.
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
    void createPost(int categoryId);
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
};

} // namespace Latchkey
