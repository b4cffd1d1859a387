// What reconciling with Trakt's watched state costs (issue 14), on a generated library against
// the fakes on loopback. Prints one JSON object.
//   bench-reconcile [--titles N] [--episodes N] [--seed N] [--postgres] [--include-watched]
// A returning user: every play of the library is on Trakt already (posted by an earlier sync into
// the fake, then a fresh database: nothing in the ledger). Three syncs (preview + run, Full mode)
// follow: the first (Trakt's state is read), a second with nothing changed on Trakt (the target:
// <= 3 extra GETs), and one after a single play was logged on Trakt by hand. For each: Trakt GETs
// by endpoint, POSTs, plays posted, duplicates, time. --include-watched turns reconciliation off
// (the behaviour before issue 14: every play is posted a second time).
#include "core/net/services.h"
#include "core/store/database.h"
#include "core/sync/syncsession.h"
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
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

std::unique_ptr<Database> openDatabase(bool postgres, const QString &name, QTemporaryDir &dir)
{
    DatabaseSpec spec;
    if (postgres) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        auto parsed = DatabaseSpec::parse(env.value(u"TSUZUKI_TEST_PG_URI"_s));
        if (!parsed)
            return nullptr;
        spec = parsed.value();
        spec.password = env.value(u"TSUZUKI_DATABASE_PASSWORD"_s);
        // A clean slate on the shared server: this benchmark's own tables only.
        auto db = Database::open(spec, name + u"-clean"_s);
        if (!db)
            return nullptr;
        for (const QString &table : db.value()->tables())
            (void)db.value()->exec(u"DROP TABLE IF EXISTS %1 CASCADE"_s.arg(table));
    } else {
        spec.kind = DatabaseSpec::Kind::Sqlite;
        spec.sqlitePath = dir.filePath(name + u".sqlite"_s);
    }
    auto db = Database::openAndMigrate(spec, name);
    return db ? std::move(db).value() : nullptr;
}

/// One sync (preview + run) in a session of its own (a CLI process, a scheduled run).
struct Measured
{
    QJsonObject json;
    bool ok = false;
};

