#include "logfilterproxy.h"

#include "ui/models/logmodel.h"
#include "ui/models/modelroles.h"

namespace Tsuzuki {

LogFilterProxy::LogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRole::Sort);
}

void LogFilterProxy::setLevel(const QString &level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void LogFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!m_level.isEmpty()) {
        const QString level = model->index(sourceRow, LogModel::Level, sourceParent)
                                  .data(ModelRole::Sort)
                                  .toString();
        if (level.compare(m_level, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString message = model->index(sourceRow, LogModel::Message, sourceParent)
                                    .data(ModelRole::Sort)
                                    .toString();
        if (!message.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Tsuzuki
