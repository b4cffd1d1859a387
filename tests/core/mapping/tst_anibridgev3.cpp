// AniBridge v3 import (SOURCES.md §7b) on the real hand edits and on hand-made files: descriptors,
// ranges, comma lists, |ratio, null, composition through a shared source, .json / .min.json /
// .json.zst; and the mapping-file guards (issue 12 item 7): regular files only, size caps, memory
// bounded on a zstd bomb. SQLite and PostgreSQL.

#include "core/mapping/anibridgev3importer.h"
#include "core/mapping/episodemapper.h"
#include "core/mapping/mappingfile.h"
#include "core/mapping/mappingimporter.h"
#include "core/mapping/rangemap.h"
#include "core/mapping/titlekind.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <zstd.h>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
    return path;
}

QByteArray compress(const QByteArray &data)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t n
        = ZSTD_compress(out.data(), size_t(out.size()), data.constData(), size_t(data.size()), 3);
    out.truncate(ZSTD_isError(n) ? 0 : qsizetype(n));
    return out;
}

/// Peak resident memory of this process so far (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString at(const std::optional<RangeHit> &hit, int season)
{
    if (!hit)
        return u"none"_s;
    if (hit->unmapped)
        return u"null"_s;
    return u"S%1E%2x%3"_s.arg(season).arg(hit->episode).arg(hit->span);
}

} // namespace

class TestAniBridgeV3 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranges_data();
    void ranges();
    void realEdits();
    void formats();
    void composition();
    void kindFromEvidence();
    void badInput_data();
    void badInput();
    void nonRegularFiles_data();
    void nonRegularFiles();
    void sizeCaps();
    void zstdBombStaysBounded();

private:
    Test::TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
};

void TestAniBridgeV3::initTestCase()
{
    TSUZUKI_VERIFY_DB(m_tdb);
    m_db = m_tdb.open(u"v3"_s);
    QVERIFY(m_db);
    QVERIFY(m_dir.isValid());
}

void TestAniBridgeV3::ranges_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target"); // "null" for JSON null
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected"); // S<season = 1>E<episode>x<span>, "none", "null"
    QTest::newRow("single") << u"1"_s << u"3"_s << 1 << u"S1E3x1"_s;
    QTest::newRow("range") << u"53-104"_s << u"53-104"_s << 60 << u"S1E60x1"_s;
    QTest::newRow("range offset") << u"36-83"_s << u"1-48"_s << 83 << u"S1E48x1"_s;
    QTest::newRow("past the range") << u"36-83"_s << u"1-48"_s << 84 << u"none"_s;
    QTest::newRow("open") << u"1089-"_s << u"1089-"_s << 1200 << u"S1E1200x1"_s;
    QTest::newRow("open offset") << u"1086-"_s << u"1-"_s << 1090 << u"S1E5x1"_s;
    QTest::newRow("comma list") << u"1-2"_s << u"1,3"_s << 2 << u"S1E3x1"_s;
    QTest::newRow("comma list with ratio") << u"1-9"_s << u"1-7,8|2"_s << 8 << u"S1E8x2"_s;
    QTest::newRow("ratio -2") << u"1-50"_s << u"1-25|-2"_s << 50 << u"S1E25x1"_s;
    QTest::newRow("ratio -2 odd") << u"1-50"_s << u"1-25|-2"_s << 3 << u"S1E2x1"_s;
    QTest::newRow("ratio 2") << u"1-4"_s << u"1-8|2"_s << 3 << u"S1E5x2"_s;
    QTest::newRow("one episode, ratio 4") << u"1"_s << u"1-4|4"_s << 1 << u"S1E1x4"_s;
    QTest::newRow("movie of three") << u"1-3"_s << u"1|-3"_s << 3 << u"S1E1x1"_s;
    QTest::newRow("null unmaps") << u"13-14"_s << u"null"_s << 13 << u"null"_s;
}

