#include "SettingsDialog.h"

#include "GuiSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Latchkey {

SettingsDialog::SettingsDialog(GuiSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clipboard(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Latchkey Settings"));
    m_clipboard->setObjectName(QStringLiteral("clipboardSecondsSpin"));
    m_clipboard->setRange(0, 3600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setSpecialValueText(tr("Never"));
    m_clipboard->setValue(settings->clipboardClearSeconds());
    m_timeout->setObjectName(QStringLiteral("requestTimeoutSpin"));
    m_timeout->setRange(5, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(settings->requestTimeoutSeconds());
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 32);
    m_concurrency->setValue(settings->concurrency());
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language by its own name, so that it can be found whatever the current one is.
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Clear a copied password from the clipboard after:"), m_clipboard);
    form->addRow(tr("Give up on a site after:"), m_timeout);
    form->addRow(tr("Sites to test at the same time:"), m_concurrency);
    form->addRow(tr("Language:"), m_language);
    auto *languageNote =
        new QLabel(tr("A new language is used the next time Latchkey starts."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    form->addRow(languageNote);
    auto *note = new QLabel(tr("The clipboard is cleared only if it still holds the password "
                               "Latchkey put there, and always when Latchkey quits."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    m_settings->setClipboardClearSeconds(m_clipboard->value());
    m_settings->setRequestTimeoutSeconds(m_timeout->value());
    m_settings->setConcurrency(m_concurrency->value());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

} // namespace Latchkey
