#include "ProblemView.h"

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Latchkey {

ProblemView::ProblemView(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_fix(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock ke&ychain…"), this))
{
    setObjectName(QStringLiteral("problemView"));
    setFrameShape(QFrame::StyledPanel);
    // A soft red panel that reads as "this needs you" without shouting.
    setStyleSheet(QStringLiteral(
        "#problemView { background: #fdecec; border: 1px solid #e6a5a5; border-radius: 4px; }"
        "#problemView QLabel { color: #5a1a1a; background: transparent; }"));
    m_message->setObjectName(QStringLiteral("problemMessage"));
    m_fix->setObjectName(QStringLiteral("problemFix"));
    m_detail->setObjectName(QStringLiteral("problemDetail"));
    m_unlock->setObjectName(QStringLiteral("unlockKeychainButton"));
    m_unlock->setToolTip(tr("Asks the system keychain to unlock (it may ask for your keyring "
                            "password), then tries again."));
    m_unlock->hide();
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    for (QLabel *label : {m_message, m_fix, m_detail}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_detail->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_message);
    layout->addWidget(m_fix);
    layout->addWidget(m_detail);
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_unlock);
    actions->addStretch();
    layout->addLayout(actions);
    connect(m_unlock, &QPushButton::clicked, this, &ProblemView::unlock);
    hide();
}

void ProblemView::setUnlockAction(SecretStore *secrets, std::function<void()> retry)
{
    m_secrets = secrets;
    m_retry = std::move(retry);
    updateUnlockButton();
}

void ProblemView::updateUnlockButton()
{
    m_unlock->setVisible(m_secrets && m_retry &&
                         m_problem.code() == ProblemCode::KeychainUnavailable);
    m_unlock->setEnabled(m_unlockContext == nullptr);
}

void ProblemView::unlock()
{
    if (!m_secrets || !m_retry || m_unlockContext)
        return;
    m_unlockContext = new QObject(this);
    updateUnlockButton();
    m_secrets->unlock(m_unlockContext, [this](const Problem &problem) {
        m_unlockContext->deleteLater();
        m_unlockContext = nullptr;
        if (problem) {
            setProblem(problem);
            return;
        }
        clear();
        m_retry();
    });
}

void ProblemView::setProblem(const Problem &problem)
{
    m_problem = problem;
    // A new problem (or none) ends the wait for an unlock: what failed was done again.
    delete m_unlockContext;
    m_unlockContext = nullptr;
    updateUnlockButton();
    if (problem.isNull()) {
        hide();
        return;
    }
    m_message->setText(problem.message());
    m_fix->setText(problem.fix().isEmpty() ? QString() : tr("What to do: %1").arg(problem.fix()));
    m_fix->setVisible(!problem.fix().isEmpty());
    QStringList details;
    if (!problem.candidates().isEmpty()) {
        QStringList names;
        for (const ProblemCode code : problem.candidates())
            names.append(candidateText(code));
        details.append(tr("It could also be: %1").arg(names.join(QStringLiteral("; "))));
    }
    QString technical = problem.codeName();
    if (problem.httpStatus() > 0)
        technical += QStringLiteral(", HTTP %1").arg(problem.httpStatus());
    if (!problem.wordPressCode().isEmpty())
        technical += QStringLiteral(", ") + problem.wordPressCode();
    if (!problem.detail().isEmpty())
        technical += QStringLiteral(": ") + problem.detail();
    details.append(tr("Technical detail: %1").arg(technical));
    m_detail->setText(details.join(QLatin1Char('\n')));
    show();
}

void ProblemView::clear()
{
    setProblem(Problem());
}

QString stepTitle(const QString &name)
{
    static const struct
    {
        const char *name;
        const char *title;
    } titles[] = {
        {"reach", QT_TRANSLATE_NOOP("Steps", "Site reachable")},
        {"rest_api", QT_TRANSLATE_NOOP("Steps", "WordPress REST API found")},
        {"app_passwords", QT_TRANSLATE_NOOP("Steps", "Application passwords available")},
        {"authenticate", QT_TRANSLATE_NOOP("Steps", "Password accepted")},
        {"introspect", QT_TRANSLATE_NOOP("Steps", "Password identified")},
        {"capabilities", QT_TRANSLATE_NOOP("Steps", "Permissions read")},
        {"cross_check", QT_TRANSLATE_NOOP("Steps", "Cross-checked over XML-RPC")},
        {"keychain", QT_TRANSLATE_NOOP("Steps", "Password read from the keychain")},
        {"category", QT_TRANSLATE_NOOP("Steps", "Test category ready")},
        {"create", QT_TRANSLATE_NOOP("Steps", "Post created")},
        {"read_back", QT_TRANSLATE_NOOP("Steps", "Post read back")},
        {"delete", QT_TRANSLATE_NOOP("Steps", "Post deleted")},
    };
    for (const auto &entry : titles) {
        if (name == QLatin1String(entry.name))
            return QCoreApplication::translate("Steps", entry.title);
    }
    return name;
}

QString candidateText(ProblemCode code)
{
    return Problem::defaultMessage(code);
}

} // namespace Latchkey
