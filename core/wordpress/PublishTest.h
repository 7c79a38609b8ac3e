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

    QNetworkAccessManager *m_network;
    SiteEndpoint m_endpoint;
    QString m_status;
    bool m_keep;
    PublishTestResult m_result;
    QPointer<WpRequest> m_current;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace Latchkey
