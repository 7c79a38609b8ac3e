#pragma once

#include "CliContext.h"

#include <QObject>

namespace Latchkey {

// A command group ("site", "password", …). run() may finish synchronously or later; either way
// it emits finished() exactly once with the process's exit code.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    {}

    // args[0] is the group's name, args[1] the subcommand (if the group has any).
    virtual void run(const QStringList &args) = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliContext &ctx() { return m_context; }
    void done(int exitCode) { Q_EMIT finished(exitCode); }

private:
    CliContext &m_context;
};

} // namespace Latchkey
