#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

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

QString configDirectory()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(path);
    return path;
}

} // namespace Latchkey::AppIdentity
