#include "tests/fakes/fakedata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QJsonValue intOrNull(qint64 v)
{
    return v == 0 ? QJsonValue() : QJsonValue(v);
}
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

qint64 idValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    return v.toInteger();
}

} // namespace

QJsonObject FakeFuzzyDate::toJson() const
{
    return QJsonObject { { u"year"_s, intOrNull(year) }, { u"month"_s, intOrNull(month) },
        { u"day"_s, intOrNull(day) } };
}

FakeFuzzyDate FakeFuzzyDate::fromJson(const QJsonObject &o)
{
    return FakeFuzzyDate { o.value(u"year"_s).toInt(), o.value(u"month"_s).toInt(),
        o.value(u"day"_s).toInt() };
}

QJsonObject FakeAniMedia::toJson() const
{
    return QJsonObject { { u"id"_s, id }, { u"idMal"_s, intOrNull(idMal) }, { u"format"_s, format },
        { u"episodes"_s, intOrNull(episodes) },
        { u"title"_s,
            QJsonObject { { u"romaji"_s, romaji }, { u"english"_s, stringOrNull(english) } } } };
}

FakeAniMedia FakeAniMedia::fromJson(const QJsonObject &o)
{
    FakeAniMedia m;
    m.id = o.value(u"id"_s).toInt();
    m.idMal = o.value(u"idMal"_s).toInt();
    m.format = o.value(u"format"_s).toString(u"TV"_s);
    m.episodes = o.value(u"episodes"_s).toInt();
    if (o.value(u"title"_s).isObject()) {
        const QJsonObject t = o.value(u"title"_s).toObject();
        m.romaji = t.value(u"romaji"_s).toString();
        m.english = t.value(u"english"_s).toString();
    } else {
        m.romaji = o.value(u"title"_s).toString();
    }
    if (m.romaji.isEmpty())
        m.romaji = u"Media %1"_s.arg(m.id);
    return m;
}

FakeAniListEntry FakeAniListEntry::fromJson(const QJsonObject &o)
{
    FakeAniListEntry e;
    e.id = o.value(u"id"_s).toInteger();
    e.userId = o.value(u"userId"_s).toInt(1);
    e.mediaId = o.contains(u"mediaId"_s) ? o.value(u"mediaId"_s).toInt()
                                         : o.value(u"media"_s).toObject().value(u"id"_s).toInt();
    e.status = o.value(u"status"_s).toString(u"CURRENT"_s);
    e.progress = o.value(u"progress"_s).toInt();
    e.repeat = o.value(u"repeat"_s).toInt();
    if (o.value(u"score"_s).isNull())
        e.score.reset();
    else
        e.score = o.value(u"score"_s).toDouble(0);
    e.completedAt = FakeFuzzyDate::fromJson(o.value(u"completedAt"_s).toObject());
    e.startedAt = FakeFuzzyDate::fromJson(o.value(u"startedAt"_s).toObject());
    e.updatedAt = o.value(u"updatedAt"_s).toInteger();
    for (const QJsonValue &v : o.value(u"customLists"_s).toArray())
        e.customLists.append(v.toString());
    return e;
}

QJsonValue FakeAniActivity::progressJson() const
{
    if (progressFrom <= 0)
        return QJsonValue();
    if (progressTo > progressFrom)
        return u"%1 - %2"_s.arg(progressFrom).arg(progressTo);
    return QString::number(progressFrom);
}

FakeAniActivity FakeAniActivity::fromJson(const QJsonObject &o)
{
    FakeAniActivity a;
    a.id = o.value(u"id"_s).toInteger();
    a.userId = o.value(u"userId"_s).toInt(1);
    a.mediaId = o.contains(u"mediaId"_s) ? o.value(u"mediaId"_s).toInt()
                                         : o.value(u"media"_s).toObject().value(u"id"_s).toInt();
    a.status = o.value(u"status"_s).toString(u"watched episode"_s);
    const QJsonValue p = o.value(u"progress"_s);
    if (p.isDouble()) {
        a.progressFrom = a.progressTo = p.toInt();
    } else if (p.isString()) {
        const QStringList parts = p.toString().split(u'-');
        a.progressFrom = parts.value(0).trimmed().toInt();
        a.progressTo = parts.size() > 1 ? parts.value(1).trimmed().toInt() : a.progressFrom;
    }
    a.createdAt = o.value(u"createdAt"_s).toInteger();
    return a;
}

