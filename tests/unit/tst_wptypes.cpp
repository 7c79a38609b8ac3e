#include "WpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Latchkey;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

} // namespace

class TestWpTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Times without a zone must not be read as local time (nor hit its DST gap).
        qputenv("TZ", "Europe/Berlin");
    }

    void userRefSegment()
    {
        QCOMPARE(UserRef::me().routeSegment(), QStringLiteral("me"));
        QVERIFY(UserRef::me().isMe());
        QCOMPARE(UserRef::byId(42).routeSegment(), QStringLiteral("42"));
        QVERIFY(!UserRef::byId(42).isMe());
        QCOMPARE(UserRef::byId(42).id(), 42);
    }

    void parseGmt_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QDateTime>("expected");

        QTest::newRow("wordpress gmt")
            << QJsonValue(QStringLiteral("2024-01-02T03:04:05")) << utc(2024, 1, 2, 3, 4, 5);
        QTest::newRow("summer time in many zones")
            << QJsonValue(QStringLiteral("2024-07-15T23:59:59")) << utc(2024, 7, 15, 23, 59, 59);
        QTest::newRow("hour skipped by DST in Europe")
            << QJsonValue(QStringLiteral("2024-03-31T02:30:00")) << utc(2024, 3, 31, 2, 30, 0);
        QTest::newRow("mysql format")
            << QJsonValue(QStringLiteral("2024-01-02 03:04:05")) << utc(2024, 1, 2, 3, 4, 5);
        QTest::newRow("trailing Z")
            << QJsonValue(QStringLiteral("2024-01-02T03:04:05Z")) << utc(2024, 1, 2, 3, 4, 5);
        QTest::newRow("positive offset")
            << QJsonValue(QStringLiteral("2024-01-02T05:04:05+02:00")) << utc(2024, 1, 2, 3, 4, 5);
        QTest::newRow("negative offset")
            << QJsonValue(QStringLiteral("2024-01-01T22:04:05-05:00")) << utc(2024, 1, 2, 3, 4, 5);
        QTest::newRow("milliseconds") << QJsonValue(QStringLiteral("2024-01-02T03:04:05.250"))
                                      << utc(2024, 1, 2, 3, 4, 5, 250);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << QDateTime();
        QTest::newRow("empty") << QJsonValue(QString()) << QDateTime();
        QTest::newRow("zero date")
            << QJsonValue(QStringLiteral("0000-00-00 00:00:00")) << QDateTime();
        QTest::newRow("garbage") << QJsonValue(QStringLiteral("yesterday")) << QDateTime();
        QTest::newRow("impossible date")
            << QJsonValue(QStringLiteral("2024-02-30T00:00:00")) << QDateTime();
        QTest::newRow("number") << QJsonValue(1704164645) << QDateTime();
    }

    void parseGmt()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseWordPressGmt(value);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
            QCOMPARE(parsed.time(), expected.time());
        }
    }

    void appPasswordFromCreateReply()
    {
        const QJsonObject json =
            object("{\n"
                   "            \"uuid\": \"6c1b6a3e-7e0f-4c4f-9a57-1b7f3f8e3a01\",\n"
                   "            \"app_id\": \"0f3c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b\",\n"
                   "            \"name\": \"Latchkey on laptop\",\n"
                   "            \"created\": \"2024-01-02T03:04:05\",\n"
                   "            \"last_used\": null,\n"
                   "            \"last_ip\": null,\n"
                   "            \"password\": \"abcd efgh ijkl mnop qrst uvwx\",\n"
                   "            \"_links\": {\"self\": [{\"href\": "
                   "\"https://x.org/wp-json/wp/v2/users/1/application-passwords/6c1b\"}]}\n"
                   "        }");
        const AppPassword password = AppPassword::fromJson(json);
        QCOMPARE(password.uuid, QStringLiteral("6c1b6a3e-7e0f-4c4f-9a57-1b7f3f8e3a01"));
        QCOMPARE(password.appId, QStringLiteral("0f3c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"));
        QCOMPARE(password.name, QStringLiteral("Latchkey on laptop"));
        QCOMPARE(password.created, utc(2024, 1, 2, 3, 4, 5));
        QVERIFY(!password.lastUsed.isValid());
        QVERIFY(password.lastIp.isEmpty());
        QCOMPARE(password.password, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
        QVERIFY(!password.raw.contains(QLatin1String("password")));
        QVERIFY(!QJsonDocument(password.raw).toJson().contains("abcd efgh"));
        QVERIFY(password.raw.contains(QLatin1String("_links")));
        QCOMPARE(password.raw.value(QLatin1String("uuid")).toString(), password.uuid);
    }

    void appPasswordFromListReply()
    {
        const AppPassword password = AppPassword::fromJson(
            object("{\n"
                   "            \"uuid\": \"u1\", \"app_id\": \"\", \"name\": \"cron\",\n"
                   "            \"created\": \"2023-12-31T23:00:00\", \"last_used\": "
                   "\"2024-02-01T10:20:30\",\n"
                   "            \"last_ip\": \"203.0.113.9\"\n"
                   "        }"));
        QCOMPARE(password.lastUsed, utc(2024, 2, 1, 10, 20, 30));
        QCOMPARE(password.lastIp, QStringLiteral("203.0.113.9"));
        QVERIFY(password.appId.isEmpty());
        QVERIFY(password.password.isEmpty());
    }

    void appPasswordFromGarbage()
    {
        const AppPassword password =
            AppPassword::fromJson(object("{\"uuid\": 5, \"name\": [\"x\"]}"));
        QCOMPARE(password.uuid, QStringLiteral("5"));
        QVERIFY(password.name.isEmpty());
        QVERIFY(!password.created.isValid());
        QVERIFY(AppPassword::fromJson(QJsonObject()).uuid.isEmpty());
    }

    void userFromMe()
    {
        const WpUser user = WpUser::fromJson(
            object("{\n"
                   "            \"id\": 7, \"username\": \"editor1\", \"name\": \"Ed Itor\", "
                   "\"email\": \"ed@example.com\",\n"
                   "            \"roles\": [\"editor\", 5],\n"
                   "            \"capabilities\": {\"edit_posts\": true, \"publish_posts\": true, "
                   "\"edit_users\": false,\n"
                   "                             \"legacy_numeric\": 1, \"legacy_zero\": 0}\n"
                   "        }"));
        QCOMPARE(user.id, 7);
        QCOMPARE(user.username, QStringLiteral("editor1"));
        QCOMPARE(user.name, QStringLiteral("Ed Itor"));
        QCOMPARE(user.email, QStringLiteral("ed@example.com"));
        QCOMPARE(user.roles, QStringList{QStringLiteral("editor")});
        QVERIFY(user.can(QStringLiteral("edit_posts")));
        QVERIFY(user.can(QStringLiteral("publish_posts")));
        QVERIFY(!user.can(QStringLiteral("edit_users")));
        QVERIFY(user.can(QStringLiteral("legacy_numeric")));
        QVERIFY(!user.can(QStringLiteral("legacy_zero")));
        QVERIFY(!user.can(QStringLiteral("manage_options")));
    }

    void userWithoutEditContext()
    {
        // context=view has no username, roles or capabilities.
        const WpUser user = WpUser::fromJson(object("{\"id\": 3, \"name\": \"Someone\"}"));
        QCOMPARE(user.id, 3);
        QVERIFY(user.username.isEmpty());
        QVERIFY(user.roles.isEmpty());
        QVERIFY(user.capabilities.isEmpty());
        QVERIFY(!user.can(QStringLiteral("edit_posts")));
    }

    void postTitles()
    {
        const WpPost edit = WpPost::fromJson(object(
            "{\n"
            "            \"id\": 12, \"status\": \"draft\", \"link\": \"https://x.org/?p=12\",\n"
            "            \"title\": {\"raw\": \"A & B\", \"rendered\": \"A &amp; B\"}\n"
            "        }"));
        QCOMPARE(edit.id, 12);
        QCOMPARE(edit.status, QStringLiteral("draft"));
        QCOMPARE(edit.title, QStringLiteral("A & B"));
        QCOMPARE(edit.link, QUrl(QStringLiteral("https://x.org/?p=12")));
        QCOMPARE(edit.raw.value(QLatin1String("id")).toInt(), 12);

        const WpPost view =
            WpPost::fromJson(object("{\"id\": 13, \"title\": {\"rendered\": \"Hi\"}}"));
        QCOMPARE(view.title, QStringLiteral("Hi"));
        QVERIFY(view.link.isEmpty());

        const WpPost plain = WpPost::fromJson(object("{\"id\": \"14\", \"title\": \"Plain\"}"));
        QCOMPARE(plain.id, 14);
        QCOMPARE(plain.title, QStringLiteral("Plain"));
    }
};

QTEST_GUILESS_MAIN(TestWpTypes)
#include "tst_wptypes.moc"
