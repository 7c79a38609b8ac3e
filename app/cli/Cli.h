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
    // Takes --timeout SECONDS (or --timeout=SECONDS) out of args into the context; returns
    // false after printing a usage error.
    bool takeTimeoutOption(QStringList &args);
    void finishOnce(int exitCode);

    CliContext &m_context;
    bool m_finished = false;
};

} // namespace Latchkey
