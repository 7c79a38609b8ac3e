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
class SiteAddressChange;

// Edits a site's name, address, group and the "allow plain HTTP" opt-in. A new address is saved
// only after the stored password signs in there as the same WordPress user (SiteAddressChange);
// otherwise nothing changes and the dialog says why.
class EditSiteDialog : public QDialog
{
    Q_OBJECT

public:
    EditSiteDialog(AppServices services, Site site, QWidget *parent = nullptr);

    void accept() override;

private:
    void save();
    // The edits other than the address, applied to a site.
    void applyEdits(Site &site) const;
    void recordChanges(const Site &saved);
    void updateHttpWarning();

    AppServices m_services;
    Site m_site;
    QPointer<SiteAddressChange> m_addressChange;
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
