#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace Tsuzuki {

/// AniList's partial date ({year, month, day}, any part may be missing).
struct FuzzyDate
{
    int year = 0; ///< 0 = unknown
    int month = 0;
    int day = 0;

    bool isValid() const { return year > 0; }
    /// The date when complete, else an invalid QDate.
    QDate toDate() const
    {
        return (year > 0 && month > 0 && day > 0) ? QDate(year, month, day) : QDate();
    }
    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;
};

/// An anime as AniList describes it inside activities and list entries.
struct AniListMedia
{
    int id = 0;
    int idMal = 0; ///< 0 = none
    QString format; ///< TV, TV_SHORT, MOVIE, SPECIAL, OVA, ONA, MUSIC
    int episodes = 0; ///< 0 = unknown (still airing)
    QString titleRomaji;
    QString titleEnglish;

    bool isMovie() const { return format == QLatin1StringView("MOVIE"); }
    /// English title if there is one, else romaji.
    QString displayTitle() const { return titleEnglish.isEmpty() ? titleRomaji : titleEnglish; }
};

/// One ListActivity ("watched episode 3 - 5 of X").
struct AniListActivity
{
    qint64 id = 0;
    QString status; ///< "watched episode", "rewatched episode", "completed", ...
    QString progress; ///< as sent: "5", "3 - 5"; null QString when AniList sent null
    qint64 createdAt = 0; ///< unix seconds
    AniListMedia media;
};

/// One entry of the user's anime list (MediaListCollection).
struct AniListListEntry
{
    qint64 id = 0; ///< list entry id
    QString status; ///< CURRENT, COMPLETED, PAUSED, DROPPED, PLANNING, REPEATING
    int progress = 0; ///< episodes watched
    int repeat = 0;
    /// The entry's score in the user's own format, as AniList sends `score` without a format
    /// argument; 0 = not scored.
    double score = 0;
    /// The user's mediaListOptions.scoreFormat: POINT_100, POINT_10_DECIMAL, POINT_10, POINT_5
    /// or POINT_3 (empty when AniList did not say).
    QString scoreFormat;
    FuzzyDate startedAt;
    FuzzyDate completedAt;
    qint64 updatedAt = 0; ///< unix seconds
    AniListMedia media;
};

/// Who the token belongs to.
struct AniListViewer
{
    int id = 0;
    QString name;
};

} // namespace Tsuzuki
