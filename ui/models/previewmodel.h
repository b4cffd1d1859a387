#pragma once

#include "core/sync/syncplan.h"

#include <QAbstractItemModel>
#include <QBitArray>
#include <QHash>
#include <QList>

namespace Tsuzuki {

/// The plays of a plan as a tree: one row per show (AniList entry) with its episodes under it,
/// a check box on every row (a show's box is partial when some of its episodes are ticked).
/// The shows are inserted in batches, one batch per turn of the event loop, so that a plan of
/// thousands of plays never holds up the window; the ticks are known for every play from the
/// start (checkedItemIds() does not wait for the rows).
class PreviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)

public:
    enum Column { Title, Season, Episode, Watched, Rule, Source, ColumnCount };
    /// The play's item id (episode rows) or the AniList id (show rows).
    static constexpr int KeyRole = Qt::UserRole + 2;
    /// Plays inserted per turn of the event loop.
    static constexpr int PlaysPerBatch = 400;

    explicit PreviewModel(QObject *parent = nullptr);

    /// Replaces the plays; rows arrive in batches (filled() when all are in).
    void setPlays(const QList<PlannedPlay> &plays);
    bool isFilling() const { return m_insertedShows < m_shows.size(); }
    /// Inserts every remaining row now (tests, and small plans).
    void fillNow();
    /// Whether the boxes can be changed (not while posting, not in the result).
    void setCheckable(bool checkable);

    int showCount() const { return int(m_shows.size()); }
    int playCount() const { return int(m_plays.size()); }
    int checkedPlays() const { return m_checkedPlays; }
    int checkedShows() const { return m_checkedShows; }
    /// Ticked plays' item ids, in the plan's order.
    QStringList checkedItemIds() const;
    /// "Never post" (recorded by the run, not offered again) instead of "skip this time": the
    /// plays are unticked; `never` false ticks them again.
    void setItemsNever(const QStringList &itemIds, bool never);
    /// Plays marked "never post", in the plan's order.
    QStringList neverItemIds() const;
    int neverPlays() const { return m_neverPlays; }
    /// The plays a row stands for: a show row's plays, or one play.
    QStringList itemIdsOf(const QModelIndex &index) const;
    void setItemChecked(const QString &itemId, bool checked);
    void setShowChecked(qint64 anilistId, bool checked);
    /// The index of a show or play row (invalid while its show is not inserted yet).
    QModelIndex showIndex(qint64 anilistId) const;
    QModelIndex playIndex(const QString &itemId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Some box changed: the totals follow.
    void checksChanged();
    /// The last batch of rows is in.
    void filled();

private:
    struct Show
    {
        qint64 anilistId = 0;
        QString title;
        QString toolTip;
        QList<int> plays; ///< indexes into m_plays
        int checked = 0;
    };
    void insertBatch();
    void setPlayChecked(int play, bool checked);
    Qt::CheckState showState(const Show &show) const;

    QList<PlannedPlay> m_plays;
    QList<Show> m_shows;
    QList<int> m_showOfPlay; ///< play index → show index
    QList<int> m_rowOfPlay; ///< play index → row under its show
    QHash<QString, int> m_playByItemId;
    QHash<qint64, int> m_showByAnilistId;
    QBitArray m_checked;
    QBitArray m_never;
    int m_neverPlays = 0;
    int m_checkedPlays = 0;
    int m_checkedShows = 0;
    int m_insertedShows = 0;
    quint64 m_generation = 0; ///< a new plan stops the batches of the old one
    bool m_checkable = true;
};

} // namespace Tsuzuki
