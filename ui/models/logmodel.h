#pragma once

#include "core/store/logrepository.h"

#include <QAbstractTableModel>

namespace Tsuzuki {

/// The activity log (`logs`), oldest first; grows at the end as rows arrive and keeps at most
/// `capacity` rows.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { Time, Level, Message, ColumnCount };

    explicit LogModel(QObject *parent = nullptr);

    void setCapacity(int capacity) { m_capacity = capacity; }
    /// Replaces everything (first load). `entries` oldest first.
    void setEntries(QList<LogEntry> entries);
    /// Appends rows newer than the newest held (duplicates by id are ignored).
    void appendEntries(const QList<LogEntry> &entries);
    qint64 newestId() const { return m_rows.isEmpty() ? 0 : m_rows.constLast().id; }
    const LogEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LogEntry> m_rows;
    int m_capacity = 5000;
};

} // namespace Tsuzuki
