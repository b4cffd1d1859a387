#include "core/sync/needsmappinghold.h"

#include "core/sync/syncplan.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Result<QHash<QString, LedgerEntry>> NeedsMappingHold::load(
    Database &db, const QList<qint64> &anilistIds)
{
    auto rows = LedgerRepository(db).forAnilistIds(anilistIds);
    if (!rows)
        return rows.error();
    QHash<QString, LedgerEntry> out;
    for (const QList<LedgerEntry> &list : rows.value()) {
        for (const LedgerEntry &e : list) {
            if (e.outcome == LedgerOutcome::NotFound)
                out.insert(PlannedPlay::makeItemId(e.anilistId, e.absEpisode), e);
        }
    }
    return out;
}

bool NeedsMappingHold::sameTarget(const LedgerEntry &row, const PlayTarget &target)
{
    PlannedPlay p;
    p.movie = target.movie;
    p.traktId = target.traktId;
    p.tmdbId = target.tmdbId;
    p.tvdbId = target.tvdbId;
    p.imdbId = target.imdbId;
    const QString ids
        = QString::fromUtf8(QJsonDocument(p.idsJson()).toJson(QJsonDocument::Compact));
    if (row.targetKind != (target.movie ? u"movie"_s : u"episode"_s) || row.targetIds != ids)
        return false;
    return target.movie
        || (row.season == std::optional<int>(target.season)
            && row.episode == std::optional<int>(target.episode));
}

} // namespace Tsuzuki
