#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>

namespace Tsuzuki {

class Database;

/// Trakt's rule of one write a second, across processes and machines: the time of the last write
/// is kept in the database (`system_config`, key TraktWritePacer::Key, milliseconds since the
/// epoch), where every Tsuzuki sharing it sees it. Back-to-back runs (CLI, scheduler, a second
/// machine) wait for it instead of meeting at a run boundary.
class TraktWritePacer final
{
public:
    using Clock = std::function<qint64()>; ///< wall clock, milliseconds since the epoch

    static constexpr auto Key = "tsuzuki:trakt:last-write";

    TraktWritePacer(Database &db, int spacingMs, Clock clock = {});

    /// How long to wait before the next write: 0..spacing. A stored time in the future (another
    /// machine's clock ahead of ours) costs at most one spacing.
    qint64 waitMs() const;
    /// Stores "a write happened now" (when it is sent, and again when its answer came back).
    /// A failure is logged, not returned: pacing is courtesy, the ledger is what keeps plays once.
    void recordWrite() const;

private:
    Database *m_db;
    int m_spacingMs;
    Clock m_clock;
};

} // namespace Tsuzuki
