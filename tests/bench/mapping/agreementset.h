#pragma once

// The yardstick of the mapping benchmark: titles where independent mapping sources agree on where
// each AniList episode lands in TMDB's (= Trakt's) numbering. Built from the real files in
// ../shared/data/mappings with its own small readers, so it shares no code with the importers it
// judges.

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Tsuzuki::Bench {

/// The classes the benchmark reports separately.
enum class TitleClass { FirstSeason, LaterSeason, SplitCour, Special, Movie, LongRunner };

QString titleClassKey(TitleClass c);

struct TmdbEpisode
{
    int season = 0;
    int episode = 0;
    friend bool operator==(const TmdbEpisode &, const TmdbEpisode &) = default;
};

/// One title both votes agree on.
struct AgreedTitle
{
    qint64 anilistId = 0;
    TitleClass cls = TitleClass::FirstSeason;
    bool movie = false;
    qint64 tmdbId = 0; ///< TMDB show or movie id
    QMap<int, TmdbEpisode> episodes; ///< AniList episode → TMDB season/episode (shows)
    QString format; ///< AniList-like format from the Otaku row (TV, MOVIE, OVA, ...) or TV
    QString votes; ///< which sources agreed, e.g. "animelists+anibridge-v3"
};

struct AgreementSet
{
    QList<AgreedTitle> titles;
    QHash<QString, int> counts; ///< diagnostics: candidates, disagreements, skipped reasons
};

/// Builds the set from `dir` (the shared mappings folder). Shows: Anime-Lists' TMDB placement
/// (joined to AniList through Fribb's and Kometa's AniDB links; Fribb's TMDB fields are a copy of
/// Anime-Lists' so they are not a second vote) and AniBridge's hand edits agree on the TMDB show
/// and on every episode the edits cover. Movies: at least two of Anime-Lists, AniBridge (v3 edits,
/// else v2) and Otaku name the same TMDB movie id, none disagrees, and nobody places the title in
/// a TMDB show.
AgreementSet buildAgreementSet(const QString &dir, QString *error);

} // namespace Tsuzuki::Bench
