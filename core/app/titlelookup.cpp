#include "core/app/titlelookup.h"

#include "core/common/idparser.h"
#include "core/net/anilistclient.h"
#include "core/net/services.h"
#include "core/net/traktclient.h"

#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QList<TitleLookup::Kind> kindsToTry(TitleLookup::Kind kind)
{
    if (kind == TitleLookup::Kind::Any)
        return { TitleLookup::Kind::Show, TitleLookup::Kind::Movie };
    return { kind };
}

TraktClient::MediaType mediaType(TitleLookup::Kind kind)
{
    return kind == TitleLookup::Kind::Movie ? TraktClient::MediaType::Movie
                                            : TraktClient::MediaType::Show;
}

TitleMatch fromTrakt(const TraktSearchResult &r, bool movie)
{
    TitleMatch m;
    m.id = r.ids.trakt;
    m.movie = movie;
    m.title = r.title;
    m.year = r.year;
    m.slug = r.ids.slug;
    if (r.ids.tmdb > 0)
        m.tmdbId = r.ids.tmdb;
    if (r.ids.tvdb > 0)
        m.tvdbId = r.ids.tvdb;
    m.imdbId = r.ids.imdb;
    return m;
}

/// Answers later, in `context`, like every network answer: callers see one kind of timing.
template<typename T>
void answerLater(
    QObject *self, QObject *context, std::function<void(const Result<T> &)> done, Result<T> value)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        self,
        [guard, done, value] {
            if (guard)
                done(value);
        },
        Qt::QueuedConnection);
}

} // namespace

QString TitleMatch::display() const
{
    return year > 0 ? TitleLookup::tr("%1 (%2)").arg(title).arg(year) : title;
}

TitleLookup::TitleLookup(Services *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{ }

TitleLookup::TraktQuery TitleLookup::parseTrakt(const QString &text, Kind kind)
{
    TraktQuery q;
    q.kind = kind;
    const QString trimmed = text.trimmed();
    // A bare slug, as it appears in a trakt.tv address: "attack-on-titan".
    static const QRegularExpression slugPattern(u"^[a-z0-9]+(-[a-z0-9]+)+$"_s);
    if (slugPattern.match(trimmed).hasMatch() && !trimmed.contains(u'.')) {
        q.type = TraktQuery::Type::TraktSlug;
        q.slug = trimmed;
        return q;
    }
    const auto trakt = IdParser::parseTrakt(trimmed);
    if (trakt.kind != IdParser::ParsedId::Kind::Invalid) {
        if (trakt.type == u"show"_s)
            q.kind = Kind::Show;
        else if (trakt.type == u"movie"_s)
            q.kind = Kind::Movie;
        if (kind != Kind::Any && q.kind != kind) {
            q.type = TraktQuery::Type::Invalid;
            q.error = kind == Kind::Show ? tr("This is a movie's address; a show is needed here.")
                                         : tr("This is a show's address; a movie is needed here.");
            return q;
        }
        if (trakt.kind == IdParser::ParsedId::Kind::Numeric) {
            q.type = TraktQuery::Type::TraktId;
            q.id = trakt.id;
        } else {
            q.type = TraktQuery::Type::TraktSlug;
            q.slug = trakt.slug;
        }
        return q;
    }
    const auto tmdb = IdParser::parseTmdb(trimmed);
    if (tmdb.kind == IdParser::ParsedId::Kind::Numeric && !tmdb.type.isEmpty()) {
        q.type = TraktQuery::Type::Tmdb;
        q.id = tmdb.id;
        const Kind fromUrl = tmdb.type == u"movie"_s ? Kind::Movie : Kind::Show;
        if (kind != Kind::Any && fromUrl != kind) {
            q.type = TraktQuery::Type::Invalid;
            q.error = kind == Kind::Show ? tr("This is a movie's address; a show is needed here.")
                                         : tr("This is a show's address; a movie is needed here.");
            return q;
        }
        q.kind = fromUrl;
        return q;
    }
    q.error = trimmed.isEmpty()
        ? tr("Paste the show's Trakt address (trakt.tv/shows/<name>), its TMDB address or its "
             "Trakt id.")
        : tr("Not a Trakt id, trakt.tv address or themoviedb.org address. On trakt.tv, open the "
             "show or movie and copy the address from the browser.");
    return q;
}

TitleLookup::AniListQuery TitleLookup::parseAniList(const QString &text)
{
    AniListQuery q;
    const QString trimmed = text.trimmed();
    const auto anilist = IdParser::parseAniList(trimmed);
    if (anilist.kind == IdParser::ParsedId::Kind::Numeric) {
        q.type = AniListQuery::Type::AniList;
        q.id = anilist.id;
        return q;
    }
    // myanimelist.net/anime/<id>/<name>
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed, QUrl::TolerantMode);
    const QString host = url.host().toLower();
    if (host == u"myanimelist.net"_s || host.endsWith(u".myanimelist.net"_s)) {
        const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        bool ok = false;
        const qint64 id
            = parts.size() >= 2 && parts.at(0) == u"anime"_s ? parts.at(1).toLongLong(&ok) : 0;
        if (ok && id > 0) {
            q.type = AniListQuery::Type::Mal;
            q.id = id;
            return q;
        }
        q.error = parts.value(0) == u"manga"_s
            ? tr("This is a manga; Tsuzuki syncs anime only.")
            : tr("This MyAnimeList address has no anime id (expected myanimelist.net/anime/<id>).");
        return q;
    }
    q.error = anilist.error;
    return q;
}

