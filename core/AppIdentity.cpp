#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QSysInfo>

namespace Latchkey::AppIdentity {

void apply(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setApplicationName(QLatin1String(kApplicationName));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QLatin1String(kOrganizationDomain));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(LATCHKEY_VERSION);
}

QString qtVersion()
{
    const QString runtime = QString::fromLatin1(qVersion());
    if (runtime == QLatin1String(QT_VERSION_STR))
        return runtime;
    return QStringLiteral("%1 (built with %2)").arg(runtime, QLatin1String(QT_VERSION_STR));
}

QString qtKeychainVersion()
{
    // QtKeychain's header carries no usable version; CMake reads it from the package.
    return QStringLiteral(LATCHKEY_QTKEYCHAIN_VERSION);
}

QString versionReport(const QString &programName)
{
    return QStringLiteral("%1 %2\nQt %3\nQtKeychain %4\n%5 (%6)\n")
        .arg(programName, version(), qtVersion(), qtKeychainVersion(),
             QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

QString configDirectory()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(path);
    return path;
}

} // namespace Latchkey::AppIdentity
