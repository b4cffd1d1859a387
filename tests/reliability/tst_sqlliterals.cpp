#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "tests/support/testdatabase.h"

#include <QTest>

#include <climits>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

/// Issue 8, "input to SQL": text a user or a service controls is bound, never spliced into SQL.
/// Manual mappings, overrides, settings (config keys and values) and log rows with quotes,
/// semicolons, LIKE wildcards, placeholders and Unicode are stored and read back literally, and
/// nothing else in the database changes. Runs on SQLite and PostgreSQL.
class TestSqlLiterals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void settingsPrefixIsLiteral();
    void manualMappingRoundTrip_data();
    void manualMappingRoundTrip();
    void overridesExtremeValues_data();
    void overridesExtremeValues();
    void logMessagesRoundTrip_data();
    void logMessagesRoundTrip();

private:
    void hostileRows();
    void verifyIntact();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    QStringList m_tablesBefore;
};

void TestSqlLiterals::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    TSUZUKI_VERIFY_DB(*m_testDb);
    m_db = m_testDb->open(u"sqlliterals"_s);
    QVERIFY(m_db);
    m_tablesBefore = m_db->tables();
    m_tablesBefore.sort();
    QVERIFY(m_tablesBefore.contains(u"mappings"_s));
    // A row that an injected "DELETE"/"DROP" would take with it.
    Mapping canary;
    canary.anilistId = 1;
    canary.traktId = 1420;
    canary.imdbId = u"tt0000001"_s;
    QVERIFY(MappingRepository(*m_db).saveManual(canary));
    QVERIFY(ConfigRepository(*m_db).set(u"canary"_s, u"still here"_s));
    QVERIFY(OverrideRepository(*m_db).upsert({ 1420, 1, 1, 1 }));
}

void TestSqlLiterals::cleanup()
{
    if (m_db)
        verifyIntact();
    m_db.reset();
    m_testDb.reset();
}

void TestSqlLiterals::verifyIntact()
{
    QStringList tables = m_db->tables();
    tables.sort();
    QCOMPARE(tables, m_tablesBefore);
    const auto canary = MappingRepository(*m_db).get(1);
    QVERIFY(canary && canary.value().has_value());
    QCOMPARE(canary.value()->imdbId, u"tt0000001"_s);
    QCOMPARE(ConfigRepository(*m_db).value(u"canary"_s), u"still here"_s);
    const auto override = OverrideRepository(*m_db).get(1420, 1);
    QVERIFY(override && override.value().has_value());
}

void TestSqlLiterals::hostileRows()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("single quote") << u"O'Brien's \"show\""_s;
    QTest::newRow("statement break") << u"x'); DELETE FROM mappings; --"_s;
    QTest::newRow("drop table") << u"'; DROP TABLE config; DROP TABLE mappings; --"_s;
    QTest::newRow("comment and semicolons") << u"/* ; */ ;;; -- ;"_s;
    QTest::newRow("placeholders") << u"? ?1 $1 :name @p1 %s"_s;
    QTest::newRow("like wildcards") << u"100% _done_ \\%"_s;
    QTest::newRow("backslashes") << u"C:\\Users\\x\\'\\\\"_s;
    QTest::newRow("japanese") << u"進撃の巨人 Season 2「反撃」"_s;
    QTest::newRow("emoji and combining") << u"🎬👩‍👩‍👧 e\u0301 \u202Eevil"_s;
    QTest::newRow("control characters") << u"tab\there\nnew line\r\n\u0001"_s;
    QTest::newRow("long") << QString(20000, u'\'');
    QTest::newRow("dollar quoting") << u"$$; DROP TABLE logs; $$ $tag$x$tag$"_s;
    QTest::newRow("empty") << QString();
}

void TestSqlLiterals::settingsRoundTrip_data()
{
    hostileRows();
}

void TestSqlLiterals::settingsRoundTrip()
{
    QFETCH(QString, text);
    ConfigRepository config(*m_db);
    const QString key = u"setting:"_s + text;
    QVERIFY(config.set(key, text));
    const auto entry = config.get(key);
    QVERIFY(entry && entry.value().has_value());
    QCOMPARE(entry.value()->key, key);
    QCOMPARE(entry.value()->value, text);
    // Upsert the same key with another hostile value: still one row, the new value.
    QVERIFY(config.set(key, text + u"';--"_s));
    QCOMPARE(config.value(key), text + u"';--"_s);
    const auto many = config.getMany({ key, u"canary"_s });
    QVERIFY(many);
    QCOMPARE(many.value().size(), 2);
    QVERIFY(config.remove(key));
    QVERIFY(!config.get(key).value().has_value());
}

