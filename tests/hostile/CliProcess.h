#pragma once

// latchkey-cli as a second (or third) process of a test, with its own configuration folder,
// the test's keychain session, and the test's event loop turning while it runs (the fakes it
// talks to live in the test process).
#include "TestBed.h"

#include <QJsonDocument>
#include <QProcess>

#include <memory>

namespace Latchkey::Testing {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QByteArray all() const { return out + err; }
};

inline std::unique_ptr<QProcess> startCli(const QString &configHome, const QStringList &args,
                                          const QList<QPair<QString, QString>> &extraEnv = {})
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : extraEnv)
        environment.insert(name, value);
    process->setProcessEnvironment(environment);
    process->start(qEnvironmentVariable("LATCHKEY_CLI"), args);
    process->waitForStarted(10'000);
    process->closeWriteChannel();
    return process;
}

inline CliRun finishCli(QProcess &process, int timeoutMs = 120'000)
{
    waitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return {-3, process.readAllStandardOutput(), process.readAllStandardError()};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

inline CliRun runCli(const QString &configHome, const QStringList &args,
                     const QList<QPair<QString, QString>> &extraEnv = {})
{
    const std::unique_ptr<QProcess> process = startCli(configHome, args, extraEnv);
    return finishCli(*process);
}

} // namespace Latchkey::Testing
