// FakeTrakt, the account side of issue 14: what the account has watched (GET /sync/watched/*),
// when it changed (GET /sync/last_activities), who it is and its limits (GET /users/settings),
// removing plays (POST /sync/history/remove), and the refusals of Trakt's 2026 rules (an app the
// user revoked). The rest of the fake is faketrakt.cpp.
#include "tests/fakes/faketrakt.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString isoSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.000Z"_s);
}

} // namespace

void FakeTrakt::touch(bool movies, const QString &account)
{
    // Strictly increasing: two changes in one millisecond still differ, as a client comparing
    // the times must see.
    m_lastChangeMs = std::max(m_lastChangeMs + 1, QDateTime::currentMSecsSinceEpoch());
    (movies ? m_moviesChangedMs : m_episodesChangedMs).insert(account, m_lastChangeMs);
}

QJsonObject FakeTrakt::lastActivitiesJson(const QString &account) const
{
    const qint64 base = 1'577'836'800'000; // 2020-01-01
    const qint64 episodes = std::max(
        { base, m_episodesChangedMs.value(QString()), m_episodesChangedMs.value(account) });
    const qint64 movies
        = std::max({ base, m_moviesChangedMs.value(QString()), m_moviesChangedMs.value(account) });
    const QString b = isoMs(base);
    return QJsonObject { { u"all"_s, isoMs(std::max(episodes, movies)) },
        { u"movies"_s,
            QJsonObject { { u"watched_at"_s, isoMs(movies) }, { u"collected_at"_s, b },
                { u"rated_at"_s, b }, { u"watchlisted_at"_s, b }, { u"favorited_at"_s, b },
                { u"commented_at"_s, b }, { u"paused_at"_s, b }, { u"hidden_at"_s, b } } },
        { u"episodes"_s,
            QJsonObject { { u"watched_at"_s, isoMs(episodes) }, { u"collected_at"_s, b },
                { u"rated_at"_s, b }, { u"watchlisted_at"_s, b }, { u"commented_at"_s, b },
                { u"paused_at"_s, b } } },
        { u"shows"_s,
            QJsonObject { { u"rated_at"_s, b }, { u"watchlisted_at"_s, b },
                { u"favorited_at"_s, b }, { u"commented_at"_s, b }, { u"hidden_at"_s, b } } },
        { u"seasons"_s,
            QJsonObject { { u"rated_at"_s, b }, { u"watchlisted_at"_s, b },
                { u"commented_at"_s, b }, { u"hidden_at"_s, b } } },
        { u"account"_s,
            QJsonObject { { u"settings_at"_s, b }, { u"followed_at"_s, b },
                { u"following_at"_s, b }, { u"pending_at"_s, b }, { u"requested_at"_s, b } } } };
}

FakeResponse FakeTrakt::userSettings() const
{
    QJsonObject limits = m_limits;
    if (limits.isEmpty()) {
        // Trakt's free-account limits of 2026 (VIP: higher).
        const int items = m_vip ? 5000 : 100;
        limits = QJsonObject {
            { u"list"_s,
                QJsonObject { { u"count"_s, m_vip ? 1000 : 2 }, { u"item_count"_s, items } } },
            { u"watchlist"_s, QJsonObject { { u"item_count"_s, items } } },
            { u"favorites"_s, QJsonObject { { u"item_count"_s, m_vip ? 500 : 50 } } },
            { u"collection"_s, QJsonObject { { u"item_count"_s, items } } },
            { u"notes"_s, QJsonObject { { u"item_count"_s, items } } }
        };
        if (m_historyLimit > 0)
            limits.insert(u"history"_s, QJsonObject { { u"item_count"_s, m_historyLimit } });
    }
    QJsonObject watchlist = limits.value(u"watchlist"_s).toObject();
    watchlist.insert(u"item_count"_s, watchlistLimit());
    limits.insert(u"watchlist"_s, watchlist);
    return FakeResponse::json(
        QJsonObject { { u"user"_s,
                          QJsonObject { { u"username"_s, m_requestUser }, { u"private"_s, false },
                              { u"name"_s, m_requestUser == m_username ? m_name : m_requestUser },
                              { u"vip"_s, m_vip }, { u"vip_ep"_s, false },
                              { u"ids"_s, QJsonObject { { u"slug"_s, m_requestUser } } } } },
            { u"account"_s, QJsonObject { { u"timezone"_s, u"UTC"_s }, { u"time_24hr"_s, true } } },
            { u"browsing"_s, QJsonObject { { u"watch_only_once"_s, m_watchOnlyOnce } } },
            { u"limits"_s, limits } });
}

