// A database the web version created (its schema and rows) keeps working: our migrations add tables
// and change no row, and our repositories read what the web version wrote.
#include "core/mapping/episodemapper.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "core/store/progressrepository.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestWebSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsKeepWebRowsAndTables();

private:
    static QStringList dumpTable(Database &db, const QString &table, const QString &orderBy);
};

QStringList TestWebSchema::dumpTable(Database &db, const QString &table, const QString &orderBy)
{
    QStringList rows;
    auto q = db.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, orderBy));
    if (!q)
        return { q.error().toString() };
    while (q.value().next()) {
        QStringList cells;
        const QSqlRecord record = q.value().record();
        for (int i = 0; i < record.count(); ++i)
            cells << q.value().value(i).toString();
        rows << cells.join(u'|');
    }
    return rows;
}

void TestWebSchema::migrationsKeepWebRowsAndTables()
{
    QCOMPARE(Test::backendName(Test::backendFromEnvironment()),
        u"postgres"_s); // the web version runs on PostgreSQL only
    Test::TestDatabase tdb;
    TSUZUKI_VERIFY_DB(tdb);
    auto db = tdb.open(u"web"_s, false);
    QVERIFY(db);

    QFile schema(Test::testDataPath(u"webschema/supabase_schema.sql"_s));
    QVERIFY(schema.open(QIODevice::ReadOnly));
    auto loaded = db->exec(QString::fromUtf8(schema.readAll()));
    QVERIFY2(loaded, qPrintable(loaded.error().toString()));
    QCOMPARE(db->schemaVersion(), 0);

    const QList<QPair<QString, QString>> webTables { { u"mappings"_s, u"anilist_id"_s },
        { u"logs"_s, u"id"_s }, { u"system_config"_s, u"key"_s },
        { u"sync_progress"_s, u"anilist_id"_s }, { u"episode_override"_s, u"trakt_id, abs"_s },
        { u"episode_map"_s, u"anilist_id"_s }, { u"show_map"_s, u"id"_s } };
    QHash<QString, QStringList> before;
    for (const auto &[table, order] : webTables)
        before.insert(table, dumpTable(*db, table, order));
    QCOMPARE(before.value(u"system_config"_s).size(), 10);
    // Caches an earlier Tsuzuki wrote under the web version's keys, in its own format: the
    // migration moves exactly these to Tsuzuki's keys (the web version's rows above stay).
    const QString oldMap
        = uR"({"traktId":9999,"basis":"episode_counts","breakpoints":[{"season":1,"start":1,"end":12}],"builtAt":"2025-01-01T00:00:00.000Z"})"_s;
    const QString oldEpisodes
        = uR"([{"season":1,"number":1,"number_abs":null,"trakt":null,"title":null}])"_s;
    QVERIFY(db->exec(u"INSERT INTO system_config (key, value) VALUES ('map:9999', ?), "
                     "('trakt:show:9999:episodes', ?)"_s,
        { oldMap, oldEpisodes }));

    QVERIFY(db->migrate());
    QVERIFY(db->migrate()); // and again: nothing changes the second time
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());

    auto withoutOwnKeys = [](QStringList rows) {
        rows.removeIf([](const QString &row) { return row.startsWith(u"tsuzuki:"_s); });
        return rows;
    };
    for (const auto &[table, order] : webTables)
        QCOMPARE(withoutOwnKeys(dumpTable(*db, table, order)), before.value(table));
    QCOMPARE(ConfigRepository(*db).value(ConfigKey::breakpointMap(9999)), oldMap);
    QCOMPARE(ConfigRepository(*db).value(ConfigKey::showEpisodes(9999)), oldEpisodes);

    // Tsuzuki stores its caches under its own keys and leaves the web version's alone.
    const QString webMap = ConfigRepository(*db).value(ConfigKey::webBreakpointMap(1420));
    const QString webEpisodes = ConfigRepository(*db).value(ConfigKey::webShowEpisodes(1420));
    QVERIFY(!webMap.isEmpty() && !webEpisodes.isEmpty());
    TraktSeason s1;
    s1.number = 1;
    s1.episodeCount = 25;
    for (int e = 1; e <= 25; ++e)
        s1.episodes << TraktEpisode { 1, e, e, {}, {} };
    QVERIFY(EpisodeMapper(*db).storeSeasons(1420, { s1 }));
    QCOMPARE(ConfigRepository(*db).value(ConfigKey::webBreakpointMap(1420)), webMap);
    QCOMPARE(ConfigRepository(*db).value(ConfigKey::webShowEpisodes(1420)), webEpisodes);
    QVERIFY(!ConfigRepository(*db).value(ConfigKey::breakpointMap(1420)).isEmpty());
    QVERIFY(!ConfigRepository(*db).value(ConfigKey::showEpisodes(1420)).isEmpty());
    for (const auto &table : { "schema_migrations", "id_map", "sync_runs", "sync_ledger" })
        QVERIFY2(db->tables().contains(QString::fromLatin1(table)), table);

    // Our code reads what the web version wrote.
    ConfigRepository config(*db);
    auto status = config.withPrefix(u"status:"_s);
    QVERIFY(status);
    QCOMPARE(status.value().size(), 5);
    QCOMPARE(config.timestamp(QString::fromLatin1(ConfigKey::SyncLastRun)),
        QDateTime::fromString(u"2025-03-01T10:00:05.000Z"_s, Qt::ISODateWithMs));
    QCOMPARE(
        config.value(QString::fromLatin1(ConfigKey::LastSyncTimestamp)).toLongLong(), 1740823205LL);

    MappingRepository mappings(*db);
    auto manual = mappings.get(20958);
    QVERIFY(manual.value().has_value());
    QVERIFY(manual.value()->isManual);
    QCOMPARE(manual.value()->traktId, std::optional<qint64>(1420));
    QCOMPARE(
        manual.value()->updatedAt, QDateTime::fromString(u"2025-01-11T09:30:00Z"_s, Qt::ISODate));
    // An auto mapping from our resolver does not replace the web version's manual row.
    Mapping autoRow;
    autoRow.anilistId = 20958;
    autoRow.traktId = 1;
    QVERIFY(!mappings.saveAuto(autoRow).value());

    QCOMPARE(ProgressRepository(*db).lastAbs(16498).value(), 25);
    QVERIFY(ProgressRepository(*db).advance(20958, 6));
    QCOMPARE(OverrideRepository(*db).forShow(1420).value().value(26).season, 2);
    auto logs = LogRepository(*db).tail(10);
    QCOMPARE(logs.value().size(), 3);
    QCOMPARE(logs.value().first().level, u"error"_s);
    QVERIFY(LogRepository(*db).append(
        u"info"_s, u"Tsuzuki was here"_s)); // identity column keeps counting
    QCOMPARE(LogRepository(*db).tail(1).value().first().id, logs.value().first().id + 1);
}

QTEST_GUILESS_MAIN(TestWebSchema)
#include "tst_webschema.moc"
