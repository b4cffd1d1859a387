// Importers on every real file of ../shared/data/mappings and on malformed input, on SQLite and
// PostgreSQL.

#include "core/mapping/anibridgeimporter.h"
#include "core/mapping/mappingimporter.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

std::optional<IdMapRow> rowOf(Database &db, const QString &source, qint64 anilistId)
{
    auto rows = IdMapRepository(db).forAnilistId(anilistId);
    if (!rows)
        return std::nullopt;
    for (const IdMapRow &r : rows.value()) {
        if (r.source == source)
            return r;
    }
    return std::nullopt;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

/// A small Otaku-shaped database: `tables` chooses between the real schema and a wrong one.
QString makeSqlite(const QTemporaryDir &dir, const QString &name, const QStringList &statements)
{
    const QString path = dir.filePath(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"make-"_s + name);
        db.setDatabaseName(path);
        if (db.open()) {
            for (const QString &sql : statements)
                QSqlQuery(db).exec(sql);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"make-"_s + name);
    return path;
}

const QString OtakuSchema
    = u"CREATE TABLE anime (mal_id INTEGER PRIMARY KEY, anilist_id INTEGER, anidb_id INTEGER, "
      "thetvdb_id INTEGER, themoviedb_id INTEGER, imdb_id INTEGER, trakt_id INTEGER, "
      "thetvdb_season INTEGER, thetvdb_part INTEGER, anime_media_type TEXT, global_media_type "
      "TEXT, "
      "anime_media_episodes INTEGER, globel_media_episodes INTEGER, score REAL, status TEXT)"_s;

} // namespace

class TestMappingImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realFiles_data();
    void realFiles();
    void otakuSpotChecks();
    void fribbsFormats();
    void aniBridgeSpotChecks();
    void wrongFiles_data();
    void wrongFiles();
    void malformed_data();
    void malformed();
    void newerOtakuSchema();
};

void TestMappingImporter::realFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<qint64>("anilistIds");
    // Counts from SOURCES.md: Otaku 20,648 rows with an anilist_id; Fribb current list 20,471; the
    // 2024-05 mini list 18,265; AniBridge 19,380 entries.
    QTest::newRow("otaku") << u"otaku-anime_mappings.db"_s << u"otaku"_s << qint64(20648);
    QTest::newRow("fribbs current")
        << u"fribb-anime-list-full.reconstructed.json"_s << u"fribbs"_s << qint64(20471);
    QTest::newRow("fribbs old") << u"fribb-anime-list-mini-2024-05-07.json"_s << u"fribbs"_s
                                << qint64(18265);
    QTest::newRow("anibridge") << u"anibridge-mappings.json"_s << u"anibridge"_s << qint64(19380);
}

