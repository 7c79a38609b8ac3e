#include "CreatePasswordDialog.h"

#include "ProblemView.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Latchkey {

CreatePasswordDialog::CreatePasswordDialog(const QString &userLabel, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_problem(new ProblemView(this))
    , m_create(new QPushButton(tr("&Create"), this))
{
    setObjectName(QStringLiteral("createPasswordDialog"));
    setWindowTitle(tr("New application password"));
    setMinimumWidth(460);

    auto *intro = new QLabel(tr("A new application password for <b>%1</b>. Give it the name of "
                                "the app or service that will use it, so you know later what "
                                "stops working if you revoke it.")
                                 .arg(userLabel.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("passwordNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Backup plugin, Zapier, Mobile app"));
    m_name->setMaxLength(200);
    m_appId->setObjectName(QStringLiteral("appIdEdit"));
    m_appId->setPlaceholderText(tr("optional, e.g. 3f1c2a7e-5b8d-4c6a-9e21-7d4b0c8a5f13"));
    m_appId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-Fa-f-]{0,36}")), m_appId));
    m_status->setObjectName(QStringLiteral("createStatusLabel"));
    m_status->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&App id:"), m_appId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_create->setEnabled(false);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreatePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_create->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString CreatePasswordDialog::name() const
{
    return m_name->text().trimmed();
}

QString CreatePasswordDialog::appId() const
{
    return m_appId->text().trimmed().toLower();
}

void CreatePasswordDialog::setBusy(bool busy)
{
    m_name->setReadOnly(busy);
    m_appId->setReadOnly(busy);
    m_create->setEnabled(!busy && !name().isEmpty());
    m_status->setText(busy ? tr("Creating the password on the site…") : QString());
    m_status->setVisible(busy);
}

void CreatePasswordDialog::showProblem(const Problem &problem)
{
    setBusy(false);
    m_problem->setProblem(problem);
    m_name->setFocus();
    m_name->selectAll();
}

void CreatePasswordDialog::submit()
{
    if (name().isEmpty())
        return;
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!appId().isEmpty() && !uuid.match(appId()).hasMatch()) {
        m_problem->setProblem(Problem(ProblemCode::InvalidInput,
                                      tr("The app id must be a UUID or left empty."),
                                      tr("Leave it empty unless the application told you its "
                                         "id.")));
        m_appId->setFocus();
        return;
    }
    m_problem->clear();
    setBusy(true);
    Q_EMIT createRequested(name(), appId());
}

} // namespace Latchkey