void TestAniBridgeV3::ranges()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(int, n);
    QFETCH(QString, expected);
    const auto pieces = RangeMap::parse(
        source, target == u"null"_s ? std::nullopt : std::optional<QStringView>(target));
    QVERIFY2(pieces, qPrintable(pieces.error().toString()));
    QCOMPARE(at(RangeMap::locate(pieces.value(), n), 1), expected);
    // Kept in id_map.extra and read back: the same answer.
    QCOMPARE(
        at(RangeMap::locate(RangeMap::fromJson(RangeMap::toJson(pieces.value())), n), 1), expected);
}

void TestAniBridgeV3::realEdits()
{
    auto summary = MappingImporter(*m_db).importFile(
        MappingSource::AniBridge, Test::sharedDataPath(u"mappings/anibridge-v3-edits.json"_s));
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(summary->idMapSource, u"anibridge-v3"_s);
    QCOMPARE(summary->entries, 9374);
    QCOMPARE(summary->anilistIds, 9374);
    QCOMPARE(IdMapRepository(*m_db).count(u"anibridge-v3"_s).value(), 9374);
    auto rowOf = [this](qint64 id) {
        const QList<IdMapRow> rows = IdMapRepository(*m_db).forAnilistId(id).value();
        for (const IdMapRow &r : rows) {
            if (r.source == u"anibridge-v3"_s)
                return r;
        }
        return IdMapRow {};
    };
    // One Piece: 22 TMDB seasons in TMDB's numbering, the last one open.
    const IdMapRow onePiece = rowOf(21);
    QCOMPARE(onePiece.tmdbId, std::optional<qint64>(37854));
    QCOMPARE(onePiece.tmdbType, u"tv"_s);
    QCOMPARE(onePiece.tvdbId, std::optional<qint64>(81797));
    QList<V3Target> targets = AniBridgeV3Importer::targetsFromExtra(onePiece.extra);
    int tmdbSeasons = 0;
    for (const V3Target &t : targets) {
        tmdbSeasons += t.provider == u"tmdb_show"_s;
        if (t.provider == u"tmdb_show"_s && t.season == 2)
            QCOMPARE(at(RangeMap::locate(t.pieces, 62), 2), u"S2E62x1"_s);
        if (t.provider == u"tmdb_show"_s && t.season == 22)
            QCOMPARE(at(RangeMap::locate(t.pieces, 1150), 22), u"S22E1150x1"_s);
    }
    QCOMPARE(tmdbSeasons, 22);
    // Cowboy Bebop: the movie, plus MAL/AniDB ids and a TVDB special.
    const IdMapRow bebop = rowOf(5);
    QCOMPARE(bebop.tmdbId, std::optional<qint64>(11299));
    QCOMPARE(bebop.tmdbType, u"movie"_s);
    QCOMPARE(bebop.malId, std::optional<qint64>(5));
    QCOMPARE(bebop.anidbId, std::optional<qint64>(219));
    // Comma list on a real entry: '1-2': '1,3'.
    for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(rowOf(20740).extra)) {
        if (t.provider == u"tmdb_show"_s)
            QCOMPARE(at(RangeMap::locate(t.pieces, 2), 0), u"S0E3x1"_s);
    }
    // The mapper uses it first: Naruto episode 220 is TMDB S4E220 (TVDB would say S5E41).
    ResolvedId naruto;
    naruto.anilistId = 20;
    naruto.kind = ResolvedId::Kind::Show;
    naruto.tmdbId = 46260;
    auto m = EpisodeMapper(*m_db).map(naruto, 220);
    QVERIFY(m);
    QCOMPARE(u"S%1E%2"_s.arg(m->season).arg(m->episode), u"S4E220"_s);
    QCOMPARE(m->source, u"anibridge-v3:tmdb"_s);
}

