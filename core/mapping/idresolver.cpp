#include "idresolver.h"

#include "core/log/logging.h"
#include "core/mapping/titlekind.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/sqlhelpers.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

void fillIds(ResolvedId &r, const IdMapRow &row)
{
    if (!r.tmdbId && row.tmdbId
        && (r.kind == ResolvedId::Kind::Movie) == (row.tmdbType == u"movie"_s))
        r.tmdbId = row.tmdbId;
    if (!r.tvdbId && row.tvdbId && r.kind != ResolvedId::Kind::Movie)
        r.tvdbId = row.tvdbId;
    if (r.imdbId.isEmpty())
        r.imdbId = row.imdbId;
}

} // namespace

IdResolver::IdResolver(Database &db, ExternalLookup *lookup, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_lookup(lookup)
{ }

Result<QHash<qint64, ResolvedId>> IdResolver::resolveOffline(
    const QList<AniListEntry> &entries) const
{
    QList<qint64> ids;
    QHash<qint64, QString> formats;
    for (const AniListEntry &e : entries) {
        ids << e.anilistId;
        formats.insert(e.anilistId, e.format);
    }
    QHash<qint64, ResolvedId> out;

    // 1. mappings (manual rows win: the repository keeps them over auto ones).
    auto mappings = MappingRepository(m_db).getMany(ids);
    if (!mappings)
        return mappings.error();
    // 2.–3. every source's id_map rows, one query per 500 ids.
    auto rows = IdMapRepository(m_db).forAnilistIds(ids);
    if (!rows)
        return rows.error();

    // tvdb id → (AniList id, TMDB show the entry must be in) whose Otaku row has no trakt_id
    QHash<qint64, QList<std::pair<qint64, std::optional<qint64>>>> needRoot;
    for (qint64 id : std::as_const(ids)) {
        ResolvedId r;
        r.anilistId = id;
        const QList<IdMapRow> sourceRows = rows->value(id);
        // The kind follows the sources' TMDB evidence (TitleKind), not AniList's format alone.
        const KindDecision kind = TitleKind::decide(formats.value(id), sourceRows);
        r.kind = kind.kind;
        r.kindSource = kind.source;
        if (const auto m = mappings->constFind(id); m != mappings->constEnd() && m->traktId) {
            // An auto mapping saved for another TMDB title than the sources name now is stale (an
            // older rule or older data): resolve again. Manual rows always stand.
            const bool stale
                = !m->isManual && m->tmdbId && kind.tmdbId && *m->tmdbId != *kind.tmdbId;
            if (!stale) {
                r.traktId = m->traktId;
                r.tmdbId = m->tmdbId;
                r.tvdbId = m->tvdbId;
                r.imdbId = m->imdbId;
                r.source = u"mappings:"_s + m->type();
                out.insert(id, r);
                continue;
            }
            qCInfo(lcMapping) << "auto mapping of AniList" << id << "names TMDB" << *m->tmdbId
                              << "but the sources say" << *kind.tmdbId << "- resolving again";
        }
        // Fill tmdb/tvdb/imdb ids in the order the TMDB data is trusted.
        if (kind.tmdbId)
            r.tmdbId = kind.tmdbId;
        for (const QString &source : TitleKind::tmdbSourceOrder()) {
            for (const IdMapRow &row : sourceRows) {
                if (row.source != source)
                    continue;
                const bool had = r.tmdbId || r.tvdbId || !r.imdbId.isEmpty();
                fillIds(r, row);
                if (!had && r.source.isEmpty() && (r.tmdbId || r.tvdbId || !r.imdbId.isEmpty()))
                    r.source = source;
            }
        }
        if (kind.tmdbId && r.source.isEmpty())
            r.source = kind.source;
        const IdMapRow *otaku = nullptr;
        for (const IdMapRow &row : sourceRows) {
            if (row.source == u"otaku"_s)
                otaku = &row;
        }
        // Otaku's Trakt id only where it is the same title: the same kind and the same TMDB id.
        const bool sameTitle
            = otaku && (!r.tmdbId || !otaku->tmdbId || *otaku->tmdbId == *r.tmdbId);
        if (otaku && otaku->traktId && (otaku->traktType == u"movie"_s) == r.isMovie()
            && sameTitle) {
            r.traktId = otaku->traktId;
            r.source = u"otaku"_s;
        } else if (otaku && !otaku->traktId && !r.isMovie() && otaku->tvdbId) {
            needRoot[*otaku->tvdbId].append({ id, r.tmdbId });
        }
        if (!r.traktId && !r.tmdbId && !r.tvdbId && r.imdbId.isEmpty()) {
            r.kind = ResolvedId::Kind::Unresolved;
            r.source.clear();
            r.reason = QCoreApplication::translate(
                "Tsuzuki::IdResolver", "No mapping source knows AniList %1: add a manual mapping.")
                           .arg(id);
        }
        out.insert(id, r);
    }

    // Later seasons: the Otaku root row (trakt_id set, type show) of the same TVDB series, first
    // season first, and only when it is the TMDB show the sources name.
    const QList<qint64> tvdbIds = needRoot.keys();
    for (const auto &chunk : Sql::chunks(tvdbIds)) {
        QVariantList values;
        for (qint64 v : chunk)
            values << v;
        auto q = m_db.exec(
            u"SELECT tvdb_id, trakt_id, tmdb_id FROM id_map WHERE source = 'otaku' "
            "AND trakt_id IS NOT NULL AND trakt_type = 'show' AND tvdb_id IN (%1) "
            "ORDER BY tvdb_id, CASE WHEN tvdb_season = 1 THEN 0 ELSE 1 END, anilist_id"_s.arg(
                Sql::placeholders(chunk.size())),
            values);
        if (!q)
            return q.error();
        QHash<qint64, std::pair<qint64, std::optional<qint64>>> root;
        while (q.value().next()) {
            const qint64 tvdb = q.value().value(0).toLongLong();
            if (!root.contains(tvdb))
                root.insert(tvdb,
                    { q.value().value(1).toLongLong(), Sql::optionalInt(q.value().value(2)) });
        }
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            for (const auto &[id, tmdb] : needRoot.value(it.key())) {
                const auto &[trakt, rootTmdb] = it.value();
                if (tmdb && rootTmdb && *tmdb != *rootTmdb)
                    continue; // another TMDB show: the Trakt search by TMDB id finds the right one
                ResolvedId &r = out[id];
                r.traktId = trakt;
                r.kind = ResolvedId::Kind::Show;
                r.source = u"otaku:first-season"_s;
                r.reason.clear();
            }
        }
    }
    return out;
}

