#include "logrepository.h"

#include "core/log/logging.h"
#include "core/log/redact.h"
#include "core/store/database.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
const QString Channel = u"tsuzuki_logs"_s;

LogEntry entryFrom(const QSqlQuery &q)
{
    return LogEntry { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        Database::fromDb(q.value(3)) };
}
} // namespace

Result<qint64> LogRepository::append(const QString &level, const QString &message)
{
    const QString safe = redact(message);
    const QString sql = m_db.isPostgres()
        ? u"INSERT INTO logs (message, level, created_at) VALUES (?, ?, ?) RETURNING id"_s
        : u"INSERT INTO logs (message, level, created_at) VALUES (?, ?, ?)"_s;
    auto q = m_db.exec(sql, { safe, level, m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    if (m_db.isPostgres()) {
        q.value().next();
        return q.value().value(0).toLongLong();
    }
    return q.value().lastInsertId().toLongLong();
}

Result<QList<LogEntry>> LogRepository::tail(int limit) const
{
    auto q = m_db.exec(
        u"SELECT id, level, message, created_at FROM logs ORDER BY id DESC LIMIT ?"_s, { limit });
    if (!q)
        return q.error();
    QList<LogEntry> rows;
    while (q.value().next())
        rows << entryFrom(q.value());
    return rows;
}

Result<QList<LogEntry>> LogRepository::since(qint64 afterId, int limit) const
{
    auto q = m_db.exec(
        u"SELECT id, level, message, created_at FROM logs WHERE id > ? ORDER BY id LIMIT ?"_s,
        { afterId, limit });
    if (!q)
        return q.error();
    QList<LogEntry> rows;
    while (q.value().next())
        rows << entryFrom(q.value());
    return rows;
}

Result<qint64> LogRepository::newestId() const
{
    auto q = m_db.exec(u"SELECT COALESCE(MAX(id), 0) FROM logs"_s);
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

LogWatcher::LogWatcher(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_poll, &QTimer::timeout, this, &LogWatcher::onPoll);
}

LogWatcher::~LogWatcher()
{
    if (m_notifications) {
        if (QSqlDriver *driver = m_db.connection().driver())
            driver->unsubscribeFromNotification(Channel);
    }
}

void LogWatcher::start(int pollIntervalMs)
{
    m_lastSeen = LogRepository(m_db).newestId().valueOr(0);
    QSqlDriver *driver = m_db.connection().driver();
    if (m_db.isPostgres() && driver && driver->hasFeature(QSqlDriver::EventNotifications)
        && driver->subscribeToNotification(Channel)) {
        m_notifications = true;
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == Channel)
                Q_EMIT logsAdded();
        });
        // A slow safety poll covers a dropped notification connection.
        m_poll.start(30000);
        return;
    }
    m_poll.start(pollIntervalMs);
}

void LogWatcher::onPoll()
{
    const qint64 newest = LogRepository(m_db).newestId().valueOr(m_lastSeen);
    if (newest != m_lastSeen) {
        m_lastSeen = newest;
        Q_EMIT logsAdded();
    }
}

} // namespace Tsuzuki
