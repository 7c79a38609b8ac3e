#include "Problem.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Latchkey;

class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasAStableUniqueName()
    {
        QSet<QString> seen;
        for (ProblemCode code : allProblemCodes()) {
            const QString name = problemCodeName(code);
            QVERIFY2(!name.isEmpty(), "a code without a name");
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QCOMPARE(problemCodeFromName(name), std::optional<ProblemCode>(code));
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(name).hasMatch(),
                     qPrintable(name));
        }
        QVERIFY(!problemCodeFromName(QStringLiteral("no_such_code")));
        QVERIFY(!problemCodeFromName(QString()));
    }

    void contractCodesKeepTheirNames()
    {
        // The CLI's JSON contract: these identifiers must never change.
        QCOMPARE(problemCodeName(ProblemCode::CredentialsRejected),
                 QStringLiteral("credentials_rejected"));
        QCOMPARE(problemCodeName(ProblemCode::KeychainUnavailable),
                 QStringLiteral("keychain_unavailable"));
        QCOMPARE(problemCodeName(ProblemCode::AuthHeaderStripped),
                 QStringLiteral("auth_header_stripped"));
        QCOMPARE(problemCodeName(ProblemCode::InsecureTransportRefused),
                 QStringLiteral("insecure_transport_refused"));
        QCOMPARE(problemCodeName(ProblemCode::UnknownSite), QStringLiteral("unknown_site"));
        QCOMPARE(problemCodeName(ProblemCode::CrossOriginRedirect),
                 QStringLiteral("cross_origin_redirect"));
    }

    void everyCodeSaysWhatHappenedAndWhatToDo()
    {
        for (ProblemCode code : allProblemCodes()) {
            const Problem problem(code);
            QVERIFY2(!problem.message().isEmpty(), qPrintable(problem.codeName()));
            if (code != ProblemCode::Cancelled)
                QVERIFY2(!problem.fix().isEmpty(), qPrintable(problem.codeName()));
            QVERIFY2(!problem.message().contains(QStringLiteral("...")),
                     "use the ellipsis character, not three dots");
        }
    }

    void nullProblemIsFalse()
    {
        Problem none;
        QVERIFY(none.isNull());
        QVERIFY(!none);
        QVERIFY(Problem(ProblemCode::Timeout));
    }

    void candidatesNeverRepeatTheProblem()
    {
        Problem problem(ProblemCode::CredentialsRejected);
        problem.withCandidates({ProblemCode::CredentialsRejected, ProblemCode::AuthHeaderStripped});
        QCOMPARE(problem.candidateNames(), QStringList{QStringLiteral("auth_header_stripped")});
    }

    void jsonCarriesCodeCandidatesMessageAndFix()
    {
        Problem problem = Problem::make(ProblemCode::HttpError, QStringLiteral("HTTP 502"));
        problem.withHttpStatus(502).withWordPressCode(QStringLiteral("x_code"));
        const QJsonObject json = problem.toJson();
        QCOMPARE(json.value(QStringLiteral("problem")).toString(), QStringLiteral("http_error"));
        QVERIFY(json.value(QStringLiteral("candidates")).isArray());
        QCOMPARE(json.value(QStringLiteral("http_status")).toInt(), 502);
        QCOMPARE(json.value(QStringLiteral("wordpress_code")).toString(), QStringLiteral("x_code"));
        QCOMPARE(json.value(QStringLiteral("detail")).toString(), QStringLiteral("HTTP 502"));
        QVERIFY(!json.value(QStringLiteral("fix")).toString().isEmpty());
        QVERIFY(problem.toString().endsWith(QStringLiteral("(HTTP 502)")));
    }

    void resultHoldsValueOrProblem()
    {
        Result<int> good(7);
        QVERIFY(good.ok());
        QCOMPARE(*good, 7);
        const Result<int> bad{Problem(ProblemCode::NotFound)};
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problem().code(), ProblemCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"
