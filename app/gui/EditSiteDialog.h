#pragma once

#include "AppServices.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Latchkey {

class BusyBar;
class ProblemView;
class SiteDiscovery;

// Edits a site's name, address, group and the "allow plain HTTP" opt-in. A new address is
// looked up first (its REST API may live elsewhere); the password stays as it is.
class EditSiteDialog : public QDialog
{
    Q_OBJECT

public:
    EditSiteDialog(AppServices services, Site site, QWidget *parent = nullptr);

    void accept() override;

private:
    void save(const QUrl &baseUrl, const QUrl &restRoot);
    void updateHttpWarning();

    AppServices m_services;
    Site m_site;
    QPointer<SiteDiscovery> m_discovery;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QComboBox *m_group;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
    ProblemView *m_problem;
    BusyBar *m_busy;
    QPushButton *m_save;
};

} // namespace Latchkey
