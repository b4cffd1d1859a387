#pragma once

#include "core/mapping/mappingsource.h"

#include <QHash>
#include <QObject>

namespace Tsuzuki {

class DatabaseThread;

/// Downloads and imports mapping sources for the windows (the Dashboard's Update buttons, the
/// first-run setup): MappingDownloader runs in the database thread, where its import needs the
/// connection, and its progress comes back here as percentages. One download per source at a time.
class MappingUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingUpdater)

public:
    explicit MappingUpdater(DatabaseThread *database, QObject *parent = nullptr);

    /// Downloads `source` (its configured address), or imports `file` when given.
    void start(MappingSource source, const QString &file = {});
    bool isRunning(MappingSource source) const { return m_running.value(source, false); }
    bool isRunning() const;

Q_SIGNALS:
    /// `percent` 0..100 (-1 while the size is unknown); `stage` is "download" or "import".
    void progressed(Tsuzuki::MappingSource source, const QString &stage, int percent);
    /// `message`: "Imported 1,234 AniList ids." or what went wrong and what to do.
    void finished(Tsuzuki::MappingSource source, bool ok, const QString &message);

private:
    void report(MappingSource source, const QString &stage, qint64 done, qint64 total);
    void done(MappingSource source, bool ok, const QString &message);

    DatabaseThread *m_database;
    QHash<MappingSource, bool> m_running;
    QHash<MappingSource, int> m_lastPercent;
};

} // namespace Tsuzuki
