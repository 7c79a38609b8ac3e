#pragma once

#include "AppServices.h"
#include "wordpress/ConnectionCheck.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace Latchkey {

class CheckRunner;
class ProblemView;
class StepsView;

// The "Connection" tab: runs a connection check for the selected site and shows every step
// with a tick or a cross, its time, and the problem with what to do.
class ConnectionTab : public QWidget
{
    Q_OBJECT

public:
    ConnectionTab(AppServices services, CheckRunner *runner, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);

private:
    void showResult(const CheckResult &result);
    void showStored();
    void onStarted(const QString &siteId);
    void onStep(const QString &siteId, const CheckStep &step);
    void onFinished(const QString &siteId, const CheckResult &result);
    void updateExtraActions(const std::optional<CheckResult> &result);
    void copyReport();
    void showCertificate();
    void useSuggestedUrl();

    AppServices m_services;
    CheckRunner *m_runner;
    std::optional<Site> m_site;
    QLabel *m_summary;
    QLabel *m_userInfo;
    StepsView *m_steps;
    ProblemView *m_problem;
    QPushButton *m_test;
    QPushButton *m_cancel;
    QPushButton *m_copyReport;
    QPushButton *m_certificate;
    QLabel *m_moved;
    QPushButton *m_useSuggested;
};

} // namespace Latchkey
