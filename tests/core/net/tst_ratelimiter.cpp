#include "core/net/ratelimiter.h"

#include <QTest>

using namespace Tsuzuki;
using Kind = RateLimiter::Kind;

/// The limiter is pure bookkeeping on an injected clock: these tests assert exact slot times.
class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowLimit_data();
    void windowLimit();
    void writeSpacing();
    void readsAndWritesIndependent();
    void pauseDelaysEveryone();
    void lowRemainingTightens();
    void defaults();
};

void TestRateLimiter::windowLimit_data()
{
    QTest::addColumn<int>("perWindow");
    QTest::addColumn<qint64>("windowMs");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QList<qint64>>("expected"); // slot of each request, all asked at t=0

    QTest::newRow("3 per 1000") << 3 << qint64(1000) << 7
                                << QList<qint64> { 0, 0, 0, 1000, 1000, 1000, 2000 };
    QTest::newRow("1 per 100") << 1 << qint64(100) << 4 << QList<qint64> { 0, 100, 200, 300 };
    QTest::newRow("unlimited") << 0 << qint64(0) << 3 << QList<qint64> { 0, 0, 0 };
}

void TestRateLimiter::windowLimit()
{
    QFETCH(int, perWindow);
    QFETCH(qint64, windowMs);
    QFETCH(int, requests);
    QFETCH(QList<qint64>, expected);

    RateLimitPolicy policy;
    policy.readsPerWindow = perWindow;
    policy.readWindowMs = windowMs;
    RateLimiter limiter(policy);
    QList<qint64> slots;
    for (int i = 0; i < requests; ++i)
        slots << limiter.reserve(0, Kind::Read);
    QCOMPARE(slots, expected);
}

void TestRateLimiter::writeSpacing()
{
    RateLimiter limiter(RateLimitPolicy::trakt());
    // Three POSTs asked at once start 1 s apart.
    QCOMPARE(limiter.reserve(10'000, Kind::Write), 10'000);
    QCOMPARE(limiter.reserve(10'000, Kind::Write), 11'000);
    QCOMPARE(limiter.reserve(10'000, Kind::Write), 12'000);
    // Long after the last, no wait.
    QCOMPARE(limiter.reserve(20'000, Kind::Write), 20'000);
    // Asked 300 ms after the previous: waits the remaining 700 ms.
    QCOMPARE(limiter.reserve(20'300, Kind::Write), 21'000);
}

void TestRateLimiter::readsAndWritesIndependent()
{
    RateLimiter limiter(RateLimitPolicy::trakt());
    QCOMPARE(limiter.reserve(0, Kind::Write), 0);
    QCOMPARE(limiter.reserve(0, Kind::Write), 1000);
    // GETs are not held back by the POST spacing.
    QCOMPARE(limiter.reserve(0, Kind::Read), 0);
    QCOMPARE(limiter.reserve(1, Kind::Read), 1);
}

void TestRateLimiter::pauseDelaysEveryone()
{
    RateLimiter limiter(RateLimitPolicy::tmdb());
    limiter.pauseUntil(5000);
    QCOMPARE(limiter.reserve(1000, Kind::Read), 5000);
    QCOMPARE(limiter.reserve(1000, Kind::Write), 5000);
    // A shorter pause never shortens a longer one.
    limiter.pauseUntil(2000);
    QCOMPARE(limiter.pausedUntil(), 5000);
    QCOMPARE(limiter.reserve(6000, Kind::Read), 6000);
}

void TestRateLimiter::lowRemainingTightens()
{
    RateLimiter limiter(RateLimitPolicy::aniList());
    QCOMPARE(limiter.reserve(0, Kind::Read), 0);
    limiter.observeRemaining(0, 90, 60);
    QCOMPARE(limiter.adaptiveReadSpacingMs(), 0);
    QCOMPARE(limiter.reserve(100, Kind::Read), 100);
    // Two left: the rest of the 60 s window is spread, 20 s apart.
    limiter.observeRemaining(100, 90, 2);
    QCOMPARE(limiter.adaptiveReadSpacingMs(), 20'000);
    QCOMPARE(limiter.reserve(200, Kind::Read), 20'100);
    QCOMPARE(limiter.reserve(200, Kind::Read), 40'100);
    // The server has budget again: back to the plain window.
    limiter.observeRemaining(50'000, 90, 80);
    QCOMPARE(limiter.adaptiveReadSpacingMs(), 0);
    QCOMPARE(limiter.reserve(50'000, Kind::Read), 50'000);
}

void TestRateLimiter::defaults()
{
    QCOMPARE(RateLimitPolicy::aniList().readsPerWindow, 30);
    QCOMPARE(RateLimitPolicy::aniList().readWindowMs, 60'000);
    QCOMPARE(RateLimitPolicy::trakt().readsPerWindow, 1000);
    QCOMPARE(RateLimitPolicy::trakt().readWindowMs, 300'000);
    QCOMPARE(RateLimitPolicy::trakt().writeSpacingMs, 1000);
    QCOMPARE(RateLimitPolicy::tmdb().readsPerWindow, 40);
    QCOMPARE(RateLimitPolicy::tmdb().readWindowMs, 1000);

    // 31 AniList requests at once: the 31st waits a full minute after the first.
    RateLimiter limiter(RateLimitPolicy::aniList());
    qint64 last = 0;
    for (int i = 0; i < 31; ++i)
        last = limiter.reserve(0, Kind::Read);
    QCOMPARE(last, 60'000);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
