#pragma once

#include "core/sync/syncplan.h"

#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace Tsuzuki {

/// The one place for issue 16's rules: which extras are on, how a rewatch is keyed in the
/// ledger, and how an AniList score becomes a Trakt rating (docs/EXTRAS.md).
namespace ExtrasRules {

/// A rewatch's ledger key: `sync_ledger.abs_episode` = rewatch × RewatchStride + episode, so
/// that (AniList id, episode, rewatch number) has one row and the ledger's unique key keeps it
/// exactly-once. AniList has no episode numbers this large.
inline constexpr int RewatchStride = 100000;
/// Rewatch numbers above this are not planned (a repeat count of thousands is a typo).
inline constexpr int MaxRewatch = 20;

int ledgerEpisode(int absEpisode, int rewatch);
/// The episode of a ledger key (the key itself for a first play).
int episodeOfKey(int ledgerEpisode);
/// The rewatch number of a ledger key (0 for a first play).
int rewatchOfKey(int ledgerEpisode);

/// "rewatches", "ratings", "watchlist", "dropped" (the CLI's `--with`, the settings value).
QString key(SyncExtra extra);
QStringList keys(SyncExtras extras);
/// Parses a comma-separated list (or "none"); nullopt names the first unknown word in `bad`.
std::optional<SyncExtras> fromKeys(const QString &list, QString *bad = nullptr);
/// "nearest", "down", "up".
QString roundingKey(RatingRounding rounding);
RatingRounding roundingFromKey(QStringView key);

/// The extras chosen in Settings (`sync/extras`) and the rounding (`sync/ratingRounding`): what
/// the GUI, the scheduler and the CLI (unless `--with` is given) use.
SyncExtras configured(const QSettings &settings);
RatingRounding configuredRounding(const QSettings &settings);
/// Stores the choice (Settings, the setup flow).
void configure(QSettings &settings, SyncExtras extras, RatingRounding rounding);

/// The highest score of an AniList score format: POINT_100 → 100, POINT_10_DECIMAL and POINT_10
/// → 10, POINT_5 → 5, POINT_3 → 3; 0 for an unknown format.
double scoreMax(QStringView scoreFormat);
/// The Trakt rating (1..10) of an AniList score: score ÷ max × 10, rounded as chosen, at least 1.
/// 0 when the entry is unrated (score 0) or the format is unknown: nothing is sent.
int traktRating(double score, QStringView scoreFormat, RatingRounding rounding);
/// "7.5/10", "75/100", "4/5", "2/3": the score as AniList shows it.
QString scoreText(double score, QStringView scoreFormat);

} // namespace ExtrasRules

} // namespace Tsuzuki
