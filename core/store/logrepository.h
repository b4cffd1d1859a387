#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Tsuzuki {

class Database;

/// A `logs` row: the activity log the user reads (not debug output).
struct LogEntry
{
    qint64 id = 0;
    QString level; ///< "info", "warn", "error", "success", "debug": free text in the web version
    QString message;
    QDateTime createdAt;
};

namespace LogLevel {
inline constexpr auto Info = "info";
inline constexpr auto Success = "success";
inline constexpr auto Warning = "warn";
inline constexpr auto Error = "error";
} // namespace LogLevel

/// `logs`: append (redacted) and read.
class LogRepository final
{
public:
    explicit LogRepository(Database &db)
        : m_db(db)
    { }

    /// Appends a row; the message goes through redact() first, so a token never lands in the table.
    Result<qint64> append(const QString &level, const QString &message);
    /// The newest `limit` rows, newest first.
    Result<QList<LogEntry>> tail(int limit) const;
    /// Rows with id > afterId, oldest first (for following the log).
    Result<QList<LogEntry>> since(qint64 afterId, int limit = 1000) const;
    Result<qint64> newestId() const;

private:
    Database &m_db;
};

/// Tells its owner that new log rows exist: LISTEN/NOTIFY on PostgreSQL (channel "tsuzuki_logs",
/// fired by a trigger, so rows the web version writes count too), polling on SQLite. Lives in the
/// thread of its Database.
class LogWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogWatcher)

public:
    explicit LogWatcher(Database &db, QObject *parent = nullptr);
    ~LogWatcher() override;

    void start(int pollIntervalMs = 1000);
    bool usesNotifications() const { return m_notifications; }

Q_SIGNALS:
    /// New rows after `afterId` may exist.
    void logsAdded();

private:
    void onPoll();

    Database &m_db;
    QTimer m_poll;
    qint64 m_lastSeen = 0;
    bool m_notifications = false;
};

} // namespace Tsuzuki
