#include "previewmodel.h"

#include "core/common/timeformat.h"

#include <QFont>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void PreviewModel::setPlays(const QList<PlannedPlay> &plays)
{
    beginResetModel();
    ++m_generation;
    m_plays = plays;
    m_shows.clear();
    m_showOfPlay.clear();
    m_rowOfPlay.clear();
    m_playByItemId.clear();
    m_showByAnilistId.clear();
    m_insertedShows = 0;
    // One pass groups the plays by show (in the order they are posted); no row exists yet.
    m_showOfPlay.reserve(m_plays.size());
    m_rowOfPlay.reserve(m_plays.size());
    for (int i = 0; i < m_plays.size(); ++i) {
        const PlannedPlay &play = m_plays.at(i);
        auto it = m_showByAnilistId.constFind(play.anilistId);
        int show = 0;
        if (it == m_showByAnilistId.constEnd()) {
            Show s;
            s.anilistId = play.anilistId;
            s.title = play.title.isEmpty() ? tr("AniList %1").arg(play.anilistId) : play.title;
            s.toolTip
                = tr("AniList %1 → Trakt %2")
                      .arg(play.anilistId)
                      .arg(play.traktId ? QString::number(*play.traktId) : tr("by external id"));
            show = int(m_shows.size());
            m_shows << s;
            m_showByAnilistId.insert(play.anilistId, show);
        } else {
            show = it.value();
        }
        m_showOfPlay << show;
        m_rowOfPlay << int(m_shows[show].plays.size());
        m_shows[show].plays << i;
        m_shows[show].checked += 1;
        m_playByItemId.insert(play.itemId, i);
    }
    m_checked = QBitArray(int(m_plays.size()), true);
    m_never = QBitArray(int(m_plays.size()), false);
    m_neverPlays = 0;
    m_checkedPlays = int(m_plays.size());
    m_checkedShows = int(m_shows.size());
    endResetModel();
    insertBatch();
}

void PreviewModel::insertBatch()
{
    if (!isFilling())
        return;
    int last = m_insertedShows;
    int plays = 0;
    while (last < m_shows.size() && plays < PlaysPerBatch) {
        plays += int(m_shows.at(last).plays.size());
        ++last;
    }
    beginInsertRows({}, m_insertedShows, last - 1);
    m_insertedShows = last;
    endInsertRows();
    if (!isFilling()) {
        Q_EMIT filled();
        return;
    }
    // The rest after the window had its turn (paint, input, timers).
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            insertBatch();
    });
}

void PreviewModel::fillNow()
{
    if (!isFilling())
        return;
    beginInsertRows({}, m_insertedShows, int(m_shows.size()) - 1);
    m_insertedShows = int(m_shows.size());
    endInsertRows();
    Q_EMIT filled();
}

void PreviewModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    m_checkable = checkable;
    if (m_insertedShows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_insertedShows - 1, ColumnCount - 1));
}

QStringList PreviewModel::checkedItemIds() const
{
    QStringList ids;
    ids.reserve(m_checkedPlays);
    for (int i = 0; i < m_plays.size(); ++i) {
        if (m_checked.testBit(i))
            ids << m_plays.at(i).itemId;
    }
    return ids;
}

void PreviewModel::setPlayChecked(int play, bool checked)
{
    if (checked && m_never.testBit(play)) { // ticked again: posted after all
        m_never.clearBit(play);
        --m_neverPlays;
    }
    if (m_checked.testBit(play) == checked)
        return;
    m_checked.setBit(play, checked);
    Show &show = m_shows[m_showOfPlay.at(play)];
    const bool showWasTicked = show.checked > 0;
    show.checked += checked ? 1 : -1;
    m_checkedPlays += checked ? 1 : -1;
    if (showWasTicked != (show.checked > 0))
        m_checkedShows += checked ? 1 : -1;
}

void PreviewModel::setItemChecked(const QString &itemId, bool checked)
{
    const int play = m_playByItemId.value(itemId, -1);
    if (play < 0 || m_checked.testBit(play) == checked)
        return;
    setPlayChecked(play, checked);
    const int show = m_showOfPlay.at(play);
    if (show < m_insertedShows) {
        const QModelIndex parentIndex = index(show, 0);
        const QModelIndex child = index(m_rowOfPlay.at(play), 0, parentIndex);
        Q_EMIT dataChanged(child, child, { Qt::CheckStateRole });
        Q_EMIT dataChanged(parentIndex, parentIndex, { Qt::CheckStateRole });
    }
    Q_EMIT checksChanged();
}

void PreviewModel::setShowChecked(qint64 anilistId, bool checked)
{
    const int show = m_showByAnilistId.value(anilistId, -1);
    if (show < 0)
        return;
    for (int play : std::as_const(m_shows.at(show).plays))
        setPlayChecked(play, checked);
    if (show < m_insertedShows) {
        const QModelIndex parentIndex = index(show, 0);
        const int children = int(m_shows.at(show).plays.size());
        Q_EMIT dataChanged(parentIndex, parentIndex, { Qt::CheckStateRole });
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex), index(children - 1, 0, parentIndex),
                { Qt::CheckStateRole });
    }
    Q_EMIT checksChanged();
}

