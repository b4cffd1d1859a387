#pragma once
// Issue 14's returning Trakt user (tests/fakes/scenarios/returning-user.json): Attack on Titan S1,
// My Hero Academia S4 E1-10, Bleach E1-100 and the movie "Your Name." are on Trakt already (136
// plays); AniList has AoT completed, MHA S4 at 14, Bleach at 110, the movie completed, and an
// activity feed over all of them. The mappings a user would have (manual mapping + TMDB season
// placement) are written into a database by mapReturningUser().
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "tests/fakes/faketrakt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <tuple>

namespace Tsuzuki::Test {

namespace ReturningUser {

inline constexpr auto AniListToken = "tsuzuki-test-secret-anilist-returning";
inline constexpr qint64 AoT = 16498, Mha4 = 104276, Bleach = 269, YourName = 21519;
inline constexpr qint64 AoTTrakt = 1420, MhaTrakt = 103190, BleachTrakt = 1416,
                        YourNameTrakt = 193493;
inline constexpr int PlaysOnTrakt = 136; ///< 25 + 10 + 100 + 1
inline constexpr int NewPlays = 14; ///< MHA S4E11-14, Bleach E101-110

/// The scenario as JSON (empty object when the file cannot be read).
inline QJsonObject scenario()
{
    QFile file(QStringLiteral(TSUZUKI_SOURCE_DIR "/tests/fakes/scenarios/returning-user.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The mappings of the four titles, as a user would have them.
inline bool mapTitles(Database &db)
{
    struct Show
    {
        qint64 anilist, trakt, tmdb;
        int season, episodes;
    };
    QList<IdMapRow> rows;
    for (const Show &s : { Show { AoT, AoTTrakt, 1429, 1, 25 },
             Show { Mha4, MhaTrakt, 65930, 4, 25 }, Show { Bleach, BleachTrakt, 30984, 1, 366 } }) {
        Mapping m;
        m.anilistId = s.anilist;
        m.traktId = s.trakt;
        m.tmdbId = s.tmdb;
        m.isManual = true;
        if (!MappingRepository(db).saveManual(m))
            return false;
        IdMapRow row;
        row.source = QStringLiteral("fribbs");
        row.anilistId = s.anilist;
        row.tmdbId = s.tmdb;
        row.tmdbType = QStringLiteral("tv");
        row.tmdbSeason = s.season;
        row.tmdbOffset = 0;
        row.episodes = s.episodes;
        rows << row;
    }
    Mapping movie;
    movie.anilistId = YourName;
    movie.traktId = YourNameTrakt;
    movie.tmdbId = 372058;
    movie.isManual = true;
    if (!MappingRepository(db).saveManual(movie))
        return false;
    return bool(IdMapRepository(db).replaceSource(QStringLiteral("fribbs"), rows));
}

/// Trakt's history as comparable tuples (history id, show or -movie id, season, number, time):
/// "exactly as before" is equality of two of these lists.
using Play = std::tuple<qint64, qint64, int, int, qint64>;
inline QList<Play> historyOf(const FakeTrakt &trakt)
{
    QList<Play> plays;
    for (const FakeTraktPlay &p : trakt.history())
        plays << std::make_tuple(
            p.historyId, p.isMovie ? -p.movieTrakt : p.showTrakt, p.season, p.number, p.watchedAt);
    return plays;
}

} // namespace ReturningUser

} // namespace Tsuzuki::Test
