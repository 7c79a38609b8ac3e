#pragma once

#include <QString>

class QCoreApplication;

namespace Latchkey::AppIdentity {

// Fixed forever: config paths and keychain entries derive from these.
inline constexpr char kApplicationName[] = "latchkey"; // ~/.config/latchkey
inline constexpr char kDisplayName[] = "Latchkey";
inline constexpr char kOrganizationDomain[] = "latchkey.org";
inline constexpr char kDesktopId[] = "org.latchkey.Latchkey"; // .desktop, metainfo, D-Bus
inline constexpr char kKeychainService[] = "latchkey";
// Latchkey's own app_id for the application passwords it creates (lowercase, no braces).
inline constexpr char kAppId[] = "3f1c2a7e-5b8d-4c6a-9e21-7d4b0c8a5f13";

// Sets application name, organisation and version on the application object. Call first in
// every main(). Organisation name stays empty so that the config folder is ~/.config/latchkey.
void apply(QCoreApplication &app);

QString version();
// Several lines for --version and the About dialog's "Copy Version Info": Latchkey's version,
// the Qt it runs on (and was built with, when they differ), QtKeychain's and the system's.
// What a bug report needs, and nothing private.
QString versionReport(const QString &programName);
QString qtVersion();
QString qtKeychainVersion();
// QStandardPaths::AppConfigLocation, created if missing.
QString configDirectory();

} // namespace Latchkey::AppIdentity
