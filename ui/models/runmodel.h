#pragma once

#include "core/store/runrepository.h"

#include <QAbstractTableModel>

namespace Tsuzuki {

/// `sync_runs` rows for the Runs view: when, which mode, how it ended, and its counts.
class RunModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunModel)

public:
    enum Column {
        Id,
        Started,
        Mode,
        Status,
        Added,
        AlreadyOnTrakt,
        NotFound,
        Unmapped,
        Note,
        ColumnCount
    };

    explicit RunModel(QObject *parent = nullptr);

    void setRuns(QList<SyncRun> runs);
    const SyncRun &runAt(int row) const { return m_runs.at(row); }
    /// The row of run `id`, -1 when not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What the Mode and Status columns show (the stored words are for the CLI and JSON).
    static QString modeText(const SyncRun &run);
    static QString statusText(RunStatus status);

private:
    QString note(const SyncRun &run) const;

    QList<SyncRun> m_runs;
};

} // namespace Tsuzuki
