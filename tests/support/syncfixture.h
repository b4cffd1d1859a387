#pragma once
// Shared set-up of the sync tests: fake services with a generated library, a test database with
// the library's mappings, a memory secret store with the fakes' tokens, and a SyncSession over a
// Services bundle. Unit tests of the sync core use it; tests of the app as shipped build the
// Application with the real keychain instead.
#include "core/auth/secretstore.h"
#include "core/net/services.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "core/sync/syncsession.h"
#include "tests/fakes/fakedata.h"
#include "tests/fakes/fakeservices.h"
#include "tests/fakes/faketrakt.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Test {

struct SyncFixture
{
    FakeServices fakes;
    FakeLibrary library;
    TestDatabase testDb;
    std::unique_ptr<Database> db;
    MemorySecretStore secrets;
    ServiceConfig services;
    HttpTimings timings;
    std::unique_ptr<Services> bundle; ///< made by session(), over `secrets` and `services`

    bool setUp(int entries, int episodes, quint32 seed = 1)
    {
        if (!testDb.isValid() || !fakes.listen())
            return false;
        library = FakeData::generateLibrary(entries, episodes, seed);
        fakes.loadLibrary(library);
        db = testDb.open(u"sync-test"_s);
        if (!db)
            return false;
        connectToFakes(library.token);
        timings.retryAfterCapMs = 100;
        return seedAnswerKey(*db, library);
    }

    /// The library's answer key as mapping data: a manual mapping per entry and Fribbs' TMDB
    /// season/offset rows (benchmarks seed their databases the same way).
    static bool seedAnswerKey(Database &db, const FakeLibrary &library)
    {
        QList<IdMapRow> rows;
        for (const FakeIdPair &p : library.idPairs) {
            Mapping m;
            m.anilistId = p.anilistId;
            m.traktId = p.traktId;
            if (p.tmdbId)
                m.tmdbId = p.tmdbId;
            if (p.tvdbId)
                m.tvdbId = p.tvdbId;
            m.isManual = true;
            if (!MappingRepository(db).saveManual(m))
                return false;
            if (!p.isMovie) {
                IdMapRow row;
                row.source = u"fribbs"_s;
                row.anilistId = p.anilistId;
                if (p.tmdbId)
                    row.tmdbId = p.tmdbId;
                row.tmdbType = u"tv"_s;
                row.tmdbSeason = p.season;
                row.tmdbOffset = p.episodeOffset;
                row.episodes = p.episodes;
                rows << row;
            }
        }
        return bool(IdMapRepository(db).replaceSource(u"fribbs"_s, rows));
    }

    /// A hand-written scenario (tests/fakes/README.md format) instead of a generated library.
    bool setUpScenario(const QJsonObject &scenario, const QString &aniListToken)
    {
        if (!testDb.isValid() || !fakes.listen())
            return false;
        QString error;
        if (!fakes.loadScenario(scenario, &error))
            return false;
        db = testDb.open(u"sync-test"_s);
        if (!db)
            return false;
        connectToFakes(aniListToken);
        return true;
    }

    /// The fakes' addresses, a Trakt login and the AniList token in the secret store, short
    /// timings.
    void connectToFakes(const QString &aniListToken)
    {
        const auto token = fakes.trakt().issueToken();
        secrets.values.insert(QString::fromLatin1(SecretKey::AniListToken), aniListToken);
        secrets.values.insert(QString::fromLatin1(SecretKey::TraktAccessToken), token.first);
        secrets.values.insert(QString::fromLatin1(SecretKey::TraktRefreshToken), token.second);
        secrets.values.insert(
            QString::fromLatin1(SecretKey::TraktClientSecret), u"fake-client-secret"_s);
        services.aniListUrl = fakes.anilist().baseUrl();
        services.traktUrl = fakes.trakt().baseUrl();
        services.traktAuthUrl = fakes.trakt().authUrl();
        services.tmdbUrl = fakes.tmdb().baseUrl();
        services.traktClientId = u"fake-client-id"_s;
        timings.postSpacingMs = 10;
        timings.relaxedReadLimits = true;
        timings.backoffMs = 20;
        timings.timeoutMs = 3000;
    }

    /// A session over a new Services bundle (the process's one TraktAuth lives in it).
    std::unique_ptr<SyncSession> session()
    {
        bundle = std::make_unique<Services>(services, &secrets, timings);
        return std::make_unique<SyncSession>(*db, bundle.get());
    }

    SyncOptions options(int batch = 100) const
    {
        SyncOptions o;
        o.batchSize = batch;
        o.postSpacingMs = timings.postSpacingMs;
        o.retryDelayMs = 50;
        o.playsGuard = 100000;
        return o;
    }

    /// Runs preview (and run unless previewOnly) to completion.
    static Result<SyncPlan> preview(SyncSession &s, SyncMode mode, const SyncOptions &o)
    {
        std::optional<Result<SyncPlan>> out;
        s.preview(mode, o, [&](const Result<SyncPlan> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 120000))
            return makeError(ErrorCode::Timeout, u"preview did not finish"_s);
        return *out;
    }
    static Result<SyncReport> run(SyncSession &s, const SyncPlan &plan, const QStringList &approved)
    {
        std::optional<Result<SyncReport>> out;
        s.run(plan, approved, [&](const Result<SyncReport> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 120000))
            return makeError(ErrorCode::Timeout, u"run did not finish"_s);
        return *out;
    }

    /// Where the answer key says (anilist id, abs) must land.
    std::optional<std::tuple<qint64, int, int>> expected(qint64 anilistId, int abs) const
    {
        for (const FakeIdPair &p : library.idPairs) {
            if (p.anilistId == anilistId)
                return std::make_tuple(
                    p.traktId, p.isMovie ? 0 : p.season, p.isMovie ? 0 : abs + p.episodeOffset);
        }
        return std::nullopt;
    }
};

} // namespace Tsuzuki::Test
