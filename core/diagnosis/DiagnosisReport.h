#pragma once

#include "wordpress/ConnectionCheck.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Latchkey {

// The plain-text diagnosis a site owner can send to their host ("Copy report" in the GUI,
// "latchkey-cli check SITE --report"): the result, what to do, the steps with timings, every
// HTTP request with its status and the response headers that help (Server, Via, X-Powered-By,
// Link, WWW-Authenticate, Content-Type, ...), the certificate, and versions. It never holds a
// credential, a cookie, or a password-like query value: build() redacts every secret it is
// given wherever it might appear.
class DiagnosisReport
{
public:
    struct Context
    {
        QString siteName;
        QUrl siteUrl;
        QString userLogin;
        QDateTime generatedAt = QDateTime::currentDateTimeUtc();
        // Removed wherever they appear, also with spaces removed and as Basic credentials.
        QStringList secrets;
    };

    static QString build(const CheckResult &result, const Context &context);
    // Latchkey, Qt and operating system versions, one line.
    static QString versionsLine();
    // Replaces each secret (and its variants) with "[redacted]".
    static QString redact(QString text, const QStringList &secrets, const QString &login = {});
};

} // namespace Latchkey