bool IdResolver::isServiceWide(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
    case ErrorCode::ServerError:
    case ErrorCode::Unauthorized:
    case ErrorCode::TokenExpired:
    case ErrorCode::Forbidden:
    case ErrorCode::AccountLimit:
    case ErrorCode::AccountLocked:
    case ErrorCode::VipOnly:
    case ErrorCode::NotLoggedIn:
    case ErrorCode::Unsupported:
        return true;
    default:
        return false;
    }
}

void IdResolver::resolve(const QList<AniListEntry> &entries)
{
    auto offline = resolveOffline(entries);
    if (!offline) {
        QMetaObject::invokeMethod(
            this, [this, error = offline.error()] { Q_EMIT finished(error); },
            Qt::QueuedConnection);
        return;
    }
    m_results = offline.value();
    m_pending.clear();
    for (const AniListEntry &e : entries) {
        const ResolvedId &r = m_results.value(e.anilistId);
        if (!r.traktId && r.kind != ResolvedId::Kind::Unresolved)
            m_pending << e.anilistId;
    }
    m_step = 0;
    m_tmdbDisabled = false;
    m_onlineError.reset();
    QMetaObject::invokeMethod(this, &IdResolver::runOnline, Qt::QueuedConnection);
}

void IdResolver::runOnline()
{
    if (!m_lookup || m_pending.isEmpty()) {
        finish();
        return;
    }
    onlineNext();
}

