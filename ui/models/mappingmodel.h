#pragma once

#include "core/store/mappingrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Tsuzuki {

/// The `mappings` table: one row per AniList entry, titles where the ledger knows them.
class MappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingModel)

public:
    enum Column { AniListId, Title, TraktId, TmdbId, ImdbId, TvdbId, Type, Updated, ColumnCount };

    explicit MappingModel(QObject *parent = nullptr);

    void setMappings(QList<Mapping> mappings, QHash<qint64, QString> titles = {});
    const Mapping &mappingAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 anilistId) const;
    QString titleOf(qint64 anilistId) const { return m_titles.value(anilistId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Mapping> m_rows;
    QHash<qint64, QString> m_titles;
};

} // namespace Tsuzuki
