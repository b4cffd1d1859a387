#include "core/auth/secretstore.h"
#include "core/net/httpclient.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"
#include "core/net/trakterrors.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/memorysecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using Tsuzuki::Test::MemorySecretStore;

Q_DECLARE_METATYPE(Tsuzuki::ErrorCode)

namespace {

// Everything any message handler would print, captured raw (no redaction) to prove nothing secret
// is logged.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    Q_UNUSED(type)
    Q_UNUSED(context)
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

/// TraktClient (+ TraktAuth for tokens) against the fake Trakt.
class TestTraktClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void search();
    void searchMovieAndMiss();
    void seasons();
    void addToHistory();
    void historyAllPages();
    void historyWindow();
    void lastActivities();
    void userSettings();
    void notLoggedIn();
    void refreshOn401WithRotation();
    void concurrentRefreshSingleFlight();
    void failedRefreshSaysLogInAgain();
    void refreshNotUsedWhenStoreFails();
    void accountErrors_data();
    void accountErrors();
    void postDropAfterApplyIsOutcomeUnknown();
    void postServerErrorThenNothingResent();
    void noTokenInLogOutput();
    void watchedShowsAndMovies();
    void watchedRefusesAnotherShape_data();
    void watchedRefusesAnotherShape();
    void removeFromHistoryById();
    void settingsCarryLimits();
    void revokedAppIsItsOwnError();
    void refusalsAsTheUserSeesThem_data();
    void refusalsAsTheUserSeesThem();

private:
    template<typename T>
    std::optional<Result<T>> wait(
        const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call);
    QJsonObject episodes(qint64 show, int season, QList<int> numbers,
        const QString &watchedAt = u"2024-03-01T20:00:00.000Z"_s);

    FakeServices m_fakes;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TraktAuth> m_auth;
    std::unique_ptr<TraktClient> m_client;
};

template<typename T>
std::optional<Result<T>> TestTraktClient::wait(
    const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&](const Result<T> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

QJsonObject TestTraktClient::episodes(
    qint64 show, int season, QList<int> numbers, const QString &watchedAt)
{
    QJsonArray eps;
    for (int n : numbers)
        eps.append(QJsonObject { { u"number"_s, n }, { u"watched_at"_s, watchedAt } });
    return QJsonObject { { u"shows"_s,
        QJsonArray { QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, show } } },
            { u"seasons"_s,
                QJsonArray {
                    QJsonObject { { u"number"_s, season }, { u"episodes"_s, eps } } } } } } } };
}

void TestTraktClient::initTestCase()
{
    QVERIFY(m_fakes.listen());
    m_fakes.trakt().addShow(FakeTraktShow::fromJson(QJsonDocument::fromJson(R"({
        "title": "Attack on Titan", "year": 2013,
        "ids": {"trakt": 1420, "slug": "attack-on-titan", "tvdb": 267440, "imdb": "tt2560140", "tmdb": 1429},
        "seasons": [{"number": 1, "episodeCount": 25, "firstAbs": 1},
                    {"number": 2, "episodeCount": 12, "firstAbs": 26},
                    {"number": 0, "episodeCount": 2}]})")
                                                        .object()));
    m_fakes.trakt().addMovie(FakeTraktMovie::fromJson(QJsonDocument::fromJson(R"({
        "title": "Spirited Away", "year": 2001, "ids": {"trakt": 223, "slug": "spirited-away", "imdb": "tt0245429", "tmdb": 129}})")
                                                          .object()));
}

void TestTraktClient::init()
{
    m_fakes.trakt().clearFaults();
    m_fakes.trakt().clearLog();
    m_fakes.trakt().clearHistory();
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    m_store = std::make_unique<MemorySecretStore>();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addDays(60).toString(Qt::ISODate));
    m_store->values.insert(key(SecretKey::TraktClientSecret), m_fakes.trakt().clientSecret());
    HttpClientOptions o = HttpClientOptions::trakt();
    o.backoffBaseMs = 20;
    o.limits.writeSpacingMs = 50;
    m_http = std::make_unique<HttpClient>(o);
    m_auth = std::make_unique<TraktAuth>(
        m_http.get(), m_store.get(), m_fakes.trakt().authUrl(), m_fakes.trakt().clientId());
    m_client = std::make_unique<TraktClient>(
        m_http.get(), m_auth.get(), m_fakes.trakt().baseUrl(), m_fakes.trakt().clientId());
}

