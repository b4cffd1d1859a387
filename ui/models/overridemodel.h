#pragma once

#include "core/store/overriderepository.h"

#include <QAbstractTableModel>

namespace Tsuzuki {

/// The `episode_override` table: (Trakt id, absolute episode) → season and episode.
class OverrideModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideModel)

public:
    enum Column { TraktId, AbsoluteEpisode, Season, Episode, ColumnCount };

    explicit OverrideModel(QObject *parent = nullptr);

    void setOverrides(QList<EpisodeOverride> rows);
    const EpisodeOverride &overrideAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EpisodeOverride> m_rows;
};

} // namespace Tsuzuki