void TestMappingImporter::realFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(qint64, anilistIds);
    Test::TestDatabase tdb;
    TSUZUKI_VERIFY_DB(tdb);
    auto db = tdb.open(u"import"_s);
    QVERIFY(db);
    QVERIFY(db);

    MappingImporter importer(*db);
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    QElapsedTimer timer;
    timer.start();
    auto summary = importer.importFile(*MappingSources::fromKey(source),
        Test::sharedDataPath(u"mappings/"_s + file),
        [&](const QString &stage, qint64 done, qint64 total) {
            if (stage == u"write"_s) {
                lastDone = done;
                lastTotal = total;
            }
        });
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    qInfo("%s: %lld AniList ids in %lld ms (%s)", qPrintable(file), summary->anilistIds,
        timer.elapsed(), qPrintable(Test::backendName(tdb.backend())));
    QCOMPARE(summary->anilistIds, anilistIds);
    QCOMPARE(IdMapRepository(*db).count(source).value(), anilistIds);
    QCOMPARE(lastDone, anilistIds);
    QCOMPARE(lastTotal, anilistIds);
    const QDateTime synced = ConfigRepository(*db).timestamp(
        MappingSources::lastSyncKey(*MappingSources::fromKey(source)));
    QVERIFY(synced.isValid());
    QVERIFY(qAbs(synced.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestMappingImporter::otakuSpotChecks()
{
    Test::TestDatabase tdb;
    TSUZUKI_VERIFY_DB(tdb);
    auto db = tdb.open(u"otaku"_s);
    QVERIFY(db);
    auto summary = MappingImporter(*db).importFile(
        MappingSource::Otaku, Test::sharedDataPath(u"mappings/otaku-anime_mappings.db"_s));
    QVERIFY2(summary, qPrintable(summary.error().toString()));

    // Attack on Titan (root): the only row of the show with a trakt_id.
    auto aot = rowOf(*db, u"otaku"_s, 16498);
    QVERIFY(aot);
    QCOMPARE(aot->traktId, std::optional<qint64>(1420));
    QCOMPARE(aot->traktType, u"show"_s);
    QCOMPARE(aot->tvdbId, std::optional<qint64>(267440));
    QCOMPARE(aot->tvdbSeason, std::optional<int>(1));
    QCOMPARE(aot->tmdbId, std::optional<qint64>(1429));
    QCOMPARE(aot->tmdbType, u"tv"_s);
    QCOMPARE(aot->imdbId, u"tt2560140"_s);
    QCOMPARE(aot->episodes, std::optional<int>(25));
    // Season 2: later season, no trakt_id.
    auto s2 = rowOf(*db, u"otaku"_s, 20958);
    QVERIFY(s2);
    QVERIFY(!s2->traktId);
    QCOMPARE(s2->tvdbSeason, std::optional<int>(2));
    QCOMPARE(s2->tvdbOffset, std::optional<int>(0));
    // Season 3 Part 2: TVDB episodes 13 - 22 of season 3 → offset 12.
    auto s3p2 = rowOf(*db, u"otaku"_s, 104578);
    QVERIFY(s3p2);
    QCOMPARE(s3p2->tvdbSeason, std::optional<int>(3));
    QCOMPARE(s3p2->tvdbOffset, std::optional<int>(12));
    QCOMPARE(s3p2->episodes, std::optional<int>(10));
    QVERIFY(s3p2->extra.contains(u"13 - 22"_s));
    // One Piece: thetvdb_season "a" (absolute).
    auto onePiece = rowOf(*db, u"otaku"_s, 21);
    QVERIFY(onePiece);
    QCOMPARE(onePiece->tvdbSeason, std::optional<int>(-1));
    QCOMPARE(onePiece->traktId, std::optional<qint64>(37696));
    // A movie: thetvdb_id is the text "movie", themoviedb_id "968868,968870", imdb two ids.
    auto movie = rowOf(*db, u"otaku"_s, 148149);
    QVERIFY(movie);
    QVERIFY(!movie->tvdbId);
    QCOMPARE(movie->tmdbId, std::optional<qint64>(968868));
    QCOMPARE(movie->tmdbType, u"movie"_s);
    QCOMPARE(movie->imdbId, u"tt19861160"_s);
    QVERIFY(movie->extra.contains(u"\"tvdbMarker\":\"movie\""_s));
    // activities.last_updated = 1731369271 → 2024-11-11T23:54:31Z
    QCOMPARE(ConfigRepository(*db).timestamp(QString::fromLatin1(ConfigKey::OtakuLastActivity)),
        QDateTime::fromSecsSinceEpoch(1731369271, Qt::UTC));
}

void TestMappingImporter::fribbsFormats()
{
    Test::TestDatabase tdb;
    TSUZUKI_VERIFY_DB(tdb);
    auto db = tdb.open(u"fribbs"_s);
    QVERIFY(db);
    MappingImporter importer(*db);
    auto current = importer.importFile(MappingSource::Fribbs,
        Test::sharedDataPath(u"mappings/fribb-anime-list-full.reconstructed.json"_s));
    QVERIFY2(current, qPrintable(current.error().toString()));
    auto s3p2 = rowOf(*db, u"fribbs"_s, 104578);
    QVERIFY(s3p2);
    QCOMPARE(s3p2->tmdbId, std::optional<qint64>(1429));
    QCOMPARE(s3p2->tmdbType, u"tv"_s);
    QCOMPARE(s3p2->tmdbSeason, std::optional<int>(3));
    QCOMPARE(s3p2->tmdbOffset, std::optional<int>(12));
    QCOMPARE(s3p2->tvdbSeason, std::optional<int>(3));
    QCOMPARE(s3p2->tvdbOffset, std::optional<int>(12));
    QCOMPARE(s3p2->anidbId, std::optional<qint64>(14444));
    // {"movie":[1390599]}, season {tvdb:0}, offset {tvdb:2}, imdb list
    auto special = rowOf(*db, u"fribbs"_s, 821);
    QVERIFY(special);
    QCOMPARE(special->tmdbType, u"movie"_s);
    QCOMPARE(special->tmdbId, std::optional<qint64>(1390599));
    QCOMPARE(special->tvdbSeason, std::optional<int>(0));
    QCOMPARE(special->tvdbOffset, std::optional<int>(2));
    QCOMPARE(special->imdbId, u"tt7941838"_s);

    // The old flat format replaces the whole source: rows only in the current list disappear.
    auto old = importer.importFile(MappingSource::Fribbs,
        Test::sharedDataPath(u"mappings/fribb-anime-list-mini-2024-05-07.json"_s));
    QVERIFY2(old, qPrintable(old.error().toString()));
    QCOMPARE(IdMapRepository(*db).count(u"fribbs"_s).value(), qint64(18265));
    auto bungaku = rowOf(*db, u"fribbs"_s, 7669); // thetvdb_id 210291, type OVA
    QVERIFY(bungaku);
    QCOMPARE(bungaku->tvdbId, std::optional<qint64>(210291));
    QCOMPARE(bungaku->mediaType, u"OVA"_s);
    QVERIFY(!bungaku->tvdbSeason); // the old format has no seasons
}

void TestMappingImporter::aniBridgeSpotChecks()
{
    Test::TestDatabase tdb;
    TSUZUKI_VERIFY_DB(tdb);
    auto db = tdb.open(u"anibridge"_s);
    QVERIFY(db);
    auto summary = MappingImporter(*db).importFile(
        MappingSource::AniBridge, Test::sharedDataPath(u"mappings/anibridge-mappings.json"_s));
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    auto s3p2 = rowOf(*db, u"anibridge"_s, 104578); // {"s3": "e13-e22"}
    QVERIFY(s3p2);
    QCOMPARE(s3p2->tvdbId, std::optional<qint64>(267440));
    QCOMPARE(s3p2->tvdbSeason, std::optional<int>(3));
    QCOMPARE(s3p2->tvdbOffset, std::optional<int>(12));
    QCOMPARE(s3p2->malId, std::optional<qint64>(38524));
    auto patterns = AniBridgeImporter::patternsFromExtra(s3p2->extra);
    QCOMPARE(patterns.size(), 1);
    QCOMPARE(patterns.first().season, 3);
    QCOMPARE(patterns.first().ranges.first(), (EpisodeRange { 13, 22, 1 }));
    // One Piece: 23 season keys, kept in numeric order (s0, s1, s2, ..., s22), not text order (s10
    // before s2).
    auto onePiece = rowOf(*db, u"anibridge"_s, 21);
    QVERIFY(onePiece);
    QCOMPARE(onePiece->tmdbId, std::optional<qint64>(37854));
    const auto op = AniBridgeImporter::patternsFromExtra(onePiece->extra);
    QCOMPARE(op.size(), 23);
    for (int i = 0; i < op.size(); ++i)
        QCOMPARE(op.at(i).season, i);
    QCOMPARE(op.at(22).ranges.first().last, std::nullopt); // "e1-"
    // A ratio entry: 21804 {"s1": "e1-e24|-5"}; a movie entry: 5 tmdb_movie_id 11299.
    const auto ratio
        = AniBridgeImporter::patternsFromExtra(rowOf(*db, u"anibridge"_s, 21804)->extra);
    QCOMPARE(ratio.first().ranges.first().ratio, -5);
    auto movie = rowOf(*db, u"anibridge"_s, 5);
    QCOMPARE(movie->tmdbType, u"movie"_s);
    QCOMPARE(movie->tmdbId, std::optional<qint64>(11299));
    QCOMPARE(movie->imdbId, u"tt0275277"_s);
}

void TestMappingImporter::wrongFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected"); // part of the error message
    // The other real files are not importer inputs: each one must be refused with a clear reason.
    QTest::newRow("fribb reduced (no AniList ids)")
        << u"fribb-anime-lists-reduced.json"_s << u"fribbs"_s << u"none of the"_s;
    QTest::newRow("kometa as fribbs")
        << u"kometa-anime_ids.json"_s << u"fribbs"_s << u"expected a JSON array"_s;
    QTest::newRow("kometa as anibridge")
        << u"kometa-anime_ids.json"_s << u"anibridge"_s << u"carry their own anilist_id"_s;
    QTest::newRow("xml as fribbs")
        << u"animelists-anime-list-master.xml"_s << u"fribbs"_s << u"HTML or XML"_s;
    QTest::newRow("xml as otaku") << u"animelists-anime-list-master.xml"_s << u"otaku"_s
                                  << u"HTML or XML"_s;
    QTest::newRow("json as otaku")
        << u"anibridge-mappings.json"_s << u"otaku"_s << u"not a SQLite database"_s;
    QTest::newRow("episode counts as anibridge")
        << u"anibridge-anilist_episode_counts.json"_s << u"anibridge"_s << u"not an object"_s;
    QTest::newRow("tvdb counts as anibridge")
        << u"anibridge-tvdb_episode_counts.json"_s << u"anibridge"_s << u"has a mapping field"_s;
    QTest::newRow("yaml edits as anibridge")
        << u"anibridge-mappings.edits.yaml"_s << u"anibridge"_s << u"not valid JSON"_s;
    QTest::newRow("otaku db as fribbs")
        << u"otaku-anime_mappings.db"_s << u"fribbs"_s << u"SQLite database, not JSON"_s;
}

void TestMappingImporter::wrongFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const MappingSource s = *MappingSources::fromKey(source);
    auto parsed = MappingImporter::parseFile(s, Test::sharedDataPath(u"mappings/"_s + file));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().userMessage.contains(expected), qPrintable(parsed.error().userMessage));
    QVERIFY2(parsed.error().userMessage.startsWith(MappingSources::displayName(s)),
        qPrintable(parsed.error().userMessage));
}

