#include "core/store/watchedrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString kindKey(bool movie)
{
    return movie ? u"movie"_s : u"show"_s;
}

std::optional<qint64> nonZero(qint64 id)
{
    return id ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

QString WatchedRepository::episodesToText(const QList<TraktWatchedEpisode> &episodes)
{
    QJsonArray array;
    for (const TraktWatchedEpisode &e : episodes) {
        array.append(QJsonArray { e.season, e.number, e.plays,
            e.lastWatchedAt.isValid() ? e.lastWatchedAt.toUTC().toString(Qt::ISODateWithMs)
                                      : QString() });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<TraktWatchedEpisode> WatchedRepository::episodesFromText(const QString &text)
{
    QList<TraktWatchedEpisode> episodes;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    episodes.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray e = v.toArray();
        if (e.size() < 3)
            continue;
        episodes.append(TraktWatchedEpisode { e.at(0).toInt(), e.at(1).toInt(), e.at(2).toInt(),
            QDateTime::fromString(e.at(3).toString(), Qt::ISODateWithMs).toUTC() });
    }
    return episodes;
}

Result<void> WatchedRepository::replace(
    bool movies, const QList<TraktWatchedItem> &items, const QDateTime &readAt)
{
    return m_db.transaction([&]() -> Result<void> {
        if (auto q = m_db.exec(u"DELETE FROM trakt_watched WHERE kind = ?"_s, { kindKey(movies) });
            !q)
            return q.error();
        auto insert = m_db.prepare(
            u"INSERT INTO trakt_watched (kind, trakt_id, tmdb_id, tvdb_id, imdb_id, title, plays, "
            u"last_watched_at, episodes, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            u"ON CONFLICT (kind, trakt_id) DO UPDATE SET plays = excluded.plays"_s);
        if (!insert)
            return insert.error();
        const QVariant read = m_db.toDb(readAt);
        for (const TraktWatchedItem &item : items) {
            // Trakt always sends its own id; an item without one cannot be matched by id anyway
            // and is kept under its TMDB id's negative, which no Trakt id can equal.
            const qint64 key = item.ids.trakt ? item.ids.trakt : -item.ids.tmdb;
            if (!key)
                continue;
            if (auto done = m_db.execPrepared(insert.value(),
                    { kindKey(movies), key, Sql::nullable(nonZero(item.ids.tmdb)),
                        Sql::nullable(nonZero(item.ids.tvdb)), Sql::nullableText(item.ids.imdb),
                        Sql::nullableText(item.title), item.plays, m_db.toDb(item.lastWatchedAt),
                        movies ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(episodesToText(item.episodes)),
                        read });
                !done)
                return done;
        }
        return {};
    });
}

Result<QList<TraktWatchedItem>> WatchedRepository::all() const
{
    auto q = m_db.exec(u"SELECT kind, trakt_id, tmdb_id, tvdb_id, imdb_id, title, plays, "
                       u"last_watched_at, episodes FROM trakt_watched"_s);
    if (!q)
        return q.error();
    QList<TraktWatchedItem> items;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        TraktWatchedItem item;
        item.movie = r.value(0).toString() == u"movie"_s;
        const qint64 key = r.value(1).toLongLong();
        item.ids.trakt = key > 0 ? key : 0;
        item.ids.tmdb = Sql::optionalInt(r.value(2)).value_or(0);
        item.ids.tvdb = Sql::optionalInt(r.value(3)).value_or(0);
        item.ids.imdb = r.value(4).toString();
        item.title = r.value(5).toString();
        item.plays = r.value(6).toInt();
        item.lastWatchedAt = Database::fromDb(r.value(7));
        if (!item.movie)
            item.episodes = episodesFromText(r.value(8).toString());
        items.append(std::move(item));
    }
    return items;
}

Result<void> WatchedRepository::clear()
{
    if (auto q = m_db.exec(u"DELETE FROM trakt_watched"_s); !q)
        return q.error();
    return {};
}

Result<qint64> WatchedRepository::count(bool movies) const
{
    auto q = m_db.exec(u"SELECT COUNT(*) FROM trakt_watched WHERE kind = ?"_s, { kindKey(movies) });
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

QDateTime WatchedRepository::readAt(bool movies) const
{
    auto q = m_db.exec(
        u"SELECT MAX(read_at) FROM trakt_watched WHERE kind = ?"_s, { kindKey(movies) });
    if (!q || !q.value().next())
        return {};
    return Database::fromDb(q.value().value(0));
}

} // namespace Tsuzuki