void TestAniBridgeV3::formats()
{
    // The same edits as .min.json and .json.zst give the same rows.
    QFile real(Test::sharedDataPath(u"mappings/anibridge-v3-edits.json"_s));
    QVERIFY(real.open(QIODevice::ReadOnly));
    const QByteArray json = real.readAll();
    const QByteArray min = QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
    QVERIFY(min.size() < json.size());
    const QByteArray zst = compress(json);
    QVERIFY(zst.size() > 0 && zst.size() < json.size() / 4);
    auto plain = MappingImporter::parseFile(
        MappingSource::AniBridge, Test::sharedDataPath(u"mappings/anibridge-v3-edits.json"_s));
    QVERIFY(plain);
    for (const auto &[name, data] :
        { std::pair { u"mappings.min.json"_s, min }, std::pair { u"mappings.json.zst"_s, zst } }) {
        auto parsed
            = MappingImporter::parseFile(MappingSource::AniBridge, writeFile(m_dir, name, data));
        QVERIFY2(parsed, qPrintable(name + u": "_s + parsed.error().toString()));
        QCOMPARE(parsed->rows.size(), plain->rows.size());
        QCOMPARE(parsed->idMapSource, u"anibridge-v3"_s);
        for (qsizetype i = 0; i < parsed->rows.size(); i += 997) {
            QCOMPARE(parsed->rows.at(i).anilistId, plain->rows.at(i).anilistId);
            QCOMPARE(parsed->rows.at(i).extra, plain->rows.at(i).extra);
        }
    }
    // A v2 file still imports, to its own source.
    auto v2 = MappingImporter(*m_db).importFile(
        MappingSource::AniBridge, Test::sharedDataPath(u"mappings/anibridge-mappings.json"_s));
    QVERIFY2(v2, qPrintable(v2.error().toString()));
    QCOMPARE(v2->idMapSource, u"anibridge"_s);
    QCOMPARE(v2->anilistIds, 19380);
    // A truncated .zst is an error, not a short import.
    auto cut = MappingImporter::parseFile(
        MappingSource::AniBridge, writeFile(m_dir, u"cut.json.zst"_s, zst.left(zst.size() / 2)));
    QVERIFY(!cut);
    QVERIFY2(cut.error().userMessage.contains(u"AniBridge"_s), qPrintable(cut.error().userMessage));
}

