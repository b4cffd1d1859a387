#pragma once

#include "core/common/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Tsuzuki {

class Services;

/// A title that a pasted id or address named, as its service knows it.
struct TitleMatch
{
    qint64 id = 0; ///< the AniList id, or the Trakt id
    bool movie = false; ///< Trakt: a movie, not a show
    QString title;
    int year = 0; ///< 0: unknown
    QString slug; ///< Trakt's
    std::optional<qint64> tmdbId;
    std::optional<qint64> tvdbId;
    QString imdbId;

    /// "Attack on Titan (2013)", or the title alone when the year is unknown.
    QString display() const;
};

/// Turns what people paste into a mapping or override form (an id, a trakt.tv / themoviedb.org /
/// anilist.co / myanimelist.net page address, a Trakt slug) into the id to store, by asking the
/// service, so that the form can show "→ Title (year)" before saving and refuse what the service
/// does not know, with the reason. The GUI's forms and `tsuzuki-cli mappings set` / `override set`
/// call this one class.
class TitleLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TitleLookup)

public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    enum class Kind { Any, Show, Movie };

    /// What the Trakt field holds, before anyone is asked.
    struct TraktQuery
    {
        enum class Type { Invalid, TraktId, TraktSlug, Tmdb };
        Type type = Type::Invalid;
        qint64 id = 0; ///< TraktId, Tmdb
        QString slug; ///< TraktSlug
        Kind kind = Kind::Any; ///< what the address says (shows/…, movies/…, tv/…)
        QString error; ///< Invalid: what is wrong, for the field
    };
    /// What the AniList field holds.
    struct AniListQuery
    {
        enum class Type { Invalid, AniList, Mal };
        Type type = Type::Invalid;
        qint64 id = 0;
        QString error;
    };

    /// `services` must outlive this object (its Trakt and AniList clients are used).
    explicit TitleLookup(Services *services, QObject *parent = nullptr);

    /// A Trakt id, a trakt.tv show or movie address (id or slug), a bare slug
    /// ("attack-on-titan"), or a themoviedb.org address (found through Trakt's TMDB search).
    /// `kind` narrows it (overrides are for shows). A title Trakt does not know is an error that
    /// says so.
    void trakt(const QString &text, Kind kind, QObject *context, Callback<TitleMatch> done);
    /// An AniList id or anilist.co address, or a myanimelist.net anime address (AniList finds its
    /// entry by the MAL id).
    void aniList(const QString &text, QObject *context, Callback<TitleMatch> done);

    static TraktQuery parseTrakt(const QString &text, Kind kind = Kind::Any);
    static AniListQuery parseAniList(const QString &text);

private:
    void traktSummary(const QString &idOrSlug, QList<Kind> kinds, const QString &shown,
        QObject *context, Callback<TitleMatch> done);
    void traktByTmdb(qint64 tmdbId, QList<Kind> kinds, QObject *context, Callback<TitleMatch> done);

    Services *m_services;
};

} // namespace Tsuzuki
