#include "traktidrepair.h"

#include "core/log/logging.h"
#include "core/mapping/idresolver.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

TraktIdRepair::TraktIdRepair(Database &db, ExternalLookup *lookup, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_lookup(lookup)
{ }

void TraktIdRepair::repair(const QList<StaleTraktId> &items)
{
    m_items = items;
    m_out.clear();
    m_serviceDown = false;
    QMetaObject::invokeMethod(this, &TraktIdRepair::next, Qt::QueuedConnection);
}

void TraktIdRepair::give(const QString &reason)
{
    StaleTraktId item = m_items.takeFirst();
    ResolvedId r = item.resolved;
    r.kind = ResolvedId::Kind::Unresolved;
    r.traktId.reset();
    r.reason = reason;
    m_out.insert(r.anilistId, r);
    next();
}

void TraktIdRepair::next()
{
    if (m_items.isEmpty()) {
        Q_EMIT finished(m_out);
        return;
    }
    const StaleTraktId &item = m_items.first();
    const ResolvedId &r = item.resolved;
    const qint64 dead = r.traktId.value_or(0);
    if (r.source == u"mappings:manual"_s) {
        give(tr("Trakt has no %1 with id %2, which the manual mapping names: correct the mapping.")
                 .arg(r.isMovie() ? tr("movie") : tr("show"))
                 .arg(dead));
        return;
    }
    if (!m_lookup || m_serviceDown) {
        give(tr("Trakt has no %1 with id %2 and the search for the right one could not run.")
                 .arg(r.isMovie() ? tr("movie") : tr("show"))
                 .arg(dead));
        return;
    }
    step(0);
}

void TraktIdRepair::step(int index)
{
    const ResolvedId &r = m_items.first().resolved;
    const qint64 dead = r.traktId.value_or(0);
    QString type;
    QString value;
    for (; index < 3 && type.isEmpty(); ++index) {
        if (index == 0 && r.tmdbId) {
            type = u"tmdb"_s;
            value = QString::number(*r.tmdbId);
        } else if (index == 1 && !r.imdbId.isEmpty()) {
            type = u"imdb"_s;
            value = r.imdbId;
        } else if (index == 2 && r.tvdbId && !r.isMovie()) {
            type = u"tvdb"_s;
            value = QString::number(*r.tvdbId);
        }
    }
    if (type.isEmpty()) {
        give(tr("Trakt has no %1 with id %2, and no search by its TMDB, IMDb or TVDB id found "
                "another: add a manual mapping.")
                 .arg(r.isMovie() ? tr("movie") : tr("show"))
                 .arg(dead));
        return;
    }
    ++m_searches;
    m_lookup->traktSearch(type, value, r.isMovie(), this,
        [this, index, type, dead](Result<std::optional<ExternalIds>> hit) {
            if (!hit) {
                if (IdResolver::isServiceWide(hit.error()))
                    m_serviceDown = true;
                if (m_serviceDown) {
                    give(tr("Trakt has no title with id %1 and searching for it failed: %2")
                             .arg(dead)
                             .arg(hit.error().userMessage));
                    return;
                }
                step(index);
                return;
            }
            if (!hit.value() || !hit.value()->traktId || *hit.value()->traktId == dead) {
                step(index);
                return;
            }
            const StaleTraktId done = m_items.takeFirst();
            ResolvedId fixed = done.resolved;
            fixed.traktId = hit.value()->traktId;
            fixed.source = u"trakt:search:"_s + type;
            fixed.reason.clear();
            Mapping m;
            m.anilistId = fixed.anilistId;
            m.traktId = fixed.traktId;
            m.tmdbId = fixed.tmdbId;
            m.tvdbId = fixed.tvdbId;
            m.imdbId = fixed.imdbId;
            if (auto saved = MappingRepository(m_db).saveAuto(m); !saved)
                qCWarning(lcMapping)
                    << "saving the repaired mapping failed:" << saved.error().toString();
            //: %1 = AniList id, %2 = old Trakt id, %3 = why (404, not_found), %4 = new Trakt id,
            //: %5 = how it was found (tmdb, imdb, tvdb)
            const QString line
                = tr("AniList %1: Trakt id %2 does not exist on Trakt (%3); now %4 (found by %5 "
                     "search).")
                      .arg(fixed.anilistId)
                      .arg(dead)
                      .arg(done.why)
                      .arg(*fixed.traktId)
                      .arg(type);
            qCInfo(lcMapping).noquote() << line;
            (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Info), line);
            m_out.insert(fixed.anilistId, fixed);
            next();
        });
}

} // namespace Tsuzuki
