#include "AboutDialog.h"

#include "AppGraph.h"
#include "AppIdentity.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Latchkey {

namespace {

QLabel *selectableLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Latchkey"));

    auto *icon = new QLabel;
    icon->setPixmap(AppGraph::applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Latchkey %1").arg(AppIdentity::version()));
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *summary = new QLabel(
        tr("Manages WordPress application passwords for one site or a thousand. Passwords live "
           "in your system keychain; Latchkey never asks for a login password."));
    summary->setWordWrap(true);

    auto *licence = new QLabel(
        tr("Free software under the GNU General Public License, version 3 or later. It comes "
           "with no warranty."));
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    auto *versions = new QFormLayout;
    versions->addRow(tr("Qt:"),
                     selectableLabel(AppIdentity::qtVersion(), QStringLiteral("aboutQtVersion")));
    versions->addRow(tr("QtKeychain:"), selectableLabel(AppIdentity::qtKeychainVersion(),
                                                        QStringLiteral("aboutKeychainVersion")));
    versions->addRow(tr("System:"),
                     selectableLabel(QSysInfo::prettyProductName(), QStringLiteral("aboutSystem")));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(licence);
    text->addLayout(versions);
    text->addStretch();

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionInfoButton"));
    connect(copy, &QPushButton::clicked, this, [copy] {
        // Not a secret: the plain clipboard, no clearing.
        QGuiApplication::clipboard()->setText(versionInfo());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::versionInfo()
{
    return AppIdentity::versionReport(QStringLiteral("Latchkey"));
}

} // namespace Latchkey