void TestSqlLiterals::settingsPrefixIsLiteral()
{
    ConfigRepository config(*m_db);
    QVERIFY(config.set(u"a%b"_s, u"1"_s));
    QVERIFY(config.set(u"aXb"_s, u"2"_s));
    QVERIFY(config.set(u"a_c"_s, u"3"_s));
    QVERIFY(config.set(u"abc"_s, u"4"_s));
    QVERIFY(config.set(u"it's:1"_s, u"5"_s));
    const auto percent = config.withPrefix(u"a%"_s);
    QVERIFY(percent);
    QCOMPARE(percent.value().size(), 1);
    QCOMPARE(percent.value().first().key, u"a%b"_s);
    const auto underscore = config.withPrefix(u"a_"_s);
    QVERIFY(underscore);
    QCOMPARE(underscore.value().size(), 1);
    QCOMPARE(underscore.value().first().key, u"a_c"_s);
    const auto quote = config.withPrefix(u"it's"_s);
    QVERIFY(quote);
    QCOMPARE(quote.value().size(), 1);
}

void TestSqlLiterals::manualMappingRoundTrip_data()
{
    hostileRows();
}

void TestSqlLiterals::manualMappingRoundTrip()
{
    QFETCH(QString, text);
    MappingRepository mappings(*m_db);
    Mapping m;
    m.anilistId = 16498;
    m.traktId = 1420;
    m.tmdbId = 1429;
    m.tvdbId = 267440;
    m.imdbId = text;
    QVERIFY(mappings.saveManual(m));
    const auto back = mappings.get(16498);
    QVERIFY(back && back.value().has_value());
    QCOMPARE(back.value()->imdbId, text);
    QCOMPARE(back.value()->traktId, m.traktId);
    QVERIFY(back.value()->isManual);
    // An auto mapping with another hostile value never replaces the manual one.
    Mapping autoRow = m;
    autoRow.imdbId = text + u"'"_s;
    autoRow.traktId = 1;
    const auto saved = mappings.saveAuto(autoRow);
    QVERIFY(saved);
    QVERIFY(!saved.value());
    QCOMPARE(mappings.get(16498).value()->imdbId, text);
    const auto all = mappings.getMany({ 16498, 1 });
    QVERIFY(all);
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(mappings.count().value(), 2);
}

void TestSqlLiterals::overridesExtremeValues_data()
{
    QTest::addColumn<qint64>("traktId");
    QTest::addColumn<int>("abs");
    QTest::addColumn<int>("season");
    QTest::addColumn<int>("episode");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ordinary") << qint64(1420) << 26 << 2 << 1 << true;
    QTest::newRow("int max") << qint64(1420) << INT_MAX << INT_MAX << INT_MAX << true;
    QTest::newRow("large trakt id") << qint64(9'000'000'000'000LL) << 5 << 1 << 5 << true;
    QTest::newRow("int min abs") << qint64(1420) << INT_MIN << 1 << 1 << false;
    QTest::newRow("negative episode") << qint64(1420) << 3 << 1 << -7 << false;
    QTest::newRow("negative show") << qint64(-1) << 3 << 1 << 1 << false;
}

void TestSqlLiterals::overridesExtremeValues()
{
    QFETCH(qint64, traktId);
    QFETCH(int, abs);
    QFETCH(int, season);
    QFETCH(int, episode);
    QFETCH(bool, valid);
    OverrideRepository overrides(*m_db);
    const EpisodeOverride row { traktId, abs, season, episode };
    QCOMPARE(bool(OverrideRepository::validate(row)), valid);
    const auto stored = overrides.upsert(row);
    QCOMPARE(bool(stored), valid);
    const auto back = overrides.get(traktId, abs);
    QVERIFY(back);
    QCOMPARE(back.value().has_value(), valid);
    if (valid) {
        QCOMPARE(*back.value(), row);
        QVERIFY(overrides.forShow(traktId).value().contains(abs));
        QVERIFY(overrides.remove(traktId, abs));
        QVERIFY(!overrides.get(traktId, abs).value().has_value());
    }
}

void TestSqlLiterals::logMessagesRoundTrip_data()
{
    hostileRows();
}

void TestSqlLiterals::logMessagesRoundTrip()
{
    QFETCH(QString, text);
    LogRepository logs(*m_db);
    const auto id = logs.append(u"info"_s, text);
    QVERIFY(id);
    const auto tail = logs.tail(1);
    QVERIFY(tail);
    QCOMPARE(tail.value().size(), 1);
    QCOMPARE(tail.value().first().id, id.value());
    QCOMPARE(tail.value().first().message, text);
}

QTEST_GUILESS_MAIN(TestSqlLiterals)
#include "tst_sqlliterals.moc"
