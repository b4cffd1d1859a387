#include "ui/models/neverpostmodel.h"

#include "core/common/timeformat.h"
#include "core/sync/syncplan.h"
#include "ui/models/modelroles.h"

namespace Tsuzuki {

NeverPostModel::NeverPostModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void NeverPostModel::setRows(QList<LedgerEntry> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int NeverPostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NeverPostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeverPostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerEntry &e = m_rows.at(index.row());
    if (role == ModelRole::Key)
        return PlannedPlay::makeItemId(e.anilistId, e.absEpisode);
    if (role == Qt::TextAlignmentRole && (index.column() == AniListId || index.column() == Episode))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == ModelRole::Sort;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(index.column())) {
    case AniListId:
        return sort ? QVariant(e.anilistId) : QVariant(QString::number(e.anilistId));
    case Title:
        return e.title.isEmpty() ? tr("AniList %1").arg(e.anilistId) : e.title;
    case Episode:
        return sort ? QVariant(e.absEpisode) : QVariant(QString::number(e.absEpisode));
    case Since:
        return sort ? QVariant(e.updatedAt) : QVariant(formatLocalTime(e.updatedAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NeverPostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AniListId:
        return tr("AniList");
    case Title:
        return tr("Title");
    case Episode:
        return tr("Episode");
    case Since:
        return tr("Since");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
