// Benchmark: importing a full-size AniBridge v3 release into SQLite and PostgreSQL (issue 13:
// <= 2 s / <= 5 s, peak RSS <= 300 MB). The release itself is not in ../shared, so a release of
// the same shape is built from the real data: every AniList entry of Fribb's list becomes a graph
// of anilist / anidb:R / mal / tmdb_show|tmdb_movie / tvdb_show / imdb nodes, each node a source
// key listing all the others (as the release lists every edge in both directions), with the real
// hand edits on top. Each import runs in a child process so that its peak RSS is its own.
//
//   bench_mapping_v3                 generate, then import .json and .json.zst on each backend
//   bench_mapping_v3 --import FILE --backend sqlite|postgres   (the child)

#include "core/mapping/mappingimporter.h"
#include "core/store/database.h"
#include "tests/support/testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <zstd.h>

#include <map>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

struct Node
{
    QString key;
    int first = 1; ///< target episode of AniList episode 1
    bool movie = false;
};

QString range(int first, int count)
{
    return count == 1 ? QString::number(first) : u"%1-%2"_s.arg(first).arg(first + count - 1);
}

/// Writes the synthetic release; returns {keys, bytes}.
std::pair<qint64, qint64> generate(const QString &dir, const QString &path, int scale)
{
    QFile fribbFile(dir + u"/fribb-anime-list-full.reconstructed.json"_s);
    QFile countsFile(dir + u"/anibridge-anilist_episode_counts.json"_s);
    QFile editsFile(dir + u"/anibridge-v3-edits.json"_s);
    if (!fribbFile.open(QIODevice::ReadOnly) || !countsFile.open(QIODevice::ReadOnly)
        || !editsFile.open(QIODevice::ReadOnly))
        return { 0, 0 };
    const QJsonObject counts = QJsonDocument::fromJson(countsFile.readAll()).object();
    // key → target → range map text ("\"1-12\": \"1-12\"")
    std::map<QString, std::map<QString, QString>> graph;
    const QJsonArray fribb = QJsonDocument::fromJson(fribbFile.readAll()).array();
    for (int copy = 0; copy < scale; ++copy)
        for (const QJsonValue &v : fribb) {
            QJsonObject o = v.toObject();
            // Copies beyond the first shift every id, as a larger release would have more titles.
            if (copy > 0) {
                for (const QString &field :
                    { u"anilist_id"_s, u"anidb_id"_s, u"mal_id"_s, u"tvdb_id"_s }) {
                    if (o.contains(field))
                        o.insert(field, o.value(field).toInteger() + copy * 10'000'000LL);
                }
                QJsonObject tmdb = o.value(u"themoviedb_id"_s).toObject();
                if (tmdb.contains(u"tv"_s))
                    tmdb.insert(u"tv"_s, tmdb.value(u"tv"_s).toInteger() + copy * 10'000'000LL);
                o.insert(u"themoviedb_id"_s, tmdb);
            }
            const qint64 anilist = o.value(u"anilist_id"_s).toInteger();
            if (anilist <= 0)
                continue;
            const int n
                = std::max(1, counts.value(QString::number(anilist % 10'000'000)).toInt(12));
            QList<Node> nodes { { u"anilist:%1"_s.arg(anilist), 1, false } };
            if (const qint64 anidb = o.value(u"anidb_id"_s).toInteger())
                nodes << Node { u"anidb:%1:R"_s.arg(anidb), 1, false };
            if (const qint64 mal = o.value(u"mal_id"_s).toInteger())
                nodes << Node { u"mal:%1"_s.arg(mal), 1, false };
            const QJsonObject tmdb = o.value(u"themoviedb_id"_s).toObject();
            const QJsonObject season = o.value(u"season"_s).toObject();
            const QJsonObject offset = o.value(u"episode_offset"_s).toObject();
            if (tmdb.contains(u"tv"_s) && season.contains(u"tmdb"_s)) {
                nodes << Node { u"tmdb_show:%1:s%2"_s.arg(tmdb.value(u"tv"_s).toInteger())
                                    .arg(season.value(u"tmdb"_s).toInt()),
                    1 + offset.value(u"tmdb"_s).toInt(), false };
            } else if (tmdb.contains(u"movie"_s)) {
                nodes << Node { u"tmdb_movie:%1"_s.arg(
                                    tmdb.value(u"movie"_s).toArray().first().toInteger()),
                    1, true };
            }
            if (o.contains(u"tvdb_id"_s) && season.contains(u"tvdb"_s)) {
                nodes << Node { u"tvdb_show:%1:s%2"_s.arg(o.value(u"tvdb_id"_s).toInteger())
                                    .arg(season.value(u"tvdb"_s).toInt()),
                    1 + offset.value(u"tvdb"_s).toInt(), false };
            }
            const QJsonArray imdb = o.value(u"imdb_id"_s).toArray();
            if (!imdb.isEmpty()) {
                const QString id = imdb.first().toString();
                if (id.startsWith(u"tt"_s))
                    nodes << Node { (tmdb.contains(u"movie"_s) ? u"imdb_movie:"_s : u"imdb_show:"_s)
                            + id,
                        1, tmdb.contains(u"movie"_s) };
            }
            for (const Node &from : nodes) {
                for (const Node &to : nodes) {
                    if (from.key == to.key)
                        continue;
                    const QString source = from.movie ? u"1"_s : range(from.first, n);
                    const QString target = to.movie
                        ? (n == 1 ? u"1"_s : u"1|-%1"_s.arg(n))
                        : (from.movie && n > 1 ? u"%1|%2"_s.arg(range(to.first, n)).arg(n)
                                               : range(to.first, n));
                    graph[from.key][to.key] = u"\"%1\": \"%2\""_s.arg(source, target);
                }
            }
        }
    // The real hand edits replace what the pipeline would have for those AniList keys.
    const QJsonObject edits = QJsonDocument::fromJson(editsFile.readAll()).object();
    for (auto it = edits.constBegin(); it != edits.constEnd(); ++it) {
        if (it.key().startsWith(u'$'))
            continue;
        auto &targets = graph[it.key()];
        const QJsonObject t = it.value().toObject();
        for (auto target = t.constBegin(); target != t.constEnd(); ++target) {
            QStringList pairs;
            const QJsonObject ranges = target.value().toObject();
            for (auto r = ranges.constBegin(); r != ranges.constEnd(); ++r)
                pairs << u"\"%1\": \"%2\""_s.arg(r.key(), r.value().toString());
            targets[target.key()] = pairs.join(u", "_s);
        }
    }
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return { 0, 0 };
    QTextStream s(&out);
    s << "{\n  \"$meta\": {\n    \"schema_version\": \"3.0.0\",\n    \"generated_on\": "
         "\"2026-08-20T00:00:00Z\"\n  }";
    for (const auto &[key, targets] : graph) {
        s << ",\n  \"" << key << "\": {";
        bool first = true;
        for (const auto &[target, ranges] : targets) {
            s << (first ? "\n" : ",\n") << "    \"" << target << "\": {" << ranges << "}";
            first = false;
        }
        s << "\n  }";
    }
    s << "\n}\n";
    s.flush();
    return { qint64(graph.size()), out.size() };
}

