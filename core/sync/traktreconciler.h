#pragma once

#include "core/common/result.h"
#include "core/net/trakttypes.h"
#include "core/sync/traktwatchedindex.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Tsuzuki {

class Database;
class TraktClient;

/// Keeps the stored copy of the Trakt account's watched state current (issue 14) and hands out
/// the lookup the planner decides with. Per call: `GET /users/settings` (whose state it is, and
/// the account's limits) when asked, `GET /sync/last_activities`, and `GET /sync/watched/shows` or
/// `/movies` only when Trakt's watched time of that kind changed since the stored read. Lives in
/// the thread of its Database.
class TraktReconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktReconciler)

public:
    /// What a refresh found.
    struct State
    {
        std::shared_ptr<const TraktWatchedIndex> index;
        QString account; ///< the Trakt account's slug
        bool showsRead = false; ///< the shows were read from Trakt in this refresh
        bool moviesRead = false;
        int requests = 0; ///< GETs this refresh sent
    };
    using Done = std::function<void(const Result<State> &)>;

    /// `db` and `trakt` must outlive this object.
    TraktReconciler(Database &db, TraktClient *trakt, QObject *parent = nullptr);

    /// Brings the stored state up to date and returns its index. `checkAccount`: ask Trakt who is
    /// logged in first (a preview does; the run right after it in the same session need not).
    void refresh(bool checkAccount, Done done);
    /// The account's settings from the last `GET /users/settings` (limits for a 420's message).
    const std::optional<TraktUserSettings> &settings() const { return m_settings; }

private:
    void readActivities(const QString &account, bool accountChanged, Done done);
    void readWatched(bool shows, bool movies, const QString &account, bool accountChanged,
        const TraktLastActivities &activities, Done done);
    Result<State> store(const QString &account, bool accountChanged,
        const TraktLastActivities &activities, const std::optional<QList<TraktWatchedItem>> &shows,
        const std::optional<QList<TraktWatchedItem>> &movies);

    Database &m_db;
    TraktClient *m_trakt;
    std::optional<TraktUserSettings> m_settings;
    int m_requests = 0;
    /// The index last built and the activity stamps it belongs to (no reload while unchanged).
    std::shared_ptr<const TraktWatchedIndex> m_index;
    QString m_indexStamp;
};

} // namespace Tsuzuki
