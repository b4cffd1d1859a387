#include "tests/fakes/faketrakt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString isoTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.000Z"_s);
}

/// ISO 8601 to unix seconds (fraction dropped); `fallback` when absent or unparsable.
qint64 parseTime(const QJsonValue &v, qint64 fallback)
{
    if (!v.isString())
        return fallback;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toSecsSinceEpoch() : fallback;
}

QJsonObject traktError(const QString &error, const QString &description = {})
{
    QJsonObject o { { u"error"_s, error } };
    if (!description.isEmpty())
        o.insert(u"error_description"_s, description);
    return o;
}

qint64 idFromJson(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toLongLong();
    return v.toInteger();
}

} // namespace

FakeTrakt::FakeTrakt(QObject *parent)
    : FakeServer(u"trakt"_s, parent)
{ }

void FakeTrakt::setClientCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void FakeTrakt::setUser(const QString &username, const QString &name)
{
    m_username = username;
    m_name = name;
}

void FakeTrakt::addShow(const FakeTraktShow &show)
{
    m_shows.append(show);
    m_indexDirty = true;
    m_episodeIndexDirty = true;
}

void FakeTrakt::addMovie(const FakeTraktMovie &movie)
{
    m_movies.append(movie);
    m_indexDirty = true;
}

void FakeTrakt::loadLibrary(const FakeLibrary &library)
{
    m_shows.reserve(m_shows.size() + library.shows.size());
    for (const FakeTraktShow &s : library.shows)
        m_shows.append(s);
    for (const FakeTraktMovie &m : library.movies)
        m_movies.append(m);
    m_indexDirty = true;
    m_episodeIndexDirty = true;
}

void FakeTrakt::loadScenario(const QJsonObject &o)
{
    if (o.contains(u"clientId"_s) || o.contains(u"clientSecret"_s))
        setClientCredentials(o.value(u"clientId"_s).toString(m_clientId),
            o.value(u"clientSecret"_s).toString(m_clientSecret));
    if (o.contains(u"user"_s)) {
        const QJsonObject u = o.value(u"user"_s).toObject();
        setUser(u.value(u"username"_s).toString(m_username), u.value(u"name"_s).toString(m_name));
    }
    if (o.contains(u"tokenLifetime"_s))
        setTokenLifetime(o.value(u"tokenLifetime"_s).toInt());
    if (o.contains(u"deviceCode"_s)) {
        const QJsonObject d = o.value(u"deviceCode"_s).toObject();
        setDeviceCodeTiming(d.value(u"expiresIn"_s).toInt(600), d.value(u"interval"_s).toInt(5));
        setAutoApprove(d.value(u"autoApprove"_s).toBool(false));
    }
    for (const QJsonValue &v : o.value(u"tokens"_s).toArray()) {
        const QJsonObject t = v.toObject();
        addToken(t.value(u"access_token"_s).toString(), t.value(u"refresh_token"_s).toString(),
            t.value(u"expires_in"_s).toInt(m_tokenLifetime));
    }
    if (o.contains(u"vip"_s))
        setVip(o.value(u"vip"_s).toBool());
    if (o.contains(u"limits"_s))
        setLimits(o.value(u"limits"_s).toObject());
    if (o.contains(u"historyLimit"_s))
        setHistoryLimit(o.value(u"historyLimit"_s).toInt());
    if (o.value(u"accountLocked"_s).toBool())
        setAccountLocked(true);
    for (const QJsonValue &v : o.value(u"shows"_s).toArray())
        addShow(FakeTraktShow::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"movies"_s).toArray())
        addMovie(FakeTraktMovie::fromJson(v.toObject()));
    if (o.value(u"appRevoked"_s).toBool())
        revokeApp();
    loadListsScenario(o);
    for (const QJsonValue &v : o.value(u"history"_s).toArray()) {
        const QJsonObject h = v.toObject();
        const qint64 at = parseTime(h.value(u"watched_at"_s), QDateTime::currentSecsSinceEpoch());
        if (h.contains(u"movie"_s))
            addMoviePlay(idFromJson(h.value(u"movie"_s)), at);
        else
            addPlay(idFromJson(h.value(u"show"_s)), h.value(u"season"_s).toInt(),
                h.value(u"number"_s).toInt(), at);
    }
}

void FakeTrakt::rebuildIndexes() const
{
    if (!m_indexDirty)
        return;
    m_showByTrakt.clear();
    m_showByTvdb.clear();
    m_showByTmdb.clear();
    m_showBySlug.clear();
    m_showByImdb.clear();
    m_movieByTrakt.clear();
    m_movieByTmdb.clear();
    m_movieBySlug.clear();
    m_movieByImdb.clear();
    m_showByTrakt.reserve(m_shows.size());
    for (qsizetype i = 0; i < m_shows.size(); ++i) {
        const FakeTraktIds &ids = m_shows.at(i).ids;
        m_showByTrakt.insert(ids.trakt, i);
        if (ids.tvdb)
            m_showByTvdb.insert(ids.tvdb, i);
        if (ids.tmdb)
            m_showByTmdb.insert(ids.tmdb, i);
        if (!ids.slug.isEmpty())
            m_showBySlug.insert(ids.slug, i);
        if (!ids.imdb.isEmpty())
            m_showByImdb.insert(ids.imdb, i);
    }
    for (qsizetype i = 0; i < m_movies.size(); ++i) {
        const FakeTraktIds &ids = m_movies.at(i).ids;
        m_movieByTrakt.insert(ids.trakt, i);
        if (ids.tmdb)
            m_movieByTmdb.insert(ids.tmdb, i);
        if (!ids.slug.isEmpty())
            m_movieBySlug.insert(ids.slug, i);
        if (!ids.imdb.isEmpty())
            m_movieByImdb.insert(ids.imdb, i);
    }
    m_indexDirty = false;
}

