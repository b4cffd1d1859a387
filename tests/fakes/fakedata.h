#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tsuzuki {

// ---- AniList ---------------------------------------------------------------------------

struct FakeFuzzyDate
{
    int year = 0; ///< 0 = null
    int month = 0;
    int day = 0;
    QJsonObject toJson() const; ///< {year, month, day} with nulls for 0
    static FakeFuzzyDate fromJson(const QJsonObject &o);
};

struct FakeAniMedia
{
    int id = 0;
    int idMal = 0; ///< 0 = null
    QString format = QStringLiteral("TV"); ///< TV, TV_SHORT, MOVIE, OVA, ONA, SPECIAL
    int episodes = 0; ///< 0 = null (unknown)
    QString romaji;
    QString english; ///< empty = null
    QJsonObject toJson() const;
    static FakeAniMedia fromJson(const QJsonObject &o);
};

struct FakeAniUser
{
    int id = 0;
    QString name;
    QString token;
    /// mediaListOptions.scoreFormat: POINT_100, POINT_10_DECIMAL, POINT_10, POINT_5, POINT_3
    QString scoreFormat = QStringLiteral("POINT_10");
};

struct FakeAniListEntry
{
    qint64 id = 0; ///< list entry id (0 = assigned when added)
    int userId = 0;
    int mediaId = 0;
    QString status
        = QStringLiteral("CURRENT"); ///< CURRENT COMPLETED PLANNING DROPPED PAUSED REPEATING
    int progress = 0;
    int repeat = 0;
    /// `score` in the user's format (0 = not scored); nullopt sends null.
    std::optional<double> score = 0.0;
    FakeFuzzyDate completedAt;
    FakeFuzzyDate startedAt;
    qint64 updatedAt = 0; ///< unix seconds
    QStringList customLists; ///< extra lists the entry also appears in
    static FakeAniListEntry fromJson(const QJsonObject &o);
};

struct FakeAniActivity
{
    qint64 id = 0; ///< 0 = assigned when added (increasing)
    int userId = 0;
    int mediaId = 0;
    QString status = QStringLiteral(
        "watched episode"); ///< "watched episode", "rewatched episode", "completed", ...
    int progressFrom = 0; ///< 0 = progress null
    int progressTo = 0; ///< == progressFrom for "5", > for "3 - 5"
    qint64 createdAt = 0; ///< unix seconds
    QJsonValue progressJson() const;
    static FakeAniActivity fromJson(const QJsonObject &o);
};

// ---- Trakt ----------------------------------------------------------------------------

struct FakeTraktIds
{
    qint64 trakt = 0;
    QString slug;
    qint64 tvdb = 0; ///< 0 = null
    QString imdb; ///< empty = null
    qint64 tmdb = 0; ///< 0 = null
    QJsonObject toJson(bool withSlug = true) const;
    static FakeTraktIds fromJson(const QJsonObject &o);
};

struct FakeTraktEpisode
{
    int season = 1;
    int number = 1;
    int numberAbs = 0; ///< 0 = null
    qint64 trakt = 0;
    qint64 tvdb = 0;
    qint64 tmdb = 0;
    QString imdb;
    QString title; ///< empty = "Episode N"
    QJsonObject idsJson() const;
};

struct FakeTraktSeason
{
    int number = 1;
    qint64 trakt = 0;
    qint64 tvdb = 0;
    qint64 tmdb = 0;
    int airedEpisodes = -1; ///< -1 = all episodes aired
    QList<FakeTraktEpisode> episodes;
};

struct FakeTraktShow
{
    FakeTraktIds ids;
    QString title;
    int year = 0;
    QList<FakeTraktSeason> seasons; ///< season 0 = specials
    QJsonObject summaryJson() const; ///< {title, year, ids}
    /// Scenario form; accepts full episodes or {"number":1,"episodeCount":12,"firstAbs":1}.
    static FakeTraktShow fromJson(const QJsonObject &o);
};

struct FakeTraktMovie
{
    FakeTraktIds ids;
    QString title;
    int year = 0;
    QJsonObject summaryJson() const;
    static FakeTraktMovie fromJson(const QJsonObject &o);
};

// ---- TMDB -----------------------------------------------------------------------------

struct FakeTmdbExternalIds
{
    bool isMovie = false;
    qint64 id = 0;
    QJsonValue imdbId; ///< "tt..", "" or null
    QJsonValue tvdbId; ///< number or null (tv only)
};

// ---- Synthetic libraries --------------------------------------------------------------

/// The answer key of a generated library: which Trakt target an AniList entry maps to.
struct FakeIdPair
{
    int anilistId = 0;
    int malId = 0;
    bool isMovie = false;
    qint64 traktId = 0; ///< show or movie
    qint64 tmdbId = 0;
    qint64 tvdbId = 0;
    int season = 1; ///< Trakt season holding this entry's episodes (shows)
    int episodeOffset = 0; ///< AniList episode e -> Trakt episode e + offset in `season`
    int episodes = 0;
};

struct FakeLibrary
{
    int userId = 1;
    QString userName;
    QString token;
    QList<FakeAniMedia> media;
    QList<FakeAniListEntry> entries;
    QList<FakeAniActivity> activities; ///< ascending id / createdAt
    QList<FakeTraktShow> shows;
    QList<FakeTraktMovie> movies;
    QList<FakeTmdbExternalIds> tmdb;
    QList<FakeIdPair> idPairs;
    int totalEpisodes = 0; ///< sum of AniList media episode counts
    int watchedEpisodes = 0; ///< episodes covered by activities
};

/// Deterministic synthetic data for sync tests and benchmarks.
class FakeData final
{
public:
    /// `entries` AniList entries totalling about `episodesTotal` episodes (movies count 1),
    /// matching activities (ranges and single episodes, oldest first, starting at
    /// `firstActivityTime`), Trakt shows (1-3 AniList entries per show as seasons, specials
    /// in season 0, some shows without number_abs), Trakt movies, TMDB ids and the id pairs.
    /// Same seed, same library. 20k entries / 200k episodes: ~0.2 s, ~50 MB once loaded.
    static FakeLibrary generateLibrary(
        int entries, int episodesTotal, quint32 seed = 1, qint64 firstActivityTime = 1'600'000'000);
};

} // namespace Tsuzuki