FakeResponse FakeTrakt::watched(const QString &type) const
{
    if (type != u"shows"_s && type != u"movies"_s)
        return FakeResponse::json(QJsonObject { { u"error"_s, u"not_found"_s } }, 404);
    const bool movies = type == u"movies"_s;
    struct Entry
    {
        int plays = 0;
        qint64 last = 0;
    };
    // Ordered maps: Trakt lists by title; the order does not matter to a client, stability does.
    QMap<qint64, Entry> titles;
    QMap<qint64, QMap<int, QMap<int, Entry>>> episodes;
    for (const FakeTraktPlay &p : m_history) {
        if (p.isMovie != movies || !visibleTo(p, m_requestUser))
            continue;
        const qint64 id = movies ? p.movieTrakt : p.showTrakt;
        Entry &t = titles[id];
        ++t.plays;
        t.last = std::max(t.last, p.watchedAt);
        if (!movies) {
            Entry &e = episodes[id][p.season][p.number];
            ++e.plays;
            e.last = std::max(e.last, p.watchedAt);
        }
    }
    rebuildIndexes();
    QJsonArray out;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        QJsonObject o { { u"plays"_s, it->plays }, { u"last_watched_at"_s, isoSecs(it->last) },
            { u"last_updated_at"_s, isoSecs(it->last) } };
        if (movies) {
            const qsizetype m = m_movieByTrakt.value(it.key(), -1);
            o.insert(u"movie"_s,
                m >= 0 ? m_movies.at(m).summaryJson()
                       : QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, it.key() } } } });
            out.append(o);
            continue;
        }
        o.insert(u"reset_at"_s, QJsonValue());
        const qsizetype s = m_showByTrakt.value(it.key(), -1);
        o.insert(u"show"_s,
            s >= 0 ? m_shows.at(s).summaryJson()
                   : QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, it.key() } } } });
        QJsonArray seasons;
        const auto &bySeason = episodes.value(it.key());
        for (auto se = bySeason.cbegin(); se != bySeason.cend(); ++se) {
            QJsonArray eps;
            for (auto e = se->cbegin(); e != se->cend(); ++e)
                eps.append(QJsonObject { { u"number"_s, e.key() }, { u"plays"_s, e->plays },
                    { u"last_watched_at"_s, isoSecs(e->last) } });
            seasons.append(QJsonObject { { u"number"_s, se.key() }, { u"episodes"_s, eps } });
        }
        o.insert(u"seasons"_s, seasons);
        out.append(o);
    }
    return FakeResponse::json(out);
}

int FakeTrakt::removePlays(const QList<qint64> &historyIds)
{
    const QSet<qint64> ids(historyIds.cbegin(), historyIds.cend());
    bool episodes = false;
    bool movies = false;
    const qsizetype before = m_history.size();
    m_history.removeIf([&](const FakeTraktPlay &p) {
        if (!ids.contains(p.historyId))
            return false;
        (p.isMovie ? movies : episodes) = true;
        return true;
    });
    if (episodes)
        touch(false, m_requestUser);
    if (movies)
        touch(true, m_requestUser);
    return int(before - m_history.size());
}

FakeResponse FakeTrakt::removeHistory(const QJsonObject &body)
{
    int deletedEpisodes = 0;
    int deletedMovies = 0;
    QJsonArray notFoundIds;
    QList<qint64> remove;
    QSet<qint64> present;
    for (const FakeTraktPlay &p : std::as_const(m_history)) {
        if (visibleTo(p, m_requestUser))
            present.insert(p.historyId);
    }
    for (const QJsonValue &v : body.value(u"ids"_s).toArray()) {
        const qint64 id = v.toInteger();
        if (!present.contains(id)) {
            notFoundIds.append(id);
            continue;
        }
        remove << id;
        present.remove(id);
    }
    // By item: every play of it goes (Trakt's rule, and why Tsuzuki never removes by item).
    QJsonArray notFoundShows, notFoundMovies;
    for (const QJsonValue &sv : body.value(u"shows"_s).toArray()) {
        const qsizetype s = findShow(sv.toObject().value(u"ids"_s).toObject());
        if (s < 0) {
            notFoundShows.append(sv);
            continue;
        }
        const qint64 trakt = m_shows.at(s).ids.trakt;
        QSet<QPair<int, int>> only;
        for (const QJsonValue &se : sv.toObject().value(u"seasons"_s).toArray()) {
            for (const QJsonValue &e : se.toObject().value(u"episodes"_s).toArray())
                only.insert({ se.toObject().value(u"number"_s).toInt(),
                    e.toObject().value(u"number"_s).toInt() });
        }
        for (const FakeTraktPlay &p : std::as_const(m_history)) {
            if (!p.isMovie && p.showTrakt == trakt && visibleTo(p, m_requestUser)
                && (only.isEmpty() || only.contains({ p.season, p.number })))
                remove << p.historyId;
        }
    }
    for (const QJsonValue &mv : body.value(u"movies"_s).toArray()) {
        const qsizetype m = findMovie(mv.toObject().value(u"ids"_s).toObject());
        if (m < 0) {
            notFoundMovies.append(mv);
            continue;
        }
        for (const FakeTraktPlay &p : std::as_const(m_history)) {
            if (p.isMovie && p.movieTrakt == m_movies.at(m).ids.trakt
                && visibleTo(p, m_requestUser))
                remove << p.historyId;
        }
    }
    const QSet<qint64> removing(remove.cbegin(), remove.cend());
    for (const FakeTraktPlay &p : std::as_const(m_history)) {
        if (removing.contains(p.historyId))
            ++(p.isMovie ? deletedMovies : deletedEpisodes);
    }
    removePlays(QList<qint64>(removing.cbegin(), removing.cend()));
    return FakeResponse::json(QJsonObject {
        { u"deleted"_s,
            QJsonObject { { u"movies"_s, deletedMovies }, { u"episodes"_s, deletedEpisodes } } },
        { u"not_found"_s,
            QJsonObject { { u"movies"_s, notFoundMovies }, { u"shows"_s, notFoundShows },
                { u"seasons"_s, QJsonArray() }, { u"episodes"_s, QJsonArray() },
                { u"ids"_s, notFoundIds } } } });
}

void FakeTrakt::revokeApp()
{
    for (Token &t : m_tokens) {
        t.appRevoked = true;
        t.refreshUsed = true; // its refresh answers invalid_grant
    }
}

} // namespace Tsuzuki
