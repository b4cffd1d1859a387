#include "core/auth/secretstore.h"
#include "core/net/httpclient.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/memorysecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using Tsuzuki::Test::MemorySecretStore;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject ids(qint64 trakt)
{
    return QJsonObject { { u"ids"_s, QJsonObject { { u"trakt"_s, trakt } } } };
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

using Kind = FakeTrakt::RatingKind;

} // namespace

/// TraktClient's ratings, watchlist and dropped-list calls (issue 16) against the fake Trakt.
class TestTraktClientLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void settingsSayWatchOnlyOnceAndWatchlistLimit();
    void ratingsOfEveryKindOverPages();
    void addRatingsReplacesAndCountsNotFound();
    void removeRatingsOfASeasonOnly();
    void watchlistAddReadRemove();
    void fullWatchlistAnswers420AndChangesNothing();
    void droppedShowsAllPages();
    void addAndRemoveDropped();
    void writeDroppedAfterApplyIsOutcomeUnknown();
    void writeAnswerOfAnotherShapeIsOutcomeUnknown();
    void listOfAnotherShapeIsAnError();

private:
    template<typename T>
    std::optional<Result<T>> wait(
        const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call);
    /// Calls a write and waits; `unknown` gets its outcomeUnknown.
    std::optional<Result<TraktWriteResult>> write(
        void (TraktClient::*call)(const QJsonObject &, QObject *, TraktClient::WriteCallback),
        const QJsonObject &payload, bool *unknown = nullptr);

    FakeServices m_fakes;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<TraktAuth> m_auth;
    std::unique_ptr<TraktClient> m_client;
};

template<typename T>
std::optional<Result<T>> TestTraktClientLists::wait(
    const std::function<void(QObject *, std::function<void(const Result<T> &)>)> &call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&](const Result<T> &r) { out.emplace(r); });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    return out;
}

std::optional<Result<TraktWriteResult>> TestTraktClientLists::write(
    void (TraktClient::*call)(const QJsonObject &, QObject *, TraktClient::WriteCallback),
    const QJsonObject &payload, bool *unknown)
{
    std::optional<Result<TraktWriteResult>> out;
    bool outcomeUnknown = false;
    QObject context;
    (m_client.get()->*call)(payload, &context, [&](const Result<TraktWriteResult> &r, bool u) {
        out.emplace(r);
        outcomeUnknown = u;
    });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, 20000);
    if (unknown)
        *unknown = outcomeUnknown;
    return out;
}

void TestTraktClientLists::initTestCase()
{
    QVERIFY(m_fakes.listen());
    m_fakes.trakt().addShow(FakeTraktShow::fromJson(QJsonDocument::fromJson(R"({
        "title": "Attack on Titan", "year": 2013,
        "ids": {"trakt": 1420, "slug": "attack-on-titan", "tvdb": 267440, "tmdb": 1429},
        "seasons": [{"number": 1, "episodeCount": 25}, {"number": 2, "episodeCount": 12}]})")
                                                        .object()));
    m_fakes.trakt().addShow(FakeTraktShow::fromJson(QJsonDocument::fromJson(R"({
        "title": "Frieren", "year": 2023, "ids": {"trakt": 2000, "slug": "frieren", "tmdb": 209867},
        "seasons": [{"number": 1, "episodeCount": 28}]})")
                                                        .object()));
    m_fakes.trakt().addMovie(FakeTraktMovie::fromJson(QJsonDocument::fromJson(R"({
        "title": "Spirited Away", "year": 2001, "ids": {"trakt": 223, "slug": "spirited-away", "tmdb": 129}})")
                                                          .object()));
}

void TestTraktClientLists::init()
{
    FakeTrakt &t = m_fakes.trakt();
    t.clearFaults();
    t.clearLog();
    t.clearLists();
    t.setWatchlistLimit(0);
    t.setWatchOnlyOnce(false);
    const auto [access, refresh] = t.issueToken();
    m_store = std::make_unique<MemorySecretStore>();
    m_store->values.insert(key(SecretKey::TraktAccessToken), access);
    m_store->values.insert(key(SecretKey::TraktRefreshToken), refresh);
    m_store->values.insert(key(SecretKey::TraktTokenExpiry),
        QDateTime::currentDateTimeUtc().addDays(60).toString(Qt::ISODate));
    m_store->values.insert(key(SecretKey::TraktClientSecret), t.clientSecret());
    HttpClientOptions o = HttpClientOptions::trakt();
    o.backoffBaseMs = 20;
    o.limits.writeSpacingMs = 50;
    m_http = std::make_unique<HttpClient>(o);
    m_auth = std::make_unique<TraktAuth>(m_http.get(), m_store.get(), t.authUrl(), t.clientId());
    m_client = std::make_unique<TraktClient>(m_http.get(), m_auth.get(), t.baseUrl(), t.clientId());
}

