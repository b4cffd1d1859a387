#include "episodemapper.h"

#include "core/mapping/anibridgeimporter.h"
#include "core/mapping/anibridgev3importer.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::EpisodeMapper", text);
}

/// One piece of season-aware data for this AniList entry.
struct Candidate
{
    QString source;
    QList<SeasonPattern> patterns; ///< AniBridge v2; empty for season + offset
    int season = 0;
    int offset = 0;
    QList<V3Target> v3; ///< AniBridge v3 tmdb_show targets of one show
    bool tvdbNumbered = false; ///< TVDB numbering: usable only where it is known to be TMDB's

    std::optional<SeasonEpisode> locate(
        int n, const std::optional<QList<TraktSeason>> &seasons, QString *why) const
    {
        if (!v3.isEmpty())
            return locateV3(n, why);
        if (patterns.isEmpty())
            return SeasonEpisode { season, n + offset, 1 };
        std::function<std::optional<int>(int)> length;
        if (seasons) {
            length = [&seasons](int s) -> std::optional<int> {
                const TraktSeason *ts = TraktSeasons::find(*seasons, s);
                return ts ? std::optional<int>(ts->episodeCount) : std::nullopt;
            };
        }
        return EpisodePattern::locate(patterns, n, length, why);
    }

    /// v3: the regular-season place of `n` if there is one, else its special; `null` ranges and
    /// episodes past the data answer nothing.
    std::optional<SeasonEpisode> locateV3(int n, QString *why) const
    {
        std::optional<SeasonEpisode> special;
        for (const V3Target &t : v3) {
            const auto hit = RangeMap::locate(t.pieces, n);
            if (!hit)
                continue;
            if (hit->unmapped) {
                if (why)
                    *why = tr("%1 explicitly leaves episode %2 out of %3.")
                               .arg(source)
                               .arg(n)
                               .arg(t.descriptor());
                return std::nullopt;
            }
            const SeasonEpisode se { t.season.value_or(1), hit->episode, hit->span };
            if (se.season > 0)
                return se;
            if (!special)
                special = se;
        }
        if (!special && why)
            *why = tr("%1 has no place for episode %2.").arg(source).arg(n);
        return special;
    }

    bool unmapsV3(int n) const
    {
        for (const V3Target &t : v3) {
            const auto hit = RangeMap::locate(t.pieces, n);
            if (hit && hit->unmapped)
                return true;
        }
        return false;
    }

    /// Data that puts episode 1 anywhere but S1E1 describes a later season, a later part or a
    /// special: the breakpoint map (which counts from S1E1) cannot stand in for it.
    bool describesLaterPart() const
    {
        if (!v3.isEmpty()) {
            const auto first = locateV3(1, nullptr);
            return !first || first->season != 1 || first->episode != 1;
        }
        if (patterns.isEmpty())
            return season != 1 || offset > 0;
        for (const SeasonPattern &p : patterns) {
            if (p.season > 0)
                return p.season != 1 || p.ranges.first().first != 1;
        }
        return true;
    }

    QString describe(const SeasonEpisode &t) const
    {
        return u"S%1E%2"_s.arg(t.season).arg(t.episode);
    }
};

/// The TMDB show whose numbering Anime-Lists shows equals this entry's TVDB series' numbering
/// (FribbsImporter marks the rows: every entry of the series that has both placements has the
/// same season and offset in both).
std::optional<qint64> tvdbNumberedLikeTmdb(const QList<IdMapRow> &rows)
{
    for (const IdMapRow &row : rows) {
        if (row.source != u"fribbs"_s || !row.extra.contains(u"tvdbMatchesTmdb"_s))
            continue;
        const QJsonValue v
            = QJsonDocument::fromJson(row.extra.toUtf8()).object().value(u"tvdbMatchesTmdb"_s);
        if (v.isDouble())
            return qint64(v.toDouble());
    }
    return std::nullopt;
}

bool exists(const QList<TraktSeason> &seasons, const SeasonEpisode &t)
{
    const TraktSeason *s = TraktSeasons::find(seasons, t.season);
    return s && TraktSeasons::hasEpisode(*s, t.episode);
}