const FakeTraktShow *FakeTrakt::show(qint64 traktId) const
{
    rebuildIndexes();
    const qsizetype i = m_showByTrakt.value(traktId, -1);
    return i < 0 ? nullptr : &m_shows.at(i);
}

qsizetype FakeTrakt::findShow(const QJsonObject &ids) const
{
    rebuildIndexes();
    if (ids.contains(u"trakt"_s))
        return m_showByTrakt.value(idFromJson(ids.value(u"trakt"_s)), -1);
    if (ids.contains(u"slug"_s))
        return m_showBySlug.value(ids.value(u"slug"_s).toString(), -1);
    if (ids.contains(u"tvdb"_s))
        return m_showByTvdb.value(idFromJson(ids.value(u"tvdb"_s)), -1);
    if (ids.contains(u"imdb"_s))
        return m_showByImdb.value(ids.value(u"imdb"_s).toString(), -1);
    if (ids.contains(u"tmdb"_s))
        return m_showByTmdb.value(idFromJson(ids.value(u"tmdb"_s)), -1);
    return -1;
}

qsizetype FakeTrakt::findShowById(const QString &id) const
{
    rebuildIndexes();
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        return m_showByTrakt.value(n, -1);
    const qsizetype bySlug = m_showBySlug.value(id, -1);
    return bySlug >= 0 ? bySlug : m_showByImdb.value(id, -1);
}

qsizetype FakeTrakt::findMovie(const QJsonObject &ids) const
{
    rebuildIndexes();
    if (ids.contains(u"trakt"_s))
        return m_movieByTrakt.value(idFromJson(ids.value(u"trakt"_s)), -1);
    if (ids.contains(u"slug"_s))
        return m_movieBySlug.value(ids.value(u"slug"_s).toString(), -1);
    if (ids.contains(u"imdb"_s))
        return m_movieByImdb.value(ids.value(u"imdb"_s).toString(), -1);
    if (ids.contains(u"tmdb"_s))
        return m_movieByTmdb.value(idFromJson(ids.value(u"tmdb"_s)), -1);
    return -1;
}

qsizetype FakeTrakt::findMovieById(const QString &id) const
{
    rebuildIndexes();
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    if (numeric)
        return m_movieByTrakt.value(n, -1);
    const qsizetype bySlug = m_movieBySlug.value(id, -1);
    return bySlug >= 0 ? bySlug : m_movieByImdb.value(id, -1);
}

FakeTrakt::EpisodeRef FakeTrakt::findEpisode(const QJsonObject &ids) const
{
    if (m_episodeIndexDirty) {
        m_episodeByTrakt.clear();
        m_episodeByTvdb.clear();
        m_episodeByTmdb.clear();
        for (qsizetype s = 0; s < m_shows.size(); ++s) {
            const auto &seasons = m_shows.at(s).seasons;
            for (qsizetype se = 0; se < seasons.size(); ++se) {
                const auto &eps = seasons.at(se).episodes;
                for (qsizetype e = 0; e < eps.size(); ++e) {
                    const EpisodeRef ref { s, se, e };
                    m_episodeByTrakt.insert(eps.at(e).trakt, ref);
                    if (eps.at(e).tvdb)
                        m_episodeByTvdb.insert(eps.at(e).tvdb, ref);
                    if (eps.at(e).tmdb)
                        m_episodeByTmdb.insert(eps.at(e).tmdb, ref);
                }
            }
        }
        m_episodeIndexDirty = false;
    }
    if (ids.contains(u"trakt"_s))
        return m_episodeByTrakt.value(idFromJson(ids.value(u"trakt"_s)));
    if (ids.contains(u"tvdb"_s))
        return m_episodeByTvdb.value(idFromJson(ids.value(u"tvdb"_s)));
    if (ids.contains(u"tmdb"_s))
        return m_episodeByTmdb.value(idFromJson(ids.value(u"tmdb"_s)));
    return {};
}

// ---- tokens --------------------------------------------------------------------------

FakeTrakt::Token &FakeTrakt::newToken()
{
    Token t;
    // The agreed marker (RELIABILITY.md): tests/scripts/check-secrets.sh finds a leaked fake token
    // by it.
    t.access = u"tsuzuki-test-secret-trakt-"_s + randomHex(32);
    t.refresh = u"tsuzuki-test-secret-trakt-"_s + randomHex(32);
    t.expiresAt = QDateTime::currentSecsSinceEpoch() + m_tokenLifetime;
    t.serial = ++m_tokenSerial;
    t.username = m_username;
    m_tokens.append(t);
    m_latestAccess = t.access;
    m_latestRefresh = t.refresh;
    return m_tokens.last();
}

QPair<QString, QString> FakeTrakt::issueToken()
{
    const Token &t = newToken();
    return { t.access, t.refresh };
}

void FakeTrakt::addToken(const QString &accessToken, const QString &refreshToken, int expiresIn)
{
    Token t;
    t.access = accessToken;
    t.refresh = refreshToken;
    t.expiresAt = QDateTime::currentSecsSinceEpoch() + expiresIn;
    t.serial = ++m_tokenSerial;
    t.username = m_username;
    m_tokens.append(t);
    m_latestAccess = t.access;
    m_latestRefresh = t.refresh;
}

void FakeTrakt::expireAccessTokens()
{
    const qint64 past = QDateTime::currentSecsSinceEpoch() - 1;
    for (Token &t : m_tokens)
        t.expiresAt = qMin(t.expiresAt, past);
}

void FakeTrakt::expireAccessToken(const QString &accessToken)
{
    for (Token &t : m_tokens) {
        if (t.access == accessToken)
            t.expiresAt = QDateTime::currentSecsSinceEpoch() - 1;
    }
}

