// The activity entries of bulk operations (BulkActivity) and the one-write append of many
// entries (ActivityLog::appendMany): counts, sites never started left out, the per-site cap.
#include "fleet/BulkActivity.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;

namespace {
Site site(const QString &id)
{
    Site s;
    s.id = id;
    s.name = id;
    return s;
}

BulkSiteResult result(bool ok, bool started, ProblemCode code = ProblemCode::Cancelled)
{
    BulkSiteResult r;
    r.ok = ok;
    r.started = started;
    if (ok)
        r.summary = QStringLiteral("Signed in as admin.");
    else
        r.problem = Problem(code, QStringLiteral("It went wrong."));
    return r;
}
} // namespace

class TestBulkActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesCarryTheRunsCountsAndEachSitesOutcome()
    {
        BulkActivity activity(QStringLiteral("bulk_check"), QStringLiteral("Connection test"));
        activity.add(site(QStringLiteral("a")), result(true, true));
        activity.add(site(QStringLiteral("b")),
                     result(false, true, ProblemCode::ConnectionRefused));
        activity.add(site(QStringLiteral("c")), result(false, false)); // never started
        activity.add(site(QStringLiteral("d")), result(false, true));  // stopped midway
        QCOMPARE(activity.okCount(), 1);
        QCOMPARE(activity.failedCount(), 2);
        const QList<ActivityEntry> entries = activity.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).siteId, QStringLiteral("a"));
        QCOMPARE(entries.at(0).action, QStringLiteral("bulk_check"));
        QVERIFY(entries.at(0).ok);
        QVERIFY2(entries.at(0).summary.startsWith(QStringLiteral("Connection test on 3 site")),
                 qPrintable(entries.at(0).summary));
        QVERIFY(entries.at(0).summary.contains(QStringLiteral("(1 ok, 2 failed)")));
        QVERIFY(entries.at(0).summary.endsWith(QStringLiteral("Signed in as admin.")));
        QVERIFY(!entries.at(1).ok);
        QVERIFY2(
            entries.at(1).summary.contains(QStringLiteral("It went wrong. [connection_refused]")),
            qPrintable(entries.at(1).summary));
        QCOMPARE(entries.at(2).siteId, QStringLiteral("d"));
    }

    void oneSiteReadsAsASingleOperation()
    {
        BulkActivity activity(QStringLiteral("password_rotated"), QStringLiteral("Rotation"));
        activity.add(site(QStringLiteral("a")), result(true, true));
        QCOMPARE(activity.entries().first().summary,
                 QStringLiteral("Rotation: Signed in as admin."));
    }

    void appendManyWritesOnceAndKeepsTheCap()
    {
        QTemporaryDir dir;
        ActivityLog log(dir.path());
        QVERIFY(log.load().isNull());
        QSignalSpy changed(&log, &ActivityLog::changed);
        QList<ActivityEntry> entries;
        for (int i = 0; i < ActivityLog::kMaxEntriesPerSite + 5; ++i) {
            ActivityEntry entry;
            entry.siteId = QStringLiteral("busy");
            entry.action = QStringLiteral("bulk_check");
            entry.summary = QString::number(i);
            entries.append(entry);
        }
        ActivityEntry other;
        other.siteId = QStringLiteral("quiet");
        other.action = QStringLiteral("bulk_check");
        entries.append(other);
        QVERIFY(log.appendMany(entries).isNull());
        QCOMPARE(changed.size(), 2); // once per site
        const QList<ActivityEntry> busy = log.entriesFor(QStringLiteral("busy"));
        QCOMPARE(busy.size(), ActivityLog::kMaxEntriesPerSite);
        QCOMPARE(busy.first().summary, QString::number(ActivityLog::kMaxEntriesPerSite + 4));
        QCOMPARE(busy.last().summary, QStringLiteral("5")); // the oldest five went
        QCOMPARE(log.entriesFor(QStringLiteral("quiet")).size(), 1);
        // Another process's view: the same file.
        ActivityLog again(dir.path());
        QVERIFY(again.load().isNull());
        QCOMPARE(again.entriesFor(QStringLiteral("busy")).size(), ActivityLog::kMaxEntriesPerSite);
    }
};

QTEST_MAIN(TestBulkActivity)
#include "tst_bulk_activity.moc"