void TestTraktClientLists::cleanup()
{
    m_client.reset();
    m_auth.reset();
    m_http.reset();
    m_store.reset();
}

void TestTraktClientLists::settingsSayWatchOnlyOnceAndWatchlistLimit()
{
    auto before
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(before && before->ok());
    QVERIFY(!before->value().watchOnlyOnce);
    QCOMPARE(before->value().limits.value(u"watchlist"_s), 100);

    m_fakes.trakt().setWatchOnlyOnce(true);
    m_fakes.trakt().setWatchlistLimit(250);
    auto after
        = wait<TraktUserSettings>([&](QObject *c, auto done) { m_client->userSettings(c, done); });
    QVERIFY(after && after->ok());
    QVERIFY(after->value().watchOnlyOnce);
    QCOMPARE(after->value().limits.value(u"watchlist"_s), 250);
}

void TestTraktClientLists::ratingsOfEveryKindOverPages()
{
    FakeTrakt &t = m_fakes.trakt();
    t.setRating(Kind::Show, 1420, 0, 8, 1'700'000'000);
    t.setRating(Kind::Show, 2000, 0, 10);
    t.setRating(Kind::Season, 1420, 2, 7);
    t.setRating(Kind::Movie, 223, 0, 9);
    m_client->setHistoryPageSize(1); // two pages of show ratings
    auto r = wait<QList<TraktRating>>([&](QObject *c, auto done) { m_client->ratings(c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().size(), 4);
    QCOMPARE(t.requests(u"GET"_s, u"^/sync/ratings/shows$"_s).size(), 2);
    QCOMPARE(t.requests(u"GET"_s, u"^/sync/ratings/seasons$"_s).size(), 1);
    QCOMPARE(t.requests(u"GET"_s, u"^/sync/ratings/movies$"_s).size(), 1);
    int seen = 0;
    for (const TraktRating &rating : r->value()) {
        QVERIFY(rating.ratedAt.isValid());
        if (rating.kind == TraktRating::Kind::Show && rating.ids.trakt == 1420) {
            QCOMPARE(rating.rating, 8);
            QCOMPARE(rating.title, u"Attack on Titan"_s);
            QCOMPARE(rating.ratedAt, QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
            ++seen;
        } else if (rating.kind == TraktRating::Kind::Season) {
            QCOMPARE(rating.ids.trakt, 1420); // the show's ids
            QCOMPARE(rating.season, 2);
            QCOMPARE(rating.rating, 7);
            ++seen;
        } else if (rating.kind == TraktRating::Kind::Movie) {
            QCOMPARE(rating.ids.slug, u"spirited-away"_s);
            QCOMPARE(rating.rating, 9);
            ++seen;
        } else {
            QCOMPARE(rating.ids.trakt, 2000);
            QCOMPARE(rating.rating, 10);
            ++seen;
        }
    }
    QCOMPARE(seen, 4);
}

void TestTraktClientLists::addRatingsReplacesAndCountsNotFound()
{
    FakeTrakt &t = m_fakes.trakt();
    t.setRating(Kind::Movie, 223, 0, 4); // the user's earlier rating: Trakt keeps one per item
    const QJsonObject payload {
        { u"shows"_s,
            QJsonArray { with(with(ids(1420), u"rating"_s, 8), u"seasons"_s,
                             QJsonArray { QJsonObject { { u"number"_s, 2 }, { u"rating"_s, 6 } } }),
                with(ids(999'999), u"rating"_s, 5) } },
        { u"movies"_s, QJsonArray { with(ids(223), u"rating"_s, 10) } }
    };
    bool unknown = true;
    auto r = write(&TraktClient::addRatings, payload, &unknown);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QVERIFY(!unknown);
    QCOMPARE(r->value().changed.value(u"shows"_s), 1);
    QCOMPARE(r->value().changed.value(u"seasons"_s), 1);
    QCOMPARE(r->value().changed.value(u"movies"_s), 1);
    QCOMPARE(r->value().total(), 3);
    QCOMPARE(r->value().notFound, 1);
    QCOMPARE(r->value().notFoundJson.value(u"shows"_s).toArray().size(), 1);
    QCOMPARE(r->value().itemCount, -1);
    QCOMPARE(t.rating(Kind::Show, 1420), 8);
    QCOMPARE(t.rating(Kind::Season, 1420, 2), 6);
    QCOMPARE(t.rating(Kind::Season, 1420, 1), 0);
    QCOMPARE(t.rating(Kind::Movie, 223), 10); // replaced, not added beside
    QCOMPARE(t.ratingCount(), 3);
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/ratings"_s), 1);
}

void TestTraktClientLists::removeRatingsOfASeasonOnly()
{
    FakeTrakt &t = m_fakes.trakt();
    t.setRating(Kind::Show, 1420, 0, 8);
    t.setRating(Kind::Season, 1420, 2, 6);
    t.setRating(Kind::Movie, 223, 0, 9);
    const QJsonObject payload { { u"shows"_s,
                                    QJsonArray { with(ids(1420), u"seasons"_s,
                                        QJsonArray { QJsonObject { { u"number"_s, 2 } } }) } },
        { u"movies"_s, QJsonArray { ids(223), ids(777'777) } } };
    bool unknown = true;
    auto r = write(&TraktClient::removeRatings, payload, &unknown);
    QVERIFY(r && r->ok());
    QVERIFY(!unknown);
    QCOMPARE(r->value().changed.value(u"seasons"_s), 1);
    QCOMPARE(r->value().changed.value(u"movies"_s), 1);
    QCOMPARE(r->value().changed.value(u"shows"_s), 0);
    QCOMPARE(r->value().notFound, 1);
    QCOMPARE(t.rating(Kind::Show, 1420), 8); // only the season's rating went
    QCOMPARE(t.rating(Kind::Season, 1420, 2), 0);
    QCOMPARE(t.rating(Kind::Movie, 223), 0);
}

void TestTraktClientLists::watchlistAddReadRemove()
{
    FakeTrakt &t = m_fakes.trakt();
    const QJsonObject payload { { u"shows"_s, QJsonArray { ids(1420), ids(555'555) } },
        { u"movies"_s, QJsonArray { ids(223) } } };
    auto added = write(&TraktClient::addToWatchlist, payload);
    QVERIFY(added && added->ok());
    QCOMPARE(added->value().changed.value(u"shows"_s), 1);
    QCOMPARE(added->value().changed.value(u"movies"_s), 1);
    QCOMPARE(added->value().notFound, 1);
    QCOMPARE(added->value().itemCount, 2);
    QVERIFY(t.onWatchlist(false, 1420));
    QVERIFY(t.onWatchlist(true, 223));

    auto again = write(&TraktClient::addToWatchlist,
        QJsonObject { { u"shows"_s, QJsonArray { ids(1420), ids(2000) } } });
    QVERIFY(again && again->ok());
    QCOMPARE(again->value().changed.value(u"shows"_s), 1);
    QCOMPARE(again->value().existing.value(u"shows"_s), 1);
    QCOMPARE(again->value().itemCount, 3);

    auto list
        = wait<QList<TraktListItem>>([&](QObject *c, auto done) { m_client->watchlist(c, done); });
    QVERIFY(list && list->ok());
    QCOMPARE(list->value().size(), 3);
    int movies = 0;
    for (const TraktListItem &item : list->value()) {
        QVERIFY(item.listedAt.isValid());
        QVERIFY(!item.title.isEmpty());
        movies += item.movie ? 1 : 0;
        if (item.movie)
            QCOMPARE(item.ids.trakt, 223);
    }
    QCOMPARE(movies, 1);

    auto removed = write(&TraktClient::removeFromWatchlist,
        QJsonObject { { u"shows"_s, QJsonArray { ids(1420) } } });
    QVERIFY(removed && removed->ok());
    QCOMPARE(removed->value().changed.value(u"shows"_s), 1);
    QCOMPARE(removed->value().total(), 1);
    QVERIFY(!t.onWatchlist(false, 1420));
    QCOMPARE(t.watchlistCount(), 2);
}

void TestTraktClientLists::fullWatchlistAnswers420AndChangesNothing()
{
    FakeTrakt &t = m_fakes.trakt();
    t.setWatchlistLimit(2);
    t.addWatchlist(false, 2000);
    bool unknown = true;
    auto r = write(&TraktClient::addToWatchlist,
        QJsonObject {
            { u"shows"_s, QJsonArray { ids(1420) } }, { u"movies"_s, QJsonArray { ids(223) } } },
        &unknown);
    QVERIFY(r);
    QCOMPARE(errorCodeName(r->error().code), errorCodeName(ErrorCode::AccountLimit));
    QCOMPARE(r->error().httpStatus, 420);
    QVERIFY2(r->error().userMessage.contains(u"2"_s), qPrintable(r->error().userMessage));
    QVERIFY(!unknown); // refused: nothing applied
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/watchlist"_s), 1); // never repeated
    QCOMPARE(t.watchlistCount(), 1);
    QVERIFY(!t.onWatchlist(false, 1420));
    QVERIFY(!t.onWatchlist(true, 223));

    // One fits.
    auto one = write(
        &TraktClient::addToWatchlist, QJsonObject { { u"movies"_s, QJsonArray { ids(223) } } });
    QVERIFY(one && one->ok());
    QCOMPARE(one->value().itemCount, 2);
}

void TestTraktClientLists::droppedShowsAllPages()
{
    FakeTrakt &t = m_fakes.trakt();
    t.addDropped(1420, 1'700'000'000);
    t.addDropped(2000);
    m_client->setHistoryPageSize(1);
    auto r = wait<QList<TraktListItem>>(
        [&](QObject *c, auto done) { m_client->droppedShows(c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error().toString()));
    QCOMPARE(r->value().size(), 2);
    const auto requests = t.requests(u"GET"_s, u"^/users/hidden/dropped$"_s);
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.first().query.contains(u"type=show"_s));
    QCOMPARE(r->value().first().ids.trakt, 1420);
    QVERIFY(!r->value().first().movie);
    QCOMPARE(r->value().first().listedAt, QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC));
    QCOMPARE(r->value().last().title, u"Frieren"_s);
}

void TestTraktClientLists::addAndRemoveDropped()
{
    FakeTrakt &t = m_fakes.trakt();
    auto added = write(&TraktClient::addDropped,
        QJsonObject { { u"shows"_s, QJsonArray { ids(1420), ids(424'242) } } });
    QVERIFY(added && added->ok());
    QCOMPARE(added->value().changed.value(u"shows"_s), 1);
    QCOMPARE(added->value().notFound, 1);
    QVERIFY(t.isDropped(1420));
    auto removed = write(
        &TraktClient::removeDropped, QJsonObject { { u"shows"_s, QJsonArray { ids(1420) } } });
    QVERIFY(removed && removed->ok());
    QCOMPARE(removed->value().changed.value(u"shows"_s), 1);
    QVERIFY(!t.isDropped(1420));
}

void TestTraktClientLists::writeDroppedAfterApplyIsOutcomeUnknown()
{
    FakeTrakt &t = m_fakes.trakt();
    t.addFault(u"POST"_s, u"^/sync/watchlist$"_s, FakeFault::dropAfterApply());
    bool unknown = false;
    auto r = write(&TraktClient::addToWatchlist,
        QJsonObject { { u"shows"_s, QJsonArray { ids(1420) } } }, &unknown);
    QVERIFY(r);
    QVERIFY(!r->ok());
    QVERIFY(unknown);
    QVERIFY(t.onWatchlist(false, 1420)); // applied once, never sent again
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/watchlist"_s), 1);
}

void TestTraktClientLists::writeAnswerOfAnotherShapeIsOutcomeUnknown()
{
    FakeTrakt &t = m_fakes.trakt();
    t.addFault(u"POST"_s, u"^/sync/ratings$"_s, FakeFault::httpStatus(201, "[]"_ba));
    bool unknown = false;
    auto r = write(&TraktClient::addRatings,
        QJsonObject { { u"movies"_s, QJsonArray { with(ids(223), u"rating"_s, 7) } } }, &unknown);
    QVERIFY(r);
    QCOMPARE(errorCodeName(r->error().code), errorCodeName(ErrorCode::BadResponse));
    QVERIFY(unknown);
    QCOMPARE(t.requestCount(u"POST"_s, u"/sync/ratings"_s), 1);
}

void TestTraktClientLists::listOfAnotherShapeIsAnError()
{
    // An object where Trakt sends a list is never read as "nothing on the watchlist".
    m_fakes.trakt().addWatchlist(true, 223);
    m_fakes.trakt().addFault(
        u"GET"_s, u"^/sync/watchlist/movies$"_s, FakeFault::httpStatus(200, "{}"_ba));
    auto r
        = wait<QList<TraktListItem>>([&](QObject *c, auto done) { m_client->watchlist(c, done); });
    QVERIFY(r);
    QCOMPARE(errorCodeName(r->error().code), errorCodeName(ErrorCode::BadResponse));
}

QTEST_GUILESS_MAIN(TestTraktClientLists)
#include "tst_traktclientlists.moc"