Measured measure(FakeServices &fakes, Database &db, Test::MemorySecretStore &secrets,
    const ServiceConfig &services, bool includeWatched)
{
    HttpTimings timings;
    timings.relaxedReadLimits = true;
    timings.postSpacingMs = 10;
    Services bundle(services, &secrets, timings);
    SyncSession session(db, &bundle);
    SyncOptions options;
    options.postSpacingMs = 10;
    options.confirmLarge = true;
    options.includeWatched = includeWatched;
    FakeTrakt &trakt = fakes.trakt();
    trakt.clearLog();
    const int playsBefore = int(trakt.history().size());
    QElapsedTimer clock;
    clock.start();
    std::optional<Result<SyncPlan>> plan;
    session.preview(SyncMode::Full, options, [&](const Result<SyncPlan> &r) { plan = r; });
    while (!plan)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    Measured m;
    if (!plan->ok()) {
        m.json.insert(u"error"_s, plan->error().userMessage);
        return m;
    }
    const qint64 previewMs = clock.elapsed();
    std::optional<Result<SyncReport>> report;
    session.run(
        plan->value(), plan->value().itemIds(), [&](const Result<SyncReport> &r) { report = r; });
    while (!report)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 wallMs = clock.elapsed();
    if (!report->ok()) {
        m.json.insert(u"error"_s, report->error().userMessage);
        return m;
    }
    const auto gets
        = [&trakt](const QString &path) { return int(trakt.requests(u"GET"_s, path).size()); };
    const int settings = gets(u"^/users/settings$"_s);
    const int activities = gets(u"^/sync/last_activities$"_s);
    const int watched = gets(u"^/sync/watched/"_s);
    m.json = QJsonObject {
        { u"traktGets"_s, gets(QString()) },
        { u"reconcileGets"_s, settings + activities + watched },
        { u"usersSettings"_s, settings },
        { u"lastActivities"_s, activities },
        { u"watchedReads"_s, watched },
        { u"historyReads"_s, gets(u"^/sync/history"_s) },
        { u"seasonReads"_s, gets(u"/seasons$"_s) },
        { u"posts"_s, trakt.requestCount(u"POST"_s, u"/sync/history"_s) },
        { u"planned"_s, int(plan->value().plays.size()) },
        { u"alreadyOnTrakt"_s, plan->value().counters.alreadyOnTrakt },
        { u"playsAdded"_s, int(trakt.history().size()) - playsBefore },
        { u"status"_s, runStatusKey(report->value().status) },
        { u"previewMs"_s, previewMs },
        { u"wallMs"_s, wallMs },
    };
    m.ok = report->value().status == RunStatus::Succeeded;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption titles(u"titles"_s, u"AniList entries"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption episodes(u"episodes"_s, u"episodes in total"_s, u"n"_s, u"12000"_s);
    const QCommandLineOption seed(u"seed"_s, u"generator seed"_s, u"n"_s, u"14"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"TSUZUKI_TEST_PG_URI instead of SQLite"_s);
    const QCommandLineOption includeWatched(
        u"include-watched"_s, u"reconciliation off (the behaviour before issue 14)"_s);
    parser.addOptions({ titles, episodes, seed, postgres, includeWatched });
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
    const FakeLibrary library = FakeData::generateLibrary(
        parser.value(titles).toInt(), parser.value(episodes).toInt(), parser.value(seed).toUInt());
    fakes.loadLibrary(library);

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

    // The user's Trakt history: every play of the library, posted by an earlier tool.
    QTemporaryDir dir;
    {
        auto earlier = openDatabase(false, u"earlier"_s, dir);
        if (!earlier || !Test::SyncFixture::seedAnswerKey(*earlier, library)) {
            err << "database set-up failed" << Qt::endl;
            return 1;
        }
        const Measured seeded = measure(fakes, *earlier, secrets, services, true);
        if (!seeded.ok) {
            err << "seeding Trakt failed: " << seeded.json.value(u"error"_s).toString() << Qt::endl;
            return 1;
        }
    }
    const int onTrakt = int(fakes.trakt().history().size());

    const bool pg = parser.isSet(postgres);
    auto db = openDatabase(pg, u"bench_reconcile"_s, dir);
    if (!db || !Test::SyncFixture::seedAnswerKey(*db, library)) {
        err << "database set-up failed" << Qt::endl;
        return 1;
    }
    const bool off = parser.isSet(includeWatched);
    const Measured first = measure(fakes, *db, secrets, services, off);
    const Measured steady = measure(fakes, *db, secrets, services, off);
    // Plays Tsuzuki posted twice (the hand-logged play below is a second play by the user).
    const int duplicates = int(fakes.trakt().duplicatePlays().size());
    for (const FakeIdPair &p : library.idPairs) {
        if (!p.isMovie) { // a play logged on Trakt by hand: its shows are read again
            fakes.trakt().addPlay(p.traktId, p.season, p.episodeOffset + 1, 1'600'000'000);
            break;
        }
    }
    const Measured changed = measure(fakes, *db, secrets, services, off);

    const QJsonObject result {
        { u"titles"_s, int(library.entries.size()) },
        { u"libraryEpisodes"_s, library.totalEpisodes },
        { u"playsOnTraktBefore"_s, onTrakt },
        { u"database"_s, pg ? u"postgres"_s : u"sqlite"_s },
        { u"reconciliation"_s, !off },
        { u"returningFirstSync"_s, first.json },
        { u"nothingChanged"_s, steady.json },
        { u"afterOneTraktChange"_s, changed.json },
        { u"duplicatePlays"_s, duplicates },
    };
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return first.ok && steady.ok && changed.ok && (off || duplicates == 0) ? 0 : 1;
}
