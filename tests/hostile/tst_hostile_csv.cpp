// A CSV whose password sits in a column that is not the password column (a headerless
// "url,user,password" row puts it in the name): the row is refused, says which column and what
// to do, and the value reaches nothing that is saved, printed or exported.
#include "fleet/SiteImport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Latchkey;

namespace {
// Shaped like WordPress's application passwords: 24 letters and digits.
const QString kPassword = QStringLiteral("AbCd1234EfGh5678IjKl9012");
const QString kChunked = QStringLiteral("AbCd 1234 EfGh 5678 IjKl 9012"); // as WordPress shows it

// Everything of a planned row that could be saved or printed.
QString visible(const ImportRow &row)
{
    return QStringList{row.site.name,
                       row.site.baseUrl.toString(),
                       row.site.userLogin,
                       row.site.group,
                       row.site.tags.join(QLatin1Char(',')),
                       row.site.restRoot.toString(),
                       row.problem.message(),
                       row.problem.fix(),
                       row.problem.detail(),
                       row.problem.toString()}
        .join(QLatin1Char('\n'));
}

bool leaks(const QString &text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    return compact.contains(kPassword, Qt::CaseInsensitive);
}
} // namespace

class TestHostileCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes()
    {
        QVERIFY(SiteImport::looksLikeApplicationPassword(kPassword));
        QVERIFY(SiteImport::looksLikeApplicationPassword(kChunked));
        QVERIFY(!SiteImport::looksLikeApplicationPassword(QStringLiteral("Acme Shop")));
        // A name of six words that happens to add up to 24 letters is not a password.
        QVERIFY(!SiteImport::looksLikeApplicationPassword(
            QStringLiteral("Client Websites Production")));
        QVERIFY(!SiteImport::looksLikeApplicationPassword(kPassword.left(23)));
        QVERIFY(!SiteImport::looksLikeApplicationPassword(kPassword + QLatin1Char('x')));
    }

    void strayPasswordRefusesTheRow_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("role");
        const QByteArray pw = kPassword.toLatin1();
        const QByteArray chunked = kChunked.toLatin1();
        QTest::newRow("headerless url,user,password") << "https://a.example,admin," + pw + "\n"
                                                      << 3 << QStringLiteral("name");
        QTest::newRow("headerless, chunked") << "https://a.example,admin," + chunked + "\n"
                                             << 3 << QStringLiteral("name");
        QTest::newRow("headerless four: the group") << "https://a.example,admin,Shop," + pw + "\n"
                                                    << 4 << QStringLiteral("group");
        QTest::newRow("headerless six: the tags") << "https://a.example,admin,Shop,G," + pw + ",\n"
                                                  << 5 << QStringLiteral("tags");
        QTest::newRow("header without a password column")
            << "url,user,name\nhttps://a.example,admin," + pw + "\n"
            << 3 << QStringLiteral("name");
        QTest::newRow("header, password under user")
            << "url,user,password\nhttps://a.example," + pw + ",x\n"
            << 2 << QStringLiteral("user");
        QTest::newRow("an unknown column") << "url,user,notes\nhttps://a.example,admin," + pw + "\n"
                                           << 3 << QStringLiteral("ignored");
        QTest::newRow("in the url column") << "url,user\n" + pw + ",admin\n"
                                           << 1 << QStringLiteral("url");
    }

    void strayPasswordRefusesTheRow()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, column);
        QFETCH(QString, role);
        const ImportPlan plan = SiteImport::plan(csv, {});
        QVERIFY(plan.fileProblem.isNull());
        QCOMPARE(plan.rows.size(), 1);
        const ImportRow &row = plan.rows.first();
        QCOMPARE(row.status, ImportRow::Status::Invalid);
        QCOMPARE(row.problem.code(), ProblemCode::InvalidInput);
        // Which column, and what to do.
        QVERIFY2(
            row.problem.message().contains(QStringLiteral("Column %1 (%2)").arg(column).arg(role)),
            qPrintable(row.problem.message()));
        QVERIFY(row.problem.message().contains(QStringLiteral("password column")));
        QVERIFY(!row.problem.fix().isEmpty());
        // Never kept, never shown.
        QVERIFY(!row.hasPassword());
        QVERIFY2(!leaks(visible(row)), qPrintable(visible(row)));
        QVERIFY(!leaks(SiteExport::toCsv({row.site})));
        QVERIFY(!leaks(QString::fromUtf8(SiteExport::toJson({row.site}))));
    }

    void passwordColumnsStillWork()
    {
        const QByteArray pw = kPassword.toLatin1();
        // With a header naming it, and headerless in the sixth or (without tags) fifth field.
        const ImportPlan plan = SiteImport::plan("url,user,name,password\n"
                                                 "https://a.example,admin,A," +
                                                     pw + "\n",
                                                 {});
        QCOMPARE(plan.rows.first().status, ImportRow::Status::Ready);
        QCOMPARE(plan.rows.first().password, kPassword);
        QVERIFY(!leaks(visible(plan.rows.first())));
        const ImportPlan six =
            SiteImport::plan("https://b.example,admin,B,G,t1;t2," + kChunked.toLatin1() + "\n", {});
        QCOMPARE(six.rows.first().status, ImportRow::Status::Ready);
        QVERIFY(six.rows.first().hasPassword());
        QCOMPARE(six.rows.first().site.name, QStringLiteral("B"));
        const ImportPlan five = SiteImport::plan("https://c.example,admin,C,G," + pw + "\n", {});
        QCOMPARE(five.rows.first().status, ImportRow::Status::Ready);
        QVERIFY(five.rows.first().hasPassword());
    }

    void otherRowsAreUntouched()
    {
        const ImportPlan plan = SiteImport::plan("https://a.example,admin," + kPassword.toLatin1() +
                                                     "\n"
                                                     "https://b.example,admin,Shop B\n",
                                                 {});
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).status, ImportRow::Status::Invalid);
        QCOMPARE(plan.rows.at(0).line, 1);
        QCOMPARE(plan.rows.at(1).status, ImportRow::Status::Ready);
        QCOMPARE(plan.rows.at(1).site.name, QStringLiteral("Shop B"));
    }
};

QTEST_GUILESS_MAIN(TestHostileCsv)
#include "tst_hostile_csv.moc"