void TestMappingImporter::malformed_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>(
        "content"); // "" + sqlite: statements after "SQL:" build a database
    QTest::addColumn<QString>("expected");

    QByteArray random(4096, '\0');
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    const QByteArray html = "<!DOCTYPE html><html><head><title>429 Too Many "
                            "Requests</title></head><body></body></html>";
    for (const QString &source : { u"fribbs"_s, u"anibridge"_s, u"otaku"_s }) {
        QTest::addRow("%s empty", qPrintable(source)) << source << QByteArray() << u"empty"_s;
        QTest::addRow("%s html", qPrintable(source)) << source << html << u"HTML"_s;
        QTest::addRow("%s random bytes", qPrintable(source))
            << source << random << (source == u"otaku"_s ? u"not a SQLite"_s : u"not valid JSON"_s);
    }
    QTest::newRow("fribbs truncated")
        << u"fribbs"_s << QByteArray(R"([{"anilist_id":1,"tvdb_id":5},{"anilist_id":2,"tvd)")
        << u"ends early"_s;
    QTest::newRow("anibridge truncated")
        << u"anibridge"_s << QByteArray(R"({"1":{"tvdb_id":5,"tvdb_mappings":{"s1":"")")
        << u"ends early"_s;
    QTest::newRow("fribbs anilist_id text")
        << u"fribbs"_s << QByteArray(R"([{"anilist_id":"abc","tvdb_id":5}])")
        << u"\"anilist_id\" has the wrong type"_s;
    QTest::newRow("fribbs tvdb_id object")
        << u"fribbs"_s << QByteArray(R"([{"anilist_id":1,"tvdb_id":{"x":1}}])")
        << u"\"tvdb_id\" has the wrong type"_s;
    QTest::newRow("fribbs season text")
        << u"fribbs"_s << QByteArray(R"([{"anilist_id":1,"season":{"tvdb":"two"}}])")
        << u"season.tvdb"_s;
    QTest::newRow("fribbs entry not object")
        << u"fribbs"_s << QByteArray(R"([{"anilist_id":1}, 7])") << u"entry 2 is not an object"_s;
    QTest::newRow("fribbs empty array")
        << u"fribbs"_s << QByteArray("[]") << u"none of the 0 entries"_s;
    QTest::newRow("anibridge tvdb_id bool")
        << u"anibridge"_s << QByteArray(R"({"1":{"tvdb_id":true}})")
        << u"\"tvdb_id\" has the wrong type"_s;
    QTest::newRow("anibridge bad pattern")
        << u"anibridge"_s << QByteArray(R"({"1":{"tvdb_id":5,"tvdb_mappings":{"s1":"x1-x2"}}})")
        << u"x1-x2"_s;
    QTest::newRow("anibridge bad season key")
        << u"anibridge"_s << QByteArray(R"({"1":{"tvdb_id":5,"tvdb_mappings":{"season1":""}}})")
        << u"season1"_s;
    QTest::newRow("anibridge key not id")
        << u"anibridge"_s << QByteArray(R"({"one":{"tvdb_id":5}})") << u"not an AniList id"_s;
    QTest::newRow("anibridge array")
        << u"anibridge"_s << QByteArray("[1,2]") << u"keyed by AniList id"_s;
    QTest::newRow("otaku wrong table")
        << u"otaku"_s << QByteArray("SQL:CREATE TABLE shows (id INTEGER)")
        << u"no \"anime\" table"_s;
    QTest::newRow("otaku anilist_id text")
        << u"otaku"_s
        << (u"SQL:"_s + OtakuSchema
               + u";INSERT INTO anime (mal_id, anilist_id) VALUES (1, 'abc')"_s)
               .toUtf8()
        << u"anilist_id \"abc\" is not a number"_s;
    QTest::newRow("otaku season text")
        << u"otaku"_s
        << (u"SQL:"_s + OtakuSchema
               + u";INSERT INTO anime (mal_id, anilist_id, thetvdb_id, thetvdb_season) VALUES (1, 5, 77, 'zz')"_s)
               .toUtf8()
        << u"thetvdb_season \"zz\""_s;
    QTest::newRow("otaku no anilist rows")
        << u"otaku"_s << (u"SQL:"_s + OtakuSchema).toUtf8() << u"no row with an AniList id"_s;
}

