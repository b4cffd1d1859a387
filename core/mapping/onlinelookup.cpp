#include "onlinelookup.h"

#include "core/net/services.h"
#include "core/net/tmdbclient.h"
#include "core/net/traktclient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

Error missingClient(const QString &service)
{
    return makeError(ErrorCode::NotLoggedIn,
        QCoreApplication::translate("Tsuzuki::OnlineLookup", "%1 is not configured.").arg(service));
}

} // namespace

OnlineLookup::OnlineLookup(TraktClient *trakt, TmdbClient *tmdb, QObject *parent)
    : QObject(parent)
    , m_trakt(trakt)
    , m_tmdb(tmdb)
{ }

OnlineLookup::OnlineLookup(Services &services, QObject *parent)
    : OnlineLookup(services.trakt(), services.tmdb(), parent)
{ }

bool OnlineLookup::hasTmdbKey() const
{
    return m_tmdb && m_tmdb->hasCredential();
}

void OnlineLookup::tmdbExternalIds(
    qint64 tmdbId, bool movie, QObject *context, std::function<void(Result<ExternalIds>)> done)
{
    if (!hasTmdbKey()) {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done)] { done(missingClient(u"TMDB"_s)); },
            Qt::QueuedConnection);
        return;
    }
    ++m_tmdbCalls;
    m_tmdb->externalIds(movie ? TmdbClient::MediaType::Movie : TmdbClient::MediaType::Tv, tmdbId,
        context, [done = std::move(done)](const Result<TmdbExternalIds> &result) {
            if (!result) {
                done(result.error());
                return;
            }
            ExternalIds ids;
            ids.tmdbId = result->tmdbId;
            ids.tvdbId = result->tvdbId;
            ids.imdbId = result->imdbId.value_or(QString());
            done(ids);
        });
}

void OnlineLookup::traktSearch(const QString &idType, const QString &id, bool movie,
    QObject *context, std::function<void(Result<std::optional<ExternalIds>>)> done)
{
    if (!m_trakt) {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done)] { done(missingClient(u"Trakt"_s)); },
            Qt::QueuedConnection);
        return;
    }
    ++m_searchCalls;
    const QString wanted = movie ? u"movie"_s : u"show"_s;
    m_trakt->search(idType, id,
        movie ? TraktClient::MediaType::Movie : TraktClient::MediaType::Show, context,
        [done = std::move(done), wanted](const Result<QList<TraktSearchResult>> &result) {
            if (!result) {
                done(result.error());
                return;
            }
            // Trakt filters by ?type already; the check keeps a show from ever standing in for a
            // movie.
            for (const TraktSearchResult &hit : result.value()) {
                if (hit.type != wanted || hit.ids.trakt == 0)
                    continue;
                ExternalIds ids;
                ids.traktId = hit.ids.trakt;
                if (hit.ids.tmdb)
                    ids.tmdbId = hit.ids.tmdb;
                if (hit.ids.tvdb)
                    ids.tvdbId = hit.ids.tvdb;
                ids.imdbId = hit.ids.imdb;
                done(std::optional<ExternalIds>(ids));
                return;
            }
            done(std::optional<ExternalIds>());
        });
}

void OnlineLookup::traktSeasons(
    qint64 traktId, QObject *context, std::function<void(Result<QList<TraktSeason>>)> done)
{
    if (!m_trakt) {
        QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done)] { done(missingClient(u"Trakt"_s)); },
            Qt::QueuedConnection);
        return;
    }
    ++m_seasonCalls;
    m_trakt->seasons(QString::number(traktId), context,
        [done = std::move(done)](const Result<QList<TraktSeason>> &result) {
            if (!result) {
                done(result.error());
                return;
            }
            done(result.value());
        });
}

} // namespace Tsuzuki