void TestTraktClient::cleanup()
{
    m_client.reset();
    m_auth.reset();
    m_http.reset();
    m_store.reset();
}

void TestTraktClient::search()
{
    auto r = wait<QList<TraktSearchResult>>([&](QObject *c, auto done) {
        m_client->search(u"tmdb"_s, u"1429"_s, TraktClient::MediaType::Show, c, done);
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().size(), 1);
    QCOMPARE(r->value().first().type, u"show"_s);
    QCOMPARE(r->value().first().ids.trakt, 1420);
    QCOMPARE(r->value().first().ids.slug, u"attack-on-titan"_s);
    QCOMPARE(r->value().first().ids.tvdb, 267440);
    QCOMPARE(r->value().first().title, u"Attack on Titan"_s);
    const auto log = m_fakes.trakt().requests(u"GET"_s, u"^/search/"_s);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().header("trakt-api-version"), "2"_ba);
    QCOMPARE(log.first().header("trakt-api-key"), m_fakes.trakt().clientId().toUtf8());
    QVERIFY(log.first().query.contains(u"type=show"_s));
}

void TestTraktClient::searchMovieAndMiss()
{
    auto movie = wait<QList<TraktSearchResult>>([&](QObject *c, auto done) {
        m_client->search(u"imdb"_s, u"tt0245429"_s, TraktClient::MediaType::Movie, c, done);
    });
    QVERIFY(movie && movie->ok());
    QCOMPARE(movie->value().size(), 1);
    QCOMPARE(movie->value().first().type, u"movie"_s);
    QCOMPARE(movie->value().first().ids.trakt, 223);

    auto miss = wait<QList<TraktSearchResult>>([&](QObject *c, auto done) {
        m_client->search(u"tvdb"_s, u"5"_s, TraktClient::MediaType::Show, c, done);
    });
    QVERIFY(miss && miss->ok());
    QVERIFY(miss->value().isEmpty());
}

void TestTraktClient::seasons()
{
    auto r = wait<QList<TraktSeason>>(
        [&](QObject *c, auto done) { m_client->seasons(u"1420"_s, c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QList<TraktSeason> seasons = r->value();
    QCOMPARE(seasons.size(), 3);
    std::sort(seasons.begin(), seasons.end(),
        [](const auto &a, const auto &b) { return a.number < b.number; });
    QCOMPARE(seasons.at(0).number, 0);
    QCOMPARE(seasons.at(1).number, 1);
    QCOMPARE(seasons.at(1).episodeCount, 25);
    QCOMPARE(seasons.at(1).episodes.size(), 25);
    QCOMPARE(seasons.at(1).episodes.first().number, 1);
    QCOMPARE(seasons.at(1).episodes.first().season, 1);
    QCOMPARE(seasons.at(1).episodes.first().numberAbs, std::optional<int>(1));
    QCOMPARE(seasons.at(2).episodes.first().numberAbs, std::optional<int>(26));
    QCOMPARE(seasons.at(2).episodes.last().number, 12);
    QVERIFY(!seasons.at(0).episodes.first().numberAbs.has_value());
    QVERIFY(m_fakes.trakt().requestLog().first().query.contains(u"extended=full"_s));
}

void TestTraktClient::addToHistory()
{
    QJsonObject payload = episodes(1420, 1, { 1, 2 });
    QJsonArray shows = payload.value(u"shows"_s).toArray();
    shows.append(QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, 999999 } } },
        { u"seasons"_s,
            QJsonArray { QJsonObject { { u"number"_s, 1 },
                { u"episodes"_s, QJsonArray { QJsonObject { { u"number"_s, 1 } } } } } } } });
    payload.insert(u"shows"_s, shows);
    payload.insert(u"movies"_s,
        QJsonArray { QJsonObject { { u"ids"_s, QJsonObject { { u"tmdb"_s, 129 } } },
            { u"watched_at"_s, u"2024-03-02T20:00:00.000Z"_s } } });

    std::optional<Result<TraktHistoryAddResult>> out;
    bool unknown = true;
    QObject context;
    m_client->addToHistory(
        payload, &context, [&](const Result<TraktHistoryAddResult> &r, bool outcomeUnknown) {
            out.emplace(r);
            unknown = outcomeUnknown;
        });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QVERIFY2(out->ok(), qPrintable(out->error().toString()));
    QVERIFY(!unknown);
    QCOMPARE(out->value().added.episodes, 2);
    QCOMPARE(out->value().added.movies, 1);
    QCOMPARE(out->value().notFound.size(), 1);
    QCOMPARE(out->value().notFound.first().kind, u"show"_s);
    QCOMPARE(out->value().notFound.first().ids.trakt, 999999);
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 1), 1);
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 2), 1);
    QCOMPARE(m_fakes.trakt().moviePlayCount(223), 1);
    QCOMPARE(m_fakes.trakt().wholeShowPosts(), 0);
    QVERIFY(m_fakes.trakt()
                .requests(u"POST"_s, u"/sync/history"_s)
                .first()
                .authLabel.startsWith(u"access"_s));
}

