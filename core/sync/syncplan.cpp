#include "core/sync/syncplan.h"

#include "core/common/error.h"
#include "core/sync/extrasrules.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Trakt's ids object for a show or movie: its Trakt id alone, else the external ids it has.
QJsonObject titleIdsJson(bool movie, const std::optional<qint64> &traktId,
    const std::optional<qint64> &tmdbId, const std::optional<qint64> &tvdbId, const QString &imdbId)
{
    QJsonObject ids;
    if (traktId) {
        ids.insert(u"trakt"_s, *traktId);
        return ids;
    }
    if (tmdbId)
        ids.insert(u"tmdb"_s, *tmdbId);
    if (tvdbId && !movie)
        ids.insert(u"tvdb"_s, *tvdbId);
    if (!imdbId.isEmpty())
        ids.insert(u"imdb"_s, imdbId);
    return ids;
}

QJsonObject requestsJson(const QHash<QString, int> &requests)
{
    QJsonObject o;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

QString skipKindKey(SkipKind kind)
{
    switch (kind) {
    case SkipKind::AlreadySynced:
        return u"alreadySynced"_s;
    case SkipKind::Unmapped:
        return u"unmapped"_s;
    case SkipKind::InvalidProgress:
        return u"invalidProgress"_s;
    case SkipKind::InvalidTime:
        return u"invalidTime"_s;
    case SkipKind::NoEpisodes:
        return u"noEpisodes"_s;
    case SkipKind::NotWatched:
        return u"notWatched"_s;
    case SkipKind::PartOfMovie:
        return u"partOfMovie"_s;
    case SkipKind::NeedsMapping:
        return u"needsMapping"_s;
    case SkipKind::AlreadyOnTrakt:
        return u"alreadyOnTrakt"_s;
    case SkipKind::NeverPost:
        return u"neverPost"_s;
    case SkipKind::WatchOnlyOnce:
        return u"watchOnlyOnce"_s;
    case SkipKind::WatchlistFull:
        return u"watchlistFull"_s;
    case SkipKind::ExtraNotPlaced:
        return u"extraNotPlaced"_s;
    }
    return {};
}

std::optional<SkipKind> skipKindFromKey(QStringView key)
{
    for (SkipKind kind : { SkipKind::AlreadySynced, SkipKind::Unmapped, SkipKind::InvalidProgress,
             SkipKind::InvalidTime, SkipKind::NoEpisodes, SkipKind::NotWatched,
             SkipKind::PartOfMovie, SkipKind::NeedsMapping, SkipKind::AlreadyOnTrakt,
             SkipKind::NeverPost, SkipKind::WatchOnlyOnce, SkipKind::WatchlistFull,
             SkipKind::ExtraNotPlaced }) {
        if (key == skipKindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QString syncModeKey(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Full:
        return u"full"_s;
    case SyncMode::Completed:
        return u"completed"_s;
    case SyncMode::Watching:
        return u"watching"_s;
    case SyncMode::Show:
        return u"show"_s;
    }
    return u"full"_s;
}

std::optional<SyncMode> syncModeFromKey(QStringView key)
{
    for (SyncMode m : { SyncMode::Full, SyncMode::Completed, SyncMode::Watching, SyncMode::Show }) {
        if (key == syncModeKey(m))
            return m;
    }
    return std::nullopt;
}

QString PlannedPlay::makeItemId(qint64 anilistId, int absEpisode)
{
    return QString::number(anilistId) + u':' + QString::number(absEpisode);
}

QString PlannedPlay::makeRewatchId(qint64 anilistId, int absEpisode, int rewatch)
{
    return makeItemId(anilistId, absEpisode) + u":r"_s + QString::number(rewatch);
}

QString PlannedPlay::itemIdForLedger(qint64 anilistId, int ledgerEpisode)
{
    const int rewatch = ExtrasRules::rewatchOfKey(ledgerEpisode);
    const int episode = ExtrasRules::episodeOfKey(ledgerEpisode);
    return rewatch > 0 ? makeRewatchId(anilistId, episode, rewatch)
                       : makeItemId(anilistId, episode);
}

int PlannedPlay::ledgerEpisode() const
{
    return ExtrasRules::ledgerEpisode(absEpisode, rewatch);
}

QString extraActionKey(ExtraAction action)
{
    switch (action) {
    case ExtraAction::Rate:
        return u"rate"_s;
    case ExtraAction::WatchlistAdd:
        return u"watchlist-add"_s;
    case ExtraAction::WatchlistRemove:
        return u"watchlist-remove"_s;
    case ExtraAction::Drop:
        return u"drop"_s;
    }
    return {};
}

std::optional<ExtraAction> extraActionFromKey(QStringView key)
{
    for (ExtraAction a : { ExtraAction::Rate, ExtraAction::WatchlistAdd,
             ExtraAction::WatchlistRemove, ExtraAction::Drop }) {
        if (key == extraActionKey(a))
            return a;
    }
    return std::nullopt;
}

QString PlannedExtra::makeItemId(ExtraAction action, qint64 anilistId)
{
    return extraActionKey(action) + u':' + QString::number(anilistId);
}

QJsonObject PlannedExtra::idsJson() const
{
    return titleIdsJson(movie, traktId, tmdbId, tvdbId, imdbId);
}

QJsonObject PlannedExtra::toJson() const
{
    QJsonObject o { { u"id"_s, itemId }, { u"action"_s, extraActionKey(action) },
        { u"anilistId"_s, anilistId }, { u"title"_s, title },
        { u"type"_s, movie ? u"movie"_s : (season > 0 ? u"season"_s : u"show"_s) },
        { u"ids"_s, idsJson() }, { u"detail"_s, detail } };
    if (season > 0)
        o.insert(u"season"_s, season);
    if (action == ExtraAction::Rate) {
        o.insert(u"rating"_s, rating);
        o.insert(u"previousRating"_s, previousRating);
        o.insert(u"score"_s, score);
        o.insert(u"scoreFormat"_s, scoreFormat);
    }
    return o;
}

QJsonObject PlannedPlay::idsJson() const
{
    return titleIdsJson(movie, traktId, tmdbId, tvdbId, imdbId);
}

QJsonObject PlannedPlay::toJson() const
{
    QJsonObject o { { u"id"_s, itemId }, { u"anilistId"_s, anilistId }, { u"title"_s, title },
        { u"absEpisode"_s, absEpisode }, { u"type"_s, movie ? u"movie"_s : u"episode"_s },
        { u"ids"_s, idsJson() }, { u"watchedAt"_s, isoTime(watchedAt) }, { u"rule"_s, rule },
        { u"source"_s, source } };
    if (!movie) {
        o.insert(u"season"_s, season);
        o.insert(u"episode"_s, episode);
    }
    if (activityId)
        o.insert(u"activityId"_s, activityId);
    if (rewatch > 0) {
        o.insert(u"rewatch"_s, rewatch);
        o.insert(u"dateSource"_s, dateSource);
    }
    return o;
}

QJsonObject SkippedItem::toJson() const
{
    QJsonObject o { { u"kind"_s, skipKindKey(kind) }, { u"anilistId"_s, anilistId },
        { u"title"_s, title }, { u"reason"_s, reason } };
    if (absEpisode)
        o.insert(u"absEpisode"_s, absEpisode);
    if (activityId)
        o.insert(u"activityId"_s, activityId);
    if (traktId || !targetIds.isEmpty()) {
        o.insert(u"type"_s, movie ? u"movie"_s : u"episode"_s);
        if (traktId)
            o.insert(u"traktId"_s, *traktId);
        if (!movie) {
            o.insert(u"season"_s, season);
            o.insert(u"episode"_s, episode);
        }
        if (!targetIds.isEmpty())
            o.insert(u"ids"_s, targetIds);
    }
    if (watchedAt.isValid())
        o.insert(u"watchedAt"_s, isoTime(watchedAt));
    if (traktWatchedAt.isValid())
        o.insert(u"traktWatchedAt"_s, isoTime(traktWatchedAt));
    if (traktPlays)
        o.insert(u"traktPlays"_s, traktPlays);
    return o;
}

SkippedItem SkippedItem::fromJson(const QJsonObject &o)
{
    SkippedItem s;
    s.kind = skipKindFromKey(o.value(u"kind"_s).toString()).value_or(SkipKind::Unmapped);
    s.anilistId = o.value(u"anilistId"_s).toInteger();
    s.title = o.value(u"title"_s).toString();
    s.absEpisode = o.value(u"absEpisode"_s).toInt();
    s.reason = o.value(u"reason"_s).toString();
    s.activityId = o.value(u"activityId"_s).toInteger();
    s.movie = o.value(u"type"_s).toString() == u"movie"_s;
    if (o.contains(u"traktId"_s))
        s.traktId = o.value(u"traktId"_s).toInteger();
    s.season = o.value(u"season"_s).toInt();
    s.episode = o.value(u"episode"_s).toInt();
    s.targetIds = o.value(u"ids"_s).toString();
    s.watchedAt = QDateTime::fromString(o.value(u"watchedAt"_s).toString(), Qt::ISODateWithMs);
    s.traktWatchedAt
        = QDateTime::fromString(o.value(u"traktWatchedAt"_s).toString(), Qt::ISODateWithMs);
    s.traktPlays = o.value(u"traktPlays"_s).toInt();
    return s;
}

QJsonObject SyncCounters::toJson() const
{
    return { { u"found"_s, found }, { u"synced"_s, synced }, { u"alreadySynced"_s, alreadySynced },
        { u"alreadySyncedShows"_s, alreadySyncedShows }, { u"skippedUnmapped"_s, skippedUnmapped },
        { u"added"_s, added }, { u"notFound"_s, notFound }, { u"alreadyOnTrakt"_s, alreadyOnTrakt },
        { u"neverPost"_s, neverPost }, { u"rewatches"_s, rewatches }, { u"ratings"_s, ratings },
        { u"watchlistAdded"_s, watchlistAdded }, { u"watchlistRemoved"_s, watchlistRemoved },
        { u"dropped"_s, dropped }, { u"extrasFailed"_s, extrasFailed } };
}

QStringList SyncPlan::itemIds() const
{
    QStringList ids;
    ids.reserve(plays.size() + extras.size());
    for (const PlannedPlay &p : plays)
        ids << p.itemId;
    for (const PlannedExtra &e : extras)
        ids << e.itemId;
    return ids;
}

SyncPlan SyncPlan::restrictedTo(const QStringList &approved) const
{
    const QSet<QString> keep(approved.cbegin(), approved.cend());
    const QSet<QString> never(neverPost.cbegin(), neverPost.cend());
    SyncPlan copy = *this;
    copy.plays.clear();
    for (const PlannedPlay &p : plays) {
        if (keep.contains(p.itemId) && !never.contains(p.itemId))
            copy.plays << p;
    }
    copy.extras.clear();
    for (const PlannedExtra &e : extras) {
        if (keep.contains(e.itemId))
            copy.extras << e;
    }
    return copy;
}

QJsonObject SyncPlan::toJson() const
{
    QJsonArray playArray;
    for (const PlannedPlay &p : plays)
        playArray << p.toJson();
    QJsonArray skippedArray;
    for (const SkippedItem &s : skipped)
        skippedArray << s.toJson();
    QJsonObject o = counters.toJson();
    o.insert(u"mode"_s, syncModeKey(mode));
    o.insert(u"preview"_s, true);
    o.insert(u"plays"_s, playArray);
    o.insert(u"planned"_s, plays.size());
    o.insert(u"skipped"_s, skippedArray);
    if (options.extras) {
        QJsonArray extraArray;
        for (const PlannedExtra &e : extras)
            extraArray << e.toJson();
        o.insert(u"extras"_s, extraArray);
        o.insert(u"with"_s, QJsonArray::fromStringList(ExtrasRules::keys(options.extras)));
    }
    o.insert(u"requests"_s, requestsJson(requests));
    if (mode == SyncMode::Full)
        o.insert(u"windowStart"_s, windowStart);
    if (!warnings.isEmpty())
        o.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    o.insert(u"reconciled"_s, reconciled);
    o.insert(u"includeWatched"_s, options.includeWatched);
    if (!neverPost.isEmpty())
        o.insert(u"neverPost"_s, QJsonArray::fromStringList(neverPost));
    return o;
}

QJsonObject SyncReport::toJson() const
{
    QJsonObject o = counters.toJson();
    o.insert(u"mode"_s, syncModeKey(mode));
    o.insert(u"automated"_s, automated);
    o.insert(u"runId"_s, runId);
    o.insert(u"status"_s, runStatusKey(status));
    o.insert(u"posted"_s, posted);
    o.insert(u"recovered"_s, recovered);
    o.insert(u"requests"_s, requestsJson(requests));
    o.insert(u"durationMs"_s, durationMs);
    QJsonArray nf;
    for (const NotFoundPlay &p : notFound) {
        QJsonObject item { { u"anilistId"_s, p.anilistId }, { u"title"_s, p.title },
            { u"absEpisode"_s, p.absEpisode }, { u"type"_s, p.movie ? u"movie"_s : u"episode"_s } };
        if (!p.movie) {
            item.insert(u"season"_s, p.season);
            item.insert(u"episode"_s, p.episode);
        }
        if (p.traktId)
            item.insert(u"traktId"_s, *p.traktId);
        nf << item;
    }
    o.insert(u"notFoundItems"_s, nf);
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    if (errorCode != ErrorCode::None)
        o.insert(u"errorCode"_s, errorCodeName(errorCode));
    return o;
}

void registerSyncMetaTypes()
{
    qRegisterMetaType<Tsuzuki::SyncMode>();
    qRegisterMetaType<Tsuzuki::SyncOptions>();
    qRegisterMetaType<Tsuzuki::SyncPlan>();
    qRegisterMetaType<Tsuzuki::SyncReport>();
    qRegisterMetaType<Tsuzuki::Error>();
}

} // namespace Tsuzuki
