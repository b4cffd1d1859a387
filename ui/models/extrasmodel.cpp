#include "extrasmodel.h"

#include "core/common/timeformat.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString placeText(bool movie, int season, int episode)
{
    if (movie)
        return ExtrasModel::tr("Movie");
    if (episode > 0)
        return u"S%1E%2"_s.arg(season, 2, 10, QLatin1Char('0'))
            .arg(episode, 2, 10, QLatin1Char('0'));
    return season > 0 ? ExtrasModel::tr("Season %1").arg(season) : ExtrasModel::tr("Show");
}

/// The sentence of a `sync_extras` row: what the run sent.
QString actionText(const ExtraEntry &entry)
{
    const std::optional<ExtraAction> action = extraActionFromKey(entry.action);
    switch (action.value_or(ExtraAction::Rate)) {
    case ExtraAction::Rate:
        return entry.previousRating > 0 ? ExtrasModel::tr("Rating %1/10 (was %2/10)")
                                              .arg(entry.rating)
                                              .arg(entry.previousRating)
                                        : ExtrasModel::tr("Rating %1/10").arg(entry.rating);
    case ExtraAction::WatchlistAdd:
        return ExtrasModel::tr("Onto the watchlist");
    case ExtraAction::WatchlistRemove:
        return ExtrasModel::tr("Off the watchlist");
    case ExtraAction::Drop:
        return ExtrasModel::tr("Onto the dropped shows");
    }
    return {};
}

QString kindText(const ExtraEntry &entry)
{
    const std::optional<ExtraAction> action = extraActionFromKey(entry.action);
    switch (action.value_or(ExtraAction::Rate)) {
    case ExtraAction::Rate:
        return ExtrasModel::tr("Rating");
    case ExtraAction::WatchlistAdd:
    case ExtraAction::WatchlistRemove:
        return ExtrasModel::tr("Watchlist");
    case ExtraAction::Drop:
        return ExtrasModel::tr("Dropped");
    }
    return {};
}

} // namespace

ExtrasModel::ExtrasModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ExtrasModel::setPlan(const SyncPlan &plan)
{
    beginResetModel();
    m_items.clear();
    m_groups.clear();
    m_groupOfItem.clear();
    m_rowOfItem.clear();
    m_itemById.clear();
    Group rewatches { u"rewatches"_s, tr("Rewatches"), {}, 0 };
    Group ratings { u"ratings"_s, tr("Ratings"), {}, 0 };
    Group watchlist { u"watchlist"_s, tr("Watchlist"), {}, 0 };
    Group dropped { u"dropped"_s, tr("Dropped"), {}, 0 };
    for (const PlannedPlay &play : plan.plays) {
        if (play.rewatch <= 0)
            continue;
        Item item;
        item.itemId = play.itemId;
        item.title = play.title;
        item.what = play.movie ? tr("Movie · rewatch %1").arg(play.rewatch)
                               : tr("Ep %1 · rewatch %2").arg(play.absEpisode).arg(play.rewatch);
        item.place = placeText(play.movie, play.season, play.episode);
        item.when = play.watchedAt;
        if (play.dateSource == u"activity"_s) {
            item.note = tr("Date from the AniList activity");
        } else {
            item.note = tr("Date spread over the entry's dates");
            item.toolTip = tr("AniList keeps only the count of rewatches, not when they were: "
                              "the dates are spread between the entry's start and finish.");
        }
        rewatches.items << int(m_items.size());
        m_items << item;
    }
    for (const PlannedExtra &x : plan.extras) {
        Item item;
        item.itemId = x.itemId;
        item.title = x.title;
        item.what = x.detail;
        item.place = placeText(x.movie, x.season, 0);
        Group *group = &ratings;
        switch (x.action) {
        case ExtraAction::Rate:
            break;
        case ExtraAction::WatchlistAdd:
            group = &watchlist;
            if (item.what.isEmpty())
                item.what = tr("Add to the Trakt watchlist");
            break;
        case ExtraAction::WatchlistRemove:
            group = &watchlist;
            if (item.what.isEmpty())
                item.what = tr("Remove from the Trakt watchlist");
            break;
        case ExtraAction::Drop:
            group = &dropped;
            if (item.what.isEmpty())
                item.what = tr("Add to Trakt's dropped shows");
            break;
        }
        item.toolTip = item.what;
        group->items << int(m_items.size());
        m_items << item;
    }
    m_groupOfItem = QList<int>(m_items.size(), 0);
    m_rowOfItem = QList<int>(m_items.size(), 0);
    for (Group *g : { &rewatches, &ratings, &watchlist, &dropped }) {
        if (g->items.isEmpty())
            continue;
        g->checked = int(g->items.size());
        for (int row = 0; row < g->items.size(); ++row) {
            m_groupOfItem[g->items.at(row)] = int(m_groups.size());
            m_rowOfItem[g->items.at(row)] = row;
        }
        m_groups << *g;
    }
    for (int i = 0; i < m_items.size(); ++i)
        m_itemById.insert(m_items.at(i).itemId, i);
    m_checked = QBitArray(int(m_items.size()), true);
    m_checkedCount = int(m_items.size());
    endResetModel();
    Q_EMIT checksChanged();
}

void ExtrasModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    m_checkable = checkable;
    for (int g = 0; g < m_groups.size(); ++g)
        emitGroupChanged(g);
}

int ExtrasModel::rewatchCount() const
{
    const QModelIndex group = groupIndex(u"rewatches"_s);
    return group.isValid() ? int(m_groups.at(group.row()).items.size()) : 0;
}

QStringList ExtrasModel::checkedItemIds() const
{
    QStringList ids;
    for (const Group &group : m_groups) {
        for (int item : group.items) {
            if (m_checked.testBit(item))
                ids << m_items.at(item).itemId;
        }
    }
    return ids;
}

bool ExtrasModel::isItemChecked(const QString &itemId) const
{
    const int item = m_itemById.value(itemId, -1);
    return item >= 0 && m_checked.testBit(item);
}

void ExtrasModel::setChecked(int item, bool checked)
{
    if (m_checked.testBit(item) == checked)
        return;
    m_checked.setBit(item, checked);
    m_groups[m_groupOfItem.at(item)].checked += checked ? 1 : -1;
    m_checkedCount += checked ? 1 : -1;
}

void ExtrasModel::emitGroupChanged(int group)
{
    const QModelIndex parentIndex = index(group, 0);
    Q_EMIT dataChanged(parentIndex, parentIndex, { Qt::CheckStateRole });
    const int children = int(m_groups.at(group).items.size());
    if (children > 0)
        Q_EMIT dataChanged(
            index(0, 0, parentIndex), index(children - 1, 0, parentIndex), { Qt::CheckStateRole });
}

void ExtrasModel::setItemChecked(const QString &itemId, bool checked)
{
    const int item = m_itemById.value(itemId, -1);
    if (item < 0 || m_checked.testBit(item) == checked)
        return;
    setChecked(item, checked);
    const QModelIndex parentIndex = index(m_groupOfItem.at(item), 0);
    const QModelIndex child = index(m_rowOfItem.at(item), 0, parentIndex);
    Q_EMIT dataChanged(child, child, { Qt::CheckStateRole });
    Q_EMIT dataChanged(parentIndex, parentIndex, { Qt::CheckStateRole });
    Q_EMIT checksChanged();
}

void ExtrasModel::setGroupChecked(const QString &key, bool checked)
{
    const QModelIndex group = groupIndex(key);
    if (!group.isValid())
        return;
    for (int item : std::as_const(m_groups.at(group.row()).items))
        setChecked(item, checked);
    emitGroupChanged(group.row());
    Q_EMIT checksChanged();
}

QModelIndex ExtrasModel::groupIndex(const QString &key) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).key == key)
            return index(g, 0);
    }
    return {};
}

QModelIndex ExtrasModel::itemIndex(const QString &itemId) const
{
    const int item = m_itemById.value(itemId, -1);
    if (item < 0)
        return {};
    return index(m_rowOfItem.at(item), 0, index(m_groupOfItem.at(item), 0));
}

Qt::CheckState ExtrasModel::groupState(const Group &group) const
{
    if (group.checked == 0)
        return Qt::Unchecked;
    return group.checked == group.items.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex ExtrasModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).items.size())
        return {};
    // Item rows carry their group's row + 1; group rows carry 0.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ExtrasModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ExtrasModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).items.size());
}

int ExtrasModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ExtrasModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Title)
                return tr("%1 (%2)").arg(group.title).arg(group.items.size());
            return {};
        case Qt::CheckStateRole:
            return index.column() == Title ? QVariant(groupState(group)) : QVariant();
        case KeyRole:
            return group.key;
        default:
            return {};
        }
    }
    const int itemIndex = m_groups.at(int(index.internalId() - 1)).items.at(index.row());
    const Item &item = m_items.at(itemIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Title:
            return item.title;
        case What:
            return item.what;
        case Place:
            return item.place;
        case When:
            return item.when.isValid() ? formatLocalTime(item.when) : QString();
        case Note:
            return item.note;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == When && item.when.isValid())
            return formatUtcTime(item.when);
        if (index.column() == Note || index.column() == What)
            return item.toolTip.isEmpty() ? data(index, Qt::DisplayRole) : item.toolTip;
        return index.column() == Title ? item.title : QVariant();
    case Qt::CheckStateRole:
        if (index.column() == Title)
            return m_checked.testBit(itemIndex) ? Qt::Checked : Qt::Unchecked;
        return {};
    case KeyRole:
        return item.itemId;
    default:
        return {};
    }
}