void TestTraktClient::historyAllPages()
{
    for (int e = 1; e <= 7; ++e)
        m_fakes.trakt().addPlay(1420, 1, e, 1'700'000'000 + e * 60);
    m_client->setHistoryPageSize(3);
    auto r = wait<QList<TraktHistoryItem>>([&](QObject *c, auto done) {
        m_client->history(TraktClient::MediaType::Show, u"1420"_s, {}, {}, c, done);
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().size(), 7);
    QCOMPARE(m_fakes.trakt().requests(u"GET"_s, u"^/sync/history/shows/1420$"_s).size(), 3);
    QSet<int> numbers;
    for (const TraktHistoryItem &item : r->value()) {
        QCOMPARE(item.type, u"episode"_s);
        QCOMPARE(item.showIds.trakt, 1420);
        QCOMPARE(item.episode.season, 1);
        QVERIFY(item.watchedAt.isValid());
        numbers.insert(item.episode.number);
    }
    QCOMPARE(numbers.size(), 7);
    QVERIFY(m_fakes.trakt().requestLog().first().query.contains(u"limit=3"_s));
}

void TestTraktClient::historyWindow()
{
    const qint64 t0 = 1'700'000'000;
    m_fakes.trakt().addPlay(1420, 1, 1, t0);
    m_fakes.trakt().addPlay(1420, 1, 2, t0 + 120);
    m_fakes.trakt().addPlay(1420, 1, 3, t0 + 3600);
    m_fakes.trakt().addMoviePlay(223, t0 + 60);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(t0 + 60, Qt::UTC);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(t0 + 180, Qt::UTC);
    auto shows = wait<QList<TraktHistoryItem>>([&](QObject *c, auto done) {
        m_client->history(TraktClient::MediaType::Show, u"1420"_s, start, end, c, done);
    });
    QVERIFY(shows && shows->ok());
    QCOMPARE(shows->value().size(), 1);
    QCOMPARE(shows->value().first().episode.number, 2);
    QCOMPARE(shows->value().first().watchedAt, QDateTime::fromSecsSinceEpoch(t0 + 120, Qt::UTC));

    auto movies = wait<QList<TraktHistoryItem>>([&](QObject *c, auto done) {
        m_client->history(TraktClient::MediaType::Movie, u"223"_s, {}, {}, c, done);
    });
    QVERIFY(movies && movies->ok());
    QCOMPARE(movies->value().size(), 1);
    QCOMPARE(movies->value().first().type, u"movie"_s);
    QCOMPARE(movies->value().first().movieIds.trakt, 223);
}

void TestTraktClient::lastActivities()
{
    auto before = wait<TraktLastActivities>(
        [&](QObject *c, auto done) { m_client->lastActivities(c, done); });
    QVERIFY(before && before->ok());
    QVERIFY(before->value().all.isValid());
    QVERIFY(before->value().episodesWatchedAt.isValid());
    const qint64 postedAt = QDateTime::currentSecsSinceEpoch();
    std::optional<bool> posted;
    QObject context;
    m_client->addToHistory(episodes(1420, 2, { 1 }), &context,
        [&](const Result<TraktHistoryAddResult> &r, bool) { posted = r.ok(); });
    QTRY_VERIFY(posted.has_value());
    QVERIFY(*posted);
    auto after = wait<TraktLastActivities>(
        [&](QObject *c, auto done) { m_client->lastActivities(c, done); });
    QVERIFY(after && after->ok());
    QVERIFY(after->value().episodesWatchedAt >= before->value().episodesWatchedAt);
    QVERIFY(after->value().episodesWatchedAt >= QDateTime::fromSecsSinceEpoch(postedAt, Qt::UTC));
}

void TestTraktClient::userSettings()
{
    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().username, u"fakeuser"_s);
    QCOMPARE(r->value().name, u"Fake User"_s);
    QCOMPARE(r->value().timezone, u"UTC"_s);
}

void TestTraktClient::notLoggedIn()
{
    m_store->values.clear();
    TraktAuth auth(
        m_http.get(), m_store.get(), m_fakes.trakt().authUrl(), m_fakes.trakt().clientId());
    TraktClient client(m_http.get(), &auth, m_fakes.trakt().baseUrl(), m_fakes.trakt().clientId());
    auto r = wait<TraktUserSettings>([&](QObject *c, auto done) { client.userSettings(c, done); });
    QVERIFY(r);
    QCOMPARE(r->error().code, ErrorCode::NotLoggedIn);
    // Public calls still work without a login.
    auto s = wait<QList<TraktSearchResult>>([&](QObject *c, auto done) {
        client.search(u"tmdb"_s, u"1429"_s, TraktClient::MediaType::Show, c, done);
    });
    QVERIFY(s && s->ok());
    QCOMPARE(s->value().size(), 1);
}

void TestTraktClient::refreshOn401WithRotation()
{
    const QString oldAccess = m_store->values.value(key(SecretKey::TraktAccessToken));
    const QString oldRefresh = m_store->values.value(key(SecretKey::TraktRefreshToken));
    m_fakes.trakt().expireAccessTokens();
    const int refreshesBefore = m_fakes.trakt().refreshCount();

    // When the repeated request arrives, the new pair must already be in the store.
    bool storedBeforeUse = false;
    int settingsRequests = 0;
    connect(&m_fakes.trakt(), &FakeServer::requestHandled, this,
        [&](qint64, const QString &method, const QString &path, int) {
            if (method == u"GET"_s && path == u"/users/settings"_s && ++settingsRequests == 2)
                storedBeforeUse = m_store->values.value(key(SecretKey::TraktRefreshToken))
                        == m_fakes.trakt().latestRefreshToken()
                    && m_store->values.value(key(SecretKey::TraktAccessToken))
                        == m_fakes.trakt().latestAccessToken();
        });

    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    disconnect(&m_fakes.trakt(), &FakeServer::requestHandled, this, nullptr);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(m_fakes.trakt().refreshCount() - refreshesBefore, 1);
    QCOMPARE(settingsRequests, 2);
    QVERIFY(storedBeforeUse);
    QCOMPARE(m_auth->refreshCount(), 1);
    const QString newAccess = m_store->values.value(key(SecretKey::TraktAccessToken));
    const QString newRefresh = m_store->values.value(key(SecretKey::TraktRefreshToken));
    QVERIFY(newAccess != oldAccess);
    QVERIFY(newRefresh != oldRefresh); // rotated: the old refresh token is spent
    QVERIFY(
        QDateTime::fromString(m_store->values.value(key(SecretKey::TraktTokenExpiry)), Qt::ISODate)
        > QDateTime::currentDateTimeUtc());
    const auto log = m_fakes.trakt().requests(u"GET"_s, u"/users/settings"_s);
    QCOMPARE(log.at(0).status, 401);
    QCOMPARE(log.at(1).status, 200);
    // A refresh POST carries what Trakt expects.
    const QJsonObject refreshBody
        = m_fakes.trakt().requests(u"POST"_s, u"^/oauth/token$"_s).first().jsonBody();
    QCOMPARE(refreshBody.value(u"grant_type"_s).toString(), u"refresh_token"_s);
    QCOMPARE(refreshBody.value(u"client_id"_s).toString(), m_fakes.trakt().clientId());
}

void TestTraktClient::concurrentRefreshSingleFlight()
{
    m_fakes.trakt().expireAccessTokens();
    const int refreshesBefore = m_fakes.trakt().refreshAttempts();
    std::optional<Result<TraktUserSettings>> a;
    std::optional<Result<TraktLastActivities>> b;
    std::optional<Result<QList<TraktHistoryItem>>> c;
    QObject context;
    m_client->userSettings(&context, [&](const auto &r) { a.emplace(r); });
    m_client->lastActivities(&context, [&](const auto &r) { b.emplace(r); });
    m_client->history(TraktClient::MediaType::Show, u"1420"_s, {}, {}, &context,
        [&](const auto &r) { c.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(a && b && c, 20000);
    QVERIFY2(a->ok(), qPrintable(a->error().toString()));
    QVERIFY2(b->ok(), qPrintable(b->error().toString()));
    QVERIFY2(c->ok(), qPrintable(c->error().toString()));
    QCOMPARE(m_fakes.trakt().refreshAttempts() - refreshesBefore, 1);
    QCOMPARE(m_auth->refreshCount(), 1);
}

void TestTraktClient::failedRefreshSaysLogInAgain()
{
    m_store->values.insert(key(SecretKey::TraktRefreshToken), u"spent-refresh-token"_s);
    m_fakes.trakt().expireAccessTokens();
    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(r);
    // Trakt answered invalid_grant: its own error, with the next step.
    QCOMPARE(errorCodeName(r->error().code), errorCodeName(ErrorCode::RefreshRefused));
    QVERIFY2(r->error().userMessage.contains(u"Log in to Trakt again"_s),
        qPrintable(r->error().userMessage));
    QVERIFY(!r->error().toString().contains(u"spent-refresh-token"_s));
    QCOMPARE(m_fakes.trakt().requests(u"GET"_s, u"/users/settings"_s).size(), 1); // not repeated
    QVERIFY(m_auth->isRefreshRefused());
    // Never a second refresh with a token Trakt refused: the next calls fail at once.
    const int attempts = m_fakes.trakt().refreshAttempts();
    for (int i = 0; i < 3; ++i) {
        auto again = wait<TraktUserSettings>(
            [&](QObject *c, auto done) { m_client->userSettings(c, done); });
        QVERIFY(again);
        QCOMPARE(errorCodeName(again->error().code), errorCodeName(ErrorCode::RefreshRefused));
    }
    QCOMPARE(m_fakes.trakt().refreshAttempts(), attempts);
    QCOMPARE(m_auth->refreshAttempts(), 1);
    // A new login clears it.
    const auto [access, refresh] = m_fakes.trakt().issueToken();
    std::optional<Result<void>> stored;
    QObject context;
    m_auth->storeToken({ access, refresh, QDateTime::currentDateTimeUtc().addDays(7) }, &context,
        [&](const Result<void> &r2) { stored.emplace(r2); });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(!m_auth->isRefreshRefused());
    auto fresh
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(fresh && fresh->ok());
}

void TestTraktClient::refreshNotUsedWhenStoreFails()
{
    m_fakes.trakt().expireAccessTokens();
    m_store->failWrites = true;
    const int refreshesBefore = m_fakes.trakt().refreshCount();
    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QVERIFY(r->error().userMessage.contains(u"Log in again"_s));
    QCOMPARE(m_fakes.trakt().refreshCount() - refreshesBefore, 1); // Trakt issued a pair ...
    // ... but the unsaved pair was never used.
    const auto log = m_fakes.trakt().requests(u"GET"_s, u"/users/settings"_s);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().status, 401);
}

void TestTraktClient::accountErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("420") << 420 << ErrorCode::AccountLimit;
    QTest::newRow("423") << 423 << ErrorCode::AccountLocked;
    QTest::newRow("426") << 426 << ErrorCode::VipOnly;
    QTest::newRow("403 web page") << 403 << ErrorCode::Forbidden; // the fake's 403 is its edge's
}

void TestTraktClient::accountErrors()
{
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::serverError(status));
    std::optional<Result<TraktHistoryAddResult>> out;
    bool unknown = true;
    QObject context;
    m_client->addToHistory(episodes(1420, 1, { 9 }), &context, [&](const auto &r, bool u) {
        out.emplace(r);
        unknown = u;
    });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(errorCodeName(out->error().code), errorCodeName(code));
    QCOMPARE(out->error().httpStatus, status);
    QVERIFY(!unknown);
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 9), 0);
}