bool FakeTrakt::isAccessTokenValid(const QString &accessToken) const
{
    for (const Token &t : m_tokens) {
        if (t.access == accessToken)
            return !t.revoked && t.expiresAt > QDateTime::currentSecsSinceEpoch();
    }
    return false;
}

FakeResponse FakeTrakt::tokenJson(const Token &t) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return FakeResponse::json(QJsonObject { { u"access_token"_s, t.access },
        { u"token_type"_s, u"bearer"_s }, { u"expires_in"_s, qMax<qint64>(0, t.expiresAt - now) },
        { u"refresh_token"_s, t.refresh }, { u"scope"_s, u"public"_s }, { u"created_at"_s, now } });
}

// ---- device codes --------------------------------------------------------------------

void FakeTrakt::setDeviceCodeTiming(int expiresIn, int interval)
{
    m_deviceExpiresIn = expiresIn;
    m_deviceInterval = interval;
}

FakeTrakt::DeviceCode *FakeTrakt::device(const QString &code)
{
    const QString c = code.isEmpty() ? m_latestDeviceCode : code;
    for (DeviceCode &d : m_devices) {
        if (d.deviceCode == c)
            return &d;
    }
    return nullptr;
}

const FakeTrakt::DeviceCode *FakeTrakt::device(const QString &code) const
{
    return const_cast<FakeTrakt *>(this)->device(code);
}

QString FakeTrakt::latestUserCode() const
{
    const DeviceCode *d = device(QString());
    return d ? d->userCode : QString();
}

void FakeTrakt::approve(const QString &code)
{
    if (DeviceCode *d = device(code))
        d->state = DeviceState::Approved;
}

void FakeTrakt::deny(const QString &code)
{
    if (DeviceCode *d = device(code))
        d->state = DeviceState::Denied;
}

void FakeTrakt::expire(const QString &code)
{
    if (DeviceCode *d = device(code))
        d->state = DeviceState::Expired;
}

FakeTrakt::DeviceState FakeTrakt::deviceState(const QString &code) const
{
    const DeviceCode *d = device(code);
    return d ? d->state : DeviceState::Expired;
}

void FakeTrakt::scriptDevicePolls(const QList<int> &statuses)
{
    m_pollScript = statuses;
}

// ---- history -------------------------------------------------------------------------

void FakeTrakt::recordPlay(qsizetype showIndex, const FakeTraktEpisode &episode, qint64 watchedAt)
{
    FakeTraktPlay p;
    p.historyId = m_nextHistoryId++;
    p.showTrakt = m_shows.at(showIndex).ids.trakt;
    p.season = episode.season;
    p.number = episode.number;
    p.episodeTrakt = episode.trakt;
    p.watchedAt = watchedAt;
    p.receivedAt = QDateTime::currentMSecsSinceEpoch();
    p.account = m_requestUser;
    m_history.append(p);
    touch(false, m_requestUser);
}

void FakeTrakt::addPlay(qint64 showTrakt, int season, int number, qint64 watchedAt)
{
    rebuildIndexes();
    const qsizetype s = m_showByTrakt.value(showTrakt, -1);
    if (s < 0)
        return;
    for (const FakeTraktSeason &se : m_shows.at(s).seasons) {
        if (se.number != season)
            continue;
        for (const FakeTraktEpisode &e : se.episodes) {
            if (e.number == number)
                recordPlay(s, e, watchedAt);
        }
    }
}

void FakeTrakt::addMoviePlay(qint64 movieTrakt, qint64 watchedAt)
{
    FakeTraktPlay p;
    p.historyId = m_nextHistoryId++;
    p.isMovie = true;
    p.movieTrakt = movieTrakt;
    p.watchedAt = watchedAt;
    p.receivedAt = QDateTime::currentMSecsSinceEpoch();
    p.account = m_requestUser;
    m_history.append(p);
    touch(true, m_requestUser);
}

void FakeTrakt::clearHistory()
{
    m_history.clear();
    touch(false, QString());
    touch(true, QString());
}

int FakeTrakt::playCount(qint64 showTrakt, int season, int number) const
{
    int n = 0;
    for (const FakeTraktPlay &p : m_history) {
        if (!p.isMovie && p.showTrakt == showTrakt && p.season == season && p.number == number)
            ++n;
    }
    return n;
}

int FakeTrakt::moviePlayCount(qint64 movieTrakt) const
{
    int n = 0;
    for (const FakeTraktPlay &p : m_history) {
        if (p.isMovie && p.movieTrakt == movieTrakt)
            ++n;
    }
    return n;
}

QList<FakeTraktPlay> FakeTrakt::duplicatePlays() const
{
    QHash<QString, int> seen;
    QList<FakeTraktPlay> out;
    for (const FakeTraktPlay &p : m_history) {
        const QString key = p.isMovie ? u"m%1"_s.arg(p.movieTrakt)
                                      : u"%1/%2/%3"_s.arg(p.showTrakt).arg(p.season).arg(p.number);
        if (++seen[key] == 2)
            out.append(p);
    }
    return out;
}

QJsonObject FakeTrakt::playJson(const FakeTraktPlay &p) const
{
    rebuildIndexes();
    QJsonObject o { { u"id"_s, p.historyId }, { u"watched_at"_s, isoTime(p.watchedAt) },
        { u"action"_s, p.action } };
    if (p.isMovie) {
        o.insert(u"type"_s, u"movie"_s);
        const qsizetype m = m_movieByTrakt.value(p.movieTrakt, -1);
        if (m >= 0)
            o.insert(u"movie"_s, m_movies.at(m).summaryJson());
        return o;
    }
    o.insert(u"type"_s, u"episode"_s);
    const qsizetype s = m_showByTrakt.value(p.showTrakt, -1);
    QJsonObject episode { { u"season"_s, p.season }, { u"number"_s, p.number } };
    if (s >= 0) {
        for (const FakeTraktSeason &se : m_shows.at(s).seasons) {
            if (se.number != p.season)
                continue;
            for (const FakeTraktEpisode &e : se.episodes) {
                if (e.number == p.number) {
                    episode.insert(
                        u"title"_s, e.title.isEmpty() ? u"Episode %1"_s.arg(e.number) : e.title);
                    episode.insert(u"ids"_s, e.idsJson());
                }
            }
        }
        o.insert(u"show"_s, m_shows.at(s).summaryJson());
    }
    o.insert(u"episode"_s, episode);
    return o;
}

