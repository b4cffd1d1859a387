#pragma once

#include <QSortFilterProxyModel>

namespace Tsuzuki {

/// Log rows filtered by level (empty = all) and by text in the message (case-insensitive).
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterProxy)

public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setLevel(const QString &level);
    QString level() const { return m_level; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_level;
    QString m_text;
};

} // namespace Tsuzuki
