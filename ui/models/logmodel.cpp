#include "logmodel.h"

#include "core/common/timeformat.h"
#include "ui/models/modelroles.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LogModel::setEntries(QList<LogEntry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    if (m_rows.size() > m_capacity)
        m_rows.remove(0, m_rows.size() - m_capacity);
    endResetModel();
}

void LogModel::appendEntries(const QList<LogEntry> &entries)
{
    QList<LogEntry> fresh;
    const qint64 newest = newestId();
    for (const LogEntry &entry : entries) {
        if (entry.id > newest)
            fresh << entry;
    }
    if (fresh.isEmpty())
        return;
    const int overflow = int(m_rows.size() + fresh.size()) - m_capacity;
    if (overflow > 0) {
        const int drop = qMin(overflow, int(m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_rows.remove(0, drop);
            endRemoveRows();
        }
        if (fresh.size() > m_capacity)
            fresh.remove(0, fresh.size() - m_capacity);
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_rows.at(index.row());
    switch (role) {
    case ModelRole::Key:
        return e.id;
    case ModelRole::Sort:
        switch (Column(index.column())) {
        case Time:
            return e.id; // ids follow time and break ties
        case Level:
            return e.level;
        case Message:
            return e.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return formatLocalTime(e.createdAt);
        case Level:
            return e.level;
        case Message:
            return e.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Time ? e.createdAt.toUTC().toString(Qt::ISODate) : e.message;
    case Qt::ForegroundRole:
        if (index.column() != Level)
            return {};
        if (e.level == QLatin1StringView(LogLevel::Error))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (e.level == QLatin1StringView(LogLevel::Warning))
            return QBrush(QColor(0xd6, 0x8a, 0x00));
        if (e.level == QLatin1StringView(LogLevel::Success))
            return QBrush(QColor(0x1e, 0x84, 0x49));
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Tsuzuki