QJsonObject FakeTrakt::stateJson() const
{
    QJsonObject o = FakeServer::stateJson();
    QJsonArray duplicates;
    for (const FakeTraktPlay &p : duplicatePlays())
        duplicates.append(playJson(p));
    o.insert(u"plays"_s, m_history.size());
    o.insert(u"duplicates"_s, duplicates);
    o.insert(u"wholeShowPosts"_s, m_wholeShowPosts);
    o.insert(u"refreshCount"_s, m_refreshCount);
    o.insert(u"refreshAttempts"_s, m_refreshAttempts);
    o.insert(u"revokeCount"_s, m_revokeCount);
    o.insert(u"devicePolls"_s, m_devicePolls);
    const QJsonObject listed = listsStateJson();
    for (auto it = listed.begin(); it != listed.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

FakeResponse FakeTrakt::serviceControl(const QString &what, const FakeRequest &request)
{
    if (request.method == "POST") {
        if (what == u"approve"_s)
            approve();
        else if (what == u"deny"_s)
            deny();
        else if (what == u"expire-device"_s)
            expire();
        else if (what == u"expire-tokens"_s)
            expireAccessTokens();
        else if (what == u"revoke-app"_s)
            revokeApp();
        else if (what == u"lock-account"_s)
            setAccountLocked(true);
        else if (what == u"unlock-account"_s)
            setAccountLocked(false);
        else if (what == u"settings"_s) {
            // {"watchOnlyOnce": bool, "watchlistLimit": n}: what GET /users/settings says next.
            bool ok = false;
            const QJsonObject body = request.jsonBody(&ok);
            if (!ok)
                return FakeResponse::json(traktError(u"bad_request"_s), 400);
            if (body.contains(u"watchOnlyOnce"_s))
                setWatchOnlyOnce(body.value(u"watchOnlyOnce"_s).toBool());
            if (body.contains(u"watchlistLimit"_s))
                setWatchlistLimit(body.value(u"watchlistLimit"_s).toInt());
        } else
            return FakeServer::serviceControl(what, request);
        return FakeResponse::json(stateJson());
    }
    if (request.method == "GET" && what == u"history"_s) {
        QJsonArray plays;
        for (const FakeTraktPlay &p : m_history)
            plays.append(playJson(p));
        return FakeResponse::json(plays);
    }
    return FakeServer::serviceControl(what, request);
}

// ---- HTTP ----------------------------------------------------------------------------

FakeResponse FakeTrakt::expiredTokenResponse() const
{
    return FakeResponse::json(
        traktError(u"invalid_token"_s,
            u"The access token provided is expired, revoked, malformed, or invalid for other reasons."_s),
        401);
}

FakeResponse FakeTrakt::statusResponse(int status) const
{
    switch (status) {
    case 403:
    case 502:
    case 503:
    case 504:
        return FakeResponse::html(status);
    case 420:
        return FakeResponse::json(
            traktError(u"account_limit_exceeded"_s, u"Account limit exceeded"_s), 420)
            .withHeader(
                "X-Account-Limit"_ba, QByteArray::number(m_historyLimit > 0 ? m_historyLimit : 100))
            .withHeader("X-Upgrade-URL"_ba, "https://trakt.tv/vip"_ba)
            .withHeader("X-VIP-User"_ba, m_vip ? "true"_ba : "false"_ba);
    case 423:
        return FakeResponse::json(traktError(u"locked_account"_s, u"Locked User Account"_s), 423);
    case 426:
        return FakeResponse::json(traktError(u"vip_only"_s, u"VIP Only"_s), 426)
            .withHeader("X-Upgrade-URL"_ba, "https://trakt.tv/vip"_ba);
    case 429:
        return FakeResponse::json(traktError(u"rate_limit_exceeded"_s), 429);
    default:
        return FakeServer::statusResponse(status);
    }
}

void FakeTrakt::decorate(FakeResponse &response, const FakeRequest &)
{
    if (response.status == 429) {
        const int retry = response.header("Retry-After").toInt();
        const QJsonObject limit { { u"name"_s, u"AUTHED_API_POST_LIMIT"_s }, { u"period"_s, 1 },
            { u"limit"_s, 1 }, { u"remaining"_s, 0 },
            { u"until"_s, isoTime(QDateTime::currentSecsSinceEpoch() + retry) } };
        response.withHeader("X-Ratelimit"_ba, QJsonDocument(limit).toJson(QJsonDocument::Compact));
    }
}

FakeResponse FakeTrakt::route(const FakeRequest &request, QString *authLabel)
{
    const QByteArray ua = request.header("User-Agent");
    if (ua.trimmed().isEmpty() || (m_rejectQtDefaultUa && ua == "Mozilla/5.0"))
        return FakeResponse::html(403);
    if (request.path == u"/activate"_s)
        return FakeResponse::html(200, "<html><body>Enter the code</body></html>"_ba);
    if (request.path.startsWith(u"/oauth/"_s))
        return oauth(request, authLabel);
    FakeResponse response = api(request, authLabel);
    m_requestUser.clear(); // plays a test adds between requests belong to nobody
    return response;
}

FakeResponse FakeTrakt::oauth(const FakeRequest &request, QString *authLabel)
{
    if (request.method != "POST")
        return FakeResponse::json(traktError(u"method_not_allowed"_s), 405);
    bool ok = false;
    QJsonObject body = request.jsonBody(&ok);
    if (!ok) {
        // application/x-www-form-urlencoded is accepted too
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &item : form.queryItems(QUrl::FullyDecoded))
            body.insert(item.first, item.second);
    }
    const QString clientId = body.value(u"client_id"_s).toString();
    const QString clientSecret = body.value(u"client_secret"_s).toString();
    const QString path = request.path;
    auto badClient = []() {
        return FakeResponse::json(traktError(u"invalid_client"_s,
                                      u"Client authentication failed due to unknown client."_s),
            401);
    };

    if (path == u"/oauth/device/code"_s) {
        if (clientId != m_clientId)
            return badClient();
        DeviceCode d;
        d.deviceCode = randomHex(32);
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < 8; ++i)
            d.userCode += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
        d.createdAt = QDateTime::currentSecsSinceEpoch();
        m_devices.append(d);
        m_latestDeviceCode = d.deviceCode;
        QUrl verification = baseUrl();
        verification.setPath(u"/activate"_s);
        return FakeResponse::json(QJsonObject { { u"device_code"_s, d.deviceCode },
            { u"user_code"_s, d.userCode }, { u"verification_url"_s, verification.toString() },
            { u"expires_in"_s, m_deviceExpiresIn }, { u"interval"_s, m_deviceInterval } });
    }

    if (path == u"/oauth/device/token"_s) {
        ++m_devicePolls;
        if (clientId != m_clientId || clientSecret != m_clientSecret)
            return badClient();
        DeviceCode *d = device(body.value(u"code"_s).toString());
        if (body.value(u"code"_s).toString().isEmpty())
            d = nullptr;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        int status = 0;
        if (!m_pollScript.isEmpty()) {
            status = m_pollScript.takeFirst();
        } else if (!d) {
            status = 404;
        } else if (d->state == DeviceState::Expired
            || nowMs / 1000 - d->createdAt > m_deviceExpiresIn) {
            d->state = DeviceState::Expired;
            status = 410;
        } else if (d->state == DeviceState::Denied) {
            status = 418;
        } else if (d->state == DeviceState::Used) {
            status = 409;
        } else if (d->state == DeviceState::Approved || m_autoApprove) {
            status = 200;
        } else if (m_enforceInterval && d->lastPollMs > 0
            && nowMs - d->lastPollMs < qint64(m_deviceInterval) * 1000) {
            status = 429;
        } else {
            status = 400;
        }
        if (d)
            d->lastPollMs = nowMs;
        switch (status) {
        case 200: {
            if (d)
                d->state = DeviceState::Used;
            const Token &t = newToken();
            *authLabel = u"issued#%1"_s.arg(t.serial);
            return tokenJson(t);
        }
        case 400:
            return FakeResponse::json(traktError(u"authorization_pending"_s), 400);
        case 404:
            return FakeResponse::json(traktError(u"invalid_code"_s), 404);
        case 409:
            return FakeResponse::json(traktError(u"already_used"_s), 409);
        case 410:
            return FakeResponse::json(traktError(u"expired_token"_s), 410);
        case 418:
            return FakeResponse::json(traktError(u"access_denied"_s), 418);
        case 429:
            return FakeResponse::json(traktError(u"slow_down"_s), 429);
        default:
            return statusResponse(status);
        }
    }

    if (path == u"/oauth/token"_s) {
        ++m_refreshAttempts;
        if (clientId != m_clientId || clientSecret != m_clientSecret)
            return badClient();
        const QString grant = body.value(u"grant_type"_s).toString();
        if (grant == u"authorization_code"_s) {
            if (body.value(u"code"_s).toString().isEmpty())
                return FakeResponse::json(traktError(u"invalid_grant"_s), 401);
            const Token &t = newToken();
            *authLabel = u"issued#%1"_s.arg(t.serial);
            return tokenJson(t);
        }
        if (grant != u"refresh_token"_s)
            return FakeResponse::json(traktError(u"unsupported_grant_type"_s), 400);
        const QString refresh = body.value(u"refresh_token"_s).toString();
        Token *old = nullptr;
        for (Token &t : m_tokens) {
            if (!refresh.isEmpty() && t.refresh == refresh)
                old = &t;
        }
        if (!old || old->refreshUsed) {
            *authLabel = old ? u"used-refresh#%1"_s.arg(old->serial) : u"unknown-refresh"_s;
            return FakeResponse::json(
                traktError(u"invalid_grant"_s,
                    u"The provided authorization grant is invalid, expired, revoked, does not "
                    u"match "
                    u"the redirection URI used in the authorization request, or was issued to another client."_s),
                401);
        }
        old->refreshUsed = true;
        if (m_revokeOnRefresh)
            old->revoked = true;
        const int oldSerial = old->serial;
        const QString owner = old->username;
        ++m_refreshCount;
        Token &t = newToken();
        t.username = owner; // a refresh keeps the account
        *authLabel = u"refresh#%1->#%2"_s.arg(oldSerial).arg(t.serial);
        return tokenJson(t);
    }

    if (path == u"/oauth/revoke"_s) {
        if (clientId != m_clientId || clientSecret != m_clientSecret)
            return badClient();
        ++m_revokeCount;
        const QString token = body.value(u"token"_s).toString();
        for (Token &t : m_tokens) {
            if (!token.isEmpty() && (t.access == token || t.refresh == token)) {
                t.revoked = true;
                t.refreshUsed = true;
                *authLabel = u"revoked#%1"_s.arg(t.serial);
            }
        }
        return FakeResponse::json(QJsonObject {});
    }
    return FakeResponse::json(traktError(u"not_found"_s), 404);
}

