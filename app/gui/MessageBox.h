#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>

#include <functional>

namespace Latchkey {

// Every question and notice goes through here, asynchronously (QMessageBox::open, no nested
// event loop). Tests queue answers with setNextAnswer(): the next box is then not shown at all
// and the callback gets that answer, so a test never blocks on a dialog.
class MessageBox
{
public:
    using Answer = QMessageBox::StandardButton;
    using Callback = std::function<void(Answer)>;

    // Asks a question. The default button is the safe one (Cancel / No).
    static void question(QWidget *parent, const QString &title, const QString &text,
                         const QString &informative, QMessageBox::StandardButtons buttons,
                         Answer defaultButton, const Callback &done,
                         QMessageBox::Icon icon = QMessageBox::Question,
                         const QHash<Answer, QString> &buttonTexts = {});
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &informative = {});

    static void setNextAnswer(Answer answer);
    static bool hasNextAnswer();
    // The text of the last box (shown or answered by setNextAnswer), for tests.
    static QString lastText();
    // The icon of the last box: Warning for the strong warnings (revoking what Latchkey uses).
    static QMessageBox::Icon lastIcon();

private:
    // The box to show, or nullptr when a queued test answer was given to done instead.
    static QMessageBox *create(QWidget *parent, const QString &title, const QString &text,
                               const QString &informative, QMessageBox::StandardButtons buttons,
                               Answer defaultButton, const Callback &done, QMessageBox::Icon icon);

    static Answer s_nextAnswer;
    static QString s_lastText;
    static QMessageBox::Icon s_lastIcon;
};

} // namespace Latchkey