/// Checks a candidate against Trakt's seasons. Empty string = fits; otherwise why not.
QString verify(
    const Candidate &c, int n, std::optional<int> entryEpisodes, const QList<TraktSeason> &seasons)
{
    QString why;
    const auto target = c.locate(n, seasons, &why);
    if (!target)
        return why;
    const TraktSeason *season = TraktSeasons::find(seasons, target->season);
    if (!season)
        return tr("%1 says %2, but Trakt has no season %3.")
            .arg(c.source, c.describe(*target))
            .arg(target->season);
    if (!TraktSeasons::hasEpisode(*season, target->episode)) {
        return tr("%1 says %2, but Trakt's season %3 has %4 episodes.")
            .arg(c.source, c.describe(*target))
            .arg(target->season)
            .arg(season->episodeCount);
    }
    // The whole entry must fit too: a TVDB season that TMDB/Trakt splits in two fits episode 1 but
    // not the last.
    if (entryEpisodes && *entryEpisodes > n) {
        QString lastWhy;
        const auto last = c.locate(*entryEpisodes, seasons, &lastWhy);
        if (last && !exists(seasons, *last)) {
            return tr("%1 puts the entry's last episode (%2) at %3, which Trakt does not have.")
                .arg(c.source)
                .arg(*entryEpisodes)
                .arg(c.describe(*last));
        }
    }
    // A pattern that runs through several seasons must have Trakt's season boundaries: a closed
    // piece e1-eN followed by another season means that season has N episodes (One Piece: TVDB S1 =
    // 8, Trakt S1 = 61).
    for (qsizetype i = 0; i < c.patterns.size(); ++i) {
        const SeasonPattern &p = c.patterns.at(i);
        if (p.season < 1 || i + 1 >= c.patterns.size())
            continue;
        const EpisodeRange &r = p.ranges.last();
        if (p.ranges.first().first != 1 || !r.last)
            continue;
        const TraktSeason *ts = TraktSeasons::find(seasons, p.season);
        if (ts && ts->episodeCount != *r.last) {
            return tr("%1 numbers season %2 with %3 episodes; Trakt's season %2 has %4 (different "
                      "numbering).")
                .arg(c.source)
                .arg(p.season)
                .arg(*r.last)
                .arg(ts->episodeCount);
        }
    }
    return {};
}

/// TVDB-numbered data on a show not known to be numbered like TMDB: accepted only when Trakt's
/// absolute numbers confirm it, i.e. the entry's episode 1 and episode n land on regular Trakt
/// episodes whose number_abs are n - 1 apart. Specials (no number_abs) cannot be confirmed.
QString verifyAbsolute(const Candidate &c, int n, const QList<TraktSeason> &seasons)
{
    auto numberAbs = [&seasons](const SeasonEpisode &t) -> std::optional<int> {
        const TraktSeason *s = TraktSeasons::find(seasons, t.season);
        if (!s || t.season < 1)
            return std::nullopt;
        for (const TraktEpisode &e : s->episodes) {
            if (e.number == t.episode)
                return e.numberAbs;
        }
        return std::nullopt;
    };
    const auto first = c.locate(1, seasons, nullptr);
    const auto target = c.locate(n, seasons, nullptr);
    const auto a = first ? numberAbs(*first) : std::nullopt;
    const auto b = target ? numberAbs(*target) : std::nullopt;
    if (a && b && *b - *a == n - 1)
        return {};
    return tr("%1 numbers episodes like TVDB, and Trakt's absolute numbers do not confirm %2 for "
              "episode %3 (TVDB's numbering of this show is not known to match TMDB's).")
        .arg(c.source, target ? c.describe(*target) : u"-"_s)
        .arg(n);
}

} // namespace

QString EpisodeMapping::kindName() const
{
    switch (kind) {
    case Kind::Episode:
        return u"episode"_s;
    case Kind::Movie:
        return u"movie"_s;
    case Kind::Unmapped:
        return u"unmapped"_s;
    }
    return {};
}