qint64 compressFile(const QString &from, const QString &to)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return 0;
    ZSTD_CCtx *ctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(ctx, ZSTD_c_compressionLevel, 19);
    QByteArray buffer(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    for (;;) {
        const QByteArray chunk = in.read(1 << 20);
        const ZSTD_EndDirective mode = chunk.isEmpty() ? ZSTD_e_end : ZSTD_e_continue;
        ZSTD_inBuffer input { chunk.constData(), size_t(chunk.size()), 0 };
        size_t left = 0;
        do {
            ZSTD_outBuffer o { buffer.data(), size_t(buffer.size()), 0 };
            left = ZSTD_compressStream2(ctx, &o, &input, mode);
            out.write(buffer.constData(), qint64(o.pos));
        } while (mode == ZSTD_e_end ? left != 0 : input.pos < input.size);
        if (chunk.isEmpty())
            break;
    }
    ZSTD_freeCCtx(ctx);
    return out.size();
}

int child(const QString &file, const QString &backendName)
{
    const Test::Backend backend
        = backendName == u"postgres"_s ? Test::Backend::Postgres : Test::Backend::Sqlite;
    Test::TestDatabase tdb(backend);
    QJsonObject r { { u"backend"_s, backendName }, { u"file"_s, file.section(u'/', -1) } };
    if (!tdb.isValid()) {
        r.insert(u"error"_s, tdb.error());
    } else {
        auto db = tdb.open(u"bench-v3"_s);
        QElapsedTimer timer;
        timer.start();
        auto summary = MappingImporter(*db).importFile(MappingSource::AniBridge, file);
        r.insert(u"ms"_s, double(timer.elapsed()));
        if (summary) {
            r.insert(u"parseMs"_s, double(summary->parseMs));
            r.insert(u"writeMs"_s, double(summary->writeMs));
            r.insert(u"anilistIds"_s, double(summary->anilistIds));
            r.insert(u"sourceKeys"_s, double(summary->entries));
        } else {
            r.insert(u"error"_s, summary.error().toString());
        }
    }
    // VmHWM, not getrusage: ru_maxrss survives exec and would report the parent's generator.
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                r.insert(
                    u"peakRssKiB"_s, double(line.mid(6).trimmed().split(' ').first().toLongLong()));
        }
    }
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact));
    return r.contains(u"error"_s) ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption importOption(u"import"_s, u"Child: import FILE."_s, u"FILE"_s);
    const QCommandLineOption backendOption(u"backend"_s, u"Child: backend."_s, u"NAME"_s);
    const QCommandLineOption scaleOption(
        u"scale"_s, u"Copies of the catalogue in the release (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption repeatOption(
        u"repeat"_s, u"Runs of each import (default 3)."_s, u"N"_s, u"3"_s);
    parser.addOptions({ importOption, backendOption, scaleOption, repeatOption });
    parser.process(app);
    if (qEnvironmentVariableIsEmpty("TSUZUKI_SHARED_DIR"))
        qputenv("TSUZUKI_SHARED_DIR", TSUZUKI_SHARED_DIR_DEFAULT);
    if (parser.isSet(importOption))
        return child(parser.value(importOption), parser.value(backendOption));

    QTemporaryDir dir;
    const QString json = dir.filePath(u"mappings.json"_s);
    const QString zst = dir.filePath(u"mappings.json.zst"_s);
    QElapsedTimer timer;
    timer.start();
    const int scale = std::max(1, parser.value(scaleOption).toInt());
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    const auto [keys, bytes] = generate(Test::sharedDataPath(u"mappings"_s), json, scale);
    const qint64 zstBytes = compressFile(json, zst);
    QJsonObject out { { u"synthetic"_s,
        QJsonObject { { u"scale"_s, scale }, { u"sourceKeys"_s, double(keys) },
            { u"jsonBytes"_s, double(bytes) }, { u"zstBytes"_s, double(zstBytes) },
            { u"generateMs"_s, double(timer.elapsed()) } } } };
    QJsonArray runs;
    int exitCode = 0;
    for (const QString &backend : { u"sqlite"_s, u"postgres"_s }) {
        if (backend == u"postgres"_s && qEnvironmentVariableIsEmpty("TSUZUKI_TEST_PG_URI")) {
            out.insert(u"postgres"_s, u"skipped: TSUZUKI_TEST_PG_URI is not set"_s);
            continue;
        }
        for (const QString &file : { json, zst }) {
            // The machine is shared: each import runs `repeat` times, the fastest is reported
            // with all the times beside it.
            QJsonObject best;
            QJsonArray all;
            for (int i = 0; i < repeat; ++i) {
                QProcess p;
                p.start(QCoreApplication::applicationFilePath(),
                    { u"--import"_s, file, u"--backend"_s, backend });
                p.waitForFinished(600'000);
                const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
                exitCode |= p.exitCode();
                all << r.value(u"ms"_s);
                if (best.isEmpty() || r.value(u"ms"_s).toDouble() < best.value(u"ms"_s).toDouble())
                    best = r;
            }
            best.insert(u"allMs"_s, all);
            runs << best;
        }
    }
    out.insert(u"imports"_s, runs);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return exitCode;
}