void TestAniBridgeV3::composition()
{
    // anidb:100:R is shared: AniList 500 is its target, and so are TMDB season 2 and TVDB season
    // 1. AniList 501 has its own key and a target through a shared MAL source, which it overrides.
    const QByteArray json = R"({
      "$meta": {"schema_version": "3.0.0", "generated_on": "2026-08-20T00:00:00Z"},
      "$includes": ["other.json"],
      "anidb:100:R": {"anilist:500": {"1-12": "1-12"},
                      "tmdb_show:900:s2": {"1-12": "13-24"},
                      "tvdb_show:77:s1": {"1-12": "1-12"}},
      "anidb:100:S": {"tmdb_show:900:s0": {"1": "5"}},
      "mal:9": {"anilist:501": {"1-10": "1-10"}, "tmdb_show:901:s1": {"1-10": "101-110"}},
      "anilist:501": {"tmdb_show:901:s1": {"1-": "1-"}},
      "anilist:502": {"tmdb_show:902:s1": {"1-12": "1-12", "13-14": null},
                      "imdb_show:tt0123456": {"1": "1"}},
      "anidb:200:R": {"anilist:503": {"2-13": "1-12"}, "tmdb_show:903:s1": {"1-": "1-"}}
    })";
    auto parsed
        = MappingImporter::parseFile(MappingSource::AniBridge, writeFile(m_dir, u"c.json"_s, json));
    QVERIFY2(parsed, qPrintable(parsed.error().toString()));
    QHash<qint64, IdMapRow> rows;
    for (const IdMapRow &r : parsed->rows)
        rows.insert(r.anilistId, r);
    QCOMPARE(rows.size(), 4);
    auto place = [&](qint64 anilist, const QString &descriptor, int n) {
        for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(rows.value(anilist).extra)) {
            if (t.descriptor() == descriptor)
                return at(RangeMap::locate(t.pieces, n), t.season.value_or(0));
        }
        return u"no target"_s;
    };
    // Through the shared AniDB source: AniList 500 ep 3 = AniDB ep 3 = TMDB S2E15.
    QCOMPARE(place(500, u"tmdb_show:900:s2"_s, 3), u"S2E15x1"_s);
    QCOMPARE(place(500, u"tvdb_show:77:s1"_s, 12), u"S1E12x1"_s);
    QCOMPARE(place(500, u"tmdb_show:900:s0"_s, 1), u"no target"_s); // AniDB specials are not 500's
    QCOMPARE(rows.value(500).anidbId, std::optional<qint64>(100));
    QCOMPARE(rows.value(500).tmdbId, std::optional<qint64>(900));
    QVERIFY(rows.value(500).extra.contains(u"\"via\":\"anidb:100:R\""_s));
    // The AniList key's own ranges win over the composed ones for the same target.
    QCOMPARE(place(501, u"tmdb_show:901:s1"_s, 4), u"S1E4x1"_s);
    QCOMPARE(rows.value(501).malId, std::optional<qint64>(9));
    // null: explicitly unmapped; the mapper answers "needs mapping" with the reason.
    QCOMPARE(place(502, u"tmdb_show:902:s1"_s, 13), u"null"_s);
    QCOMPARE(rows.value(502).imdbId, u"tt0123456"_s);
    // A shared source whose AniList range is shifted: AniList 503 ep 1 = AniDB ep 2 = TMDB S1E2.
    QCOMPARE(place(503, u"tmdb_show:903:s1"_s, 1), u"S1E2x1"_s);

    EpisodeMapperInput input;
    input.target.anilistId = 502;
    input.target.kind = ResolvedId::Kind::Show;
    input.target.tmdbId = 902;
    input.rows = { rows.value(502) };
    const EpisodeMapping unmapped = EpisodeMapper::decide(input, 13);
    QCOMPARE(unmapped.kind, EpisodeMapping::Kind::Unmapped);
    QVERIFY2(unmapped.reason.contains(u"explicitly"_s), qPrintable(unmapped.reason));
    const EpisodeMapping mapped = EpisodeMapper::decide(input, 12);
    QCOMPARE(u"S%1E%2"_s.arg(mapped.season).arg(mapped.episode), u"S1E12"_s);
}

void TestAniBridgeV3::kindFromEvidence()
{
    // A TMDB movie target makes a movie of an ONA; a TMDB show place makes an episode of a MOVIE.
    IdMapRow movie;
    movie.source = AniBridgeV3Importer::idMapSource();
    movie.anilistId = 1;
    movie.extra = uR"({"v3":[{"t":"tmdb_movie:11","p":[[1,3,1,-3]]}]})"_s;
    QCOMPARE(TitleKind::decide(u"ONA"_s, { movie }).kind, ResolvedId::Kind::Movie);
    QCOMPARE(TitleKind::decide(u"ONA"_s, { movie }).tmdbId, std::optional<qint64>(11));
    IdMapRow special = movie;
    special.extra = uR"({"v3":[{"t":"tmdb_show:22:s0","p":[[1,1,5,1]]}]})"_s;
    QCOMPARE(TitleKind::decide(u"MOVIE"_s, { special }).kind, ResolvedId::Kind::Show);
    // Otaku files an OVA's TMDB movie id as a show; Anime-Lists (Fribbs) says movie: movie.
    IdMapRow otaku;
    otaku.source = u"otaku"_s;
    otaku.anilistId = 1;
    otaku.tmdbId = 270413;
    otaku.tmdbType = u"tv"_s;
    otaku.mediaType = u"OVA"_s;
    IdMapRow fribbs;
    fribbs.source = u"fribbs"_s;
    fribbs.anilistId = 1;
    fribbs.tmdbId = 270413;
    fribbs.tmdbType = u"movie"_s;
    const KindDecision d = TitleKind::decide(u"OVA"_s, { otaku, fribbs });
    QCOMPARE(d.kind, ResolvedId::Kind::Movie);
    QCOMPARE(d.source, u"fribbs"_s);
    // Nothing says: the format does (given, else the sources' media type).
    QCOMPARE(TitleKind::decide(u"MOVIE"_s, {}).kind, ResolvedId::Kind::Movie);
    otaku.tmdbId.reset();
    otaku.mediaType = u"MOVIE"_s;
    QCOMPARE(TitleKind::decide(QString(), { otaku }).kind, ResolvedId::Kind::Movie);
    // A movie of three AniList episodes is one play, posted with episode 3.
    EpisodeMapperInput input;
    input.target.anilistId = 1;
    input.target.kind = ResolvedId::Kind::Movie;
    input.target.tmdbId = 11;
    input.rows = { movie };
    QCOMPARE(EpisodeMapper::decide(input, 1).postedWith, std::optional<int>(3));
    QCOMPARE(EpisodeMapper::decide(input, 3).postedWith, std::optional<int>(3));
}