FakeResponse FakeTrakt::api(const FakeRequest &request, QString *authLabel)
{
    if (request.header("trakt-api-key") != m_clientId.toUtf8())
        return FakeResponse::json(
            traktError(u"forbidden"_s, u"invalid API key or unapproved app"_s), 403);
    if (request.header("trakt-api-version") != "2")
        return FakeResponse::json(
            traktError(u"bad_request"_s, u"trakt-api-version must be 2"_s), 400);

    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QString head = parts.value(0);

    const bool needsAuth = head == u"sync"_s || head == u"users"_s;
    const QByteArray bearer = request.bearerToken();
    if (!bearer.isEmpty() || needsAuth) {
        const Token *found = nullptr;
        for (const Token &t : m_tokens) {
            if (t.access.toUtf8() == bearer)
                found = &t;
        }
        bool valid = false;
        if (bearer.isEmpty())
            *authLabel = u"none"_s;
        else if (!found)
            *authLabel = u"invalid"_s;
        else if (found->revoked)
            *authLabel = u"revoked#%1"_s.arg(found->serial);
        else if (found->expiresAt <= QDateTime::currentSecsSinceEpoch())
            *authLabel = u"expired#%1"_s.arg(found->serial);
        else {
            *authLabel = u"access#%1"_s.arg(found->serial);
            valid = true;
        }
        m_requestUser = valid ? found->username : QString();
        if (!valid && (needsAuth || !bearer.isEmpty()))
            return expiredTokenResponse();
        if (valid && found->appRevoked) {
            *authLabel = u"app-revoked#%1"_s.arg(found->serial);
            return FakeResponse::json(
                traktError(u"forbidden"_s, u"invalid API key or unapproved app"_s), 403);
        }
        if (valid && m_locked)
            return statusResponse(423);
    }

    const QString extended = request.query.queryItemValue(u"extended"_s);
    if (request.method == "GET" && head == u"search"_s && parts.size() == 3)
        return search(parts.at(1), parts.at(2), request.query.queryItemValue(u"type"_s));
    if (request.method == "GET" && head == u"shows"_s && parts.size() == 3
        && parts.at(2) == u"seasons"_s)
        return seasons(parts.at(1), extended);
    if (request.method == "GET" && head == u"shows"_s && parts.size() == 2) {
        const qsizetype s = findShowById(parts.at(1));
        if (s < 0)
            return FakeResponse::json(traktError(u"not_found"_s), 404);
        return FakeResponse::json(m_shows.at(s).summaryJson());
    }
    if (request.method == "GET" && head == u"movies"_s && parts.size() == 2) {
        const qsizetype m = findMovieById(parts.at(1));
        if (m < 0)
            return FakeResponse::json(traktError(u"not_found"_s), 404);
        return FakeResponse::json(m_movies.at(m).summaryJson());
    }
    if (request.method == "POST" && request.path == u"/sync/history/remove"_s) {
        bool ok = false;
        const QJsonObject body = request.jsonBody(&ok);
        if (!ok)
            return FakeResponse::json(
                traktError(u"bad_request"_s, u"body is not a JSON object"_s), 400);
        return removeHistory(body);
    }
    if (head == u"sync"_s && parts.value(1) == u"history"_s) {
        if (request.method == "POST" && parts.size() == 2) {
            bool ok = false;
            const QJsonObject body = request.jsonBody(&ok);
            if (!ok)
                return FakeResponse::json(
                    traktError(u"bad_request"_s, u"body is not a JSON object"_s), 400);
            return postHistory(body);
        }
        if (request.method == "GET")
            return getHistory(parts, request);
    }
    if (request.method == "GET" && request.path == u"/sync/last_activities"_s)
        return lastActivities();
    if (request.method == "GET" && request.path == u"/users/settings"_s)
        return userSettings();
    if (FakeResponse listed = lists(request, parts); listed.status != 0)
        return listed;
    if (request.method == "GET" && head == u"sync"_s && parts.value(1) == u"watched"_s
        && parts.size() == 3)
        return watched(parts.at(2));
    return FakeResponse::json(traktError(u"not_found"_s), 404);
}