void TestMappingImporter::malformed()
{
    QFETCH(QString, source);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const MappingSource s = *MappingSources::fromKey(source);

    Test::TestDatabase tdb;
    TSUZUKI_VERIFY_DB(tdb);
    auto db = tdb.open(u"malformed"_s);
    QVERIFY(db);
    QTemporaryDir dir;
    // Good data first: it must survive the bad import untouched.
    QString goodPath;
    if (s == MappingSource::Otaku) {
        goodPath = makeSqlite(dir, u"good.db"_s,
            { OtakuSchema,
                u"INSERT INTO anime (mal_id, anilist_id, thetvdb_id, trakt_id, thetvdb_season, "
                u"global_media_type, anime_media_type) "
                "VALUES (16498, 16498, 267440, 1420, 1, 'show', 'TV')"_s,
                u"CREATE TABLE activities (sync_id INTEGER PRIMARY KEY, last_updated TEXT)"_s,
                u"INSERT INTO activities VALUES (1, '1700000000')"_s });
    } else if (s == MappingSource::Fribbs) {
        goodPath = writeFile(dir, u"good.json"_s,
            R"([{"anilist_id":16498,"tvdb_id":267440,"themoviedb_id":{"tv":1429}}])");
    } else {
        goodPath = writeFile(
            dir, u"good.json"_s, R"({"16498":{"tvdb_id":267440,"tvdb_mappings":{"s1":""}}})");
    }
    MappingImporter importer(*db);
    auto good = importer.importFile(s, goodPath);
    QVERIFY2(good, qPrintable(good.error().toString()));
    ConfigRepository config(*db);
    QVERIFY(!config.value(MappingSources::lastSyncKey(s)).isEmpty());
    // A value no import writes: a failed import that touched it would be seen.
    const QString before = u"2001-01-01T00:00:00Z"_s;
    QVERIFY(config.set(MappingSources::lastSyncKey(s), before));

    QString badPath;
    if (content.startsWith("SQL:"))
        badPath = makeSqlite(dir, u"bad.db"_s, QString::fromUtf8(content.mid(4)).split(u';'));
    else
        badPath = writeFile(dir, u"bad.bin"_s, content);
    auto bad = importer.importFile(s, badPath);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    const QString message = bad.error().userMessage;
    QVERIFY2(
        message.startsWith(MappingSources::displayName(s) + u" mappings:"_s), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));

    QCOMPARE(IdMapRepository(*db).count(source).value(), qint64(1));
    auto kept = rowOf(*db, source, 16498);
    QVERIFY(kept);
    QCOMPARE(kept->tvdbId, std::optional<qint64>(267440));
    QCOMPARE(config.value(MappingSources::lastSyncKey(s)), before);
}

void TestMappingImporter::newerOtakuSchema()
{
    // Newer Otaku versions add columns (mal_title, score, status) and may reorder them: read by
    // name.
    QTemporaryDir dir;
    const QString path = makeSqlite(dir, u"newer.db"_s,
        { OtakuSchema,
            u"INSERT INTO anime (mal_id, anilist_id, thetvdb_id, thetvdb_season, "
            u"globel_media_episodes, anime_media_episodes, score, status) "
            "VALUES (48583, 131681, 267440, 4, '17 - 28', '1 - 12', 8.9, 'finished')"_s });
    auto parsed = MappingImporter::parseFile(MappingSource::Otaku, path);
    QVERIFY2(parsed, qPrintable(parsed.error().toString()));
    QCOMPARE(parsed->rows.size(), 1);
    QCOMPARE(parsed->rows.first().tvdbSeason, std::optional<int>(4));
    QCOMPARE(parsed->rows.first().tvdbOffset, std::optional<int>(16));
    QCOMPARE(parsed->rows.first().episodes, std::optional<int>(12));
    QVERIFY(!parsed->lastActivity); // no activities table: no activity time, and no error
}

QTEST_GUILESS_MAIN(TestMappingImporter)
#include "tst_mappingimporter.moc"
