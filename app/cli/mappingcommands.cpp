// `tsuzuki-cli mappings import|refresh`, `map` and `sync show`: the mapping layer from a terminal.
#include "app/cli/command.h"
#include "core/mapping/episodemapper.h"
#include "core/mapping/idresolver.h"
#include "core/mapping/mappingdownloader.h"
#include "core/mapping/mappingexplainer.h"
#include "core/mapping/mappingimporter.h"
#include "core/mapping/onlinelookup.h"
#include "core/net/httpclient.h"
#include "core/net/services.h"
#include "core/store/configrepository.h"
#include "core/store/idmaprepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text, nullptr, n);
}

/// Prints a line when a stage starts and every 10 % after that, to stderr (stdout stays for the
/// result).
class ProgressPrinter
{
public:
    ProgressPrinter(Context &ctx, const QString &source)
        : m_ctx(ctx)
        , m_source(source)
    { }

    void operator()(const QString &stage, qint64 done, qint64 total)
    {
        const int step = total > 0 ? int(std::min<qint64>(10, done * 10 / total)) : -1;
        if (stage == m_stage && (step == m_step || step < 0))
            return;
        m_stage = stage;
        m_step = step;
        QString what;
        if (stage == u"download"_s)
            what = tr("downloading");
        else if (stage == u"read"_s)
            what = tr("reading");
        else
            what = tr("writing");
        //: %1 = source, %2 = stage (downloading, reading, writing), %3 = percent
        if (step >= 0)
            m_ctx.err << tr("%1: %2 %3%").arg(m_source, what).arg(step * 10) << Qt::endl;
        else
            m_ctx.err << tr("%1: %2…").arg(m_source, what) << Qt::endl;
    }

private:
    Context &m_ctx;
    QString m_source;
    QString m_stage;
    int m_step = -2;
};

QJsonObject summaryJson(const ImportSummary &s)
{
    return { { u"source"_s, MappingSources::key(s.source) }, { u"anilistIds"_s, s.anilistIds },
        { u"entries"_s, s.entries }, { u"parseMs"_s, s.parseMs }, { u"writeMs"_s, s.writeMs } };
}

void printSummary(Context &ctx, const ImportSummary &s)
{
    //: %1 = source, %2 = AniList ids, %3 = entries read, %4 = seconds
    ctx.out << tr("%1: imported %2 AniList ids from %3 entries in %4 s.")
                   .arg(MappingSources::displayName(s.source))
                   .arg(s.anilistIds)
                   .arg(s.entries)
                   .arg(QString::number(double(s.parseMs + s.writeMs) / 1000.0, 'f', 1))
            << Qt::endl;
}

std::optional<MappingSource> sourceArgument(Context &ctx, const QString &word)
{
    const auto source = MappingSources::fromKey(word);
    if (!source) {
        ctx.err << tr("Unknown mapping source \"%1\": use otaku, fribbs or anibridge.").arg(word)
                << Qt::endl;
        ctx.finish(2);
    }
    return source;
}

void mappingsImport(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"source"_s, tr("otaku, fribbs or anibridge"));
    const QCommandLineOption fileOption(u"file"_s, tr("The mapping file to import."), u"PATH"_s);
    parser.addOption(fileOption);
    if (!ctx.parse(parser))
        return;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(fileOption)) {
        ctx.err << tr("Usage: tsuzuki-cli mappings import otaku|fribbs|anibridge --file PATH")
                << Qt::endl;
        ctx.finish(2);
        return;
    }
    const auto source = sourceArgument(ctx, parser.positionalArguments().constFirst());
    if (!source)
        return;
    ProgressPrinter progress(ctx, MappingSources::displayName(*source));
    auto summary = MappingImporter(ctx.database())
                       .importFile(*source, parser.value(fileOption), std::ref(progress));
    if (!summary) {
        ctx.fail(summary.error());
        return;
    }
    if (ctx.json)
        ctx.out << QJsonDocument(summaryJson(summary.value())).toJson(QJsonDocument::Compact)
                << Qt::endl;
    else
        printSummary(ctx, summary.value());
    ctx.finish(0);
}

