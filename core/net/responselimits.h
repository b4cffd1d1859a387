#pragma once

#include <QtGlobal>

namespace Tsuzuki {

/// Size caps of service answers, per endpoint (HttpRequest::maxResponseBytes). Each is many times
/// the biggest legitimate answer, and small enough that a hostile or broken server cannot make the
/// process hold hundreds of megabytes: a bigger answer is not read and the request fails.
namespace ResponseLimit {
/// OAuth, ids, user settings, last activities, search results, TMDB external ids (a few KiB).
inline constexpr qint64 Small = 1024 * 1024;
/// An AniList activity page or list chunk, a Trakt history page, the answer to a history POST
/// (tens to hundreds of KiB).
inline constexpr qint64 Page = 8 * 1024 * 1024;
/// A show's seasons with every episode, `extended=full` (One Piece, ~1,100 episodes: ~3 MiB).
inline constexpr qint64 Seasons = 32 * 1024 * 1024;
/// Everything a user has watched (GET /sync/watched/shows: every show with every watched episode;
/// a 5,000-show account is ~20 MiB).
inline constexpr qint64 Watched = 64 * 1024 * 1024;
} // namespace ResponseLimit

} // namespace Tsuzuki
