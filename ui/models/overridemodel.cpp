#include "overridemodel.h"

#include "ui/models/modelroles.h"

namespace Tsuzuki {

OverrideModel::OverrideModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OverrideModel::setOverrides(QList<EpisodeOverride> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OverrideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverrideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverrideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EpisodeOverride &o = m_rows.at(index.row());
    if (role == ModelRole::Key)
        return QVariant(QString::number(o.traktId) + u':' + QString::number(o.abs));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool sort = role == ModelRole::Sort;
    if (role != Qt::DisplayRole && !sort)
        return {};
    qint64 value = 0;
    switch (Column(index.column())) {
    case TraktId:
        value = o.traktId;
        break;
    case AbsoluteEpisode:
        value = o.abs;
        break;
    case Season:
        value = o.season;
        break;
    case Episode:
        value = o.episode;
        break;
    case ColumnCount:
        return {};
    }
    return sort ? QVariant(value) : QVariant(QString::number(value));
}

QVariant OverrideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TraktId:
        return tr("Trakt show");
    case AbsoluteEpisode:
        return tr("Absolute episode");
    case Season:
        return tr("Season");
    case Episode:
        return tr("Episode");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
