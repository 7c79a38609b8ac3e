#include "sites/SiteStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Latchkey;

namespace {

Site makeSite(const QString &name, const QString &url, const QString &login)
{
    Site site;
    site.name = name;
    site.baseUrl = QUrl(url);
    site.restRoot = QUrl(url + QStringLiteral("/wp-json/"));
    site.userLogin = login;
    return site;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

} // namespace

class TestSiteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.emplace().isValid()); }

    void missingFileIsAnEmptyList()
    {
        SiteStore store(m_dir->path());
        QVERIFY(store.load().isNull());
        QVERIFY(store.sites().isEmpty());
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void groupsAndTagsAreListedOnceEachAndSorted()
    {
        SiteStore store(m_dir->path());
        QList<Site> sites;
        const QStringList groups{QStringLiteral("Clients"), QStringLiteral("agency"),
                                 QStringLiteral("clients"), QString()};
        for (int i = 0; i < groups.size(); ++i) {
            Site site =
                makeSite(QStringLiteral("Site %1").arg(i),
                         QStringLiteral("https://s%1.example").arg(i), QStringLiteral("admin"));
            site.group = groups.at(i);
            site.tags = i == 0 ? QStringList{QStringLiteral("shop"), QStringLiteral("EU")}
                               : QStringList{QStringLiteral("Shop")};
            sites.append(site);
        }
        QVERIFY(store.addMany(sites));
        // The first spelling wins; an empty group is no group.
        QCOMPARE(store.groups(),
                 (QStringList{QStringLiteral("agency"), QStringLiteral("Clients")}));
        QCOMPARE(store.tags(), (QStringList{QStringLiteral("EU"), QStringLiteral("shop")}));
    }

    void addAssignsIdentityAndPersists()
    {
        SiteStore store(m_dir->path());
        QSignalSpy changed(&store, &SiteStore::changed);
        const Result<Site> added =
            store.add(makeSite(QStringLiteral("Blog"), QStringLiteral("https://example.com"),
                               QStringLiteral("alice")));
        QVERIFY2(added.ok(), qPrintable(added.problem().toString()));
        QVERIFY(!added->id.isEmpty());
        QVERIFY(added->created.isValid());
        QCOMPARE(changed.count(), 1);

        SiteStore other(m_dir->path());
        QVERIFY(other.load().isNull());
        QCOMPARE(other.sites().size(), 1);
        QCOMPARE(other.sites().first(), *added);
        QCOMPARE(other.sites().first().secretKey(),
                 QStringLiteral("site/") + added->id + QStringLiteral("/user/alice"));
    }

    void fileHasSchemaVersionOwnerOnlyPermissionsAndNoTempFiles()
    {
        SiteStore store(m_dir->path());
        QVERIFY(store
                    .add(makeSite(QStringLiteral("Blog"), QStringLiteral("https://example.com"),
                                  QStringLiteral("alice")))
                    .ok());
        const QJsonDocument document = QJsonDocument::fromJson(readAll(store.filePath()));
        QCOMPARE(document.object().value(QStringLiteral("schema")).toInt(),
                 SiteStore::kSchemaVersion);
        QCOMPARE(QFile::permissions(store.filePath()) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files, QStringList{QStringLiteral("sites.json")});
    }

    void namesAreUniqueIgnoringCase()
    {
        SiteStore store(m_dir->path());
        QVERIFY(store
                    .add(makeSite(QStringLiteral("Blog"), QStringLiteral("https://a.example"),
                                  QStringLiteral("alice")))
                    .ok());
        const Result<Site> clash = store.add(makeSite(
            QStringLiteral("bLOG"), QStringLiteral("https://b.example"), QStringLiteral("bob")));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.problem().code(), ProblemCode::DuplicateName);
        QCOMPARE(store.sites().size(), 1);
    }

    void aSiteIsAUrlPlusALogin()
    {
        SiteStore store(m_dir->path());
        QVERIFY(store
                    .add(makeSite(QStringLiteral("A"), QStringLiteral("https://a.example"),
                                  QStringLiteral("alice")))
                    .ok());
        QVERIFY(store
                    .add(makeSite(QStringLiteral("A as bob"), QStringLiteral("https://a.example"),
                                  QStringLiteral("bob")))
                    .ok());
        const Result<Site> again =
            store.add(makeSite(QStringLiteral("A again"), QStringLiteral("https://a.example"),
                               QStringLiteral("Alice")));
        QCOMPARE(again.problem().code(), ProblemCode::DuplicateSite);
        QVERIFY(
            store
                .add(makeSite(QStringLiteral("A blog"), QStringLiteral("https://a.example/blog"),
                              QStringLiteral("alice")))
                .ok());
    }

    void invalidSitesAreRefused()
    {
        SiteStore store(m_dir->path());
        QCOMPARE(store
                     .add(makeSite(QStringLiteral("  "), QStringLiteral("https://a.example"),
                                   QStringLiteral("alice")))
                     .problem()
                     .code(),
                 ProblemCode::InvalidInput);
        QCOMPARE(store.add(makeSite(QStringLiteral("A"), QString(), QStringLiteral("alice")))
                     .problem()
                     .code(),
                 ProblemCode::InvalidUrl);
        QCOMPARE(
            store.add(makeSite(QStringLiteral("A"), QStringLiteral("https://a.example"), QString()))
                .problem()
                .code(),
            ProblemCode::InvalidInput);
        QVERIFY(!QFile::exists(store.filePath()));
    }

    void resolveByIdNameOrUrl()
    {
        SiteStore store(m_dir->path());
        const Site a =
            *store.add(makeSite(QStringLiteral("Shop"), QStringLiteral("https://shop.example"),
                                QStringLiteral("alice")));
        const Site b =
            *store.add(makeSite(QStringLiteral("Shop as bob"),
                                QStringLiteral("https://shop.example"), QStringLiteral("bob")));
        QCOMPARE(store.resolve(a.id)->name, QStringLiteral("Shop"));
        QCOMPARE(store.resolve(QStringLiteral("shop AS BOB"))->id, b.id);
        const Result<Site> ambiguous = store.resolve(QStringLiteral("https://shop.example/"));
        QCOMPARE(ambiguous.problem().code(), ProblemCode::InvalidInput);
        QVERIFY(ambiguous.problem().message().contains(QStringLiteral("Shop (alice)")));
        QVERIFY(ambiguous.problem().message().contains(QStringLiteral("Shop as bob (bob)")));
        QCOMPARE(store.resolve(QStringLiteral("nowhere.example")).problem().code(),
                 ProblemCode::UnknownSite);
        QCOMPARE(store.resolve(QString()).problem().code(), ProblemCode::UnknownSite);
    }

    void concurrentWritersDoNotLoseChanges()
    {
        // Two processes (GUI and CLI) with their own stale copies of the list.
        SiteStore gui(m_dir->path());
        SiteStore cli(m_dir->path());
        QVERIFY(gui.load().isNull());
        QVERIFY(cli.load().isNull());
        const Site first = *gui.add(makeSite(
            QStringLiteral("One"), QStringLiteral("https://one.example"), QStringLiteral("alice")));
        // cli never reloaded: its add must still keep gui's site.
        QVERIFY(cli.add(makeSite(QStringLiteral("Two"), QStringLiteral("https://two.example"),
                                 QStringLiteral("alice")))
                    .ok());
        QCOMPARE(cli.sites().size(), 2);
        // gui edits its stale copy of "One": only the changed field moves, "Two" survives.
        const Result<Site> renamed =
            gui.modify(first.id, [](Site &site) { site.group = QStringLiteral("Clients"); });
        QVERIFY(renamed.ok());
        SiteStore fresh(m_dir->path());
        QVERIFY(fresh.load().isNull());
        QCOMPARE(fresh.sites().size(), 2);
        QCOMPARE(fresh.byId(first.id)->group, QStringLiteral("Clients"));
        // A name that became taken in the meantime is still refused.
        QCOMPARE(gui.modify(first.id, [](Site &site) { site.name = QStringLiteral("two"); })
                     .problem()
                     .code(),
                 ProblemCode::DuplicateName);
    }

    void backgroundWritesKeepTheFileAndOtherWritersRight()
    {
        SiteStore gui(m_dir->path());
        SiteStore cli(m_dir->path());
        const Site one = *gui.add(makeSite(
            QStringLiteral("One"), QStringLiteral("https://one.example"), QStringLiteral("alice")));
        QVERIFY(cli.add(makeSite(QStringLiteral("Two"), QStringLiteral("https://two.example"),
                                 QStringLiteral("alice")))
                    .ok());
        // gui's copy is stale ("Two" is missing): the change applies to the file as it is.
        QSignalSpy changed(&gui, &SiteStore::changed);
        std::optional<Problem> written;
        gui.modifyManyInBackground(
            {one.id}, [](Site &site) { site.group = QStringLiteral("Clients"); }, this,
            [&written](const Problem &problem) { written = problem; });
        // sites() and changed() follow at once; a reload meanwhile does not bring back the
        // old file.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(gui.sites().size(), 2);
        QCOMPARE(gui.byId(one.id)->group, QStringLiteral("Clients"));
        QVERIFY(gui.load().isNull());
        QCOMPARE(gui.byId(one.id)->group, QStringLiteral("Clients"));
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->isNull());
        SiteStore fresh(m_dir->path());
        QVERIFY(fresh.load().isNull());
        QCOMPARE(fresh.sites().size(), 2);
        QCOMPARE(fresh.byId(one.id)->group, QStringLiteral("Clients"));
        // The next change (another process's included) sees the written file.
        QVERIFY(cli.modify(one.id, [](Site &site) { site.group = QStringLiteral("Shops"); }).ok());
        QVERIFY(gui.load().isNull());
        QCOMPARE(gui.byId(one.id)->group, QStringLiteral("Shops"));
        QCOMPARE(gui.sites().size(), 2);
    }

    void removeAndUnknownIds()
    {
        SiteStore store(m_dir->path());
        const Site site = *store.add(makeSite(
            QStringLiteral("One"), QStringLiteral("https://one.example"), QStringLiteral("alice")));
        QVERIFY(store.remove(site.id).isNull());
        QVERIFY(store.sites().isEmpty());
        QCOMPARE(store.remove(site.id).code(), ProblemCode::UnknownSite);
        Site ghost = site;
        QCOMPARE(store.update(ghost).code(), ProblemCode::UnknownSite);
    }

    void idNeverChangesOnModify()
    {
        SiteStore store(m_dir->path());
        const Site site = *store.add(makeSite(
            QStringLiteral("One"), QStringLiteral("https://one.example"), QStringLiteral("alice")));
        const Result<Site> changed =
            store.modify(site.id, [](Site &s) { s.id = QStringLiteral("hijacked"); });
        QCOMPARE(changed->id, site.id);
    }

    void damagedFileIsReportedAndNeverOverwritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("truncated") << QByteArray("{\"schema\": 1, \"sites\": [{\"id\": ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no schema") << QByteArray("{\"sites\": []}");
        QTest::newRow("newer schema") << QByteArray("{\"schema\": 99, \"sites\": []}");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    }

    void damagedFileIsReportedAndNeverOverwritten()
    {
        QFETCH(QByteArray, content);
        SiteStore store(m_dir->path());
        writeAll(store.filePath(), content);
        QCOMPARE(store.load().code(), ProblemCode::ConfigError);
        const Result<Site> added = store.add(makeSite(
            QStringLiteral("One"), QStringLiteral("https://one.example"), QStringLiteral("a")));
        QCOMPARE(added.problem().code(), ProblemCode::ConfigError);
        QCOMPARE(readAll(store.filePath()), content);
    }

    void unknownFieldsAndEntriesWithoutIdAreTolerated()
    {
        SiteStore store(m_dir->path());
        writeAll(store.filePath(),
                 "{\"schema\":1,\"sites\":[{\"id\":\"x1\",\"name\":\"N\",\"base_url\":"
                 "\"https://n.example\",\"user_login\":\"u\",\"future_field\":true},"
                 "{\"name\":\"no id\"}, 42]}");
        QVERIFY(store.load().isNull());
        QCOMPARE(store.sites().size(), 1);
        QCOMPARE(store.sites().first().name, QStringLiteral("N"));
    }

    void siteJsonRoundTrips()
    {
        Site site = makeSite(QStringLiteral("Full"), QStringLiteral("https://full.example/blog"),
                             QStringLiteral("editor"));
        site.id = QStringLiteral("abc");
        site.userId = 7;
        site.group = QStringLiteral("Client A");
        site.tags = {QStringLiteral("shop"), QStringLiteral("eu")};
        site.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        site.allowInsecureHttp = true;
        site.trustedCertificateSha256 = QStringLiteral("ab12");
        site.useMethodOverride = true;
        site.passwordUuid = QStringLiteral("uuid-1");
        site.passwordName = QStringLiteral("Latchkey");
        site.lastCheck = {QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC), false,
                          QStringLiteral("timeout"), QStringLiteral("slow")};
        QCOMPARE(Site::fromJson(site.toJson()), site);
        QVERIFY(!site.toJson().contains(QStringLiteral("password")));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSiteStore)
#include "tst_sitestore.moc"
