// The built tsuzuki-cli, run as a process against the fake Trakt/TMDB and a SQLite file: mappings
// import of a real file, mappings refresh from a loopback server (good and broken), map --json
// online and offline, and sync show storing trakt:show:<id>:episodes and map:<id> without posting
// anything.

#include "core/mapping/mappingsource.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/fileserver.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <zstd.h>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().toUtf8()).object(); }
};

QJsonObject season(int number, int count, int firstAbs)
{
    QJsonObject s { { u"number"_s, number }, { u"episodeCount"_s, count } };
    if (firstAbs > 0)
        s.insert(u"firstAbs"_s, firstAbs);
    return s;
}

} // namespace

class TestMappingCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importRealFile();
    void importBadFile();
    void mapOfflineBeforeSync();
    void mapOnline();
    void syncShow();
    void mapOfflineAfterSync();
    void syncShowUnknown();
    void refresh();
    void importRefusesNonRegularFiles();
    void refreshV3Compressed();
    void mapExplain();

private:
    CliRun run(const QStringList &args, const QProcessEnvironment &extra = {});
    std::unique_ptr<Database> openDb();

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_dbFile;
    FakeServices m_fakes;
    Test::FileServer m_files;
    QProcessEnvironment m_env;
};

void TestMappingCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("TSUZUKI_BINARY_DIR") + u"/app/tsuzuki-cli"_s;
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    m_dbFile = m_dir.filePath(u"tsuzuki.db"_s);

    QVERIFY(m_fakes.listen());
    // Attack on Titan on Trakt: specials, then four seasons numbered absolutely.
    const QJsonObject scenario { { u"trakt"_s,
        QJsonObject { { u"shows"_s,
            QJsonArray { QJsonObject { { u"title"_s, u"Attack on Titan"_s }, { u"year"_s, 2013 },
                             { u"ids"_s,
                                 QJsonObject { { u"trakt"_s, 1420 },
                                     { u"slug"_s, u"attack-on-titan"_s }, { u"tvdb"_s, 267440 },
                                     { u"tmdb"_s, 1429 }, { u"imdb"_s, u"tt2560140"_s } } },
                             { u"seasons"_s,
                                 QJsonArray { season(0, 3, 0), season(1, 25, 1), season(2, 12, 26),
                                     season(3, 22, 38), season(4, 30, 60) } } },
                // Known to Fribbs only (AniList 198768 → tmdb 80885): found by the CLI through
                // Trakt search.
                QJsonObject { { u"title"_s, u"Fribbs Only"_s }, { u"year"_s, 2009 },
                    { u"ids"_s, QJsonObject { { u"trakt"_s, 5555 }, { u"tmdb"_s, 80885 } } },
                    { u"seasons"_s, QJsonArray { season(0, 4, 0) } } } } } } } };
    QString error;
    QVERIFY2(m_fakes.loadScenario(scenario, &error), qPrintable(error));

    // Settings of its own (no keychain: secrets come from the environment only), fakes' URLs, a
    // TMDB key.
    const QString config = m_dir.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(config + u"/tsuzuki"_s));
    QFile settings(config + u"/tsuzuki/tsuzuki.conf"_s);
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[secrets]\nuseKeychain=false\n");
    settings.close();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"XDG_CONFIG_HOME"_s, config);
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_env.insert(u"TSUZUKI_TRAKT_URL"_s, m_fakes.trakt().baseUrl().toString());
    m_env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, m_fakes.trakt().authUrl().toString());
    m_env.insert(u"TSUZUKI_TMDB_URL"_s, m_fakes.tmdb().baseUrl().toString());
    m_env.insert(u"TSUZUKI_ANILIST_URL"_s, m_fakes.anilist().baseUrl().toString());
    m_env.insert(u"TRAKT_CLIENT_ID"_s, u"fake-client-id"_s);
    m_env.insert(u"TMDB_API_KEY"_s, u"fake-tmdb-key"_s);
    // Nothing of the machine's own setup may leak in.
    for (const QString &name : { u"TSUZUKI_DATABASE"_s, u"TRAKT_ACCESS_TOKEN"_s,
             u"TRAKT_REFRESH_TOKEN"_s, u"TRAKT_CLIENT_SECRET"_s, u"ANILIST_ACCESS_TOKEN"_s,
             u"TSUZUKI_OTAKU_URL"_s, u"TSUZUKI_FRIBBS_URL"_s, u"TSUZUKI_ANIBRIDGE_URL"_s })
        m_env.remove(name);

    QVERIFY(m_files.listen());
    QFile fribbs(Test::sharedDataPath(u"mappings/fribb-anime-list-full.reconstructed.json"_s));
    QVERIFY(fribbs.open(QIODevice::ReadOnly));
    m_files.add(u"/fribbs.json"_s, { 200, "application/json"_ba, fribbs.readAll() });
    m_files.add(u"/error.html"_s,
        { 200, "text/html"_ba, "<!DOCTYPE html><html><body>Rate limited</body></html>"_ba });
}