QJsonObject EpisodeMapping::toJson() const
{
    QJsonObject o { { u"anilistId"_s, double(anilistId) }, { u"anilistEpisode"_s, anilistEpisode },
        { u"kind"_s, kindName() },
        { u"traktId"_s, traktId ? QJsonValue(double(*traktId)) : QJsonValue() },
        { u"rule"_s, rule }, { u"source"_s, source }, { u"verified"_s, verified } };
    if (kind == Kind::Episode) {
        o.insert(u"season"_s, season);
        o.insert(u"episode"_s, episode);
        if (span > 1)
            o.insert(u"span"_s, span);
    }
    if (postedWith && *postedWith != anilistEpisode)
        o.insert(u"postedWith"_s, *postedWith);
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return o;
}

EpisodeMapping EpisodeMapper::decide(const EpisodeMapperInput &input, int n)
{
    EpisodeMapping out;
    out.anilistId = input.target.anilistId;
    out.anilistEpisode = n;
    out.traktId = input.target.traktId;
    const ResolvedId &target = input.target;

    if (!target.isResolved()) {
        out.rule = u"none"_s;
        out.reason = target.reason.isEmpty() ? tr("No Trakt title is known for this AniList entry.")
                                             : target.reason;
        return out;
    }
    if (target.isMovie()) {
        out.kind = EpisodeMapping::Kind::Movie;
        out.rule = u"movie"_s;
        out.source = u"resolver:"_s + target.source;
        out.verified = true;
        // A movie is one play: posted with episode 1, or, when several AniList episodes make one
        // TMDB movie ('1-3': '1|-3'), with the last of them; the others are part of it.
        out.postedWith = 1;
        for (const IdMapRow &row : input.rows) {
            if (row.source != AniBridgeV3Importer::idMapSource())
                continue;
            for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(row.extra)) {
                if (t.provider != u"tmdb_movie"_s || (target.tmdbId && *target.tmdbId != t.id))
                    continue;
                for (const RangePiece &p : t.pieces) {
                    if (p.contains(n) && p.last && *p.last > p.first)
                        out.postedWith = *p.last;
                }
            }
        }
        return out;
    }
    if (n < 1) {
        out.rule = u"none"_s;
        out.reason = tr("Episode %1 is not a valid episode number.").arg(n);
        return out;
    }

    // 1. A manual correction beats everything.
    if (target.traktId) {
        if (const auto it = input.overrides.constFind(n); it != input.overrides.constEnd()) {
            out.kind = EpisodeMapping::Kind::Episode;
            out.season = it->season;
            out.episode = it->episode;
            out.rule = u"override"_s;
            out.source = u"episode_override"_s;
            out.verified = true;
            return out;
        }
    }

    // 2. Season-aware data, TMDB numbering first (Trakt's seasons follow TMDB).
    const IdMapRow *otaku = nullptr;
    const IdMapRow *fribbs = nullptr;
    const IdMapRow *anibridge = nullptr;
    const IdMapRow *v3 = nullptr;
    std::optional<int> entryEpisodes;
    for (const IdMapRow &row : input.rows) {
        if (row.source == u"otaku"_s)
            otaku = &row;
        else if (row.source == AniBridgeV3Importer::idMapSource())
            v3 = &row;
        else if (row.source == u"fribbs"_s)
            fribbs = &row;
        else if (row.source == u"anibridge"_s)
            anibridge = &row;
        if (row.episodes && *row.episodes > 0)
            entryEpisodes = qMax(entryEpisodes.value_or(0), *row.episodes);
    }
    auto sameShow = [&](const std::optional<qint64> &rowId, const std::optional<qint64> &targetId) {
        return !rowId || !targetId || *rowId == *targetId;
    };
    QList<Candidate> candidates;
    // TMDB numbering first (Trakt numbers like TMDB): AniBridge v3's tmdb_show targets, then
    // Anime-Lists' TMDB placement (through Fribb).
    if (v3) {
        Candidate c { u"anibridge-v3:tmdb"_s, {}, 0, 0, {} };
        for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(v3->extra)) {
            if (t.provider == u"tmdb_show"_s && t.season
                && (!target.tmdbId || *target.tmdbId == t.id))
                c.v3 << t;
        }
        if (!c.v3.isEmpty())
            candidates.append(c);
    }
    if (fribbs && fribbs->tmdbSeason && fribbs->tmdbType != u"movie"_s
        && sameShow(fribbs->tmdbId, target.tmdbId))
        candidates.append(
            { u"fribbs:tmdb"_s, {}, *fribbs->tmdbSeason, fribbs->tmdbOffset.value_or(0), {} });
    // TVDB numbering only where Anime-Lists shows that this TVDB series is numbered like its TMDB
    // show; never a special for a regular episode when the pattern has regular seasons.
    QList<Candidate> tvdb;
    if (anibridge && sameShow(anibridge->tvdbId, target.tvdbId)) {
        QList<SeasonPattern> patterns = AniBridgeImporter::patternsFromExtra(anibridge->extra);
        const bool regular = std::any_of(patterns.cbegin(), patterns.cend(),
            [](const SeasonPattern &p) { return p.season > 0; });
        if (regular)
            patterns.removeIf([](const SeasonPattern &p) { return p.season == 0; });
        if (!patterns.isEmpty())
            tvdb.append({ u"anibridge:tvdb-pattern"_s, patterns, 0, 0, {} });
    }
    if (otaku && otaku->tvdbSeason && *otaku->tvdbSeason >= 0
        && sameShow(otaku->tvdbId, target.tvdbId))
        tvdb.append({ u"otaku:tvdb"_s, {}, *otaku->tvdbSeason, otaku->tvdbOffset.value_or(0), {} });
    if (fribbs && fribbs->tvdbSeason && *fribbs->tvdbSeason >= 0
        && sameShow(fribbs->tvdbId, target.tvdbId))
        tvdb.append(
            { u"fribbs:tvdb"_s, {}, *fribbs->tvdbSeason, fribbs->tvdbOffset.value_or(0), {} });
    const std::optional<qint64> sameNumbering = tvdbNumberedLikeTmdb(input.rows);
    const bool tvdbAllowed = sameNumbering && (!target.tmdbId || *target.tmdbId == *sameNumbering);
    for (Candidate &c : tvdb)
        c.tvdbNumbered = !tvdbAllowed;
    candidates += tvdb;

    QStringList setAside;
    bool laterPart = false;
    for (const Candidate &c : candidates) {
        QString why;
        const auto t = c.locate(n, input.seasons, &why);
        if (!t && !c.v3.isEmpty() && c.unmapsV3(n)) {
            // AniBridge v3 says this episode is in none of its TMDB places: no other source's
            // guess is better than asking for a manual mapping.
            out.rule = u"season-data"_s;
            out.source = c.source;
            out.reason = why;
            return out;
        }
        if (c.tvdbNumbered && !input.seasons) {
            setAside << tr("%1 set aside: it numbers episodes like TVDB, and this show's TVDB "
                           "numbering is not known to match TMDB's (which Trakt uses).")
                            .arg(c.source);
            laterPart = laterPart || c.describesLaterPart();
            continue;
        }
        if (input.seasons) {
            why = verify(c, n, entryEpisodes, *input.seasons);
            if (why.isEmpty() && c.tvdbNumbered)
                why = verifyAbsolute(c, n, *input.seasons);
            if (!why.isEmpty()) {
                setAside << why;
                laterPart = laterPart || c.describesLaterPart();
                continue;
            }
        }
        if (!t) {
            setAside << why;
            laterPart = laterPart || c.describesLaterPart();
            continue;
        }
        out.kind = EpisodeMapping::Kind::Episode;
        out.season = t->season;
        out.episode = t->episode;
        out.span = t->span;
        out.rule = u"season-data"_s;
        out.source = c.source;
        out.verified = input.seasons.has_value();
        if (!out.verified)
            setAside.prepend(tr("Not verified: Trakt's seasons are not known offline."));
        out.reason = setAside.join(u' ');
        return out;
    }
    if (laterPart) {
        // The data says this entry is a later season or part, and Trakt does not have the episode
        // it names: counting from S1E1 would post to the wrong season. Leave it for a manual
        // mapping.
        out.rule = u"season-data"_s;
        out.reason = setAside.join(u' ');
        return out;
    }

    // 3. The web version's breakpoint map. Otaku's absolute ("a") rows may start later in the run.
    int abs = n;
    if (otaku && otaku->tvdbSeason == -1 && otaku->tvdbOffset)
        abs += *otaku->tvdbOffset;
    BreakpointMap map;
    if (input.seasons) {
        map = BreakpointMap::build(target.traktId.value_or(0), *input.seasons);
        out.source = u"trakt:"_s + map.basis;
        out.verified = true;
    } else if (input.cachedMap) {
        map = *input.cachedMap;
        out.source = u"cache:map"_s;
    } else {
        out.rule = u"breakpoint"_s;
        setAside << tr("Trakt's seasons of this show are not known (fetch them online once).");
        out.reason = setAside.join(u' ');
        return out;
    }
    out.rule = u"breakpoint"_s;
    if (const auto t = map.lookup(abs)) {
        out.kind = EpisodeMapping::Kind::Episode;
        out.season = t->season;
        out.episode = t->episode;
    } else {
        out.verified = false;
        setAside << tr("Absolute episode %1 is not in Trakt's seasons (they end at %2).")
                        .arg(abs)
                        .arg(map.lastEpisode());
    }
    out.reason = setAside.join(u' ');
    return out;
}

