#pragma once

#include "core/mapping/externallookup.h"
#include "core/mapping/resolvedid.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Tsuzuki {

class Database;

/// A Trakt id that Trakt says does not exist (404 on its seasons, or `not_found` for a play).
struct StaleTraktId
{
    ResolvedId resolved; ///< as the resolver had it (traktId = the dead id)
    QString why; ///< "404" / "not_found", for the log
};

/// Re-resolves Trakt ids that Trakt does not know: search by TMDB id, then IMDb, then TVDB (with
/// the kind's type), never accepting the dead id again; saves the new id as the auto mapping and
/// logs old → new. A manual mapping is not changed (the title waits in "needs mapping" with a
/// reason), nor is anything guessed: what no search finds ends Unresolved, so nothing is posted to
/// an id Trakt says does not exist.
class TraktIdRepair final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktIdRepair)

public:
    TraktIdRepair(Database &db, ExternalLookup *lookup, QObject *parent = nullptr);

    /// Emits finished() once with one ResolvedId per AniList id given.
    void repair(const QList<StaleTraktId> &items);
    int searches() const { return m_searches; }

Q_SIGNALS:
    void finished(const QHash<qint64, Tsuzuki::ResolvedId> &repaired);

private:
    void next();
    void step(int index);
    void give(const QString &reason);

    Database &m_db;
    ExternalLookup *m_lookup;
    QList<StaleTraktId> m_items;
    QHash<qint64, ResolvedId> m_out;
    int m_searches = 0;
    bool m_serviceDown = false;
};

} // namespace Tsuzuki
