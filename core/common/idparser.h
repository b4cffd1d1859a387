#pragma once

#include <QString>

#include <optional>

namespace Tsuzuki {

/// Turns what a user pastes (a bare id or a service URL) into an id. Pure and Gui-free (fuzzable).
namespace IdParser {

/// What a pasted text held.
struct ParsedId
{
    enum class Kind { Invalid, Numeric, Slug };
    Kind kind = Kind::Invalid;
    qint64 id = 0; ///< Numeric
    QString slug; ///< Slug: a Trakt/TVDB URL without a numeric id ("attack-on-titan")
    QString type; ///< "anime", "manga", "show", "movie", "tv", ... when the URL says
    QString error; ///< Invalid: a translated reason for the field

    bool isValid() const { return kind != Kind::Invalid; }
};

/// "21", "https://anilist.co/anime/21/One-Piece", "anilist.co/anime/21". Manga URLs are rejected.
ParsedId parseAniList(const QString &text);
/// "1390", "https://trakt.tv/shows/1390", "https://trakt.tv/shows/game-of-thrones" (Slug),
/// "https://trakt.tv/shows/game-of-thrones/seasons/2" (the show), movies too.
ParsedId parseTrakt(const QString &text);
/// "1429", "https://www.themoviedb.org/tv/1429-attack-on-titan", ".../movie/372058".
ParsedId parseTmdb(const QString &text);
/// "81797", "https://thetvdb.com/dereferrer/series/81797",
/// "https://thetvdb.com/?tab=series&id=81797", "https://thetvdb.com/series/one-piece" (Slug).
ParsedId parseTvdb(const QString &text);
/// "tt0388629" or "https://www.imdb.com/title/tt0388629/": the tt id, empty if none.
QString parseImdb(const QString &text, QString *error = nullptr);

} // namespace IdParser

} // namespace Tsuzuki