FakeResponse FakeTrakt::search(const QString &idType, const QString &id, const QString &type) const
{
    rebuildIndexes();
    static const QStringList idTypes = { u"trakt"_s, u"imdb"_s, u"tmdb"_s, u"tvdb"_s };
    if (!idTypes.contains(idType))
        return FakeResponse::json(traktError(u"bad_request"_s, u"unknown id type"_s), 400);
    const QJsonObject ids { { idType,
        idType == u"imdb"_s ? QJsonValue(id) : QJsonValue(id.toLongLong()) } };
    QJsonArray results;
    const QStringList types
        = type.isEmpty() ? QStringList { u"show"_s, u"movie"_s, u"episode"_s } : type.split(u',');
    if (types.contains(u"show"_s)) {
        const qsizetype s = findShow(ids);
        if (s >= 0)
            results.append(QJsonObject { { u"type"_s, u"show"_s }, { u"score"_s, 1000 },
                { u"show"_s, m_shows.at(s).summaryJson() } });
    }
    if (types.contains(u"movie"_s)) {
        const qsizetype m = findMovie(ids);
        if (m >= 0)
            results.append(QJsonObject { { u"type"_s, u"movie"_s }, { u"score"_s, 1000 },
                { u"movie"_s, m_movies.at(m).summaryJson() } });
    }
    if (types.contains(u"episode"_s) && idType != u"imdb"_s) {
        const EpisodeRef ref = findEpisode(ids);
        if (ref.show >= 0) {
            const FakeTraktShow &sh = m_shows.at(ref.show);
            const FakeTraktEpisode &e = sh.seasons.at(ref.season).episodes.at(ref.episode);
            results.append(QJsonObject { { u"type"_s, u"episode"_s }, { u"score"_s, 1000 },
                { u"episode"_s,
                    QJsonObject { { u"season"_s, e.season }, { u"number"_s, e.number },
                        { u"title"_s, e.title.isEmpty() ? u"Episode %1"_s.arg(e.number) : e.title },
                        { u"ids"_s, e.idsJson() } } },
                { u"show"_s, sh.summaryJson() } });
        }
    }
    return FakeResponse::json(results);
}

