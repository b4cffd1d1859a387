#include "mappingexplainer.h"

#include "core/mapping/anibridgeimporter.h"
#include "core/mapping/anibridgev3importer.h"
#include "core/mapping/idresolver.h"
#include "core/store/database.h"
#include "core/store/mappingrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::MappingExplainer", text);
}

QJsonValue idJson(const std::optional<qint64> &id)
{
    return id ? QJsonValue(double(*id)) : QJsonValue();
}

QString place(int season, int episode)
{
    return u"S%1E%2"_s.arg(season).arg(episode);
}

QString resultPlace(const EpisodeMapping &m)
{
    switch (m.kind) {
    case EpisodeMapping::Kind::Episode:
        return place(m.season, m.episode);
    case EpisodeMapping::Kind::Movie:
        return u"movie"_s;
    case EpisodeMapping::Kind::Unmapped:
        break;
    }
    return {};
}

/// The decision's source → which answer it is ("fribbs:tmdb" → "fribbs").
QString answerOf(const QString &decisionSource)
{
    if (decisionSource == u"episode_override"_s)
        return u"override"_s;
    if (decisionSource.startsWith(u"anibridge-v3"_s))
        return AniBridgeV3Importer::idMapSource();
    if (decisionSource.startsWith(u"anibridge:"_s))
        return u"anibridge"_s;
    return decisionSource.section(u':', 0, 0);
}

} // namespace

QString MappingExplainer::sourceName(const QString &source)
{
    if (source == AniBridgeV3Importer::idMapSource())
        return u"AniBridge v3"_s;
    if (source == u"anibridge"_s)
        return u"AniBridge v2"_s;
    if (source == u"fribbs"_s)
        return u"Anime-Lists (Fribb)"_s;
    if (source == u"otaku"_s)
        return u"Otaku"_s;
    if (source == u"override"_s)
        return tr("episode override");
    if (source == u"mapping"_s)
        return tr("mapping");
    if (source == u"trakt"_s)
        return u"Trakt"_s;
    return source;
}

QJsonObject SourceAnswer::toJson() const
{
    QJsonObject o { { u"source"_s, source }, { u"name"_s, name }, { u"used"_s, used },
        { u"disagrees"_s, disagrees } };
    if (!kind.isEmpty())
        o.insert(u"kind"_s, kind);
    if (traktId)
        o.insert(u"traktId"_s, idJson(traktId));
    if (tmdbId)
        o.insert(u"tmdbId"_s, idJson(tmdbId));
    if (!place.isEmpty())
        o.insert(u"place"_s, place);
    if (!numbering.isEmpty())
        o.insert(u"numbering"_s, numbering);
    if (!note.isEmpty())
        o.insert(u"note"_s, note);
    return o;
}

QJsonObject MappingExplanation::toJson() const
{
    QJsonArray list;
    for (const SourceAnswer &a : answers)
        list << a.toJson();
    return { { u"anilistId"_s, double(anilistId) }, { u"episode"_s, episode },
        { u"kind"_s, resolved.kindName() }, { u"kindSource"_s, kind.source },
        { u"kindReason"_s, kind.reason }, { u"idSource"_s, resolved.source },
        { u"mapping"_s, decision.toJson() }, { u"answers"_s, list }, { u"winner"_s, winner },
        { u"why"_s, why }, { u"disagreements"_s, QJsonArray::fromStringList(disagreements) } };
}

