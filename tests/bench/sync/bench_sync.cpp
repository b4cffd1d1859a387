// Cold full sync of a large generated library against the fakes on loopback. Prints one JSON
// object: requests per service, plays posted, wall time, and the minimum time the rate limits allow
// for those requests.
//   bench-sync [--entries N] [--episodes N] [--seed N] [--batch N] [--fast] [--with all]
// --fast turns off read throttling and shortens the POST spacing to 10 ms (a quick smoke run); by
// default the product's limits apply (AniList 30/min, Trakt GET 1000/5 min, POST 1 s apart).
// --with adds issue 16's extras (rewatches, ratings, watchlist, dropped): their reads and writes.
#include <sys/resource.h>

#include "core/net/ratelimiter.h"
#include "core/net/services.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "core/sync/extrasrules.h"
#include "core/sync/syncsession.h"
#include "tests/fakes/fakeanilist.h"
#include "tests/fakes/fakedata.h"
#include "tests/fakes/fakeservices.h"
#include "tests/fakes/faketrakt.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/syncfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

/// Least time `n` requests need under "at most `perWindow` per `windowMs`" (the first window is
/// free).
double windowedMinimumMs(int n, int perWindow, qint64 windowMs)
{
    if (n <= 0 || perWindow <= 0)
        return 0;
    return double((n - 1) / perWindow) * double(windowMs);
}

} // namespace

