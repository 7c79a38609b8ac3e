#pragma once

#include <QDialog>

namespace Latchkey {

// Help > About: the icon, the version, the licence and the versions a bug report needs (Qt,
// QtKeychain, the system), with a button that copies them as plain text.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text "Copy Version Info" puts on the clipboard.
    static QString versionInfo();
};

} // namespace Latchkey