void TestTraktClient::postDropAfterApplyIsOutcomeUnknown()
{
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply());
    std::optional<Result<TraktHistoryAddResult>> out;
    bool unknown = false;
    QObject context;
    m_client->addToHistory(episodes(1420, 1, { 10 }), &context, [&](const auto &r, bool u) {
        out.emplace(r);
        unknown = u;
    });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QVERIFY(!out->ok());
    QVERIFY(unknown);
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 10), 1); // applied once, never re-sent
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
}

void TestTraktClient::postServerErrorThenNothingResent()
{
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::serverError(503));
    std::optional<Result<TraktHistoryAddResult>> out;
    bool unknown = true;
    QObject context;
    m_client->addToHistory(episodes(1420, 1, { 11 }), &context, [&](const auto &r, bool u) {
        out.emplace(r);
        unknown = u;
    });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QCOMPARE(out->error().code, ErrorCode::ServerError);
    QVERIFY(!unknown); // 503: not applied
    QCOMPARE(m_fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
}

void TestTraktClient::noTokenInLogOutput()
{
    QLoggingCategory::setFilterRules(u"tsuzuki.*=true"_s);
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    g_previous = qInstallMessageHandler(captureMessages);

    const QString oldAccess = m_store->values.value(key(SecretKey::TraktAccessToken));
    const QString oldRefresh = m_store->values.value(key(SecretKey::TraktRefreshToken));
    m_fakes.trakt().expireAccessTokens();
    m_fakes.trakt().addFault(u"GET"_s, u"/users/settings"_s, FakeFault::serverError(502));
    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    std::optional<bool> posted;
    QObject context;
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply());
    m_client->addToHistory(
        episodes(1420, 1, { 12 }), &context, [&](const auto &, bool) { posted = true; });
    QTRY_VERIFY(posted.has_value());

    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules({});
    QVERIFY(r && r->ok());

    const QStringList secrets { oldAccess, oldRefresh,
        m_store->values.value(key(SecretKey::TraktAccessToken)),
        m_store->values.value(key(SecretKey::TraktRefreshToken)), m_fakes.trakt().clientSecret() };
    QMutexLocker lock(&g_logMutex);
    QVERIFY2(g_log.size() >= 5, "debug logging was not captured");
    const QString all = g_log.join(u'\n');
    for (const QString &secret : secrets) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!all.contains(secret), "a secret reached the log output");
    }
    QVERIFY(!all.contains(u"Bearer "_s));
}