void PreviewModel::setItemsNever(const QStringList &itemIds, bool never)
{
    if (!m_checkable)
        return;
    QSet<int> shows;
    for (const QString &itemId : itemIds) {
        const int play = m_playByItemId.value(itemId, -1);
        if (play < 0)
            continue;
        if (never) {
            if (!m_never.testBit(play)) {
                m_never.setBit(play);
                ++m_neverPlays;
            }
            setPlayChecked(play, false);
        } else {
            setPlayChecked(play, true);
        }
        shows.insert(m_showOfPlay.at(play));
    }
    for (int show : std::as_const(shows)) {
        if (show >= m_insertedShows)
            continue;
        const QModelIndex parentIndex = index(show, 0);
        const int children = int(m_shows.at(show).plays.size());
        Q_EMIT dataChanged(parentIndex, parentIndex, { Qt::CheckStateRole });
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                index(children - 1, ColumnCount - 1, parentIndex),
                { Qt::CheckStateRole, Qt::DisplayRole, Qt::FontRole, Qt::ToolTipRole });
    }
    Q_EMIT checksChanged();
}

QStringList PreviewModel::neverItemIds() const
{
    QStringList ids;
    for (int i = 0; i < m_plays.size(); ++i) {
        if (m_never.testBit(i))
            ids << m_plays.at(i).itemId;
    }
    return ids;
}

QStringList PreviewModel::itemIdsOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != 0)
        return { data(index.siblingAtColumn(Title), KeyRole).toString() };
    QStringList ids;
    for (int play : std::as_const(m_shows.at(index.row()).plays))
        ids << m_plays.at(play).itemId;
    return ids;
}

QModelIndex PreviewModel::showIndex(qint64 anilistId) const
{
    const int show = m_showByAnilistId.value(anilistId, -1);
    return show >= 0 && show < m_insertedShows ? index(show, 0) : QModelIndex();
}

QModelIndex PreviewModel::playIndex(const QString &itemId) const
{
    const int play = m_playByItemId.value(itemId, -1);
    if (play < 0 || m_showOfPlay.at(play) >= m_insertedShows)
        return {};
    return index(m_rowOfPlay.at(play), 0, index(m_showOfPlay.at(play), 0));
}

Qt::CheckState PreviewModel::showState(const Show &show) const
{
    if (show.checked == 0)
        return Qt::Unchecked;
    return show.checked == show.plays.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QModelIndex PreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_insertedShows ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_insertedShows)
        return {};
    if (row >= m_shows.at(parent.row()).plays.size())
        return {};
    // Episode rows carry their show's row + 1; show rows carry 0.
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_insertedShows;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_shows.at(parent.row()).plays.size());
}

int PreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Show &show = m_shows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Title)
                return show.title;
            if (index.column() == Episode)
                return tr("%n play(s)", nullptr, int(show.plays.size()));
            return {};
        case Qt::ToolTipRole:
            return index.column() == Title ? show.toolTip : QVariant();
        case Qt::CheckStateRole:
            return index.column() == Title ? QVariant(showState(show)) : QVariant();
        case KeyRole:
            return show.anilistId;
        default:
            return {};
        }
    }
    const Show &show = m_shows.at(int(index.internalId() - 1));
    const int playIndex = show.plays.at(index.row());
    const PlannedPlay &play = m_plays.at(playIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Title: {
            const QString name = play.movie ? tr("Movie") : tr("Episode %1").arg(play.absEpisode);
            return m_never.testBit(playIndex) ? tr("%1 (never post)").arg(name) : name;
        }
        case Season:
            return play.movie ? QString() : QString::number(play.season);
        case Episode:
            return play.movie ? QString() : QString::number(play.episode);
        case Watched:
            return formatLocalTime(play.watchedAt);
        case Rule:
            return play.rule;
        case Source:
            return play.source;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::FontRole:
        if (m_never.testBit(playIndex)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Title && m_never.testBit(playIndex))
            return tr("Never post: the run records it and no sync offers it again (Progress → "
                      "Never post can bring it back). Tick it to post it after all.");
        if (index.column() == Watched)
            return formatUtcTime(play.watchedAt);
        if (index.column() == Rule || index.column() == Source)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Title)
            return m_checked.testBit(playIndex) ? Qt::Checked : Qt::Unchecked;
        return {};
    case KeyRole:
        return play.itemId;
    default:
        return {};
    }
}

bool PreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != Title || !m_checkable)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    if (index.internalId() == 0)
        setShowChecked(m_shows.at(index.row()).anilistId, checked);
    else
        setItemChecked(data(index, KeyRole).toString(), checked);
    return true;
}

Qt::ItemFlags PreviewModel::flags(const QModelIndex &index) const
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

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Title:
        return tr("Show / episode");
    case Season:
        return tr("Season");
    case Episode:
        return tr("Episode");
    case Watched:
        return tr("Watched");
    case Rule:
        return tr("Rule");
    case Source:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
