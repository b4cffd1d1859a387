#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace Tsuzuki {

/// One line under a group: a play or an AniList entry and what is said about it.
struct GroupedItem
{
    QString itemId; ///< a play's id, when it is one
    qint64 anilistId = 0;
    QString title;
    QString episode; ///< "12", "Movie", "all"
    QString place; ///< where on Trakt: "S02E05"
    QDateTime when; ///< watched (UTC)
    QString detail; ///< the reason or outcome, in a sentence
    QUrl url; ///< its page on trakt.tv
    bool fixable = false; ///< "Fix mapping…" applies
};

/// A heading with its lines: "Posted (40)", "Already synced (12)" and its explanation.
struct ItemGroup
{
    QString key; ///< stable: a skip kind's key, an outcome's name
    QString title;
    QString help; ///< one sentence: what it means, what to do
    QList<GroupedItem> items;
};

/// Groups of items as a two-level tree (the skipped items by kind, a run's result by outcome).
/// Long details are cut by the view; their tooltip holds the whole text.
class GroupedItemsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupedItemsModel)

public:
    enum Column { Title, Episode, Place, When, Detail, ColumnCount };
    static constexpr int KeyRole = Qt::UserRole + 2; ///< item id, or the group's key
    static constexpr int AnilistIdRole = Qt::UserRole + 3;
    static constexpr int UrlRole = Qt::UserRole + 4;
    static constexpr int FixableRole = Qt::UserRole + 5;

    explicit GroupedItemsModel(QObject *parent = nullptr);

    void setGroups(const QList<ItemGroup> &groups);
    const QList<ItemGroup> &groups() const { return m_groups; }
    /// The group row of `key` (invalid when there is no such group).
    QModelIndex groupIndex(const QString &key) const;
    /// Changes the detail of every line of `anilistId` in group `key` (e.g. "mapping saved").
    void setDetail(const QString &key, qint64 anilistId, const QString &detail);
    /// Column headings (the skipped list says "Why", the result "Outcome").
    void setDetailHeading(const QString &heading) { m_detailHeading = heading; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ItemGroup> m_groups;
    QString m_detailHeading;
};

} // namespace Tsuzuki