void TestTraktClient::watchedShowsAndMovies()
{
    m_fakes.trakt().addPlay(1420, 1, 1, 1'680'379'200); // 2023-04-01T20:00:00Z
    m_fakes.trakt().addPlay(1420, 1, 1, 1'680'465'600); // a rewatch
    m_fakes.trakt().addPlay(1420, 2, 3, 1'680'552'000);
    m_fakes.trakt().addMoviePlay(223, 1'600'000'000);
    auto shows = wait<QList<TraktWatchedItem>>(
        [&](QObject *c, auto done) { m_client->watched(TraktClient::MediaType::Show, c, done); });
    QVERIFY(shows && shows->ok());
    QCOMPARE(shows->value().size(), 1);
    const TraktWatchedItem &show = shows->value().first();
    QVERIFY(!show.movie);
    QCOMPARE(show.ids.trakt, 1420);
    QCOMPARE(show.ids.tmdb, 1429);
    QCOMPARE(show.plays, 3);
    QCOMPARE(show.episodes.size(), 2);
    QCOMPARE(show.episodes.at(0).season, 1);
    QCOMPARE(show.episodes.at(0).number, 1);
    QCOMPARE(show.episodes.at(0).plays, 2);
    QCOMPARE(
        show.episodes.at(0).lastWatchedAt, QDateTime::fromSecsSinceEpoch(1'680'465'600, Qt::UTC));
    QCOMPARE(show.episodes.at(1).season, 2);
    auto movies = wait<QList<TraktWatchedItem>>(
        [&](QObject *c, auto done) { m_client->watched(TraktClient::MediaType::Movie, c, done); });
    QVERIFY(movies && movies->ok());
    QCOMPARE(movies->value().size(), 1);
    QVERIFY(movies->value().first().movie);
    QCOMPARE(movies->value().first().ids.imdb, u"tt0245429"_s);
    QCOMPARE(m_fakes.trakt().requests(u"GET"_s, u"^/sync/watched/shows$"_s).size(), 1);
}

void TestTraktClient::watchedRefusesAnotherShape_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("object") << QByteArray(R"({"shows":[]})");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("strings") << QByteArray(R"(["a"])");
    QTest::newRow("no ids") << QByteArray(R"([{"plays":1,"show":{"title":"x"}}])");
}

void TestTraktClient::watchedRefusesAnotherShape()
{
    // "Nothing watched" read from a body that is not Trakt's answer would post everything again.
    QFETCH(QByteArray, body);
    m_fakes.trakt().addFault(
        u"GET"_s, u"^/sync/watched/shows$"_s, FakeFault::httpStatus(200, body));
    auto r = wait<QList<TraktWatchedItem>>(
        [&](QObject *c, auto done) { m_client->watched(TraktClient::MediaType::Show, c, done); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QCOMPARE(r->error().code, ErrorCode::BadResponse);
}

void TestTraktClient::removeFromHistoryById()
{
    m_fakes.trakt().addPlay(1420, 1, 1, 1'680'379'200);
    m_fakes.trakt().addPlay(1420, 1, 1, 1'680'465'600);
    const qint64 second = m_fakes.trakt().history().last().historyId;
    std::optional<Result<TraktHistoryRemoveResult>> out;
    bool unknown = true;
    QObject context;
    m_client->removeFromHistory({ second, 999999 }, &context, [&](const auto &r, bool u) {
        out.emplace(r);
        unknown = u;
    });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    QVERIFY2(out->ok(), qPrintable(out->error().toString()));
    QVERIFY(!unknown);
    QCOMPARE(out->value().episodes, 1);
    QCOMPARE(out->value().notFoundIds, QList<qint64> { 999999 });
    // Exactly that play: the other play of the same episode stays.
    QCOMPARE(m_fakes.trakt().playCount(1420, 1, 1), 1);
    const QJsonObject body
        = m_fakes.trakt().requests(u"POST"_s, u"/sync/history/remove"_s).first().jsonBody();
    QCOMPARE(body.keys(), QStringList { u"ids"_s });
}

void TestTraktClient::settingsCarryLimits()
{
    m_fakes.trakt().setHistoryLimit(250);
    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    m_fakes.trakt().setHistoryLimit(0);
    QVERIFY(r && r->ok());
    QVERIFY(!r->value().vip);
    QCOMPARE(r->value().limits.value(u"watchlist"_s), 100);
    QCOMPARE(r->value().limits.value(u"history"_s), 250);
}

void TestTraktClient::revokedAppIsItsOwnError()
{
    m_fakes.trakt().revokeApp();
    auto r
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(r);
    QCOMPARE(errorCodeName(r->error().code), errorCodeName(ErrorCode::AppRevoked));
    QCOMPARE(r->error().httpStatus, 403);
    QVERIFY2(r->error().userMessage.contains(u"Log in to Trakt again"_s),
        qPrintable(r->error().userMessage));
    QVERIFY(TraktErrors::isRefusal(r->error().code));
    QVERIFY(TraktErrors::needsLogin(r->error().code));
}

void TestTraktClient::refusalsAsTheUserSeesThem_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("nextStep");
    QTest::newRow("420") << 420 << ErrorCode::AccountLimit << u"upgrade to VIP"_s;
    QTest::newRow("423") << 423 << ErrorCode::AccountLocked << u"contact Trakt support"_s;
    QTest::newRow("426") << 426 << ErrorCode::VipOnly << u"VIP"_s;
}

void TestTraktClient::refusalsAsTheUserSeesThem()
{
    // Trakt's real shapes (statusResponse: 420 with X-Account-Limit / X-Upgrade-URL / X-VIP-User).
    QFETCH(int, status);
    QFETCH(ErrorCode, code);
    QFETCH(QString, nextStep);
    m_fakes.trakt().setHistoryLimit(status == 420 ? 100 : 0);
    m_fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::httpStatus(status, {}));
    std::optional<Result<TraktHistoryAddResult>> out;
    QObject context;
    m_client->addToHistory(
        episodes(1420, 1, { 9 }), &context, [&](const auto &r, bool) { out.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
    m_fakes.trakt().setHistoryLimit(0);
    QCOMPARE(errorCodeName(out->error().code), errorCodeName(code));
    QVERIFY2(out->error().userMessage.contains(nextStep), qPrintable(out->error().userMessage));
    QVERIFY(out->error().userMessage.contains(u"Nothing more"_s));
    if (status == 420)
        QVERIFY2(out->error().userMessage.contains(u"100"_s), qPrintable(out->error().userMessage));
}

QTEST_GUILESS_MAIN(TestTraktClient)
#include "tst_traktclient.moc"
