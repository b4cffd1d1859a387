#include "tests/fakes/faketmdb.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QJsonObject tmdbError(int code, const QString &message)
{
    return QJsonObject { { u"status_code"_s, code }, { u"status_message"_s, message },
        { u"success"_s, false } };
}

} // namespace

FakeTmdb::FakeTmdb(QObject *parent)
    : FakeServer(u"tmdb"_s, parent)
{ }

void FakeTmdb::setCredentials(const QString &apiKey, const QString &readToken)
{
    m_apiKey = apiKey;
    m_readToken = readToken;
}

void FakeTmdb::addExternalIds(const FakeTmdbExternalIds &ids)
{
    (ids.isMovie ? m_movies : m_tv).insert(ids.id, ids);
}

void FakeTmdb::addTv(qint64 tmdbId, const QJsonValue &imdbId, const QJsonValue &tvdbId)
{
    addExternalIds(FakeTmdbExternalIds { false, tmdbId, imdbId, tvdbId });
}

void FakeTmdb::addMovie(qint64 tmdbId, const QJsonValue &imdbId)
{
    addExternalIds(FakeTmdbExternalIds { true, tmdbId, imdbId, QJsonValue() });
}

void FakeTmdb::loadLibrary(const FakeLibrary &library)
{
    for (const FakeTmdbExternalIds &ids : library.tmdb)
        addExternalIds(ids);
}

void FakeTmdb::loadScenario(const QJsonObject &o)
{
    if (o.contains(u"apiKey"_s) || o.contains(u"readToken"_s))
        setCredentials(
            o.value(u"apiKey"_s).toString(m_apiKey), o.value(u"readToken"_s).toString(m_readToken));
    for (const QJsonValue &v : o.value(u"tv"_s).toArray()) {
        const QJsonObject t = v.toObject();
        addTv(t.value(u"id"_s).toInteger(), t.value(u"imdb_id"_s), t.value(u"tvdb_id"_s));
    }
    for (const QJsonValue &v : o.value(u"movie"_s).toArray()) {
        const QJsonObject m = v.toObject();
        addMovie(m.value(u"id"_s).toInteger(), m.value(u"imdb_id"_s));
    }
}

FakeResponse FakeTmdb::expiredTokenResponse() const
{
    return FakeResponse::json(
        tmdbError(7, u"Invalid API key: You must be granted a valid key."_s), 401);
}

FakeResponse FakeTmdb::statusResponse(int status) const
{
    if (status == 429)
        return FakeResponse::json(
            tmdbError(25, u"Your request count is over the allowed limit."_s), 429);
    if (status >= 500 && status < 520)
        return FakeResponse::json(
            tmdbError(11, u"Internal error: Something went wrong, contact TMDb."_s), status);
    return FakeServer::statusResponse(status);
}

FakeResponse FakeTmdb::route(const FakeRequest &request, QString *authLabel)
{
    const QString key = request.query.queryItemValue(u"api_key"_s);
    const QByteArray bearer = request.bearerToken();
    if (!key.isEmpty() && key == m_apiKey) {
        *authLabel = u"api_key"_s;
    } else if (!bearer.isEmpty() && bearer == m_readToken.toUtf8()) {
        *authLabel = u"bearer"_s;
    } else {
        *authLabel = key.isEmpty() && bearer.isEmpty() ? u"none"_s : u"invalid"_s;
        return expiredTokenResponse();
    }
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    // Tolerate a "/3" prefix (the real base URL ends in /3).
    const QStringList p = parts.value(0) == u"3"_s ? parts.mid(1) : parts;
    if (request.method != "GET" || p.size() != 3 || p.at(2) != u"external_ids"_s
        || (p.at(0) != u"tv"_s && p.at(0) != u"movie"_s))
        return FakeResponse::json(
            tmdbError(34, u"The resource you requested could not be found."_s), 404);
    const bool movie = p.at(0) == u"movie"_s;
    bool numeric = false;
    const qint64 id = p.at(1).toLongLong(&numeric);
    const auto &table = movie ? m_movies : m_tv;
    auto it = table.constFind(id);
    if (!numeric || it == table.constEnd())
        return FakeResponse::json(
            tmdbError(34, u"The resource you requested could not be found."_s), 404);
    QJsonObject o { { u"id"_s, id }, { u"imdb_id"_s, it->imdbId },
        { u"wikidata_id"_s, QJsonValue() }, { u"facebook_id"_s, QJsonValue() },
        { u"instagram_id"_s, QJsonValue() }, { u"twitter_id"_s, QJsonValue() } };
    if (!movie) {
        o.insert(u"tvdb_id"_s, it->tvdbId);
        o.insert(u"freebase_mid"_s, QJsonValue());
        o.insert(u"freebase_id"_s, QJsonValue());
        o.insert(u"tvrage_id"_s, QJsonValue());
    }
    return FakeResponse::json(o);
}

} // namespace Tsuzuki
