#include "mappingmodel.h"

#include "core/common/timeformat.h"
#include "ui/models/modelroles.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QVariant optionalId(const std::optional<qint64> &value, bool forSort)
{
    if (!value)
        return forSort ? QVariant(qint64(-1)) : QVariant();
    return forSort ? QVariant(*value) : QVariant(QString::number(*value));
}
} // namespace

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MappingModel::setMappings(QList<Mapping> mappings, QHash<qint64, QString> titles)
{
    beginResetModel();
    m_rows = std::move(mappings);
    m_titles = std::move(titles);
    endResetModel();
}

int MappingModel::rowOf(qint64 anilistId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).anilistId == anilistId)
            return i;
    }
    return -1;
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mapping &m = m_rows.at(index.row());
    if (role == ModelRole::Key)
        return m.anilistId;
    const bool sort = role == ModelRole::Sort;
    if (role != Qt::DisplayRole && !sort) {
        if (role == Qt::TextAlignmentRole && index.column() != Title && index.column() != Type)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == Updated)
            return m.updatedAt.toUTC().toString(Qt::ISODate);
        return {};
    }
    switch (Column(index.column())) {
    case AniListId:
        return sort ? QVariant(m.anilistId) : QVariant(QString::number(m.anilistId));
    case Title:
        return m_titles.value(m.anilistId);
    case TraktId:
        return optionalId(m.traktId, sort);
    case TmdbId:
        return optionalId(m.tmdbId, sort);
    case ImdbId:
        return m.imdbId;
    case TvdbId:
        return optionalId(m.tvdbId, sort);
    case Type:
        return m.isManual ? tr("manual") : tr("auto");
    case Updated:
        return sort ? QVariant(m.updatedAt) : QVariant(formatLocalTime(m.updatedAt));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AniListId:
        return tr("AniList");
    case Title:
        return tr("Title");
    case TraktId:
        return tr("Trakt");
    case TmdbId:
        return tr("TMDB");
    case ImdbId:
        return tr("IMDb");
    case TvdbId:
        return tr("TVDB");
    case Type:
        return tr("Type");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
