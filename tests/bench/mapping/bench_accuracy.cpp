// Benchmark: how often the offline mapper puts an AniList episode on the right TMDB/Trakt item, on
// the titles where independent sources agree (agreementset.h). Imports the real mapping files into
// a fresh SQLite database, resolves and maps every agreed title offline (no Trakt seasons), and
// prints one JSON object: correct / wrong / needs-mapping per class, examples of each wrong class,
// the needs-mapping reasons.
//
//   bench_mapping_accuracy [--examples N] [--list wrong|needs] [--without v3]

#include "agreementset.h"

#include "core/mapping/episodemapper.h"
#include "core/mapping/idresolver.h"
#include "core/mapping/mappingimporter.h"
#include "core/store/database.h"
#include "tests/support/testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Bench;

namespace {

enum class Verdict { Correct, Wrong, NeedsMapping };

struct Tally
{
    int titles = 0;
    int correct = 0;
    int wrong = 0;
    int needsMapping = 0;
    int needsMappingWithoutReason = 0;
    QJsonArray wrongExamples;

    QJsonObject toJson(int examples) const
    {
        auto pct = [this](int n) { return titles ? double(n) * 100.0 / titles : 0.0; };
        QJsonObject o { { u"titles"_s, titles }, { u"correct"_s, correct }, { u"wrong"_s, wrong },
            { u"needsMapping"_s, needsMapping },
            { u"correctPct"_s, std::round(pct(correct) * 100) / 100 },
            { u"wrongPct"_s, std::round(pct(wrong) * 100) / 100 },
            { u"needsMappingPct"_s, std::round(pct(needsMapping) * 100) / 100 },
            { u"needsMappingWithoutReason"_s, needsMappingWithoutReason } };
        if (examples > 0 && !wrongExamples.isEmpty()) {
            QJsonArray cut;
            for (qsizetype i = 0; i < wrongExamples.size() && i < examples; ++i)
                cut << wrongExamples.at(i);
            o.insert(u"wrongExamples"_s, cut);
        }
        return o;
    }
};

QString describe(const EpisodeMapping &m)
{
    switch (m.kind) {
    case EpisodeMapping::Kind::Episode:
        return u"S%1E%2"_s.arg(m.season).arg(m.episode);
    case EpisodeMapping::Kind::Movie:
        return u"movie"_s;
    case EpisodeMapping::Kind::Unmapped:
        return u"unmapped"_s;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption examplesOption(
        u"examples"_s, u"Wrong examples per class (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption listOption(
        u"list"_s, u"Also list every AniList id judged wrong or needs."_s, u"WHAT"_s);
    const QCommandLineOption withoutOption(
        u"without"_s, u"Leave a source out: v3, v2, otaku, fribbs."_s, u"SOURCE"_s);
    parser.addOptions({ examplesOption, listOption, withoutOption });
    parser.addHelpOption();
    parser.process(app);
    const int examples = parser.value(examplesOption).toInt();
    const QStringList without = parser.values(withoutOption);

    if (qEnvironmentVariableIsEmpty("TSUZUKI_SHARED_DIR"))
        qputenv("TSUZUKI_SHARED_DIR", TSUZUKI_SHARED_DIR_DEFAULT);
    const QString dir = Test::sharedDataPath(u"mappings"_s);
    QJsonObject out;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const AgreementSet set = buildAgreementSet(dir, &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << "agreement set: " << error << Qt::endl;
        return 1;
    }
    QJsonObject setJson { { u"titles"_s, int(set.titles.size()) } };
    QHash<QString, int> perClass;
    for (const AgreedTitle &t : set.titles)
        ++perClass[titleClassKey(t.cls)];
    QJsonObject classes;
    for (auto it = perClass.cbegin(); it != perClass.cend(); ++it)
        classes.insert(it.key(), it.value());
    setJson.insert(u"byClass"_s, classes);
    QJsonObject diag;
    for (auto it = set.counts.cbegin(); it != set.counts.cend(); ++it)
        diag.insert(it.key(), it.value());
    setJson.insert(u"building"_s, diag);
    setJson.insert(u"buildMs"_s, double(timer.elapsed()));
    out.insert(u"agreementSet"_s, setJson);

    Test::TestDatabase tdb(Test::Backend::Sqlite);
    auto db = tdb.open(u"bench-accuracy"_s);
    MappingImporter importer(*db);
    QJsonArray imports;
    const QList<std::tuple<QString, MappingSource, QString>> files {
        { u"otaku"_s, MappingSource::Otaku, u"otaku-anime_mappings.db"_s },
        { u"fribbs"_s, MappingSource::Fribbs, u"fribb-anime-list-full.reconstructed.json"_s },
        { u"v2"_s, MappingSource::AniBridge, u"anibridge-mappings.json"_s },
        { u"v3"_s, MappingSource::AniBridge, u"anibridge-v3-edits.json"_s },
    };
    for (const auto &[name, source, file] : files) {
        if (without.contains(name))
            continue;
        auto summary = importer.importFile(source, dir + u'/' + file);
        QJsonObject r { { u"file"_s, file } };
        if (summary)
            r.insert(u"anilistIds"_s, double(summary->anilistIds));
        else
            r.insert(u"error"_s, summary.error().userMessage);
        imports << r;
    }
    out.insert(u"imports"_s, imports);

    // Trakt id → TMDB id as the Otaku rows pair them: how a bare Trakt id is judged.
    QHash<QString, QSet<qint64>> traktToTmdb;
    if (auto q = db->exec(u"SELECT trakt_id, trakt_type, tmdb_id FROM id_map WHERE source = "
                          "'otaku' AND trakt_id IS NOT NULL AND tmdb_id IS NOT NULL"_s)) {
        while (q.value().next())
            traktToTmdb[q.value().value(1).toString() + u':' + q.value().value(0).toString()]
                .insert(q.value().value(2).toLongLong());
    }

    timer.restart();
    QList<AniListEntry> entries;
    for (const AgreedTitle &t : set.titles)
        entries << AniListEntry { t.anilistId, t.format };
    IdResolver resolver(*db, nullptr);
    auto resolved = resolver.resolveOffline(entries);
    if (!resolved) {
        QTextStream(stderr) << resolved.error().toString() << Qt::endl;
        return 1;
    }
    EpisodeMapper mapper(*db);
    Tally all;
    QHash<QString, Tally> byClass;
    QHash<QString, int> reasons;
    QJsonArray listed;
    const QString list = parser.value(listOption);
    for (const AgreedTitle &t : set.titles) {
        const ResolvedId r = resolved->value(t.anilistId);
        Verdict verdict = Verdict::Correct;
        QString why;
        QString got;
        auto input = mapper.loadInput(r);
        if (!input) {
            QTextStream(stderr) << input.error().toString() << Qt::endl;
            return 1;
        }
        // Which TMDB item the post would address: the Trakt id when there is one (through the
        // Otaku pairs, when they name one TMDB id for it), else the TMDB id.
        auto postedTmdb = [&](bool movie) -> std::optional<qint64> {
            if (r.traktId) {
                const QString key
                    = (movie ? u"movie:"_s : u"show:"_s) + QString::number(*r.traktId);
                if (traktToTmdb.value(key).size() == 1)
                    return *traktToTmdb.value(key).cbegin();
            }
            return r.tmdbId;
        };
        const QList<int> episodes = t.movie ? QList<int> { 1 } : t.episodes.keys();
        for (int n : episodes) {
            const EpisodeMapping m = EpisodeMapper::decide(input.value(), n);
            if (m.kind == EpisodeMapping::Kind::Unmapped) {
                if (verdict == Verdict::Correct) {
                    verdict = Verdict::NeedsMapping;
                    why = m.reason;
                }
                continue;
            }
            const bool movie = m.kind == EpisodeMapping::Kind::Movie;
            QString wrong;
            if (movie != t.movie)
                wrong = movie ? u"kind: movie, expected an episode"_s
                              : u"kind: episode, expected a movie"_s;
            else if (postedTmdb(movie) != t.tmdbId)
                wrong = u"identity: tmdb %1, expected %2 (%3)"_s
                            .arg(postedTmdb(movie) ? QString::number(*postedTmdb(movie)) : u"?"_s)
                            .arg(t.tmdbId)
                            .arg(r.source);
            else if (!movie && (TmdbEpisode { m.season, m.episode } != t.episodes.value(n)))
                wrong = u"episode %1 → %2, expected S%3E%4 (%5)"_s.arg(n)
                            .arg(describe(m))
                            .arg(t.episodes.value(n).season)
                            .arg(t.episodes.value(n).episode)
                            .arg(m.source);
            if (!wrong.isEmpty()) {
                verdict = Verdict::Wrong;
                got = wrong;
                break;
            }
        }
        Tally &c = byClass[titleClassKey(t.cls)];
        for (Tally *tally : { &all, &c }) {
            ++tally->titles;
            switch (verdict) {
            case Verdict::Correct:
                ++tally->correct;
                break;
            case Verdict::Wrong:
                ++tally->wrong;
                tally->wrongExamples << QJsonObject { { u"anilistId"_s, double(t.anilistId) },
                    { u"format"_s, t.format }, { u"why"_s, got } };
                break;
            case Verdict::NeedsMapping:
                ++tally->needsMapping;
                tally->needsMappingWithoutReason += why.isEmpty();
                break;
            }
        }
        if (verdict == Verdict::NeedsMapping) {
            static const QRegularExpression digits(u"\\d+"_s);
            const QString key = QString(why).replace(digits, u"N"_s).left(90);
            ++reasons[key];
        }
        if ((list == u"wrong"_s && verdict == Verdict::Wrong)
            || (list == u"needs"_s && verdict == Verdict::NeedsMapping))
            listed << QJsonObject { { u"anilistId"_s, double(t.anilistId) },
                { u"class"_s, titleClassKey(t.cls) },
                { u"why"_s, verdict == Verdict::Wrong ? got : why } };
    }
    QJsonObject results { { u"all"_s, all.toJson(0) } };
    QJsonObject classResults;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        classResults.insert(it.key(), it.value().toJson(examples));
    results.insert(u"byClass"_s, classResults);
    out.insert(u"results"_s, results);
    QJsonObject reasonJson;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        reasonJson.insert(it.key(), it.value());
    out.insert(u"needsMappingReasons"_s, reasonJson);
    out.insert(u"mapMs"_s, double(timer.elapsed()));
    if (!list.isEmpty())
        out.insert(u"listed"_s, listed);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return 0;
}