void mappingsRefresh(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"source"_s, tr("otaku, fribbs or anibridge (default: all three)"));
    if (!ctx.parse(parser))
        return;
    auto sources = std::make_shared<QList<MappingSource>>();
    for (const QString &word : parser.positionalArguments()) {
        const auto source = sourceArgument(ctx, word);
        if (!source)
            return;
        sources->append(*source);
    }
    if (sources->isEmpty())
        *sources = { MappingSource::Otaku, MappingSource::Fribbs, MappingSource::AniBridge };

    // One source after the other; a failed one does not stop the others (its old data stays).
    struct State
    {
        QJsonArray results;
        int failures = 0;
        std::unique_ptr<ProgressPrinter> progress;
    };
    auto state = std::make_shared<State>();
    auto *downloader = new MappingDownloader(ctx.database(), nullptr, qApp);
    auto next = std::make_shared<std::function<void()>>();
    *next = [&ctx, sources, state, downloader] {
        if (sources->isEmpty()) {
            if (ctx.json)
                ctx.out << QJsonDocument(QJsonObject { { u"results"_s, state->results } })
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
            downloader->deleteLater(); // and with it the connection that holds `next`
            ctx.finish(state->failures ? 1 : 0);
            return;
        }
        const MappingSource source = sources->takeFirst();
        state->progress
            = std::make_unique<ProgressPrinter>(ctx, MappingSources::displayName(source));
        ctx.err << tr("%1: downloading %2")
                       .arg(MappingSources::displayName(source),
                           HttpClient::redactedUrl(MappingSources::downloadUrl(source)))
                << Qt::endl;
        downloader->start(source);
    };
    QObject::connect(downloader, &MappingDownloader::progressed, qApp,
        [state](const QString &stage, qint64 done, qint64 total) {
            if (state->progress)
                (*state->progress)(stage, done, total);
        });
    QObject::connect(downloader, &MappingDownloader::finished, qApp,
        [&ctx, state, downloader, next](const Result<ImportSummary> &result) {
            const QString key = MappingSources::key(downloader->source());
            if (result) {
                state->results.append(summaryJson(result.value()));
                if (!ctx.json)
                    printSummary(ctx, result.value());
            } else {
                ++state->failures;
                state->results.append(QJsonObject {
                    { u"source"_s, key }, { u"error"_s, result.error().userMessage } });
                ctx.err << tr("Error: %1").arg(result.error().userMessage) << Qt::endl;
            }
            // Leave the downloader's signal handler before starting the next download.
            QMetaObject::invokeMethod(
                qApp,
                [next] {
                    if (*next)
                        (*next)();
                },
                Qt::QueuedConnection);
        });
    (*next)();
}

/// "16498", "https://anilist.co/anime/16498/Shingeki-no-Kyojin/" → 16498.
std::optional<qint64> parseAniListId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    static const QRegularExpression url(u"anilist\\.co/anime/(\\d+)"_s);
    const auto match = url.match(text);
    if (match.hasMatch())
        return match.captured(1).toLongLong();
    return std::nullopt;
}

/// The AniList format for the resolver: --format, else empty (TitleKind then decides from the
/// sources, exactly as in a sync).
QString entryFormat(const QString &given)
{
    return given.trimmed().toUpper();
}