void IdResolver::onlineNext()
{
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    const qint64 id = m_pending.first();
    ResolvedId &r = m_results[id];
    auto advance = [this](bool done) {
        if (done) {
            m_pending.removeFirst();
            m_step = 0;
        } else {
            ++m_step;
        }
        onlineNext();
    };
    // Step 0: TMDB external ids (only with a key). Steps 1-3: Trakt search by tmdb, imdb, tvdb.
    if (m_step == 0) {
        if (m_tmdbDisabled || !m_lookup->hasTmdbKey() || !r.tmdbId) {
            advance(false);
            return;
        }
        m_lookup->tmdbExternalIds(
            *r.tmdbId, r.isMovie(), this, [this, id, advance](Result<ExternalIds> ids) {
                ResolvedId &res = m_results[id];
                if (ids) {
                    if (!res.tvdbId)
                        res.tvdbId = ids->tvdbId;
                    if (res.imdbId.isEmpty())
                        res.imdbId = ids->imdbId;
                } else if (isServiceWide(ids.error())) {
                    // A rejected key or an unreachable TMDB fails for every title alike: stop
                    // asking it.
                    qCWarning(lcMapping)
                        << "TMDB unusable, going on without it:" << ids.error().toString();
                    m_tmdbDisabled = true;
                }
                advance(false);
            });
        return;
    }
    if (m_step > 3) {
        advance(true);
        return;
    }
    QString type;
    QString value;
    if (m_step == 1 && r.tmdbId) {
        type = u"tmdb"_s;
        value = QString::number(*r.tmdbId);
    } else if (m_step == 2 && !r.imdbId.isEmpty()) {
        type = u"imdb"_s;
        value = r.imdbId;
    } else if (m_step == 3 && r.tvdbId && !r.isMovie()) {
        type = u"tvdb"_s;
        value = QString::number(*r.tvdbId);
    }
    if (type.isEmpty()) {
        advance(false);
        return;
    }
    m_lookup->traktSearch(type, value, r.isMovie(), this,
        [this, id, type, advance](Result<std::optional<ExternalIds>> hit) {
            ResolvedId &res = m_results[id];
            if (hit && hit.value() && hit.value()->traktId) {
                res.traktId = hit.value()->traktId;
                res.source = u"trakt:search:"_s + type;
                advance(true);
                return;
            }
            if (!hit) {
                qCInfo(lcMapping) << "Trakt search failed for AniList" << id
                                  << hit.error().toString();
                if (isServiceWide(hit.error())) {
                    // Trakt down, blocked or out of budget: every further title would fail the same
                    // way (after retries). Keep what the offline steps found for the rest.
                    m_onlineError = hit.error();
                    m_pending.clear();
                    finish();
                    return;
                }
            }
            advance(false);
        });
}

void IdResolver::finish()
{
    // 6. Save what was found outside the mappings table as auto mappings (manual rows are never
    // overwritten).
    QList<Mapping> toSave;
    for (const ResolvedId &r : std::as_const(m_results)) {
        if (!r.traktId || r.source.startsWith(u"mappings:"_s))
            continue;
        Mapping m;
        m.anilistId = r.anilistId;
        m.traktId = r.traktId;
        m.tmdbId = r.tmdbId;
        m.tvdbId = r.tvdbId;
        m.imdbId = r.imdbId;
        toSave << m;
    }
    if (!toSave.isEmpty()) {
        if (auto saved = MappingRepository(m_db).saveAutoMany(toSave); !saved) {
            Q_EMIT finished(saved.error());
            return;
        }
    }
    Q_EMIT finished(m_results);
}

} // namespace Tsuzuki
