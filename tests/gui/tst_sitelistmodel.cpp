// The site table model over the site store, checked with QAbstractItemModelTester, also while
// another process (simulated by a second store on the same file) changes the list.

#include "SiteListModel.h"
#include "StatusBadge.h"
#include "sites/SiteStore.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;

class TestSiteListModel : public QObject
{
    Q_OBJECT

private:
    static Site makeSite(const QString &name, const QString &url, const QString &user)
    {
        Site site;
        site.name = name;
        site.baseUrl = QUrl(url);
        site.restRoot = QUrl(url + QStringLiteral("/wp-json/"));
        site.userLogin = user;
        return site;
    }

private Q_SLOTS:
    void modelFollowsTheStore()
    {
        QTemporaryDir dir;
        SiteStore store(dir.path());
        QVERIFY(store.load().isNull());
        SiteListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SiteListModel::ColumnCount));

        QVERIFY(store.add(makeSite(QStringLiteral("Alpha"), QStringLiteral("https://alpha.example"),
                                   QStringLiteral("admin"))));
        QVERIFY(store.add(makeSite(QStringLiteral("Beta"), QStringLiteral("https://beta.example"),
                                   QStringLiteral("editor"))));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex status = model.index(0, SiteListModel::StatusColumn);
        QCOMPARE(status.data().toString(), StatusBadge::text(SiteStatus::NotChecked));
        QCOMPARE(model.index(0, SiteListModel::LastCheckedColumn).data().toString(),
                 QStringLiteral("never"));

        // A check result changes values only: rows stay.
        const QString alphaId = model.index(0, 0).data(SiteListModel::SiteIdRole).toString();
        QVERIFY(store.modify(alphaId, [](Site &site) {
            site.lastCheck = {QDateTime::currentDateTimeUtc(), false, QStringLiteral("timeout"),
                              QStringLiteral("The server did not answer in time.")};
        }));
        QCOMPARE(model.index(model.rowOf(alphaId), SiteListModel::StatusColumn).data().toString(),
                 StatusBadge::text(SiteStatus::Problem));
        model.setChecking(alphaId, true);
        QCOMPARE(model.index(model.rowOf(alphaId), SiteListModel::StatusColumn)
                     .data(SiteListModel::StatusRole)
                     .toInt(),
                 int(SiteStatus::Checking));
        model.setChecking(alphaId, false);

        // Another process (latchkey-cli) adds and removes sites; the store reloads.
        SiteStore other(dir.path());
        QVERIFY(other.load().isNull());
        QVERIFY(other.add(makeSite(QStringLiteral("Gamma"), QStringLiteral("https://gamma.example"),
                                   QStringLiteral("admin"))));
        QVERIFY(other.remove(alphaId).isNull());
        QVERIFY(store.load().isNull());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(alphaId), -1);

        QVERIFY(
            store.remove(model.index(0, 0).data(SiteListModel::SiteIdRole).toString()).isNull());
        QCOMPARE(model.rowCount(), 1);
    }

    void searchFiltersAsYouType()
    {
        QTemporaryDir dir;
        SiteStore store(dir.path());
        for (const auto &[name, url, user, group] :
             {std::tuple{"Bakery", "https://bakery.example", "anna", "Clients"},
              std::tuple{"Blog", "https://blog.example", "admin", ""},
              std::tuple{"Shop", "https://shop.example", "anna", "Clients"}}) {
            Site site = makeSite(QLatin1String(name), QLatin1String(url), QLatin1String(user));
            site.group = QLatin1String(group);
            QVERIFY(store.add(site));
        }
        SiteListModel model(&store);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(SiteListModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterFixedString(QStringLiteral("clients"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("blog.EXAMPLE"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("nothing"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString(QString());
        proxy.setSortRole(SiteListModel::SortRole);
        proxy.sort(SiteListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Shop"));
    }
};

QTEST_MAIN(TestSiteListModel)
#include "tst_sitelistmodel.moc"
