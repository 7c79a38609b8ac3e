#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Latchkey {

class GuiSettings;

// Preferences: how long a copied password stays on the clipboard, how long to wait for a site,
// how many sites bulk work touches at once, and the interface language (used from the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(GuiSettings *settings, QWidget *parent = nullptr);

    void accept() override;

private:
    GuiSettings *m_settings;
    QSpinBox *m_clipboard;
    QSpinBox *m_timeout;
    QSpinBox *m_concurrency;
    QComboBox *m_language;
};

} // namespace Latchkey
