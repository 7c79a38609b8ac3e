#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Latchkey {

// Stable, machine-readable problem codes. The English identifier of each (see problemCodeName)
// is part of the CLI's JSON contract: never rename one, only add.
enum class ProblemCode
{
    None,
    InvalidUrl,
    DnsFailed,
    ConnectionRefused,
    ConnectionFailed,
    Timeout,
    TlsError,
    HttpError,
    NotWordPress,
    RestApiBlocked,
    RestApiDisabled,
    HttpsRequired,
    AppPasswordsUnavailable,
    AppPasswordsDisabledForUser,
    CredentialsRejected,
    AuthHeaderStripped,
    InsufficientCapability,
    InsecureTransportRefused,
    CrossOriginRedirect,
    ResponseTooLarge,
    InvalidResponse,
    NotFound,
    DuplicateName,
    WordPressError,
    KeychainUnavailable,
    SecretMissing,
    UnknownSite,
    DuplicateSite,
    ConfigError,
    InvalidInput,
    DifferentSite, // a new address answers, but not as the same WordPress user (id)
    Cancelled,
    OperationInProgress,
};

QString problemCodeName(ProblemCode code);
std::optional<ProblemCode> problemCodeFromName(const QString &name);
QList<ProblemCode> allProblemCodes();

// An error as a value: a stable code, a sentence saying what happened, and one saying what to do.
// Technical detail (Qt's error string, WordPress's own code) travels alongside for reports.
class Problem
{
    Q_DECLARE_TR_FUNCTIONS(Problem)

public:
    Problem() = default;
    explicit Problem(ProblemCode code, QString message = {}, QString fix = {});

    // A problem with the default message and fix for its code.
    static Problem make(ProblemCode code, const QString &detail = {});

    bool isNull() const { return m_code == ProblemCode::None; }
    explicit operator bool() const { return !isNull(); }

    ProblemCode code() const { return m_code; }
    QString codeName() const { return problemCodeName(m_code); }
    QString message() const { return m_message; }
    QString fix() const { return m_fix; }
    QString detail() const { return m_detail; }
    int httpStatus() const { return m_httpStatus; }
    QString wordPressCode() const { return m_wordPressCode; }
    QList<ProblemCode> candidates() const { return m_candidates; }
    QStringList candidateNames() const;

    Problem &withMessage(QString message);
    Problem &withFix(QString fix);
    Problem &withDetail(QString detail);
    Problem &withHttpStatus(int status);
    Problem &withWordPressCode(QString code);
    Problem &withCandidates(QList<ProblemCode> candidates);

    // "message (detail)" for one-line output such as the CLI's stderr.
    QString toString() const;
    QJsonObject toJson() const;

    static QString defaultMessage(ProblemCode code);
    static QString defaultFix(ProblemCode code);

private:
    ProblemCode m_code = ProblemCode::None;
    QString m_message;
    QString m_fix;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_wordPressCode;
    QList<ProblemCode> m_candidates;
};

// A value or the problem that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Problem problem)
        : m_problem(std::move(problem))
    {
        Q_ASSERT(!m_problem.isNull());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Problem &problem() const { return m_problem; }

private:
    std::optional<T> m_value;
    Problem m_problem;
};

} // namespace Latchkey
