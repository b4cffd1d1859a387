#pragma once

#include "core/store/ledgerrepository.h"

#include <QAbstractTableModel>

namespace Tsuzuki {

/// The never-post list (ledger rows "never"): plays no sync offers until "Post again".
class NeverPostModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NeverPostModel)

public:
    enum Column { AniListId, Title, Episode, Since, ColumnCount };

    explicit NeverPostModel(QObject *parent = nullptr);

    void setRows(QList<LedgerEntry> rows);
    const LedgerEntry &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LedgerEntry> m_rows;
};

} // namespace Tsuzuki
