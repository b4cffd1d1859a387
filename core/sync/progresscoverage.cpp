#include "core/sync/progresscoverage.h"

#include "core/store/database.h"
#include "core/store/ledgerrepository.h"
#include "core/store/progressrepository.h"

#include <QSet>

namespace Tsuzuki::ProgressCoverage {

namespace {

/// Episodes of each id the ledger knows to be on Trakt.
Result<QHash<qint64, QSet<int>>> onTrakt(Database &db, const QList<qint64> &ids)
{
    auto outcomes = LedgerRepository(db).outcomes(ids);
    if (!outcomes)
        return outcomes.error();
    QHash<qint64, QSet<int>> covered;
    for (auto it = outcomes->cbegin(); it != outcomes->cend(); ++it) {
        for (auto e = it.value().cbegin(); e != it.value().cend(); ++e) {
            if (e.value() == LedgerOutcome::Added || e.value() == LedgerOutcome::AlreadyOnTrakt)
                covered[it.key()].insert(e.key());
        }
    }
    return covered;
}

int extend(int from, const QSet<int> &covered)
{
    int n = std::max(0, from);
    while (covered.contains(n + 1))
        ++n;
    return n;
}

} // namespace

Result<QHash<qint64, int>> advance(Database &db, const QList<qint64> &anilistIds)
{
    QHash<qint64, int> before;
    if (anilistIds.isEmpty())
        return before;
    ProgressRepository progress(db);
    auto last = progress.lastAbsMany(anilistIds);
    if (!last)
        return last.error();
    auto covered = onTrakt(db, anilistIds);
    if (!covered)
        return covered.error();
    for (qint64 id : anilistIds) {
        const int current = last.value().value(id, 0);
        const int reached = extend(current, covered.value().value(id));
        if (reached <= current)
            continue;
        if (auto r = progress.advance(id, reached); !r)
            return r.error();
        before.insert(id, current);
    }
    return before;
}

Result<void> rollBack(
    Database &db, const QList<qint64> &anilistIds, const QHash<qint64, int> &before)
{
    if (anilistIds.isEmpty())
        return {};
    ProgressRepository progress(db);
    auto last = progress.lastAbsMany(anilistIds);
    if (!last)
        return last.error();
    auto covered = onTrakt(db, anilistIds);
    if (!covered)
        return covered.error();
    for (qint64 id : anilistIds) {
        const int current = last.value().value(id, 0);
        const int base = before.value(id, current);
        const int target = std::min(current, extend(base, covered.value().value(id)));
        if (target == current)
            continue;
        if (auto r = progress.set(id, target); !r)
            return r;
    }
    return {};
}

} // namespace Tsuzuki::ProgressCoverage