QJsonObject FakeTraktIds::toJson(bool withSlug) const
{
    QJsonObject o { { u"trakt"_s, trakt }, { u"tvdb"_s, intOrNull(tvdb) },
        { u"imdb"_s, stringOrNull(imdb) }, { u"tmdb"_s, intOrNull(tmdb) } };
    if (withSlug)
        o.insert(u"slug"_s, slug);
    return o;
}

FakeTraktIds FakeTraktIds::fromJson(const QJsonObject &o)
{
    FakeTraktIds ids;
    ids.trakt = idValue(o.value(u"trakt"_s));
    ids.slug = o.value(u"slug"_s).toString();
    ids.tvdb = idValue(o.value(u"tvdb"_s));
    ids.imdb = o.value(u"imdb"_s).toString();
    ids.tmdb = idValue(o.value(u"tmdb"_s));
    return ids;
}

QJsonObject FakeTraktEpisode::idsJson() const
{
    return QJsonObject { { u"trakt"_s, trakt }, { u"tvdb"_s, intOrNull(tvdb) },
        { u"imdb"_s, stringOrNull(imdb) }, { u"tmdb"_s, intOrNull(tmdb) },
        { u"tvrage"_s, QJsonValue() } };
}

QJsonObject FakeTraktShow::summaryJson() const
{
    return QJsonObject { { u"title"_s, title }, { u"year"_s, intOrNull(year) },
        { u"ids"_s, ids.toJson() } };
}