MappingExplanation MappingExplainer::explain(const EpisodeMapperInput &input, const QString &format,
    const std::optional<Mapping> &mapping, int n)
{
    MappingExplanation out;
    out.anilistId = input.target.anilistId;
    out.episode = n;
    out.resolved = input.target;
    out.kind = TitleKind::decide(format, input.rows);
    out.decision = EpisodeMapper::decide(input, n);
    const bool movie = input.target.isMovie();

    if (const auto it = input.overrides.constFind(n); it != input.overrides.constEnd()) {
        SourceAnswer a { u"override"_s, sourceName(u"override"_s), u"show"_s, input.target.traktId,
            {}, place(it->season, it->episode), u"trakt"_s, false, false, {} };
        out.answers << a;
    }
    if (mapping) {
        SourceAnswer a { u"mapping"_s, sourceName(u"mapping"_s), {}, mapping->traktId,
            mapping->tmdbId, {}, {}, false, false,
            mapping->isManual ? tr("manual") : tr("auto (saved by an earlier lookup)") };
        out.answers << a;
    }
    for (const QString &source : TitleKind::tmdbSourceOrder()) {
        for (const IdMapRow &row : input.rows) {
            if (row.source != source)
                continue;
            SourceAnswer a;
            a.source = source;
            a.name = sourceName(source);
            a.traktId = row.traktId;
            const KindDecision alone = TitleKind::decide(format, { row });
            if (alone.source == source)
                a.kind = alone.kind == ResolvedId::Kind::Movie ? u"movie"_s : u"show"_s;
            a.tmdbId = alone.source == source ? alone.tmdbId : row.tmdbId;
            if (source == AniBridgeV3Importer::idMapSource()) {
                for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(row.extra)) {
                    const auto hit = RangeMap::locate(t.pieces, n);
                    if (!hit || !a.place.isEmpty())
                        continue;
                    if (hit->unmapped) {
                        a.note = tr("explicitly unmapped in %1").arg(t.descriptor());
                    } else if (t.provider == u"tmdb_movie"_s) {
                        a.place = u"movie"_s;
                        a.numbering = u"tmdb"_s;
                    } else if (t.provider == u"tmdb_show"_s) {
                        a.place = place(t.season.value_or(1), hit->episode);
                        a.numbering = u"tmdb"_s;
                    }
                }
                if (a.place.isEmpty()) {
                    for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(row.extra)) {
                        const auto hit = RangeMap::locate(t.pieces, n);
                        if (hit && !hit->unmapped && t.provider == u"tvdb_show"_s) {
                            a.place = place(t.season.value_or(1), hit->episode);
                            a.numbering = u"tvdb"_s;
                            break;
                        }
                    }
                }
            } else if (source == u"fribbs"_s) {
                if (row.tmdbSeason && row.tmdbType != u"movie"_s) {
                    a.place = place(*row.tmdbSeason, n + row.tmdbOffset.value_or(0));
                    a.numbering = u"tmdb"_s;
                } else if (row.tvdbSeason && *row.tvdbSeason >= 0) {
                    a.place = place(*row.tvdbSeason, n + row.tvdbOffset.value_or(0));
                    a.numbering = u"tvdb"_s;
                }
            } else if (source == u"otaku"_s) {
                if (row.tvdbSeason && *row.tvdbSeason >= 0) {
                    a.place = place(*row.tvdbSeason, n + row.tvdbOffset.value_or(0));
                    a.numbering = u"tvdb"_s;
                } else if (row.tvdbSeason == -1) {
                    a.note = tr("absolute numbering");
                }
            } else if (source == u"anibridge"_s) {
                const auto patterns = AniBridgeImporter::patternsFromExtra(row.extra);
                if (!patterns.isEmpty()) {
                    if (const auto t = EpisodePattern::locate(patterns, n)) {
                        a.place = place(t->season, t->episode);
                        a.numbering = u"tvdb"_s;
                    }
                }
            }
            if (a.kind == u"movie"_s && a.place.isEmpty())
                a.place = u"movie"_s;
            out.answers << a;
        }
    }

    // Which answer decided, and where the others differ from the result.
    const QString result = resultPlace(out.decision);
    const QString decided = out.decision.kind == EpisodeMapping::Kind::Movie
        ? out.kind.source
        : answerOf(out.decision.source);
    for (SourceAnswer &a : out.answers) {
        a.used = a.source == decided && !result.isEmpty();
        const bool kindDiffers
            = !a.kind.isEmpty() && (a.kind == u"movie"_s) != movie && input.target.isResolved();
        const bool tmdbDiffers = a.tmdbId && input.target.tmdbId && !a.kind.isEmpty()
            && (a.kind == u"movie"_s) == movie && *a.tmdbId != *input.target.tmdbId;
        // Places in TVDB numbering are not comparable with Trakt's; only TMDB/Trakt ones count.
        const bool placeDiffers = !result.isEmpty() && !a.place.isEmpty()
            && a.numbering != u"tvdb"_s && a.place != result;
        a.disagrees = kindDiffers || tmdbDiffers || placeDiffers;
        if (kindDiffers) {
            out.disagreements << tr("%1 says %2, the result is a %3.")
                                     .arg(a.name, a.kind, input.target.kindName());
        } else if (tmdbDiffers) {
            out.disagreements << tr("%1 names TMDB %2, the result uses TMDB %3.")
                                     .arg(a.name)
                                     .arg(*a.tmdbId)
                                     .arg(*input.target.tmdbId);
        } else if (placeDiffers) {
            out.disagreements << tr("%1 says %2, the result is %3.").arg(a.name, a.place, result);
        }
    }
    out.winner = out.decision.kind == EpisodeMapping::Kind::Unmapped
        ? QString()
        : (out.decision.source.isEmpty() ? out.decision.rule : out.decision.source);
    QStringList why;
    why << out.kind.reason;
    if (!input.target.source.isEmpty())
        why << tr("The Trakt title comes from %1.").arg(input.target.source);
    switch (out.decision.kind) {
    case EpisodeMapping::Kind::Episode:
        why << tr("Episode %1 → %2 by rule %3 (%4).")
                   .arg(n)
                   .arg(result, out.decision.rule, out.decision.source);
        break;
    case EpisodeMapping::Kind::Movie:
        why << tr("A movie: one play.");
        break;
    case EpisodeMapping::Kind::Unmapped:
        why << tr("Needs a mapping: %1").arg(out.decision.reason);
        break;
    }
    out.why = why.join(u' ');
    return out;
}

Result<MappingExplanation> MappingExplainer::explainOffline(
    Database &db, qint64 anilistId, int episode, const QString &format)
{
    IdResolver resolver(db, nullptr);
    auto resolved = resolver.resolveOffline({ AniListEntry { anilistId, format } });
    if (!resolved)
        return resolved.error();
    auto input = EpisodeMapper(db).loadInput(resolved->value(anilistId));
    if (!input)
        return input.error();
    auto mapping = MappingRepository(db).get(anilistId);
    if (!mapping)
        return mapping.error();
    return explain(input.value(), format, mapping.value(), episode);
}

} // namespace Tsuzuki