qint64 peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss); // KiB on Linux
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption entries(u"entries"_s, u"AniList entries"_s, u"n"_s, u"600"_s);
    const QCommandLineOption episodes(u"episodes"_s, u"episodes in total"_s, u"n"_s, u"8000"_s);
    const QCommandLineOption seed(u"seed"_s, u"generator seed"_s, u"n"_s, u"1"_s);
    const QCommandLineOption batch(u"batch"_s, u"plays per POST"_s, u"n"_s, u"100"_s);
    const QCommandLineOption fast(u"fast"_s, u"no read throttling, 10 ms POST spacing"_s);
    const QCommandLineOption with(u"with"_s,
        u"extras to sync too (issue 16): rewatches,ratings,watchlist,dropped or all"_s, u"list"_s);
    parser.addOptions({ entries, episodes, seed, batch, fast, with });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    registerSyncMetaTypes();
    FakeServices fakes;
    if (!fakes.listen()) {
        err << "cannot listen on loopback" << Qt::endl;
        return 1;
    }
    fakes.anilist().setLogEnabled(false);
    fakes.trakt().setLogEnabled(false);
    const FakeLibrary library = FakeData::generateLibrary(
        parser.value(entries).toInt(), parser.value(episodes).toInt(), parser.value(seed).toUInt());
    fakes.loadLibrary(library);

    QTemporaryDir dir;
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Sqlite;
    spec.sqlitePath = dir.filePath(u"bench.sqlite"_s);
    auto db = Database::openAndMigrate(spec, u"bench"_s);
    if (!db || !Test::SyncFixture::seedAnswerKey(*db.value(), library)) {
        err << "database set-up failed" << Qt::endl;
        return 1;
    }

    Test::MemorySecretStore secrets;
    const auto token = fakes.trakt().issueToken();
    secrets.values.insert(QString::fromLatin1(SecretKey::AniListToken), library.token);
    secrets.values.insert(QString::fromLatin1(SecretKey::TraktAccessToken), token.first);
    secrets.values.insert(QString::fromLatin1(SecretKey::TraktRefreshToken), token.second);
    secrets.values.insert(
        QString::fromLatin1(SecretKey::TraktClientSecret), u"fake-client-secret"_s);
    ServiceConfig services;
    services.aniListUrl = fakes.anilist().baseUrl();
    services.traktUrl = fakes.trakt().baseUrl();
    services.traktAuthUrl = fakes.trakt().authUrl();
    services.tmdbUrl = fakes.tmdb().baseUrl();
    services.traktClientId = u"fake-client-id"_s;
    HttpTimings timings;
    const bool isFast = parser.isSet(fast);
    if (isFast) {
        timings.relaxedReadLimits = true;
        timings.postSpacingMs = 10;
    }
    Services bundle(services, &secrets, timings);
    SyncSession session(*db.value(), &bundle);
    SyncOptions options;
    options.batchSize = std::max(1, parser.value(batch).toInt());
    options.postSpacingMs = timings.postSpacingMs;
    options.confirmLarge = true;
    options.extras = ExtrasRules::fromKeys(parser.value(with)).value_or(SyncExtras());

    QElapsedTimer clock;
    clock.start();
    std::optional<Result<SyncPlan>> plan;
    session.preview(SyncMode::Full, options, [&](const Result<SyncPlan> &r) { plan = r; });
    while (!plan)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!plan->ok()) {
        err << plan->error().userMessage << Qt::endl;
        return 1;
    }
    const qint64 previewMs = clock.elapsed();
    std::optional<Result<SyncReport>> report;
    session.run(
        plan->value(), plan->value().itemIds(), [&](const Result<SyncReport> &r) { report = r; });
    while (!report)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 wallMs = clock.elapsed();
    if (!report->ok()) {
        err << report->error().userMessage << Qt::endl;
        return 1;
    }

    const QHash<QString, int> counts = session.services()->requestCounts();
    const int aniList = counts.value(u"anilist"_s);
    const int traktPosts = fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
    const int traktAll = counts.value(u"trakt"_s);
    const int traktReads = traktAll - traktPosts;
    const RateLimitPolicy a = RateLimitPolicy::aniList();
    const RateLimitPolicy t = RateLimitPolicy::trakt();
    // The services are used one after the other (AniList, then Trakt reads, then posts), so the
    // sum.
    const double minAniList = windowedMinimumMs(aniList, a.readsPerWindow, a.readWindowMs);
    const double minTraktReads = windowedMinimumMs(traktReads, t.readsPerWindow, t.readWindowMs);
    const double minPosts = traktPosts > 0 ? double(traktPosts - 1) * double(t.writeSpacingMs) : 0;
    int duplicates = int(fakes.trakt().duplicatePlays().size());
    const SyncCounters &c = report->value().counters;

    const QJsonObject result {
        { u"entries"_s, int(library.entries.size()) },
        { u"libraryEpisodes"_s, library.totalEpisodes },
        { u"activities"_s, int(library.activities.size()) },
        { u"requests"_s,
            QJsonObject { { u"anilist"_s, aniList }, { u"trakt"_s, traktAll },
                { u"traktPosts"_s, traktPosts }, { u"traktReads"_s, traktReads },
                { u"tmdb"_s, 0 } } },
        { u"playsPosted"_s, report->value().posted },
        { u"playsAdded"_s, report->value().counters.added },
        { u"duplicatePlays"_s, duplicates },
        { u"status"_s, runStatusKey(report->value().status) },
        { u"with"_s, QJsonArray::fromStringList(ExtrasRules::keys(options.extras)) },
        { u"extras"_s,
            QJsonObject { { u"rewatches"_s, c.rewatches }, { u"ratings"_s, c.ratings },
                { u"watchlistAdded"_s, c.watchlistAdded }, { u"dropped"_s, c.dropped },
                { u"failed"_s, c.extrasFailed } } },
        { u"previewMs"_s, previewMs },
        { u"wallMs"_s, wallMs },
        { u"minimumByRateLimitsMs"_s, qint64(std::llround(minAniList + minTraktReads + minPosts)) },
        { u"rateLimitsApplied"_s, !isFast },
        // Whole process: the fake services' state (every play received) is included, so the app's
        // own share is lower than this.
        { u"peakRssKiB"_s, peakRssKiB() },
    };
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    // Rewatches are meant to be second plays of an episode; without them nothing may be.
    const bool clean = c.rewatches > 0 || duplicates == 0;
    return report->value().status == RunStatus::Succeeded && clean ? 0 : 1;
}
