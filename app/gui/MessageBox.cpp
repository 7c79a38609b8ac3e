#include "MessageBox.h"

#include <QPushButton>

namespace Latchkey {

MessageBox::Answer MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QMessageBox::Icon MessageBox::s_lastIcon = QMessageBox::NoIcon;

QMessageBox *MessageBox::create(QWidget *parent, const QString &title, const QString &text,
                                const QString &informative, QMessageBox::StandardButtons buttons,
                                Answer defaultButton, const Callback &done, QMessageBox::Icon icon)
{
    s_lastText = informative.isEmpty() ? text : text + QLatin1Char('\n') + informative;
    s_lastIcon = icon;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const Answer answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        if (done)
            done(answer);
        return nullptr;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(informative);
    box->setDefaultButton(defaultButton);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, done](int) {
        if (done)
            done(box->standardButton(box->clickedButton()));
    });
    return box;
}

void MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                          const QString &informative, QMessageBox::StandardButtons buttons,
                          Answer defaultButton, const Callback &done, QMessageBox::Icon icon,
                          const QHash<Answer, QString> &buttonTexts)
{
    QMessageBox *box = create(parent, title, text, informative, buttons, defaultButton, done, icon);
    if (!box)
        return;
    // Name the action on the button ("Revoke", "Remove") rather than a bare "Yes".
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box->button(it.key()))
            button->setText(it.value());
    }
    box->open();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                         const QString &informative)
{
    question(parent, title, text, informative, QMessageBox::Ok, QMessageBox::Ok, {},
             QMessageBox::Warning);
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

bool MessageBox::hasNextAnswer()
{
    return s_nextAnswer != QMessageBox::NoButton;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

QMessageBox::Icon MessageBox::lastIcon()
{
    return s_lastIcon;
}

} // namespace Latchkey
