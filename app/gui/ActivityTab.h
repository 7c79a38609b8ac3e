#pragma once

#include "AppServices.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Latchkey {

// The "Activity" tab: what Latchkey did on the selected site and when (no secrets).
class ActivityTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityTab(AppServices services, QWidget *parent = nullptr);

    void setSite(const std::optional<Site> &site);

private:
    void reload();

    AppServices m_services;
    std::optional<Site> m_site;
    QTreeWidget *m_list;
    QLabel *m_empty;
};

} // namespace Latchkey
