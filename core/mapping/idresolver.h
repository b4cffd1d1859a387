#pragma once

#include "core/common/result.h"
#include "core/mapping/externallookup.h"
#include "core/mapping/resolvedid.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace Tsuzuki {

class Database;

/// An AniList entry to resolve: its id and AniList `format` (TV, MOVIE, OVA, ...).
struct AniListEntry
{
    qint64 anilistId = 0;
    QString format;
};

/// AniList ids → Trakt titles, the web version's order, in batches:
/// mappings (manual first) → Otaku trakt_id (later seasons: their first season's show) → Fribbs →
/// AniBridge ids → TMDB external ids (with a TMDB key) → Trakt search by tmdb, imdb, tvdb (with
/// type) → saved as `auto` mappings. The offline steps cost a handful of queries for a whole
/// library; the online steps run one title at a time.
class IdResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdResolver)

public:
    /// `lookup` may be null (offline: steps 4 and 5 are skipped).
    IdResolver(Database &db, ExternalLookup *lookup, QObject *parent = nullptr);

    /// Offline steps only: what the database knows. Never touches the network.
    Result<QHash<qint64, ResolvedId>> resolveOffline(const QList<AniListEntry> &entries) const;
    /// All steps; emits finished() once. Entries resolved online (or found only in the mapping
    /// sources) are saved as auto mappings when a Trakt id was found.
    void resolve(const QList<AniListEntry> &entries);

    /// Set when resolve() stopped its online steps early because a service as a whole failed
    /// (unreachable, 401/403, rate limited, 5xx after retries): the titles not yet asked keep what
    /// the offline steps found.
    const std::optional<Error> &onlineError() const { return m_onlineError; }
    /// Whether an error means the service itself is unusable (not just this title).
    static bool isServiceWide(const Error &error);

Q_SIGNALS:
    void finished(const Tsuzuki::Result<QHash<qint64, Tsuzuki::ResolvedId>> &result);

private:
    void runOnline();
    void onlineNext();
    void finish();

    Database &m_db;
    ExternalLookup *m_lookup;
    QHash<qint64, ResolvedId> m_results;
    QList<qint64> m_pending; ///< ids that still need an online step
    QHash<qint64, bool> m_isMovie;
    int m_step = 0; ///< online step of m_pending.first()
    bool m_tmdbDisabled
        = false; ///< TMDB failed as a whole (e.g. a rejected key): Trakt search goes on without it
    std::optional<Error> m_onlineError;
};

} // namespace Tsuzuki
