#pragma once

#include "core/store/progressrepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Tsuzuki {

/// `sync_progress` rows with titles where known: what is already on Trakt per AniList entry.
class ProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressModel)

public:
    enum Column { AniListId, Title, LastEpisode, Updated, ColumnCount };

    explicit ProgressModel(QObject *parent = nullptr);

    void setProgress(QList<Progress> rows, QHash<qint64, QString> titles = {});
    const Progress &progressAt(int row) const { return m_rows.at(row); }
    QString titleOf(qint64 anilistId) const { return m_titles.value(anilistId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Progress> m_rows;
    QHash<qint64, QString> m_titles;
};

} // namespace Tsuzuki