void TestAniBridgeV3::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad source range")
        << QByteArray(R"({"anilist:1": {"tmdb_show:2:s1": {"x-3": "1-3"}}})") << u"x-3"_s;
    QTest::newRow("bad target range")
        << QByteArray(R"({"anilist:1": {"tmdb_show:2:s1": {"1-3": "1-3|0"}}})") << u"1-3|0"_s;
    QTest::newRow("range map not an object")
        << QByteArray(R"({"anilist:1": {"tmdb_show:2:s1": ["1-3"]}})") << u"not an object"_s;
    QTest::newRow("number as target")
        << QByteArray(R"({"anilist:1": {"tmdb_show:2:s1": {"1": 3}}})") << u"neither"_s;
    QTest::newRow("bad descriptor")
        << QByteArray(R"({"anilist:1": {"tmdb show": {"1": "1"}}})") << u"descriptor"_s;
    QTest::newRow("truncated") << QByteArray(R"({"anilist:1": {"tmdb_show:2:s1": {"1": "1")")
                               << u"ends early"_s;
    QTest::newRow("newer schema") << QByteArray(
        R"({"$meta": {"schema_version": "4.0.0"}, "anilist:1": {}})")
                                  << u"version 4.0.0"_s;
    QTest::newRow("nothing mapped")
        << QByteArray(R"({"$meta": {}, "mal:1": {}})") << u"no AniList"_s;
}

void TestAniBridgeV3::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const qint64 before = IdMapRepository(*m_db).count(u"anibridge-v3"_s).value();
    auto r = MappingImporter(*m_db).importFile(
        MappingSource::AniBridge, writeFile(m_dir, u"bad.json"_s, json));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().userMessage.contains(mentions), qPrintable(r.error().userMessage));
    QVERIFY2(r.error().userMessage.startsWith(u"AniBridge"_s), qPrintable(r.error().userMessage));
    QCOMPARE(IdMapRepository(*m_db).count(u"anibridge-v3"_s).value(), before); // unchanged
}

void TestAniBridgeV3::nonRegularFiles_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("kind"); // "device", "fifo", "folder", "missing"
    QTest::addColumn<QString>("mentions");
    for (const MappingSource s :
        { MappingSource::Otaku, MappingSource::Fribbs, MappingSource::AniBridge }) {
        const QByteArray key = MappingSources::key(s).toLatin1();
        QTest::newRow(QByteArray(key + " /dev/zero").constData())
            << int(s) << u"device"_s << u"a device"_s;
        QTest::newRow(QByteArray(key + " fifo").constData()) << int(s) << u"fifo"_s << u"pipe"_s;
        QTest::newRow(QByteArray(key + " folder").constData())
            << int(s) << u"folder"_s << u"folder"_s;
        QTest::newRow(QByteArray(key + " missing").constData())
            << int(s) << u"missing"_s << u"does not exist"_s;
    }
}

