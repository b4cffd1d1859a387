#include "ui/models/runmodel.h"

#include "core/common/timeformat.h"
#include "core/sync/syncplan.h"
#include "ui/models/modelroles.h"

namespace Tsuzuki {

RunModel::RunModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunModel::setRuns(QList<SyncRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int RunModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == id)
            return i;
    }
    return -1;
}

int RunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunModel::note(const SyncRun &r) const
{
    if (r.undoOf)
        return tr("Undo of run %1: %n play(s) removed", nullptr, r.removed).arg(*r.undoOf);
    if (r.undoneBy)
        return tr("Undone by run %1").arg(*r.undoneBy);
    return r.error;
}

QString RunModel::modeText(const SyncRun &r)
{
    if (r.isUndo())
        return tr("Undo");
    switch (syncModeFromKey(r.mode).value_or(SyncMode::Full)) {
    case SyncMode::Full:
        return r.automated ? tr("Full (scheduled)") : tr("Full");
    case SyncMode::Completed:
        return tr("Completed library");
    case SyncMode::Watching:
        return tr("Watching library");
    case SyncMode::Show:
        return tr("One show");
    }
    return r.mode;
}

QString RunModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Succeeded:
        return tr("Succeeded");
    case RunStatus::Partial:
        return tr("Partly done");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Locked:
        return tr("Another sync was running");
    case RunStatus::Guarded:
        return tr("Stopped by the plays guard");
    case RunStatus::Interrupted:
        return tr("Interrupted");
    case RunStatus::Refused:
        return tr("Refused by Trakt");
    }
    return runStatusKey(status);
}

QVariant RunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &r = m_runs.at(index.row());
    if (role == ModelRole::Key)
        return r.id;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column != Mode && column != Status && column != Note
        && column != Started)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Note)
        return note(r);
    const bool sort = role == ModelRole::Sort;
    if (role != Qt::DisplayRole && !sort)
        return {};
    const auto number
        = [sort](qint64 n) { return sort ? QVariant(n) : QVariant(QString::number(n)); };
    switch (Column(column)) {
    case Id:
        return number(r.id);
    case Started:
        return sort ? QVariant(r.startedAt) : QVariant(formatLocalTime(r.startedAt));
    case Mode:
        return sort ? QVariant(r.mode) : QVariant(modeText(r));
    case Status:
        return sort ? QVariant(runStatusKey(r.status)) : QVariant(statusText(r.status));
    case Added:
        if (r.isUndo()) // an undo posts nothing: its note says what it removed
            return sort ? QVariant(qint64(0)) : QVariant(QString());
        return number(r.added);
    case AlreadyOnTrakt:
        return number(r.alreadyOnTrakt);
    case NotFound:
        return number(r.notFound);
    case Unmapped:
        return number(r.skippedUnmapped);
    case Note:
        return note(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case Mode:
        return tr("Mode");
    case Status:
        return tr("Status");
    case Added:
        return tr("Posted");
    case AlreadyOnTrakt:
        return tr("Already on Trakt");
    case NotFound:
        return tr("Not found");
    case Unmapped:
        return tr("Unmapped");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
