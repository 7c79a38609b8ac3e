// The site list's filter proxy (group or tag, status, text) over the real site table model,
// checked with QAbstractItemModelTester while the store changes underneath.

#include "SiteFilterProxyModel.h"
#include "SiteListModel.h"
#include "sites/SiteStore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;

class TestSiteFilterProxy : public QObject
{
    Q_OBJECT

private:
    static Site makeSite(const QString &name, const QString &group, const QStringList &tags)
    {
        Site site;
        site.name = name;
        site.baseUrl = QUrl(QStringLiteral("https://%1.example").arg(name.toLower()));
        site.restRoot = QUrl(site.baseUrl.toString() + QStringLiteral("/wp-json/"));
        site.userLogin = QStringLiteral("admin");
        site.group = group;
        site.tags = tags;
        return site;
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, SiteListModel::NameColumn).data().toString());
        result.sort();
        return result;
    }

private Q_SLOTS:
    void filtersByGroupTagStatusAndText()
    {
        QTemporaryDir dir;
        SiteStore store(dir.path());
        QVERIFY(store.load().isNull());
        QVERIFY(store.add(
            makeSite(QStringLiteral("Alpha"), QStringLiteral("Acme"), {QStringLiteral("shop")})));
        QVERIFY(store.add(makeSite(QStringLiteral("Beta"), QStringLiteral("acme"), {})));
        QVERIFY(store.add(makeSite(QStringLiteral("Gamma"), QStringLiteral("Other"),
                                   {QStringLiteral("Shop"), QStringLiteral("blog")})));
        QVERIFY(store.add(makeSite(QStringLiteral("Delta"), QString(), {})));

        SiteListModel model(&store);
        SiteFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 4);

        // Groups and tags compare case-insensitively, as SiteSelector does.
        proxy.setGroupFilter(QStringLiteral("group:ACME"));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
        proxy.setGroupFilter(QStringLiteral("tag:shop"));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Gamma")}));

        // Text and group filters combine.
        proxy.setFilterFixedString(QStringLiteral("gam"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Gamma")});
        proxy.setFilterFixedString(QString());
        proxy.setGroupFilter(QString());
        QCOMPARE(proxy.rowCount(), 4);

        // Status: a check result moves a site between the status filters live.
        const QString alpha = store.resolve(QStringLiteral("Alpha"))->id;
        const QString beta = store.resolve(QStringLiteral("Beta"))->id;
        QVERIFY(store.modify(alpha, [](Site &site) {
            site.lastCheck = {QDateTime::currentDateTimeUtc(), true, QString(), QString()};
        }));
        QVERIFY(store.modify(beta, [](Site &site) {
            site.lastCheck = {QDateTime::currentDateTimeUtc(), false, QStringLiteral("timeout"),
                              QStringLiteral("The server did not answer in time.")};
        }));
        proxy.setStatusFilter(SiteFilterProxyModel::StatusFilter::Ok);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Alpha")});
        proxy.setStatusFilter(SiteFilterProxyModel::StatusFilter::Problem);
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Beta")});
        proxy.setStatusFilter(SiteFilterProxyModel::StatusFilter::NotChecked);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Delta"), QStringLiteral("Gamma")}));
        // A site being checked keeps its last status (rows do not jump during a bulk check).
        model.setChecking(alpha, true);
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Delta"), QStringLiteral("Gamma")}));
        QVERIFY(store.modify(alpha, [](Site &site) { site.lastCheck = {}; }));
        QCOMPARE(names(proxy), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Delta"),
                                            QStringLiteral("Gamma")}));

        // Combined with a group; a removed site leaves the proxy.
        proxy.setGroupFilter(QStringLiteral("group:acme"));
        QCOMPARE(names(proxy), QStringList{QStringLiteral("Alpha")});
        QVERIFY(store.remove(alpha).isNull());
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestSiteFilterProxy)
#include "tst_sitefilterproxy.moc"