Result<EpisodeMapperInput> EpisodeMapper::loadInput(
    const ResolvedId &target, const std::optional<QList<TraktSeason>> &seasons) const
{
    EpisodeMapperInput input;
    input.target = target;
    auto rows = IdMapRepository(m_db).forAnilistId(target.anilistId);
    if (!rows)
        return rows.error();
    input.rows = rows.value();
    input.seasons = seasons;
    if (target.traktId && !target.isMovie()) {
        auto overrides = OverrideRepository(m_db).forShow(*target.traktId);
        if (!overrides)
            return overrides.error();
        input.overrides = overrides.value();
        if (!seasons) {
            ConfigRepository config(m_db);
            const QString episodes = config.value(ConfigKey::showEpisodes(*target.traktId));
            const QJsonDocument doc = QJsonDocument::fromJson(episodes.toUtf8());
            if (doc.isArray() && !doc.array().isEmpty())
                input.seasons = TraktSeasons::fromNormalisedEpisodes(doc.array());
            const QString cached = config.value(ConfigKey::breakpointMap(*target.traktId));
            if (!cached.isEmpty()) {
                if (auto map = BreakpointMap::fromJson(cached))
                    input.cachedMap = map.value();
            }
        }
    }
    return input;
}

Result<EpisodeMapping> EpisodeMapper::map(
    const ResolvedId &target, int episode, const std::optional<QList<TraktSeason>> &seasons) const
{
    auto input = loadInput(target, seasons);
    if (!input)
        return input.error();
    return decide(input.value(), episode);
}

Result<BreakpointMap> EpisodeMapper::storeSeasons(qint64 traktId, const QList<TraktSeason> &seasons)
{
    const BreakpointMap map = BreakpointMap::build(traktId, seasons);
    ConfigRepository config(m_db);
    const QString episodes = QString::fromUtf8(
        QJsonDocument(TraktSeasons::normalisedEpisodes(seasons)).toJson(QJsonDocument::Compact));
    auto saved = m_db.transaction([&]() -> Result<void> {
        if (auto r = config.set(ConfigKey::showEpisodes(traktId), episodes); !r)
            return r;
        return config.set(ConfigKey::breakpointMap(traktId), map.toJson());
    });
    if (!saved)
        return saved.error();
    return map;
}

} // namespace Tsuzuki
