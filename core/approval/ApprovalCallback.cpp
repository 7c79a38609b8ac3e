#include "approval/ApprovalCallback.h"

#include "approval/ApprovalRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

#include <cctype>
#include <optional>

namespace Latchkey {

namespace {

constexpr int kMaxLoginLength = 60; // WordPress's user_login column
constexpr int kMaxSiteUrlLength = 2048;
constexpr int kMinPasswordLength = 16;
constexpr int kMaxPasswordLength = 64;

Problem invalid(const char *sentence)
{
    return Problem(
        ProblemCode::InvalidInput,
        QCoreApplication::translate("Latchkey::ApprovalCallback", sentence),
        QCoreApplication::translate("Latchkey::ApprovalCallback",
                                    "Use the address your browser was sent to after you approved "
                                    "Latchkey in WordPress, exactly as it was, or try again."));
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

// application/x-www-form-urlencoded decoding of one key or value: '+' is a space, %XX a byte,
// and the bytes must be UTF-8.
std::optional<QString> decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%')
            continue;
        if (i + 2 >= raw.size() || !isxdigit(static_cast<unsigned char>(raw.at(i + 1))) ||
            !isxdigit(static_cast<unsigned char>(raw.at(i + 2)))) {
            return std::nullopt; // a stray '%'
        }
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool isAsciiAlphanumeric(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

} // namespace

QString ApprovalCallback::compactPassword() const
{
    QString compact = password;
    compact.remove(QLatin1Char(' '));
    return compact;
}

bool ApprovalCallback::looksLikeCallback(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String(kScheme) + QLatin1Char(':'),
                                     Qt::CaseInsensitive);
}

bool ApprovalCallback::isApplicationPassword(const QString &password)
{
    int length = 0;
    for (const QChar c : password) {
        if (c == QLatin1Char(' '))
            continue;
        if (!isAsciiAlphanumeric(c))
            return false;
        ++length;
    }
    return length >= kMinPasswordLength && length <= kMaxPasswordLength;
}

void ApprovalCallback::wipe()
{
    password.fill(QLatin1Char('\0'));
    password.clear();
}

Result<ApprovalCallback> ApprovalCallback::parse(const QString &input)
{
    if (input.size() > kMaxLength)
        return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                         "The address is too long to be one WordPress sent."));
    const QString address = input.trimmed();
    if (address.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback", "The address is empty."));
    for (const QChar c : address) {
        // A URL is ASCII without spaces or control characters; anything else was altered.
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return invalid(
                QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                  "The address holds characters a latchkey:// address never has."));
    }

    // Split by hand rather than through QUrl, which would tolerate and repair malformed input.
    const QString schemePrefix = QLatin1String(kScheme) + QLatin1String("://");
    if (!address.startsWith(schemePrefix, Qt::CaseInsensitive))
        return invalid(
            QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback", "This is not a latchkey:// address."));
    QString rest = address.mid(schemePrefix.size());
    if (rest.contains(QLatin1Char('#')))
        return invalid(
            QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                              "The address has a fragment (#…), which WordPress never adds."));
    const qsizetype questionMark = rest.indexOf(QLatin1Char('?'));
    const QString authority = questionMark < 0 ? rest : rest.left(questionMark);
    const QString query = questionMark < 0 ? QString() : rest.mid(questionMark + 1);
    QString host = authority;
    if (host.endsWith(QLatin1Char('/')))
        host.chop(1); // "latchkey://authorized/?state=…": the same address
    if (host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')) ||
        host.contains(QLatin1Char(':'))) {
        return invalid(QT_TRANSLATE_NOOP(
            "Latchkey::ApprovalCallback",
            "The address has a path, user name or port, which Latchkey never asks "
            "WordPress for."));
    }