FakeTraktShow FakeTraktShow::fromJson(const QJsonObject &o)
{
    FakeTraktShow s;
    s.title = o.value(u"title"_s).toString();
    s.year = o.value(u"year"_s).toInt();
    s.ids = FakeTraktIds::fromJson(o.value(u"ids"_s).toObject());
    if (s.ids.slug.isEmpty())
        s.ids.slug = s.title.toLower().replace(u' ', u'-');
    for (const QJsonValue &sv : o.value(u"seasons"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        FakeTraktSeason season;
        season.number = so.value(u"number"_s).toInt();
        const QJsonObject sids = so.value(u"ids"_s).toObject();
        season.trakt = idValue(sids.value(u"trakt"_s));
        if (season.trakt == 0)
            season.trakt = s.ids.trakt * 1000 + season.number;
        season.tvdb = idValue(sids.value(u"tvdb"_s));
        season.tmdb = idValue(sids.value(u"tmdb"_s));
        season.airedEpisodes = so.value(u"aired_episodes"_s).toInt(-1);
        auto autoId = [&s, &season](int number) {
            return s.ids.trakt * 1'000'000 + qint64(season.number) * 10'000 + number;
        };
        if (so.contains(u"episodes"_s)) {
            for (const QJsonValue &ev : so.value(u"episodes"_s).toArray()) {
                const QJsonObject eo = ev.toObject();
                FakeTraktEpisode e;
                e.season = season.number;
                e.number = eo.value(u"number"_s).toInt();
                e.numberAbs = eo.value(u"number_abs"_s).toInt();
                const QJsonObject eids = eo.value(u"ids"_s).toObject();
                e.trakt = idValue(eids.value(u"trakt"_s));
                if (e.trakt == 0)
                    e.trakt = autoId(e.number);
                e.tvdb = idValue(eids.value(u"tvdb"_s));
                e.tmdb = idValue(eids.value(u"tmdb"_s));
                e.imdb = eids.value(u"imdb"_s).toString();
                e.title = eo.value(u"title"_s).toString();
                season.episodes.append(e);
            }
        } else {
            const int count = so.value(u"episodeCount"_s).toInt();
            const int firstAbs = so.value(u"firstAbs"_s).toInt();
            season.episodes.reserve(count);
            for (int n = 1; n <= count; ++n) {
                FakeTraktEpisode e;
                e.season = season.number;
                e.number = n;
                e.numberAbs = firstAbs > 0 ? firstAbs + n - 1 : 0;
                e.trakt = autoId(n);
                season.episodes.append(e);
            }
        }
        s.seasons.append(season);
    }
    return s;
}

QJsonObject FakeTraktMovie::summaryJson() const
{
    return QJsonObject { { u"title"_s, title }, { u"year"_s, intOrNull(year) },
        { u"ids"_s, ids.toJson() } };
}

FakeTraktMovie FakeTraktMovie::fromJson(const QJsonObject &o)
{
    FakeTraktMovie m;
    m.title = o.value(u"title"_s).toString();
    m.year = o.value(u"year"_s).toInt();
    m.ids = FakeTraktIds::fromJson(o.value(u"ids"_s).toObject());
    if (m.ids.slug.isEmpty())
        m.ids.slug = m.title.toLower().replace(u' ', u'-');
    return m;
}

FakeLibrary FakeData::generateLibrary(
    int entryCount, int episodesTotal, quint32 seed, qint64 firstActivityTime)
{
    QRandomGenerator rng(seed);
    FakeLibrary lib;
    lib.userId = 1;
    lib.userName = u"synthetic"_s;
    lib.token = u"anilist-token-synthetic"_s;
    entryCount = qMax(1, entryCount);

    // 1. Which entries are movies, and how many episodes each TV entry has.
    QList<bool> isMovie(entryCount, false);
    int movieCount = 0;
    for (int i = 0; i < entryCount; ++i) {
        if (entryCount > 4 && rng.bounded(100) < 5) {
            isMovie[i] = true;
            ++movieCount;
        }
    }
    const int tvCount = entryCount - movieCount;
    const int tvEpisodes = qMax(tvCount, episodesTotal - movieCount);
    const int average = tvCount > 0 ? tvEpisodes / tvCount : 1;
    QList<int> counts(entryCount, 1);
    qint64 sum = movieCount;
    for (int i = 0; i < entryCount; ++i) {
        if (isMovie[i])
            continue;
        counts[i] = 1 + int(rng.bounded(qMax(1, 2 * average - 1)));
        sum += counts[i];
    }
    // Nudge to the exact total (deterministic, keeps every count >= 1).
    if (tvCount > 0 && sum < episodesTotal) {
        const qint64 missing = episodesTotal - sum;
        const qint64 each = missing / tvCount;
        qint64 rest = missing % tvCount;
        for (int k = 0; k < entryCount; ++k) {
            if (isMovie[k])
                continue;
            counts[k] += int(each) + (rest > 0 ? 1 : 0);
            if (rest > 0)
                --rest;
        }
        sum = episodesTotal;
    }
    while (sum > episodesTotal) {
        bool progress = false;
        for (int k = 0; k < entryCount && sum > episodesTotal; ++k) {
            if (!isMovie[k] && counts[k] > 1) {
                --counts[k];
                --sum;
                progress = true;
            }
        }
        if (!progress)
            break;
    }

    lib.media.reserve(entryCount);
    lib.entries.reserve(entryCount);
    lib.idPairs.reserve(entryCount);
    lib.activities.reserve(qMax(16, episodesTotal / 2));

    qint64 episodeSerial = 0;
    qint64 now = firstActivityTime;
    qint64 activityId = 1;

    auto addActivities = [&](const FakeAniMedia &m, const FakeAniListEntry &e) {
        const bool rewatch = e.status == u"REPEATING"_s;
        int done = 0;
        while (done < e.progress) {
            const int step = qMin(e.progress - done, 1 + int(rng.bounded(4)));
            FakeAniActivity a;
            a.id = activityId++;
            a.userId = lib.userId;
            a.mediaId = m.id;
            a.status = rewatch ? u"rewatched episode"_s : u"watched episode"_s;
            a.progressFrom = done + 1;
            a.progressTo = done + step;
            now += 60 + rng.bounded(3600);
            a.createdAt = now;
            lib.activities.append(a);
            done += step;
        }
        lib.watchedEpisodes += e.progress;
        if (e.status == u"COMPLETED"_s) {
            FakeAniActivity a;
            a.id = activityId++;
            a.userId = lib.userId;
            a.mediaId = m.id;
            a.status = u"completed"_s;
            now += 30;
            a.createdAt = now;
            lib.activities.append(a);
            if (m.format == u"MOVIE"_s)
                lib.watchedEpisodes += 1;
        }
    };

    auto pickStatus = [&rng](FakeAniListEntry &e, int episodes) {
        const int r = int(rng.bounded(100));
        if (r < 70) {
            e.status = u"COMPLETED"_s;
            e.progress = episodes;
        } else if (r < 85) {
            e.status = u"CURRENT"_s;
            e.progress = episodes > 1 ? 1 + int(rng.bounded(episodes - 1)) : 0;
        } else if (r < 90) {
            e.status = u"PAUSED"_s;
            e.progress = episodes > 1 ? 1 + int(rng.bounded(episodes - 1)) : 0;
        } else if (r < 94) {
            e.status = u"DROPPED"_s;
            e.progress = episodes > 1 ? 1 + int(rng.bounded(episodes - 1)) : 0;
        } else if (r < 97) {
            e.status = u"REPEATING"_s;
            e.repeat = 1;
            e.progress = episodes > 1 ? 1 + int(rng.bounded(episodes - 1)) : 0;
        } else {
            e.status = u"PLANNING"_s;
            e.progress = 0;
        }
    };

    auto dateOf = [](qint64 t) {
        const QDate d = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date();
        return FakeFuzzyDate { d.year(), d.month(), d.day() };
    };

    int i = 0;
    int showIndex = 0;
    int movieIndex = 0;
    while (i < entryCount) {
        if (isMovie[i]) {
            FakeAniMedia m;
            m.id = 1000 + i;
            m.idMal = 5000 + i;
            m.format = u"MOVIE"_s;
            m.episodes = 1;
            m.romaji = u"Synthetic Movie %1"_s.arg(movieIndex + 1);
            if (i % 3 != 0)
                m.english = u"Synthetic Movie %1 (EN)"_s.arg(movieIndex + 1);
            FakeTraktMovie tm;
            tm.ids.trakt = 500'000 + movieIndex;
            tm.ids.slug = u"synthetic-movie-%1"_s.arg(movieIndex + 1);
            tm.ids.tmdb = 600'000 + movieIndex;
            tm.ids.imdb = u"tt%1"_s.arg(8'000'000 + movieIndex, 7, 10, QLatin1Char('0'));
            tm.title = m.romaji;
            tm.year = 2000 + movieIndex % 25;
            FakeAniListEntry e;
            e.userId = lib.userId;
            e.mediaId = m.id;
            const bool done = rng.bounded(100) < 80;
            e.status = done ? u"COMPLETED"_s : u"PLANNING"_s;
            e.progress = done ? 1 : 0;
            e.updatedAt = now;
            lib.media.append(m);
            if (done) {
                e.completedAt = dateOf(now);
                FakeAniActivity a;
                a.id = activityId++;
                a.userId = lib.userId;
                a.mediaId = m.id;
                a.status = u"completed"_s;
                now += 60 + rng.bounded(3600);
                a.createdAt = now;
                lib.activities.append(a);
                lib.watchedEpisodes += 1;
            }
            lib.entries.append(e);
            lib.movies.append(tm);
            FakeTmdbExternalIds t;
            t.isMovie = true;
            t.id = tm.ids.tmdb;
            t.imdbId = movieIndex % 7 == 3 ? QJsonValue(u""_s) : QJsonValue(tm.ids.imdb);
            lib.tmdb.append(t);
            FakeIdPair p;
            p.anilistId = m.id;
            p.malId = m.idMal;
            p.isMovie = true;
            p.traktId = tm.ids.trakt;
            p.tmdbId = tm.ids.tmdb;
            p.episodes = 1;
            lib.idPairs.append(p);
            ++movieIndex;
            lib.totalEpisodes += 1;
            ++i;
            continue;
        }

        // A show: 1-3 consecutive TV entries, each a season or the second part of one.
        const int r = int(rng.bounded(100));
        int group = r < 60 ? 1 : (r < 85 ? 2 : 3);
        QList<int> members;
        for (int k = i; k < entryCount && int(members.size()) < group && !isMovie[k]; ++k)
            members.append(k);
        FakeTraktShow show;
        show.ids.trakt = 100'000 + showIndex;
        show.ids.slug = u"synthetic-show-%1"_s.arg(showIndex + 1);
        show.ids.tvdb = 300'000 + showIndex;
        show.ids.tmdb = 200'000 + showIndex;
        show.ids.imdb = u"tt%1"_s.arg(9'000'000 + showIndex, 7, 10, QLatin1Char('0'));
        show.title = u"Synthetic Show %1"_s.arg(showIndex + 1);
        show.year = 2000 + showIndex % 25;
        const bool withAbs = showIndex % 10 != 7;
        const int specials = rng.bounded(100) < 30 ? 1 + int(rng.bounded(2)) : 0;
        if (specials > 0) {
            FakeTraktSeason s0;
            s0.number = 0;
            s0.trakt = show.ids.trakt * 1000;
            for (int n = 1; n <= specials; ++n) {
                FakeTraktEpisode ep;
                ep.season = 0;
                ep.number = n;
                ++episodeSerial;
                ep.trakt = 10'000'000 + episodeSerial;
                ep.tvdb = 20'000'000 + episodeSerial;
                ep.tmdb = 30'000'000 + episodeSerial;
                s0.episodes.append(ep);
            }
            show.seasons.append(s0);
        }
        int absolute = 0;
        for (int mi = 0; mi < members.size(); ++mi) {
            const int idx = members.at(mi);
            const bool continuesSeason = mi > 0 && rng.bounded(100) < 25;
            if (!continuesSeason) {
                FakeTraktSeason s;
                s.number = show.seasons.isEmpty() || show.seasons.last().number == 0
                    ? 1
                    : show.seasons.last().number + 1;
                s.trakt = show.ids.trakt * 1000 + s.number;
                s.tvdb = 40'000'000 + show.ids.trakt * 100 + s.number;
                show.seasons.append(s);
            }
            FakeTraktSeason &season = show.seasons.last();
            const int offset = int(season.episodes.size());
            for (int n = 1; n <= counts[idx]; ++n) {
                FakeTraktEpisode ep;
                ep.season = season.number;
                ep.number = offset + n;
                ep.numberAbs = withAbs ? ++absolute : 0;
                ++episodeSerial;
                ep.trakt = 10'000'000 + episodeSerial;
                ep.tvdb = 20'000'000 + episodeSerial;
                ep.tmdb = 30'000'000 + episodeSerial;
                season.episodes.append(ep);
            }

            FakeAniMedia m;
            m.id = 1000 + idx;
            m.idMal = 5000 + idx;
            m.format = idx % 13 == 5 ? u"ONA"_s : u"TV"_s;
            m.episodes = counts[idx];
            m.romaji = mi == 0    ? show.title
                : continuesSeason ? u"%1 Season %2 Part 2"_s.arg(show.title).arg(season.number)
                                  : u"%1 Season %2"_s.arg(show.title).arg(season.number);
            if (idx % 3 != 0)
                m.english = m.romaji + u" (EN)"_s;
            FakeAniListEntry e;
            e.userId = lib.userId;
            e.mediaId = m.id;
            pickStatus(e, m.episodes);
            e.startedAt = dateOf(now);
            if (idx % 20 == 4)
                e.customLists.append(u"Favourites"_s);
            lib.media.append(m);
            addActivities(m, e);
            e.updatedAt = now;
            if (e.status == u"COMPLETED"_s)
                e.completedAt = dateOf(now);
            lib.entries.append(e);

            FakeIdPair p;
            p.anilistId = m.id;
            p.malId = m.idMal;
            p.traktId = show.ids.trakt;
            p.tmdbId = show.ids.tmdb;
            p.tvdbId = show.ids.tvdb;
            p.season = season.number;
            p.episodeOffset = offset;
            p.episodes = m.episodes;
            lib.idPairs.append(p);
            lib.totalEpisodes += m.episodes;
        }
        FakeTmdbExternalIds t;
        t.id = show.ids.tmdb;
        t.imdbId = showIndex % 7 == 3 ? QJsonValue(u""_s)
            : showIndex % 11 == 5     ? QJsonValue()
                                      : QJsonValue(show.ids.imdb);
        t.tvdbId = showIndex % 13 == 6 ? QJsonValue() : QJsonValue(show.ids.tvdb);
        lib.tmdb.append(t);
        lib.shows.append(std::move(show));
        ++showIndex;
        i += int(members.size());
    }
    return lib;
}

} // namespace Tsuzuki