CliRun TestMappingCli::run(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = m_env;
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(m_binary, QStringList { u"--database"_s, m_dbFile } + args);
    CliRun result;
    if (!process.waitForStarted(10'000))
        return result;
    // The fakes live in this process: keep its event loop running while the CLI talks to them.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120'000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

std::unique_ptr<Database> TestMappingCli::openDb()
{
    auto spec = DatabaseSpec::parse(m_dbFile);
    if (!spec)
        return {};
    auto db = Database::open(spec.value(), u"check"_s);
    return db ? std::move(db).value() : nullptr;
}

void TestMappingCli::importRealFile()
{
    const CliRun otaku = run({ u"mappings"_s, u"import"_s, u"otaku"_s, u"--file"_s,
        Test::sharedDataPath(u"mappings/otaku-anime_mappings.db"_s) });
    QVERIFY2(otaku.exitCode == 0, qPrintable(otaku.err));
    QVERIFY2(otaku.out.contains(u"Otaku: imported "_s) && otaku.out.contains(u" AniList ids"_s),
        qPrintable(otaku.out));
    // Progress goes to stderr, the counts to stdout.
    QVERIFY2(otaku.err.contains(u"Otaku: writing 100%"_s), qPrintable(otaku.err));

    const CliRun fribbs = run({ u"--json"_s, u"mappings"_s, u"import"_s, u"fribbs"_s, u"--file"_s,
        Test::sharedDataPath(u"mappings/fribb-anime-list-full.reconstructed.json"_s) });
    QVERIFY2(fribbs.exitCode == 0, qPrintable(fribbs.err));
    const QJsonObject summary = fribbs.json();
    QCOMPARE(summary.value(u"source"_s).toString(), u"fribbs"_s);
    QVERIFY(summary.value(u"anilistIds"_s).toInteger() > 15000);

    auto db = openDb();
    QVERIFY(db);
    QCOMPARE(IdMapRepository(*db).count(u"fribbs"_s).value(),
        summary.value(u"anilistIds"_s).toInteger());
    QVERIFY(IdMapRepository(*db).count(u"otaku"_s).value() > 15000);
}

void TestMappingCli::importBadFile()
{
    auto db = openDb();
    QVERIFY(db);
    const qint64 before = IdMapRepository(*db).count(u"fribbs"_s).value();
    const QString bad = m_dir.filePath(u"bad.json"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"broken\": [1, 2");
    f.close();
    const CliRun r = run({ u"mappings"_s, u"import"_s, u"fribbs"_s, u"--file"_s, bad });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Fribbs mappings:"_s), qPrintable(r.err));
    QCOMPARE(IdMapRepository(*db).count(u"fribbs"_s).value(), before);

    const CliRun usage = run({ u"mappings"_s, u"import"_s, u"kitsu"_s, u"--file"_s, bad });
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains(u"kitsu"_s));
}

void TestMappingCli::mapOfflineBeforeSync()
{
    const int requests = int(m_fakes.trakt().requestLog().size());
    const CliRun r
        = run({ u"map"_s, u"20958"_s, u"--episode"_s, u"3"_s, u"--offline"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(
        o.value(u"resolved"_s).toObject().value(u"source"_s).toString(), u"otaku:first-season"_s);
    const QJsonObject m = o.value(u"mapping"_s).toObject();
    QCOMPARE(m.value(u"kind"_s).toString(), u"episode"_s);
    QCOMPARE(m.value(u"traktId"_s).toInteger(), 1420);
    QCOMPARE(m.value(u"season"_s).toInt(), 2);
    QCOMPARE(m.value(u"episode"_s).toInt(), 3);
    QCOMPARE(m.value(u"verified"_s).toBool(), false); // no Trakt seasons offline

    // Only Fribbs' TMDB movie id says what 185888 is: without --format it is taken as a movie.
    const CliRun movie = run({ u"map"_s, u"185888"_s, u"--offline"_s, u"--json"_s });
    QVERIFY2(movie.exitCode == 0, qPrintable(movie.err));
    QCOMPARE(movie.json().value(u"resolved"_s).toObject().value(u"kind"_s).toString(), u"movie"_s);
    QCOMPARE(movie.json().value(u"resolved"_s).toObject().value(u"tmdbId"_s).toInteger(), 1513509);
    // The kind follows the TMDB evidence whatever AniList's format says (TitleKind, as in a sync).
    const CliRun asTv
        = run({ u"map"_s, u"185888"_s, u"--offline"_s, u"--json"_s, u"--format"_s, u"TV"_s });
    QVERIFY2(asTv.exitCode == 0, qPrintable(asTv.err));
    QCOMPARE(asTv.json().value(u"mapping"_s).toObject().value(u"kind"_s).toString(), u"movie"_s);
    QCOMPARE(int(m_fakes.trakt().requestLog().size()), requests);
}

void TestMappingCli::mapOnline()
{
    // AoT Season 2, episode 3: Trakt S2E3, checked against the seasons the fake serves.
    const CliRun r = run({ u"map"_s, u"20958"_s, u"--episode"_s, u"3"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject m = r.json().value(u"mapping"_s).toObject();
    QCOMPARE(m.value(u"season"_s).toInt(), 2);
    QCOMPARE(m.value(u"episode"_s).toInt(), 3);
    QCOMPARE(m.value(u"verified"_s).toBool(), true);
    QCOMPARE(m.value(u"rule"_s).toString(), u"season-data"_s);
    QVERIFY(m_fakes.trakt().requestCount(u"GET"_s, u"/shows/1420/seasons"_s) >= 1);

    // Text output names ids, season/episode, rule and source.
    const CliRun text = run({ u"map"_s, u"20958"_s, u"--episode"_s, u"3"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"S02E03"_s) && text.out.contains(u"trakt 1420"_s)
            && text.out.contains(u"season-data"_s),
        qPrintable(text.out));

    // An episode Trakt's season 2 does not have is unmapped, with the reason.
    const CliRun past = run({ u"map"_s, u"20958"_s, u"--episode"_s, u"40"_s, u"--json"_s });
    QVERIFY2(past.exitCode == 0, qPrintable(past.err));
    const QJsonObject pm = past.json().value(u"mapping"_s).toObject();
    QCOMPARE(pm.value(u"kind"_s).toString(), u"unmapped"_s);
    QVERIFY(!pm.value(u"reason"_s).toString().isEmpty());

    // Only Fribbs knows it: TMDB is asked (a key is set), then Trakt search by tmdb with type=show;
    // saved as auto.
    const int tmdbBefore = int(m_fakes.tmdb().requests(u"GET"_s).size());
    const CliRun searched = run({ u"map"_s, u"198768"_s, u"--json"_s });
    QVERIFY2(searched.exitCode == 0, qPrintable(searched.err));
    const QJsonObject resolved = searched.json().value(u"resolved"_s).toObject();
    QCOMPARE(resolved.value(u"traktId"_s).toInteger(), 5555);
    QCOMPARE(resolved.value(u"source"_s).toString(), u"trakt:search:tmdb"_s);
    QCOMPARE(int(m_fakes.tmdb().requests(u"GET"_s).size()), tmdbBefore + 1);
    const auto searches = m_fakes.trakt().requests(u"GET"_s, u"^/search/tmdb/80885$"_s);
    QCOMPARE(searches.size(), 1);
    QVERIFY(searches.first().query.contains(u"type=show"_s));
    {
        auto db = openDb();
        QVERIFY(db);
        const auto saved = MappingRepository(*db).get(198768);
        QVERIFY(saved && saved.value());
        QCOMPARE(saved.value()->traktId.value_or(0), 5555);
        QVERIFY(!saved.value()->isManual);
    }

    // A movie.
    const CliRun movie = run({ u"map"_s, u"199"_s, u"--json"_s });
    QVERIFY2(movie.exitCode == 0, qPrintable(movie.err));
    QCOMPARE(movie.json().value(u"mapping"_s).toObject().value(u"kind"_s).toString(), u"movie"_s);
    QCOMPARE(movie.json().value(u"mapping"_s).toObject().value(u"traktId"_s).toInteger(), 97);
}

void TestMappingCli::syncShow()
{
    {
        auto db = openDb();
        QVERIFY(db);
        QVERIFY(ConfigRepository(*db).value(ConfigKey::showEpisodes(1420)).isEmpty());
        QVERIFY(ConfigRepository(*db).value(ConfigKey::breakpointMap(1420)).isEmpty());
    }
    const CliRun r = run({ u"--json"_s, u"sync"_s, u"show"_s,
        u"https://anilist.co/anime/16498/Shingeki-no-Kyojin/"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"resolved"_s).toObject().value(u"traktId"_s).toInteger(), 1420);
    QCOMPARE(o.value(u"episodes"_s).toInt(), 3 + 25 + 12 + 22 + 30);
    QCOMPARE(o.value(u"basis"_s).toString(), u"number_abs"_s);

    auto db = openDb();
    QVERIFY(db);
    const QJsonArray episodes = QJsonDocument::fromJson(
        ConfigRepository(*db).value(ConfigKey::showEpisodes(1420)).toUtf8())
                                    .array();
    QCOMPARE(episodes.size(), 3 + 25 + 12 + 22 + 30);
    bool foundS2E1 = false;
    for (const QJsonValue &v : episodes) {
        const QJsonObject e = v.toObject();
        if (e.value(u"season"_s).toInt() == 2 && e.value(u"number"_s).toInt() == 1) {
            foundS2E1 = true;
            QCOMPARE(e.value(u"number_abs"_s).toInt(), 26);
        }
    }
    QVERIFY(foundS2E1);
    const QJsonObject map = QJsonDocument::fromJson(
        ConfigRepository(*db).value(ConfigKey::breakpointMap(1420)).toUtf8())
                                .object();
    QCOMPARE(map.value(u"traktId"_s).toInteger(), 1420);
    const QJsonArray breakpoints = map.value(u"breakpoints"_s).toArray();
    QCOMPARE(breakpoints.size(), 4);
    QCOMPARE(breakpoints.at(1).toObject().value(u"start"_s).toInt(), 26);
    QCOMPARE(breakpoints.at(1).toObject().value(u"end"_s).toInt(), 37);
    // It posts nothing.
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
    QVERIFY(m_fakes.trakt().history().isEmpty());

    // The plain AniList id works too, with text output.
    const CliRun text = run({ u"sync"_s, u"show"_s, u"16498"_s });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"map:1420"_s) && text.out.contains(u"trakt:show:1420:episodes"_s),
        qPrintable(text.out));
}

void TestMappingCli::mapOfflineAfterSync()
{
    // With the stored episode list, an offline decision is checked against Trakt's seasons.
    const CliRun r
        = run({ u"map"_s, u"20958"_s, u"--episode"_s, u"12"_s, u"--offline"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject m = r.json().value(u"mapping"_s).toObject();
    QCOMPARE(m.value(u"season"_s).toInt(), 2);
    QCOMPARE(m.value(u"episode"_s).toInt(), 12);
    QCOMPARE(m.value(u"verified"_s).toBool(), true);
}

void TestMappingCli::syncShowUnknown()
{
    const CliRun r = run({ u"sync"_s, u"show"_s, u"999999999"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"999999999"_s), qPrintable(r.err));
    const CliRun usage = run({ u"sync"_s, u"show"_s, u"https://example.com/nothing"_s });
    QCOMPARE(usage.exitCode, 2);
}

void TestMappingCli::refresh()
{
    auto db = openDb();
    QVERIFY(db);
    ConfigRepository config(*db);
    QProcessEnvironment good;
    good.insert(u"TSUZUKI_FRIBBS_URL"_s, m_files.url(u"/fribbs.json"_s).toString());
    const CliRun ok = run({ u"--json"_s, u"mappings"_s, u"refresh"_s, u"fribbs"_s }, good);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const QJsonArray results = ok.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    QVERIFY(results.at(0).toObject().value(u"anilistIds"_s).toInteger() > 15000);
    QVERIFY2(ok.err.contains(u"Fribbs: downloading"_s), qPrintable(ok.err));
    const qint64 rows = IdMapRepository(*db).count(u"fribbs"_s).value();
    const QString lastSync = config.value(QString::fromLatin1(ConfigKey::FribbsLastSync));
    QVERIFY(!lastSync.isEmpty());

    QProcessEnvironment bad;
    bad.insert(u"TSUZUKI_FRIBBS_URL"_s, m_files.url(u"/error.html"_s).toString());
    const CliRun broken = run({ u"mappings"_s, u"refresh"_s, u"fribbs"_s }, bad);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(u"Fribbs mappings:"_s) && broken.err.contains(u"HTML"_s),
        qPrintable(broken.err));
    QCOMPARE(IdMapRepository(*db).count(u"fribbs"_s).value(), rows);
    QCOMPARE(config.value(QString::fromLatin1(ConfigKey::FribbsLastSync)), lastSync);
}

void TestMappingCli::importRefusesNonRegularFiles()
{
    // Issue 12 item 7: /dev/zero grew to 11.5 GB; a FIFO would block for ever. Both are refused
    // at once with a clear error and nothing changes.
    auto db = openDb();
    QVERIFY(db);
    const qint64 before = IdMapRepository(*db).count(u"fribbs"_s).value();
    const QString fifo = m_dir.filePath(u"mappings.fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const auto &[path, what] : { std::pair { u"/dev/zero"_s, u"is a device"_s },
             std::pair { fifo, u"is a pipe"_s }, std::pair { m_dir.path(), u"is a folder"_s } }) {
        for (const QString &source : { u"fribbs"_s, u"anibridge"_s, u"otaku"_s }) {
            const CliRun r = run({ u"mappings"_s, u"import"_s, source, u"--file"_s, path });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(what) && r.err.contains(path), qPrintable(r.err));
        }
    }
    QCOMPARE(IdMapRepository(*db).count(u"fribbs"_s).value(), before);
}

void TestMappingCli::refreshV3Compressed()
{
    // The default AniBridge download is the v3 release asset (zstd); a served .json.zst imports
    // as v3 rows.
    QVERIFY(MappingSources::downloadUrl(MappingSource::AniBridge, {})
                .toString()
                .endsWith(u"/anibridge-mappings/releases/download/v3/mappings.json.zst"_s));
    QFile edits(Test::sharedDataPath(u"mappings/anibridge-v3-edits.json"_s));
    QVERIFY(edits.open(QIODevice::ReadOnly));
    const QByteArray json = edits.readAll();
    QByteArray zst(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    const size_t n
        = ZSTD_compress(zst.data(), size_t(zst.size()), json.constData(), size_t(json.size()), 3);
    QVERIFY(!ZSTD_isError(n));
    zst.truncate(qsizetype(n));
    m_files.add(u"/mappings.json.zst"_s, { 200, "application/octet-stream"_ba, zst });
    QProcessEnvironment env;
    env.insert(u"TSUZUKI_ANIBRIDGE_URL"_s, m_files.url(u"/mappings.json.zst"_s).toString());
    const CliRun r = run({ u"--json"_s, u"mappings"_s, u"refresh"_s, u"anibridge"_s }, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto db = openDb();
    QVERIFY(db);
    QCOMPARE(IdMapRepository(*db).count(u"anibridge-v3"_s).value(), 9374);
}

void TestMappingCli::mapExplain()
{
    // Re:Zero S2 (108632): Otaku, Fribbs and the v3 edits each answer; the JSON says which decided.
    const CliRun imported = run({ u"mappings"_s, u"import"_s, u"anibridge"_s, u"--file"_s,
        Test::sharedDataPath(u"mappings/anibridge-v3-edits.json"_s) });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CliRun r = run({ u"map"_s, u"108632"_s, u"--offline"_s, u"--explain"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"winner"_s).toString(), u"anibridge-v3:tmdb"_s);
    QCOMPARE(o.value(u"mapping"_s).toObject().value(u"season"_s).toInt(), 1);
    QCOMPARE(o.value(u"mapping"_s).toObject().value(u"episode"_s).toInt(), 26);
    QStringList sources;
    int used = 0;
    for (const QJsonValue &a : o.value(u"answers"_s).toArray()) {
        sources << a.toObject().value(u"source"_s).toString();
        used += a.toObject().value(u"used"_s).toBool();
    }
    QCOMPARE(used, 1);
    QVERIFY2(sources.contains(u"anibridge-v3"_s) && sources.contains(u"fribbs"_s)
            && sources.contains(u"otaku"_s),
        qPrintable(sources.join(u',')));
    // Anime-Lists says S1E27: flagged.
    QVERIFY2(o.value(u"disagreements"_s).toArray().size() >= 1, qPrintable(r.out));
    // The text form says the same, and map without --explain gives the same place.
    const CliRun text = run({ u"map"_s, u"108632"_s, u"--offline"_s, u"--explain"_s });
    QVERIFY2(text.out.contains(u"* AniBridge v3"_s) && text.out.contains(u"Disagreement:"_s),
        qPrintable(text.out));
    const CliRun plain = run({ u"map"_s, u"108632"_s, u"--offline"_s, u"--json"_s });
    QCOMPARE(plain.json().value(u"mapping"_s).toObject().value(u"episode"_s).toInt(), 26);
}

QTEST_GUILESS_MAIN(TestMappingCli)
#include "tst_mappingcli.moc"