    ApprovalCallback callback;
    if (host.compare(QLatin1String(kAuthorizedHost), Qt::CaseInsensitive) == 0)
        callback.kind = Kind::Authorized;
    else if (host.compare(QLatin1String(kRejectedHost), Qt::CaseInsensitive) == 0)
        callback.kind = Kind::Rejected;
    else
        return invalid(QT_TRANSLATE_NOOP(
            "Latchkey::ApprovalCallback",
            "The address is neither latchkey://authorized nor latchkey://rejected."));

    QHash<QString, QString> values;
    if (!query.isEmpty()) {
        const QList<QStringView> pairs = QStringView(query).split(QLatin1Char('&'));
        for (const QStringView pair : pairs) {
            if (pair.isEmpty())
                return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                                 "The address has an empty parameter."));
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                                 "The address has a parameter without a value."));
            const std::optional<QString> key = decodeComponent(pair.left(equals).toLatin1());
            const std::optional<QString> value = decodeComponent(pair.mid(equals + 1).toLatin1());
            if (!key || !value)
                return invalid(QT_TRANSLATE_NOOP(
                    "Latchkey::ApprovalCallback",
                    "The address has a parameter that is not encoded correctly."));
            if (values.contains(*key))
                return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                                 "The address repeats a parameter."));
            if (hasControlCharacters(*value))
                return invalid(
                    QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                      "The address has a parameter with control characters."));
            values.insert(*key, *value);
        }
    }

    const QStringList required =
        callback.isAuthorized()
            ? QStringList{QStringLiteral("state"), QStringLiteral("site_url"),
                          QStringLiteral("user_login"), QStringLiteral("password")}
            : QStringList{QStringLiteral("state")};
    // The "Cannot Authorize Application" page's link back adds error=disabled to reject_url.
    const QString errorKey = QStringLiteral("error");
    const bool mayHaveError = !callback.isAuthorized();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!required.contains(it.key()) && !(mayHaveError && it.key() == errorKey))
            return invalid(
                QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                  "The address has a parameter Latchkey does not expect."));
    }
    if (values.contains(errorKey)) {
        if (values.value(errorKey) != QLatin1String(kErrorDisabled))
            return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                             "The address has an error WordPress never sends."));
        callback.error = values.value(errorKey);
    }
    for (const QString &key : required) {
        if (values.value(key).isEmpty())
            return invalid(
                QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                  "The address lacks a parameter WordPress always sends."));
    }

    callback.state = values.value(QStringLiteral("state"));
    if (!ApprovalRequest::isWellFormedState(callback.state))
        return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                         "The address's state is not one Latchkey made."));
    if (!callback.isAuthorized())
        return callback;

    const QString siteUrl = values.value(QStringLiteral("site_url"));
    callback.siteUrl = QUrl(siteUrl, QUrl::StrictMode);
    const QString scheme = callback.siteUrl.scheme();
    if (siteUrl.size() > kMaxSiteUrlLength || !callback.siteUrl.isValid() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        callback.siteUrl.host().isEmpty() || !callback.siteUrl.userInfo().isEmpty()) {
        return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                         "The address's site_url is not a web address."));
    }
    callback.userLogin = values.value(QStringLiteral("user_login"));
    // sanitize_user() strips tags and entities: '<', '>' and '&' never occur in a user name
    // (and keeping them out keeps a forged name from reading as markup where it is shown).
    if (callback.userLogin.size() > kMaxLoginLength ||
        callback.userLogin.trimmed() != callback.userLogin ||
        callback.userLogin.contains(QLatin1Char('<')) ||
        callback.userLogin.contains(QLatin1Char('>')) ||
        callback.userLogin.contains(QLatin1Char('&'))) {
        return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                         "The address's user_login is not a WordPress user name."));
    }
    callback.password = values.value(QStringLiteral("password"));
    if (!isApplicationPassword(callback.password)) {
        callback.wipe();
        return invalid(QT_TRANSLATE_NOOP("Latchkey::ApprovalCallback",
                                         "The address's password is not an application password."));
    }
    return callback;
}

} // namespace Latchkey
