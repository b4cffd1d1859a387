#pragma once

#include "core/common/result.h"
#include "core/store/ledgerrepository.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Tsuzuki {

class TraktClient;

/// Finds the Trakt history ids of plays we posted (issue 14, for undo): one history read per show
/// or movie over the minutes its plays were posted for (or, for titles posted only by TMDB/TVDB
/// id, one read of all episode or movie plays over those minutes). A row gets the id of the play
/// at its episode and minute; when several match (the user logged the same episode in the same
/// minute), the newest one, which is ours: Trakt numbers plays in the order it receives them.
class HistoryReadBack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryReadBack)

public:
    using Done = std::function<void(const Result<QHash<LedgerKey, qint64>> &)>;

    /// `trakt` must outlive this object.
    explicit HistoryReadBack(TraktClient *trakt, QObject *parent = nullptr);

    /// The history id of each row's play; rows Trakt has no play for are absent from the answer.
    void resolve(const QList<LedgerEntry> &rows, Done done);
    int requests() const { return m_requests; }

private:
    struct Group
    {
        bool movie = false;
        QString id; ///< Trakt id or IMDb id; empty: all plays of the kind
        QList<LedgerEntry> rows;
    };
    void next(std::shared_ptr<QList<Group>> groups, qsizetype index,
        std::shared_ptr<QHash<LedgerKey, qint64>> found, Done done);

    TraktClient *m_trakt;
    int m_requests = 0;
};

} // namespace Tsuzuki
