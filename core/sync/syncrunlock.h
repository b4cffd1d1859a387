#pragma once

#include "core/common/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace Tsuzuki {

class Database;

/// One sync at a time per database: pg_try_advisory_lock on the caller's own PostgreSQL connection
/// (held until release or disconnect), a QLockFile beside the SQLite file. The loser gets
/// ErrorCode::DatabaseLocked "sync already running (host, since)".
class SyncRunLock final
{
    Q_DISABLE_COPY_MOVE(SyncRunLock)

public:
    explicit SyncRunLock(Database &db);
    ~SyncRunLock();

    Result<void> tryAcquire();
    void release();
    bool isHeld() const { return m_held; }

    /// Advisory lock key used on PostgreSQL ("tsuzuki sync").
    static constexpr qint64 AdvisoryKey = 0x7473757a756b69; // "tsuzuki"

private:
    Error lockedError() const;

    Database &m_db;
    std::unique_ptr<QLockFile> m_file;
    bool m_held = false;
};

} // namespace Tsuzuki