bool ExtrasModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != Title || !m_checkable)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    if (index.internalId() == 0) {
        // The view ticks a partly ticked group (as the plays tree's shows).
        setGroupChecked(m_groups.at(index.row()).key, checked);
    } else {
        setItemChecked(data(index, KeyRole).toString(), checked);
    }
    return true;
}

Qt::ItemFlags ExtrasModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Title && m_checkable)
        f |= Qt::ItemIsUserCheckable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ExtrasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Title:
        return tr("Title");
    case What:
        return tr("What");
    case Place:
        return tr("On Trakt");
    case When:
        return tr("Watched");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

QString ExtrasModel::skippedNote(const SyncPlan &plan)
{
    int watchOnce = 0;
    int watchlistFull = 0;
    for (const SkippedItem &skip : plan.skipped) {
        watchOnce += skip.kind == SkipKind::WatchOnlyOnce ? 1 : 0;
        watchlistFull += skip.kind == SkipKind::WatchlistFull ? 1 : 0;
    }
    QStringList notes;
    if (watchOnce > 0)
        notes << tr("Your Trakt account has \"watch only once\" on: %n rewatch(es) are not sent "
                    "(see Skipped).",
            nullptr, watchOnce);
    if (watchlistFull > 0)
        notes << tr("%n title(s) do not fit in your Trakt watchlist's limit and are not sent (see "
                    "Skipped).",
            nullptr, watchlistFull);
    return notes.join(u' ');
}

QList<ItemGroup> ExtrasModel::resultGroups(const RunResult &result)
{
    struct Spec
    {
        QList<ExtraOutcome> outcomes;
        QString key;
        QString title;
        QString help;
    };
    const QList<Spec> specs {
        { { ExtraOutcome::NotFound }, u"extrasNotFound"_s, tr("Extras Trakt did not find"),
            tr("Trakt does not know these titles; nothing changed there. Fix the mapping and the "
               "next run sends them.") },
        { { ExtraOutcome::Failed, ExtraOutcome::Pending }, u"extrasFailed"_s,
            tr("Extras that failed"),
            tr("Trakt did not take these; nothing changed there. The next run offers them "
               "again.") },
        { { ExtraOutcome::Done }, u"extrasDone"_s, tr("Extras sent to Trakt"),
            tr("Trakt took these ratings and list changes; undoing the run puts them back.") },
        { { ExtraOutcome::Undone }, u"extrasUndone"_s, tr("Extras undone"),
            tr("An undo put these back as they were.") },
    };
    QList<ItemGroup> groups;
    for (const Spec &spec : specs) {
        ItemGroup group;
        group.key = spec.key;
        group.title = spec.title;
        group.help = spec.help;
        for (const ExtraEntry &e : result.extras) {
            if (!spec.outcomes.contains(e.outcome))
                continue;
            GroupedItem item;
            item.itemId = e.action + u':' + QString::number(e.anilistId);
            item.anilistId = e.anilistId;
            item.title = e.title;
            item.episode = kindText(e);
            item.place = e.targetKind == u"movie"_s
                ? tr("Movie")
                : (e.season > 0 ? tr("Season %1").arg(e.season) : QString());
            item.detail = actionText(e);
            if (e.traktId)
                item.url = traktTitleUrl(e.targetKind == u"movie"_s, QString::number(*e.traktId));
            group.items << item;
        }
        if (!group.items.isEmpty())
            groups << group;
    }
    return groups;
}

QString ExtrasModel::revertText(const ExtraEntry &entry)
{
    const std::optional<ExtraAction> action = extraActionFromKey(entry.action);
    QString what;
    switch (action.value_or(ExtraAction::Rate)) {
    case ExtraAction::Rate:
        what = entry.previousRating > 0
            ? tr("rating %1/10 back to %2/10").arg(entry.rating).arg(entry.previousRating)
            : tr("rating %1/10 removed (there was none)").arg(entry.rating);
        break;
    case ExtraAction::WatchlistAdd:
        what = tr("off the watchlist again");
        break;
    case ExtraAction::WatchlistRemove:
        what = tr("back on the watchlist");
        break;
    case ExtraAction::Drop:
        what = tr("off the dropped shows again");
        break;
    }
    QString title = entry.title.isEmpty() ? tr("AniList %1").arg(entry.anilistId) : entry.title;
    if (entry.season > 0)
        title += u' ' + tr("(season %1)").arg(entry.season);
    return tr("Put back: %1: %2").arg(title, what);
}

} // namespace Tsuzuki