void TestAniBridgeV3::nonRegularFiles()
{
    QFETCH(int, source);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);
    QString path;
    if (kind == u"device"_s) {
        path = u"/dev/zero"_s;
    } else if (kind == u"fifo"_s) {
        // Nobody writes to it: reading would block for ever, so it must be refused before.
        path = m_dir.filePath(u"pipe"_s);
        if (!QFile::exists(path))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder"_s) {
        path = m_dir.path();
    } else {
        path = m_dir.filePath(u"absent.json"_s);
    }
    const qint64 rows
        = IdMapRepository(*m_db).count(MappingSources::key(MappingSource(source))).value();
    auto r = MappingImporter(*m_db).importFile(MappingSource(source), path);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().userMessage.contains(mentions), qPrintable(r.error().userMessage));
    QVERIFY2(r.error().userMessage.contains(path), qPrintable(r.error().userMessage));
    QCOMPARE(
        IdMapRepository(*m_db).count(MappingSources::key(MappingSource(source))).value(), rows);
}

void TestAniBridgeV3::sizeCaps()
{
    // A sparse 3 GiB file: refused by its size before a byte is read.
    const QString big = m_dir.filePath(u"big.json"_s);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(3LL * 1024 * 1024 * 1024));
    }
    const qint64 peak = peakRssKiB();
    for (const MappingSource s : { MappingSource::Fribbs, MappingSource::AniBridge }) {
        auto r = MappingImporter::parseFile(s, big);
        QVERIFY(!r);
        QVERIFY2(
            r.error().userMessage.contains(u"limit 256 MiB"_s), qPrintable(r.error().userMessage));
    }
    QVERIFY2(peakRssKiB() - peak < 32 * 1024, "refusing a large file costs no memory");
    // The caps are settings of the call.
    MappingFileLimits small;
    small.maxFileBytes = 1024;
    auto r = MappingImporter::parseFile(MappingSource::AniBridge,
        Test::sharedDataPath(u"mappings/anibridge-v3-edits.json"_s), small);
    QVERIFY(!r);
    QVERIFY2(r.error().userMessage.contains(u"limit"_s), qPrintable(r.error().userMessage));
}

void TestAniBridgeV3::zstdBombStaysBounded()
{
    // 600 MiB of JSON whitespace after a valid start, compressed to a few KiB: the reader streams
    // it and stops at the data cap instead of holding it.
    const QString path = m_dir.filePath(u"bomb.json.zst"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        ZSTD_CCtx *ctx = ZSTD_createCCtx();
        QByteArray out(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
        QByteArray chunk(1024 * 1024, ' ');
        const QByteArray start = R"({"$meta": {"schema_version": "3.0.0"}, )";
        chunk.replace(0, start.size(), start);
        for (int i = 0; i < 600; ++i) {
            ZSTD_inBuffer in { chunk.constData(), size_t(chunk.size()), 0 };
            const ZSTD_EndDirective mode = i == 599 ? ZSTD_e_end : ZSTD_e_continue;
            size_t left = 0;
            do {
                ZSTD_outBuffer o { out.data(), size_t(out.size()), 0 };
                left = ZSTD_compressStream2(ctx, &o, &in, mode);
                QVERIFY(!ZSTD_isError(left));
                f.write(out.constData(), qint64(o.pos));
            } while (mode == ZSTD_e_end ? left != 0 : in.pos < in.size);
            chunk.fill(' ');
        }
        ZSTD_freeCCtx(ctx);
        QVERIFY(f.size() < 1024 * 1024);
    }
    MappingFileLimits limits;
    limits.maxDataBytes = 64LL * 1024 * 1024;
    const qint64 peak = peakRssKiB();
    auto r = MappingImporter::parseFile(MappingSource::AniBridge, path, limits);
    QVERIFY(!r);
    QVERIFY2(
        r.error().userMessage.contains(u"more than 64 MiB"_s), qPrintable(r.error().userMessage));
    QVERIFY2(peakRssKiB() - peak < 32 * 1024,
        qPrintable(u"peak grew by %1 KiB"_s.arg(peakRssKiB() - peak)));
}

QTEST_GUILESS_MAIN(TestAniBridgeV3)
#include "tst_anibridgev3.moc"