FakeResponse FakeTrakt::seasons(const QString &id, const QString &extended) const
{
    const qsizetype s = findShowById(id);
    if (s < 0)
        return FakeResponse::json(traktError(u"not_found"_s), 404);
    const QStringList ext = extended.split(u',', Qt::SkipEmptyParts);
    const bool full = ext.contains(u"full"_s);
    const bool withEpisodes = ext.contains(u"episodes"_s);
    const FakeTraktShow &show = m_shows.at(s);
    QList<const FakeTraktSeason *> ordered;
    for (const FakeTraktSeason &se : show.seasons)
        ordered.append(&se);
    std::sort(ordered.begin(), ordered.end(),
        [](const FakeTraktSeason *a, const FakeTraktSeason *b) { return a->number < b->number; });
    QJsonArray out;
    for (const FakeTraktSeason *se : ordered) {
        QJsonObject so { { u"number"_s, se->number },
            { u"ids"_s,
                QJsonObject { { u"trakt"_s, se->trakt },
                    { u"tvdb"_s, se->tvdb ? QJsonValue(se->tvdb) : QJsonValue() },
                    { u"tmdb"_s, se->tmdb ? QJsonValue(se->tmdb) : QJsonValue() },
                    { u"tvrage"_s, QJsonValue() } } } };
        const int count = int(se->episodes.size());
        if (full) {
            so.insert(u"rating"_s, 0);
            so.insert(u"votes"_s, 0);
            so.insert(u"episode_count"_s, count);
            so.insert(u"aired_episodes"_s, se->airedEpisodes < 0 ? count : se->airedEpisodes);
            so.insert(u"title"_s, se->number == 0 ? u"Specials"_s : u"Season %1"_s.arg(se->number));
            so.insert(u"overview"_s, QJsonValue());
            so.insert(u"network"_s, u"Fake TV"_s);
        }
        if (withEpisodes) {
            QJsonArray eps;
            for (const FakeTraktEpisode &e : se->episodes) {
                QJsonObject eo { { u"season"_s, e.season }, { u"number"_s, e.number },
                    { u"title"_s, e.title.isEmpty() ? u"Episode %1"_s.arg(e.number) : e.title },
                    { u"ids"_s, e.idsJson() } };
                if (full) {
                    eo.insert(
                        u"number_abs"_s, e.numberAbs > 0 ? QJsonValue(e.numberAbs) : QJsonValue());
                    eo.insert(u"overview"_s, QJsonValue());
                    eo.insert(u"runtime"_s, 24);
                    eo.insert(u"episode_type"_s, u"standard"_s);
                }
                eps.append(eo);
            }
            so.insert(u"episodes"_s, eps);
        }
        out.append(so);
    }
    return FakeResponse::json(out);
}

