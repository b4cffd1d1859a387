#include "progressmodel.h"

#include "core/common/timeformat.h"
#include "ui/models/modelroles.h"

namespace Tsuzuki {

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProgressModel::setProgress(QList<Progress> rows, QHash<qint64, QString> titles)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_titles = std::move(titles);
    endResetModel();
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Progress &p = m_rows.at(index.row());
    if (role == ModelRole::Key)
        return p.anilistId;
    if (role == Qt::TextAlignmentRole
        && (index.column() == AniListId || index.column() == LastEpisode))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == ModelRole::Sort;
    if (role != Qt::DisplayRole && !sort)
        return {};
    switch (Column(index.column())) {
    case AniListId:
        return sort ? QVariant(p.anilistId) : QVariant(QString::number(p.anilistId));
    case Title:
        return m_titles.value(p.anilistId);
    case LastEpisode:
        return sort ? QVariant(p.lastAbs) : QVariant(QString::number(p.lastAbs));
    case Updated:
        return sort ? QVariant(p.updatedAt) : QVariant(formatLocalTime(p.updatedAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AniListId:
        return tr("AniList");
    case Title:
        return tr("Title");
    case LastEpisode:
        return tr("Last episode on Trakt");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
