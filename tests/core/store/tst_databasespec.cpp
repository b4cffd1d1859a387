#include "core/store/databasespec.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestDatabaseSpec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void displayStringHasNoPassword();
    void displayStringKeepsOtherParameters();
    void verifyFullUsesTheSystemStore();
    void defaultIsSqliteInAppData();
};

void TestDatabaseSpec::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("password");

    QTest::newRow("supabase remote defaults to require")
        << u"postgresql://postgres.abcd@aws-0-eu-central-1.pooler.supabase.com:5432/postgres"_s
        << true << true << u"aws-0-eu-central-1.pooler.supabase.com"_s << 5432 << u"postgres"_s
        << u"require"_s << QString();
    QTest::newRow("loopback defaults to prefer")
        << u"postgresql://me@127.0.0.1:55432/tsuzuki"_s << true << true << u"127.0.0.1"_s << 55432
        << u"tsuzuki"_s << u"prefer"_s << QString();
    QTest::newRow("explicit sslmode")
        << u"postgres://me@db.example.org/app?sslmode=verify-full"_s << true << true
        << u"db.example.org"_s << 5432 << u"app"_s << u"verify-full"_s << QString();
    QTest::newRow("password taken out")
        << u"postgresql://me:s3cr%40t@localhost/db"_s << true << true << u"localhost"_s << 5432
        << u"db"_s << u"prefer"_s << u"s3cr@t"_s;
    QTest::newRow("bad sslmode") << u"postgresql://me@h/db?sslmode=maybe"_s << false << true
                                 << QString() << 0 << QString() << QString() << QString();
    QTest::newRow("no user") << u"postgresql://h/db"_s << false << true << QString() << 0
                             << QString() << QString() << QString();
    QTest::newRow("other scheme") << u"mysql://me@h/db"_s << false << false << QString() << 0
                                  << QString() << QString() << QString();
    QTest::newRow("empty") << u"  "_s << false << false << QString() << 0 << QString() << QString()
                           << QString();
    QTest::newRow("sqlite path") << u"/tmp/x/tsuzuki.sqlite"_s << true << false << QString() << 0
                                 << QString() << QString() << QString();
}

void TestDatabaseSpec::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(bool, postgres);
    auto spec = DatabaseSpec::parse(input);
    QCOMPARE(spec.ok(), ok);
    if (!ok) {
        QCOMPARE(spec.error().code, ErrorCode::InvalidInput);
        QVERIFY(!spec.error().userMessage.isEmpty());
        return;
    }
    QCOMPARE(spec->isPostgres(), postgres);
    if (!postgres) {
        QCOMPARE(spec->sqlitePath, input);
        return;
    }
    QTEST(spec->host, "host");
    QTEST(spec->port, "port");
    QTEST(spec->databaseName, "database");
    QTEST(spec->sslMode, "sslMode");
    QTEST(spec->password, "password");
}

void TestDatabaseSpec::displayStringHasNoPassword()
{
    auto spec = DatabaseSpec::parse(u"postgresql://me:hunter2hunter2@db.example.org:6543/app"_s);
    QVERIFY(spec);
    QVERIFY(!spec->toDisplayString().contains(u"hunter2"_s));
    QVERIFY(spec->toDisplayString().startsWith(u"postgresql://me@db.example.org:6543/app"_s));
    QVERIFY(spec->looksLikeTransactionPooler());
}

void TestDatabaseSpec::displayStringKeepsOtherParameters()
{
    // What the settings and a child process get must still reach the same server the same way
    // (sslrootcert), and never carry a password of any kind.
    auto spec = DatabaseSpec::parse(
        u"postgresql://me:pw-one@db.example.org:5432/app?sslmode=verify-full"
        "&sslrootcert=/etc/tsuzuki/ca.crt&sslpassword=pw-two&connect_timeout=5"_s);
    QVERIFY(spec);
    const QString display = spec.value().toDisplayString();
    QVERIFY2(display.contains(u"sslrootcert=/etc/tsuzuki/ca.crt"_s), qPrintable(display));
    QVERIFY(display.contains(u"connect_timeout=5"_s));
    QVERIFY(!display.contains(u"pw-one"_s) && !display.contains(u"pw-two"_s));
    auto again = DatabaseSpec::parse(display);
    QVERIFY(again);
    QCOMPARE(again.value().sslMode, u"verify-full"_s);
    QVERIFY(again.value().connectOptions().contains(u"sslrootcert=/etc/tsuzuki/ca.crt"_s));
}

void TestDatabaseSpec::verifyFullUsesTheSystemStore()
{
    const QString bundle = DatabaseSpec::systemCaBundle();
    QVERIFY2(!bundle.isEmpty(), "no system CA bundle (Debian: ca-certificates)");
    for (const QString &mode : { u"verify-full"_s, u"verify-ca"_s }) {
        auto spec = DatabaseSpec::parse(
            u"postgresql://postgres.ref@aws-0-eu-central-1.pooler.supabase.com:5432/postgres?sslmode="_s
            + mode);
        QVERIFY(spec);
        QVERIFY2(spec.value().connectOptions().contains(u"sslrootcert="_s + bundle),
            qPrintable(spec.value().connectOptions()));
    }
    // require does not verify, and the user's own CA file wins.
    QVERIFY(!DatabaseSpec::parse(u"postgresql://me@db.example.org/app"_s)
                 .value()
                 .connectOptions()
                 .contains(u"sslrootcert"_s));
    const QString own = DatabaseSpec::parse(
        u"postgresql://me@db.example.org/app?sslmode=verify-full&sslrootcert=/mine.crt"_s)
                            .value()
                            .connectOptions();
    QVERIFY(own.contains(u"sslrootcert=/mine.crt"_s));
    QVERIFY(!own.contains(bundle));
}

void TestDatabaseSpec::defaultIsSqliteInAppData()
{
    QCoreApplication::setApplicationName(u"tsuzuki"_s);
    const DatabaseSpec spec = DatabaseSpec::defaultSqlite();
    QVERIFY(!spec.isPostgres());
    QVERIFY(spec.sqlitePath.endsWith(u"/tsuzuki/tsuzuki.sqlite"_s));
}

QTEST_GUILESS_MAIN(TestDatabaseSpec)
#include "tst_databasespec.moc"