FakeResponse FakeTrakt::postHistory(const QJsonObject &body)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_historyLimit > 0) {
        // A free account's limit: the request is refused whole when it would pass it.
        qsizetype requested
            = body.value(u"movies"_s).toArray().size() + body.value(u"episodes"_s).toArray().size();
        for (const QJsonValue &sv : body.value(u"shows"_s).toArray()) {
            for (const QJsonValue &se : sv.toObject().value(u"seasons"_s).toArray())
                requested += se.toObject().value(u"episodes"_s).toArray().size();
        }
        qsizetype held = 0;
        for (const FakeTraktPlay &p : std::as_const(m_history))
            held += visibleTo(p, m_requestUser) ? 1 : 0;
        if (held + requested > m_historyLimit)
            return statusResponse(420);
    }
    QJsonArray nfMovies, nfShows, nfSeasons, nfEpisodes;
    int addedEpisodes = 0;
    int addedMovies = 0;

    for (const QJsonValue &sv : body.value(u"shows"_s).toArray()) {
        const QJsonObject so = sv.toObject();
        const qsizetype s = findShow(so.value(u"ids"_s).toObject());
        if (s < 0) {
            nfShows.append(so);
            continue;
        }
        const qint64 showAt = parseTime(so.value(u"watched_at"_s), now);
        const QJsonArray seasonsIn = so.value(u"seasons"_s).toArray();
        // Copy: recordPlay appends to m_history only, but keep the show stable anyway.
        const FakeTraktShow &show = m_shows.at(s);
        if (seasonsIn.isEmpty()) {
            // Trakt marks the whole show (every aired, non-special episode) watched.
            ++m_wholeShowPosts;
            for (const FakeTraktSeason &se : show.seasons) {
                if (se.number == 0)
                    continue;
                for (const FakeTraktEpisode &e : se.episodes) {
                    recordPlay(s, e, showAt);
                    ++addedEpisodes;
                }
            }
            continue;
        }
        for (const QJsonValue &sev : seasonsIn) {
            const QJsonObject seo = sev.toObject();
            const int number = seo.value(u"number"_s).toInt(-1);
            const FakeTraktSeason *season = nullptr;
            for (const FakeTraktSeason &se : show.seasons) {
                if (se.number == number)
                    season = &se;
            }
            if (!season) {
                nfSeasons.append(seo);
                continue;
            }
            const qint64 seasonAt = parseTime(seo.value(u"watched_at"_s), showAt);
            const QJsonArray episodesIn = seo.value(u"episodes"_s).toArray();
            if (episodesIn.isEmpty()) {
                ++m_wholeShowPosts;
                for (const FakeTraktEpisode &e : season->episodes) {
                    recordPlay(s, e, seasonAt);
                    ++addedEpisodes;
                }
                continue;
            }
            for (const QJsonValue &ev : episodesIn) {
                const QJsonObject eo = ev.toObject();
                const int en = eo.value(u"number"_s).toInt(-1);
                const FakeTraktEpisode *episode = nullptr;
                for (const FakeTraktEpisode &e : season->episodes) {
                    if (e.number == en) {
                        episode = &e;
                        break;
                    }
                }
                if (!episode) {
                    nfEpisodes.append(eo);
                    continue;
                }
                recordPlay(s, *episode, parseTime(eo.value(u"watched_at"_s), seasonAt));
                ++addedEpisodes;
            }
        }
    }

    for (const QJsonValue &mv : body.value(u"movies"_s).toArray()) {
        const QJsonObject mo = mv.toObject();
        const qsizetype m = findMovie(mo.value(u"ids"_s).toObject());
        if (m < 0) {
            nfMovies.append(mo);
            continue;
        }
        addMoviePlay(m_movies.at(m).ids.trakt, parseTime(mo.value(u"watched_at"_s), now));
        ++addedMovies;
    }

    for (const QJsonValue &ev : body.value(u"episodes"_s).toArray()) {
        const QJsonObject eo = ev.toObject();
        const EpisodeRef ref = findEpisode(eo.value(u"ids"_s).toObject());
        if (ref.show < 0) {
            nfEpisodes.append(eo);
            continue;
        }
        recordPlay(ref.show, m_shows.at(ref.show).seasons.at(ref.season).episodes.at(ref.episode),
            parseTime(eo.value(u"watched_at"_s), now));
        ++addedEpisodes;
    }

    return FakeResponse::json(
        QJsonObject {
            { u"added"_s,
                QJsonObject { { u"movies"_s, addedMovies }, { u"episodes"_s, addedEpisodes } } },
            { u"not_found"_s,
                QJsonObject { { u"movies"_s, nfMovies }, { u"shows"_s, nfShows },
                    { u"seasons"_s, nfSeasons }, { u"episodes"_s, nfEpisodes },
                    { u"people"_s, QJsonArray() } } } },
        201);
}

FakeResponse FakeTrakt::getHistory(const QStringList &parts, const FakeRequest &request) const
{
    const QString type = parts.value(2);
    const QString id = parts.value(3);
    qint64 showFilter = 0;
    qint64 movieFilter = 0;
    qint64 episodeFilter = 0;
    bool moviesOnly = false;
    bool episodesOnly = false;
    if (type == u"shows"_s || type == u"seasons"_s) {
        episodesOnly = true;
        if (!id.isEmpty()) {
            const qsizetype s = findShowById(id);
            showFilter = s >= 0 ? m_shows.at(s).ids.trakt : -1;
        }
    } else if (type == u"movies"_s) {
        moviesOnly = true;
        if (!id.isEmpty()) {
            const qsizetype m = findMovieById(id);
            movieFilter = m >= 0 ? m_movies.at(m).ids.trakt : -1;
        }
    } else if (type == u"episodes"_s) {
        episodesOnly = true;
        if (!id.isEmpty())
            episodeFilter = id.toLongLong();
    } else if (!type.isEmpty()) {
        return FakeResponse::json(traktError(u"not_found"_s), 404);
    }

    const qint64 startAt
        = parseTime(request.query.queryItemValue(u"start_at"_s, QUrl::FullyDecoded),
            std::numeric_limits<qint64>::min());
    const qint64 endAt = parseTime(request.query.queryItemValue(u"end_at"_s, QUrl::FullyDecoded),
        std::numeric_limits<qint64>::max());
    const int page = qMax(1, request.query.queryItemValue(u"page"_s).toInt());
    const int limitRaw = request.query.queryItemValue(u"limit"_s).toInt();
    const int limit = limitRaw > 0 ? limitRaw : 10;

    QList<const FakeTraktPlay *> matches;
    for (const FakeTraktPlay &p : m_history) {
        if (moviesOnly && !p.isMovie)
            continue;
        if (episodesOnly && p.isMovie)
            continue;
        if (showFilter && p.showTrakt != showFilter)
            continue;
        if (movieFilter && p.movieTrakt != movieFilter)
            continue;
        if (episodeFilter && p.episodeTrakt != episodeFilter)
            continue;
        if (p.watchedAt < startAt || p.watchedAt > endAt)
            continue;
        matches.append(&p);
    }
    std::sort(matches.begin(), matches.end(), [](const FakeTraktPlay *a, const FakeTraktPlay *b) {
        return a->watchedAt != b->watchedAt ? a->watchedAt > b->watchedAt
                                            : a->historyId > b->historyId;
    });
    const qsizetype total = matches.size();
    const qsizetype pageCount = qMax<qsizetype>(1, (total + limit - 1) / limit);
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * limit; i < total && i < qsizetype(page) * limit; ++i)
        items.append(playJson(*matches.at(i)));
    return FakeResponse::json(items)
        .withHeader("X-Pagination-Page"_ba, QByteArray::number(page))
        .withHeader("X-Pagination-Limit"_ba, QByteArray::number(limit))
        .withHeader("X-Pagination-Page-Count"_ba, QByteArray::number(pageCount))
        .withHeader("X-Pagination-Item-Count"_ba, QByteArray::number(total));
}

FakeResponse FakeTrakt::lastActivities() const
{
    return FakeResponse::json(lastActivitiesJson(m_requestUser));
}

} // namespace Tsuzuki