QJsonObject resolvedJson(const ResolvedId &r)
{
    auto id
        = [](const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
    QJsonObject o { { u"anilistId"_s, double(r.anilistId) }, { u"kind"_s, r.kindName() },
        { u"traktId"_s, id(r.traktId) }, { u"tmdbId"_s, id(r.tmdbId) },
        { u"tvdbId"_s, id(r.tvdbId) },
        { u"imdbId"_s, r.imdbId.isEmpty() ? QJsonValue() : QJsonValue(r.imdbId) },
        { u"source"_s, r.source } };
    if (!r.reason.isEmpty())
        o.insert(u"reason"_s, r.reason);
    return o;
}

void printResolved(Context &ctx, const ResolvedId &r)
{
    auto id = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : u"-"_s; };
    ctx.out << tr("AniList %1: %2").arg(r.anilistId).arg(r.kindName()) << Qt::endl;
    ctx.out << tr("  ids:     trakt %1, tmdb %2, tvdb %3, imdb %4")
                   .arg(id(r.traktId), id(r.tmdbId), id(r.tvdbId),
                       r.imdbId.isEmpty() ? u"-"_s : r.imdbId)
            << Qt::endl;
    if (!r.source.isEmpty())
        ctx.out << tr("  found:   %1").arg(r.source) << Qt::endl;
    if (!r.reason.isEmpty())
        ctx.out << tr("  reason:  %1").arg(r.reason) << Qt::endl;
}

/// Resolves one entry: offline, or with the online steps through `services` (already holding its
/// secrets).
void resolveOne(Context &ctx, const AniListEntry &entry, Services *services,
    std::function<void(const Result<ResolvedId> &, OnlineLookup *)> done)
{
    if (!services) {
        IdResolver resolver(ctx.database(), nullptr);
        auto result = resolver.resolveOffline({ entry });
        if (!result) {
            done(result.error(), nullptr);
            return;
        }
        done(result->value(entry.anilistId), nullptr);
        return;
    }
    auto *lookup = new OnlineLookup(*services, services);
    auto *resolver = new IdResolver(ctx.database(), lookup, services);
    QObject::connect(resolver, &IdResolver::finished, qApp,
        [&ctx, resolver, lookup, entry, done](const Result<QHash<qint64, ResolvedId>> &result) {
            resolver->deleteLater();
            if (resolver->onlineError()) {
                ctx.err << tr("Warning: the online lookup stopped: %1")
                               .arg(resolver->onlineError()->userMessage)
                        << Qt::endl;
            }
            if (!result) {
                done(result.error(), lookup);
                return;
            }
            done(result->value(entry.anilistId), lookup);
        });
    resolver->resolve({ entry });
}

/// `map --explain`: presents MappingExplainer's answer (every source, the winner, disagreements).
void explainMapping(Context &ctx, const ResolvedId &target,
    const std::optional<QList<TraktSeason>> &seasons, const QString &format, int episode)
{
    auto input = EpisodeMapper(ctx.database()).loadInput(target, seasons);
    auto mapping = MappingRepository(ctx.database()).get(target.anilistId);
    if (!input || !mapping) {
        ctx.fail(!input ? input.error() : mapping.error());
        return;
    }
    const MappingExplanation e
        = MappingExplainer::explain(input.value(), format, mapping.value(), episode);
    if (ctx.json) {
        ctx.out << QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        ctx.finish(0);
        return;
    }
    auto id = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : u"-"_s; };
    //: %1 = AniList id, %2 = episode, %3 = show or movie
    ctx.out << tr("AniList %1, episode %2: %3")
                   .arg(e.anilistId)
                   .arg(e.episode)
                   .arg(e.resolved.kindName())
            << Qt::endl;
    for (const SourceAnswer &a : e.answers) {
        const QString mark = a.used ? u"*"_s : a.disagrees ? u"!"_s : u" "_s;
        QString line = u"%1 %2 %3 trakt %4, tmdb %5"_s.arg(mark, a.name.leftJustified(20),
            (a.kind.isEmpty() ? u"-"_s : a.kind).leftJustified(5), id(a.traktId), id(a.tmdbId));
        if (!a.place.isEmpty())
            line += u", "_s + a.place
                + (a.numbering.isEmpty() ? QString() : u" ("_s + a.numbering + u')');
        if (!a.note.isEmpty())
            line += u"; "_s + a.note;
        ctx.out << line << Qt::endl;
    }
    ctx.out << tr("  (* decided, ! disagrees with the result)") << Qt::endl;
    ctx.out << tr("Result: %1").arg(e.winner.isEmpty() ? tr("needs mapping") : e.winner)
            << Qt::endl;
    ctx.out << tr("Why: %1").arg(e.why) << Qt::endl;
    for (const QString &d : e.disagreements)
        ctx.out << tr("Disagreement: %1").arg(d) << Qt::endl;
    ctx.finish(0);
}

void mapCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"anilistId"_s, tr("AniList id (or AniList URL)"));
    const QCommandLineOption episodeOption(
        u"episode"_s, tr("AniList episode number (default 1)."), u"N"_s, u"1"_s);
    const QCommandLineOption offlineOption(
        u"offline"_s, tr("Use only the database: no TMDB or Trakt requests."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption formatOption(u"format"_s,
        tr("AniList format (TV, MOVIE, ...); default: from the mapping data."), u"FORMAT"_s);
    const QCommandLineOption explainOption(u"explain"_s,
        tr("Show every source's answer, which one won and why, and where they disagree."));
    parser.addOptions({ episodeOption, offlineOption, jsonOption, formatOption, explainOption });
    if (!ctx.parse(parser))
        return;
    if (parser.isSet(jsonOption))
        ctx.json = true;
    const auto id = parseAniListId(parser.positionalArguments().value(0));
    bool episodeOk = false;
    const int episode = parser.value(episodeOption).toInt(&episodeOk);
    if (episodeOk && episode < 1) {
        // Checked before anything is resolved: a bad episode number must not save a mapping.
        ctx.err << tr("The episode must be 1 or more, got %1.").arg(episode) << Qt::endl;
        ctx.finish(2);
        return;
    }
    if (parser.positionalArguments().size() != 1 || !id || !episodeOk) {
        ctx.err << tr("Usage: tsuzuki-cli map <anilistId> [--episode N] [--offline] [--json] "
                      "[--format TV|MOVIE] [--explain]")
                << Qt::endl;
        ctx.finish(2);
        return;
    }
    const AniListEntry entry { *id, entryFormat(parser.value(formatOption)) };
    const bool offline = parser.isSet(offlineOption);
    const bool explain = parser.isSet(explainOption);

    auto report = [&ctx, episode, offline, explain, format = entry.format](const ResolvedId &target,
                      const std::optional<QList<TraktSeason>> &seasons,
                      const QString &seasonsNote) {
        if (explain) {
            explainMapping(ctx, target, seasons, format, episode);
            return;
        }
        auto mapping = EpisodeMapper(ctx.database()).map(target, episode, seasons);
        if (!mapping) {
            ctx.fail(mapping.error());
            return;
        }
        const EpisodeMapping &m = mapping.value();
        if (ctx.json) {
            QJsonObject o { { u"resolved"_s, resolvedJson(target) }, { u"mapping"_s, m.toJson() },
                { u"offline"_s, offline } };
            if (!seasonsNote.isEmpty())
                o.insert(u"seasonsNote"_s, seasonsNote);
            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            ctx.finish(0);
            return;
        }
        printResolved(ctx, target);
        if (!seasonsNote.isEmpty())
            ctx.out << tr("  seasons: %1").arg(seasonsNote) << Qt::endl;
        // Without a Trakt id the post addresses the title by its other ids.
        QString title = m.traktId ? QString::number(*m.traktId) : QString();
        if (title.isEmpty() && target.tmdbId)
            title = u"tmdb:"_s + QString::number(*target.tmdbId);
        else if (title.isEmpty() && target.tvdbId)
            title = u"tvdb:"_s + QString::number(*target.tvdbId);
        else if (title.isEmpty())
            title = target.imdbId.isEmpty() ? u"-"_s : u"imdb:"_s + target.imdbId;
        switch (m.kind) {
        case EpisodeMapping::Kind::Episode:
            //: %1 = AniList episode, %2 = Trakt id (or tmdb:N), %3 = season, %4 = episode
            ctx.out << tr("Episode %1 → Trakt show %2, S%3E%4")
                           .arg(m.anilistEpisode)
                           .arg(title)
                           .arg(m.season, 2, 10, QChar(u'0'))
                           .arg(m.episode, 2, 10, QChar(u'0'))
                    << (m.span > 1 ? tr(" (+%1 more)").arg(m.span - 1) : QString()) << Qt::endl;
            break;
        case EpisodeMapping::Kind::Movie:
            ctx.out << tr("Movie → Trakt movie %1").arg(title) << Qt::endl;
            break;
        case EpisodeMapping::Kind::Unmapped:
            ctx.out << tr("Episode %1 is unmapped: %2").arg(m.anilistEpisode).arg(m.reason)
                    << Qt::endl;
            break;
        }
        ctx.out << tr("  rule:    %1 (%2)%3")
                       .arg(m.rule, m.source.isEmpty() ? u"-"_s : m.source,
                           m.verified ? QString() : tr(", not verified against Trakt's seasons"))
                << Qt::endl;
        if (m.kind != EpisodeMapping::Kind::Unmapped && !m.reason.isEmpty())
            ctx.out << tr("  note:    %1").arg(m.reason) << Qt::endl;
        ctx.finish(0);
    };

    if (offline) {
        resolveOne(
            ctx, entry, nullptr, [&ctx, report](const Result<ResolvedId> &target, OnlineLookup *) {
                if (!target) {
                    ctx.fail(target.error());
                    return;
                }
                report(target.value(), std::nullopt, tr("cached (offline)"));
            });
        return;
    }
    Services *services = ctx.services();
    services->loadSecrets(qApp, [&ctx, services, entry, report] {
        resolveOne(ctx, entry, services,
            [&ctx, report](const Result<ResolvedId> &target, OnlineLookup *lookup) {
                if (!target) {
                    ctx.fail(target.error());
                    return;
                }
                const ResolvedId r = target.value();
                if (!r.traktId || r.isMovie()) {
                    report(r, std::nullopt, {});
                    return;
                }
                lookup->traktSeasons(
                    *r.traktId, qApp, [&ctx, report, r](const Result<QList<TraktSeason>> &seasons) {
                        if (!seasons) {
                            ctx.err << tr("Warning: Trakt's seasons could not be read (%1); using "
                                          "the cached ones.")
                                           .arg(seasons.error().userMessage)
                                    << Qt::endl;
                            report(r, std::nullopt, tr("cached (Trakt unavailable)"));
                            return;
                        }
                        report(r, seasons.value(), tr("from Trakt"));
                    });
            });
    });
}

void syncShow(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"anilist"_s, tr("AniList id or AniList URL"));
    const QCommandLineOption formatOption(u"format"_s,
        tr("AniList format (TV, MOVIE, ...); default: from the mapping data."), u"FORMAT"_s);
    parser.addOption(formatOption);
    if (!ctx.parse(parser))
        return;
    const auto id = parseAniListId(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !id) {
        ctx.err << tr("Usage: tsuzuki-cli sync show <anilistId or AniList URL>") << Qt::endl;
        ctx.finish(2);
        return;
    }
    const AniListEntry entry { *id, entryFormat(parser.value(formatOption)) };
    Services *services = ctx.services();
    services->loadSecrets(qApp, [&ctx, services, entry] {
        resolveOne(
            ctx, entry, services, [&ctx](const Result<ResolvedId> &target, OnlineLookup *lookup) {
                if (!target) {
                    ctx.fail(target.error());
                    return;
                }
                const ResolvedId r = target.value();
                if (!r.traktId) {
                    ctx.fail(makeError(ErrorCode::NotFound,
                        tr("AniList %1 has no Trakt title: %2")
                            .arg(r.anilistId)
                            .arg(r.reason.isEmpty() ? tr(
                                     "no mapping source or Trakt search found one; add a manual "
                                     "mapping with `tsuzuki-cli mappings set`.")
                                                    : r.reason)));
                    return;
                }
                if (r.isMovie()) {
                    if (ctx.json)
                        ctx.out << QJsonDocument(QJsonObject { { u"resolved"_s, resolvedJson(r) } })
                                       .toJson(QJsonDocument::Compact)
                                << Qt::endl;
                    else
                        ctx.out << tr(
                            "AniList %1 is the Trakt movie %2: a movie has no seasons to store.")
                                       .arg(r.anilistId)
                                       .arg(*r.traktId)
                                << Qt::endl;
                    ctx.finish(0);
                    return;
                }
                lookup->traktSeasons(
                    *r.traktId, qApp, [&ctx, r](const Result<QList<TraktSeason>> &seasons) {
                        if (!seasons) {
                            ctx.fail(seasons.error());
                            return;
                        }
                        auto map = EpisodeMapper(ctx.database())
                                       .storeSeasons(*r.traktId, seasons.value());
                        if (!map) {
                            ctx.fail(map.error());
                            return;
                        }
                        int episodes = 0;
                        for (const TraktSeason &s : seasons.value())
                            episodes += int(s.episodes.size());
                        const QString episodesKey = ConfigKey::showEpisodes(*r.traktId);
                        const QString mapKey = ConfigKey::breakpointMap(*r.traktId);
                        if (ctx.json) {
                            QJsonArray breakpoints;
                            for (const Breakpoint &b : map->breakpoints)
                                breakpoints.append(QJsonObject { { u"season"_s, b.season },
                                    { u"start"_s, b.start }, { u"end"_s, b.end } });
                            const QJsonObject o { { u"resolved"_s, resolvedJson(r) },
                                { u"seasons"_s, int(seasons->size()) }, { u"episodes"_s, episodes },
                                { u"basis"_s, map->basis }, { u"breakpoints"_s, breakpoints },
                                { u"stored"_s, QJsonArray { episodesKey, mapKey } } };
                            ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
                            ctx.finish(0);
                            return;
                        }
                        printResolved(ctx, r);
                        ctx.out << trn("Trakt show %1: %n season(s)", int(seasons->size()))
                                       .arg(*r.traktId)
                                << u", "_s << trn("%n episode(s)", episodes) << Qt::endl;
                        for (const Breakpoint &b : map->breakpoints)
                            ctx.out << tr("  season %1: absolute episodes %2–%3")
                                           .arg(b.season)
                                           .arg(b.start)
                                           .arg(b.end)
                                    << Qt::endl;
                        ctx.out << tr("Stored %1 and %2 (%3). Nothing was posted to Trakt.")
                                       .arg(episodesKey, mapKey, map->basis)
                                << Qt::endl;
                        ctx.finish(0);
                    });
            });
    });
}

const Registration registration([] {
    return QList<Command> {
        { { u"mappings"_s, u"import"_s }, u"otaku|fribbs|anibridge --file PATH"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Import a mapping-source file into the database"),
            true, mappingsImport },
        { { u"mappings"_s, u"refresh"_s }, u"[otaku|fribbs|anibridge]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli",
                "Download and import mapping data (TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL, "
                "TSUZUKI_ANIBRIDGE_URL)"),
            true, mappingsRefresh },
        { { u"map"_s },
            u"<anilistId> [--episode N] [--offline] [--json] [--format F] [--explain]"_s,
            QT_TRANSLATE_NOOP(
                "Tsuzuki::Cli", "Show where an AniList episode lands on Trakt, and why"),
            true, mapCommand },
        { { u"sync"_s, u"show"_s }, u"<anilistId or AniList URL>"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli",
                "Resolve one show, fetch its Trakt seasons and store the episode list and "
                "breakpoint map (posts nothing)"),
            true, syncShow },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
