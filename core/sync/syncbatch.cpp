#include "core/sync/syncbatch.h"

#include "core/store/ledgerrepository.h"
#include "core/sync/extrasrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tsuzuki::SyncBatch {

namespace {

bool idsMatch(const TraktIds &ids, const PlannedPlay &p)
{
    if (p.traktId && ids.trakt)
        return ids.trakt == *p.traktId;
    if (p.tmdbId && ids.tmdb)
        return ids.tmdb == *p.tmdbId;
    if (p.tvdbId && ids.tvdb)
        return ids.tvdb == *p.tvdbId;
    return !p.imdbId.isEmpty() && ids.imdb == p.imdbId;
}

} // namespace

QString showKey(const PlannedPlay &p)
{
    return (p.movie ? u"m:"_s : u"s:"_s)
        + QString::fromUtf8(QJsonDocument(p.idsJson()).toJson(QJsonDocument::Compact));
}

QJsonObject payload(const QList<PlannedPlay> &batch)
{
    QJsonArray shows;
    QJsonArray movies;
    QList<QString> order;
    QHash<QString, QMap<int, QJsonArray>> seasons;
    QHash<QString, QJsonObject> ids;
    for (const PlannedPlay &p : batch) {
        const QString when = p.watchedAt.toUTC().toString(Qt::ISODateWithMs);
        if (p.movie) {
            movies << QJsonObject { { u"ids"_s, p.idsJson() }, { u"watched_at"_s, when } };
            continue;
        }
        const QString key = showKey(p);
        if (!ids.contains(key)) {
            order << key;
            ids.insert(key, p.idsJson());
        }
        seasons[key][p.season] << QJsonObject { { u"number"_s, p.episode },
            { u"watched_at"_s, when } };
    }
    for (const QString &key : order) {
        QJsonArray seasonArray;
        const auto &bySeason = seasons.value(key);
        for (auto it = bySeason.cbegin(); it != bySeason.cend(); ++it)
            seasonArray << QJsonObject { { u"number"_s, it.key() }, { u"episodes"_s, it.value() } };
        shows << QJsonObject { { u"ids"_s, ids.value(key) }, { u"seasons"_s, seasonArray } };
    }
    QJsonObject body;
    if (!shows.isEmpty())
        body.insert(u"shows"_s, shows);
    if (!movies.isEmpty())
        body.insert(u"movies"_s, movies);
    return body;
}

qint64 minuteOf(const QDateTime &t)
{
    return t.toSecsSinceEpoch() / 60;
}

PlannedPlay playFromLedger(const LedgerEntry &e)
{
    PlannedPlay p;
    p.itemId = PlannedPlay::itemIdForLedger(e.anilistId, e.absEpisode);
    p.anilistId = e.anilistId;
    p.absEpisode = ExtrasRules::episodeOfKey(e.absEpisode);
    p.rewatch = ExtrasRules::rewatchOfKey(e.absEpisode);
    p.title = e.title;
    p.movie = e.targetKind == u"movie"_s;
    const QJsonObject ids = QJsonDocument::fromJson(e.targetIds.toUtf8()).object();
    p.traktId = e.traktId;
    if (ids.contains(u"tmdb"_s))
        p.tmdbId = ids.value(u"tmdb"_s).toInteger();
    if (ids.contains(u"tvdb"_s))
        p.tvdbId = ids.value(u"tvdb"_s).toInteger();
    p.imdbId = ids.value(u"imdb"_s).toString();
    p.season = e.season.value_or(0);
    p.episode = e.episode.value_or(0);
    p.watchedAt = e.watchedAt;
    p.rule = e.rule;
    p.source = e.source;
    return p;
}

LedgerEntry ledgerEntry(const PlannedPlay &p, qint64 runId)
{
    LedgerEntry e;
    e.runId = runId;
    e.anilistId = p.anilistId;
    e.absEpisode = p.ledgerEpisode();
    e.targetKind = p.movie ? u"movie"_s : u"episode"_s;
    e.traktId = p.traktId;
    e.targetIds = QString::fromUtf8(QJsonDocument(p.idsJson()).toJson(QJsonDocument::Compact));
    if (!p.movie) {
        e.season = p.season;
        e.episode = p.episode;
    }
    e.watchedAt = p.watchedAt;
    e.outcome = LedgerOutcome::Pending;
    e.rule = p.rule;
    e.source = p.source;
    e.title = p.title;
    return e;
}

Answer classify(const QList<PlannedPlay> &batch, const TraktHistoryAddResult &result)
{
    // Match not_found echoes to what we sent. Echoed episodes carry no show: when one
    // could be several of ours, read history for those instead of guessing.
    QSet<QString> nf;
    QList<PlannedPlay> verify;
    QSet<QString> verifySet;
    for (const TraktNotFoundItem &item : result.notFound) {
        QList<PlannedPlay> candidates;
        for (const PlannedPlay &p : batch) {
            if (item.kind == u"movie"_s && p.movie && idsMatch(item.ids, p))
                candidates << p;
            else if (item.kind == u"show"_s && !p.movie && idsMatch(item.ids, p))
                candidates << p;
            else if (item.kind == u"season"_s && !p.movie
                && item.object.value(u"number"_s).toInt(-1) == p.season)
                candidates << p;
            else if (item.kind == u"episode"_s && !p.movie
                && item.object.value(u"number"_s).toInt(-1) == p.episode
                && minuteOf(QDateTime::fromString(
                       item.object.value(u"watched_at"_s).toString(), Qt::ISODateWithMs))
                    == minuteOf(p.watchedAt))
                candidates << p;
        }
        const bool wholeShow = item.kind == u"show"_s || item.kind == u"movie"_s;
        QSet<QString> shows;
        for (const PlannedPlay &p : candidates)
            shows.insert(showKey(p));
        if (wholeShow || shows.size() <= 1) {
            for (const PlannedPlay &p : candidates)
                nf.insert(p.itemId);
        } else {
            for (const PlannedPlay &p : candidates) {
                if (!verifySet.contains(p.itemId)) {
                    verifySet.insert(p.itemId);
                    verify << p;
                }
            }
        }
    }
    Answer answer;
    for (const PlannedPlay &p : batch) {
        if (verifySet.contains(p.itemId))
            continue;
        (nf.contains(p.itemId) ? answer.notFound : answer.added)
            << Key(p.anilistId, p.ledgerEpisode());
    }
    answer.verify = verify;
    // The plays to be verified may or may not be among Trakt's count.
    const qsizetype reported = result.added.episodes + result.added.movies;
    answer.countsAgree = result.added.present && reported >= answer.added.size()
        && reported <= answer.added.size() + answer.verify.size();
    return answer;
}

} // namespace Tsuzuki::SyncBatch
