#pragma once

#include "CliContext.h"

#include <QObject>

namespace Latchkey {

// Dispatches latchkey-cli's command line to a command group and reports its exit code.
class Cli : public QObject
{
    Q_OBJECT

public:
    explicit Cli(CliContext &context, QObject *parent = nullptr);

    // args without the program name. Emits finished() once, possibly before returning.
    void run(const QStringList &args);

    static QString helpText();

Q_SIGNALS:
    void finished(int exitCode);

private:
    CliContext &m_context;
};

} // namespace Latchkey