void TitleLookup::trakt(const QString &text, Kind kind, QObject *context, Callback<TitleMatch> done)
{
    const TraktQuery q = parseTrakt(text, kind);
    switch (q.type) {
    case TraktQuery::Type::Invalid:
        answerLater<TitleMatch>(this, context, done, makeError(ErrorCode::InvalidInput, q.error));
        return;
    case TraktQuery::Type::TraktId:
        traktSummary(QString::number(q.id), kindsToTry(q.kind), QString::number(q.id), context,
            std::move(done));
        return;
    case TraktQuery::Type::TraktSlug:
        traktSummary(q.slug, kindsToTry(q.kind), q.slug, context, std::move(done));
        return;
    case TraktQuery::Type::Tmdb:
        traktByTmdb(q.id, kindsToTry(q.kind), context, std::move(done));
        return;
    }
}

void TitleLookup::traktSummary(const QString &idOrSlug, QList<Kind> kinds, const QString &shown,
    QObject *context, Callback<TitleMatch> done)
{
    QPointer<QObject> guard(context);
    const Kind kind = kinds.takeFirst();
    m_services->trakt()->summary(mediaType(kind), idOrSlug, this,
        [this, idOrSlug, kinds, kind, shown, guard, done](const Result<TraktSearchResult> &r) {
            if (!guard)
                return;
            if (r) {
                done(fromTrakt(r.value(), kind == Kind::Movie));
                return;
            }
            if (r.error().code != ErrorCode::NotFound) {
                done(r.error());
                return;
            }
            if (!kinds.isEmpty()) {
                traktSummary(idOrSlug, kinds, shown, guard, done);
                return;
            }
            done(makeError(ErrorCode::NotFound,
                kind == Kind::Movie && kinds.isEmpty()
                    ? tr("Trakt does not know \"%1\": no show or movie has that id or name. Copy "
                         "the address of its page on trakt.tv.")
                          .arg(shown)
                    : tr("Trakt does not know \"%1\". Copy the address of its page on trakt.tv.")
                          .arg(shown),
                r.error().detail, 404));
        });
}

void TitleLookup::traktByTmdb(
    qint64 tmdbId, QList<Kind> kinds, QObject *context, Callback<TitleMatch> done)
{
    QPointer<QObject> guard(context);
    const Kind kind = kinds.takeFirst();
    m_services->trakt()->search(u"tmdb"_s, QString::number(tmdbId), mediaType(kind), this,
        [this, tmdbId, kinds, kind, guard, done](const Result<QList<TraktSearchResult>> &r) {
            if (!guard)
                return;
            if (!r) {
                done(r.error());
                return;
            }
            for (const TraktSearchResult &hit : r.value()) {
                if (hit.ids.trakt > 0) {
                    TitleMatch m = fromTrakt(hit, kind == Kind::Movie);
                    m.tmdbId = tmdbId;
                    done(m);
                    return;
                }
            }
            if (!kinds.isEmpty()) {
                traktByTmdb(tmdbId, kinds, guard, done);
                return;
            }
            done(makeError(ErrorCode::NotFound,
                tr("Trakt has no title with TMDB id %1. Copy the address of its page on trakt.tv "
                   "instead.")
                    .arg(tmdbId)));
        });
}

void TitleLookup::aniList(const QString &text, QObject *context, Callback<TitleMatch> done)
{
    const AniListQuery q = parseAniList(text);
    if (q.type == AniListQuery::Type::Invalid) {
        answerLater<TitleMatch>(this, context, done, makeError(ErrorCode::InvalidInput, q.error));
        return;
    }
    const bool mal = q.type == AniListQuery::Type::Mal;
    const QString document = mal
        ? u"query ($idMal: Int) { Media(idMal: $idMal, type: ANIME) { id idMal format "
          u"title { romaji english } startDate { year } } }"_s
        : u"query ($id: Int) { Media(id: $id, type: ANIME) { id idMal format "
          u"title { romaji english } startDate { year } } }"_s;
    const QJsonObject variables { { mal ? u"idMal"_s : u"id"_s, q.id } };
    QPointer<QObject> guard(context);
    m_services->aniList()->query(
        document, variables, this, [q, mal, guard, done](const Result<QJsonObject> &data) {
            if (!guard)
                return;
            const QJsonObject media = data ? data->value(u"Media"_s).toObject() : QJsonObject();
            if (!data && data.error().code != ErrorCode::NotFound
                && data.error().httpStatus != 404) {
                done(data.error());
                return;
            }
            if (media.isEmpty()) {
                done(makeError(ErrorCode::NotFound,
                    mal ? tr("AniList has no anime with MyAnimeList id %1.").arg(q.id)
                        : tr("AniList has no anime with id %1.").arg(q.id)));
                return;
            }
            TitleMatch m;
            m.id = media.value(u"id"_s).toInteger();
            const QJsonObject title = media.value(u"title"_s).toObject();
            m.title = title.value(u"english"_s).toString();
            if (m.title.isEmpty())
                m.title = title.value(u"romaji"_s).toString();
            m.year = media.value(u"startDate"_s).toObject().value(u"year"_s).toInt();
            m.movie = media.value(u"format"_s).toString() == u"MOVIE"_s;
            done(m);
        });
}

} // namespace Tsuzuki
