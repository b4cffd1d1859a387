#pragma once
// Issue 16's extras user (tests/fakes/scenarios/extras-user.json): AniList scores in POINT_100, a
// rewatched show (AoT, repeat 1, episodes 1-2 logged as rewatched), a rewatched movie, a PLANNING
// pair, a DROPPED show, and an unrated entry whose Trakt rating must stay; Trakt has no plays, a
// show rating of 5 (Bleach) and a season rating of 6 (MHA S4). mapTitles() writes the mappings a
// user would have.
#include "tests/support/returninguser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tsuzuki::Test::ExtrasUser {

inline constexpr auto AniListToken = "tsuzuki-test-secret-anilist-extras";
inline constexpr qint64 AoT = 16498, YourName = 21519, Bleach = 269, Mha4 = 104276,
                        Frieren = 154587, TokyoGhoul = 20605, DemonSlayer = 101922;
inline constexpr qint64 AoTTrakt = 1420, YourNameTrakt = 193493, BleachTrakt = 1416,
                        MhaTrakt = 103190, FrierenTrakt = 186044, GhoulTrakt = 61500,
                        SlayerTrakt = 144312;
inline constexpr int FirstPlays = 25 + 1 + 3 + 2; ///< AoT, Your Name, Bleach 1-3, MHA S4E1-2
inline constexpr int Rewatches
    = 25 + 1; ///< AoT once more (1-2 logged, 3-25 by the count), the movie

inline QJsonObject scenario()
{
    QFile file(QStringLiteral(TSUZUKI_SOURCE_DIR "/tests/fakes/scenarios/extras-user.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline bool mapTitles(Database &db)
{
    if (!ReturningUser::mapTitles(db)) // AoT, MHA S4, Bleach, Your Name
        return false;
    struct Show
    {
        qint64 anilist, trakt, tmdb;
        int episodes;
    };
    auto earlier = IdMapRepository(db).forAnilistIds({ AoT, Mha4, Bleach });
    if (!earlier)
        return false;
    QList<IdMapRow> rows; // replaceSource replaces the whole source: keep RU's rows
    for (const QList<IdMapRow> &list : std::as_const(earlier.value()))
        rows += list;
    for (const Show &s :
        { Show { Frieren, FrierenTrakt, 209867, 28 }, Show { TokyoGhoul, GhoulTrakt, 61374, 12 },
            Show { DemonSlayer, SlayerTrakt, 85937, 26 } }) {
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
        row.tmdbSeason = 1;
        row.tmdbOffset = 0;
        row.episodes = s.episodes;
        rows << row;
    }
    return bool(IdMapRepository(db).replaceSource(QStringLiteral("fribbs"), rows));
}

} // namespace Tsuzuki::Test::ExtrasUser
