// Issue 13 end to end against the fake services: a stale Trakt id in the mapping data costs one
// search, not a lost play; an id nobody can repair is never posted to; a not_found movie is
// re-resolved once and then lands; a movie made of several AniList episodes is one play. Every
// check reads the fake Trakt's received history. SQLite and PostgreSQL.

#include "core/mapping/mappingimporter.h"
#include "core/store/configrepository.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "tests/support/syncfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace Tsuzuki::Test {

class TestMappingRepair final : public QObject
{
    Q_OBJECT

    static QJsonObject scenario(const QByteArray &media, const QByteArray &entries,
        const QByteArray &shows, const QByteArray &movies)
    {
        const QByteArray json = R"({"anilist": {"users": [{"id": 1, "name": "alice",
            "token": "tsuzuki-test-secret-anilist-alice"}], "media": [)"
            + media + R"(], "entries": [)" + entries + R"(]}, "trakt": {"shows": [)" + shows
            + R"(], "movies": [)" + movies + R"(]}})";
        return QJsonDocument::fromJson(json).object();
    }

    /// Otaku + Fribbs rows for AniList 201: Otaku's (old) Trakt id, TMDB show 555, S1 offset 0.
    static bool staleOtakuRows(Database &db, qint64 traktId)
    {
        IdMapRow otaku;
        otaku.source = u"otaku"_s;
        otaku.anilistId = 201;
        otaku.traktId = traktId;
        otaku.traktType = u"show"_s;
        otaku.tmdbId = 555;
        otaku.tmdbType = u"tv"_s;
        otaku.tvdbId = 777;
        otaku.tvdbSeason = 1;
        otaku.tvdbOffset = 0;
        otaku.extra = uR"({"globalMediaType":"show"})"_s;
        IdMapRow fribbs;
        fribbs.source = u"fribbs"_s;
        fribbs.anilistId = 201;
        fribbs.tmdbId = 555;
        fribbs.tmdbType = u"tv"_s;
        fribbs.tmdbSeason = 1;
        fribbs.tmdbOffset = 0;
        fribbs.tvdbId = 777;
        IdMapRepository repo(db);
        return repo.replaceSource(u"otaku"_s, { otaku })
            && repo.replaceSource(u"fribbs"_s, { fribbs });
    }

    static int searches(SyncFixture &f)
    {
        return int(f.fakes.trakt().requests(u"GET"_s, u"^/search/"_s).size());
    }

    static bool postsMention(SyncFixture &f, const QByteArray &text)
    {
        for (const FakeLoggedRequest &r :
            f.fakes.trakt().requests(u"POST"_s, u"^/sync/history$"_s)) {
            if (r.body.contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    void staleShowIdCostsOneSearch()
    {
        SyncFixture f;
        QVERIFY(f.setUpScenario(
            scenario(R"({"id": 201, "format": "TV", "episodes": 12,
                                             "title": {"romaji": "Fresh"}})",
                R"({"userId": 1, "mediaId": 201, "status": "CURRENT", "progress": 3})",
                R"({"title": "Fresh", "ids": {"trakt": 5001, "slug": "fresh",
                                        "tmdb": 555, "tvdb": 777},
                                        "seasons": [{"number": 1, "episodeCount": 12, "firstAbs": 1}]})",
                {}),
            u"tsuzuki-test-secret-anilist-alice"_s));
        // Otaku still names Trakt id 7777, which Trakt no longer has (404 on its seasons).
        QVERIFY(staleOtakuRows(*f.db, 7777));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY2(plan, qPrintable(plan.error().toString()));
        QCOMPARE(plan->plays.size(), 3);
        for (const PlannedPlay &p : plan->plays) {
            QCOMPARE(p.traktId, std::optional<qint64>(5001));
            QCOMPARE(p.season, 1);
        }
        QCOMPARE(searches(f), 1); // one search by TMDB id
        QCOMPARE(f.fakes.trakt().requests(u"GET"_s, u"^/search/tmdb/555$"_s).size(), 1);
        auto report = SyncFixture::run(*session, plan.value(), plan->itemIds());
        QVERIFY(report);
        QCOMPARE(report->counters.added, 3);
        for (int e = 1; e <= 3; ++e)
            QCOMPARE(f.fakes.trakt().playCount(5001, 1, e), 1);
        QVERIFY(!postsMention(f, "7777")); // never posted to the id Trakt says does not exist
        // The auto mapping now names the new id, and the log says old → new.
        auto mapping = MappingRepository(*f.db).get(201);
        QVERIFY(mapping && mapping.value());
        QCOMPARE(mapping.value()->traktId, std::optional<qint64>(5001));
        QVERIFY(!mapping.value()->isManual);
        bool logged = false;
        const QList<LogEntry> log = LogRepository(*f.db).tail(50).value();
        for (const LogEntry &e : log)
            logged = logged || (e.message.contains(u"7777"_s) && e.message.contains(u"5001"_s));
        QVERIFY(logged);
        // The next run needs no search and posts nothing twice.
        auto again = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(again);
        QCOMPARE(again->plays.size(), 0);
        QCOMPARE(searches(f), 1);
        QCOMPARE(f.fakes.trakt().duplicatePlays().size(), 0);
    }

    void unrepairableIdIsNeverPostedTo()
    {
        SyncFixture f;
        QVERIFY(f.setUpScenario(
            scenario(R"({"id": 201, "format": "TV", "episodes": 12,
                                             "title": {"romaji": "Gone"}})",
                R"({"userId": 1, "mediaId": 201, "status": "CURRENT", "progress": 2})", {}, {}),
            u"tsuzuki-test-secret-anilist-alice"_s));
        QVERIFY(staleOtakuRows(*f.db, 7777));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY2(plan, qPrintable(plan.error().toString()));
        QCOMPARE(plan->plays.size(), 0);
        QCOMPARE(plan->counters.skippedUnmapped, 2);
        for (const SkippedItem &s : plan->skipped) {
            QCOMPARE(s.kind, SkipKind::Unmapped);
            QVERIFY2(s.reason.contains(u"7777"_s), qPrintable(s.reason));
        }
        QVERIFY(SyncFixture::run(*session, plan.value(), plan->itemIds()));
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Unmapped).value(),
            2); // in "needs mapping"
    }

    void notFoundMovieIsReResolvedOnce()
    {
        SyncFixture f;
        QVERIFY(f.setUpScenario(
            scenario(R"({"id": 302, "format": "MOVIE", "episodes": 1,
                                             "title": {"romaji": "Film"}})",
                R"({"userId": 1, "mediaId": 302, "status": "COMPLETED", "progress": 1,
                                        "completedAt": {"year": 2024, "month": 5, "day": 1}})",
                {}, R"({"title": "Film", "ids": {"trakt": 6002, "tmdb": 901}})"),
            u"tsuzuki-test-secret-anilist-alice"_s));
        IdMapRow otaku;
        otaku.source = u"otaku"_s;
        otaku.anilistId = 302;
        otaku.traktId = 9999; // stale: Trakt answers not_found
        otaku.traktType = u"movie"_s;
        otaku.tmdbId = 901;
        otaku.tmdbType = u"movie"_s;
        otaku.extra = uR"({"globalMediaType":"movie"})"_s;
        QVERIFY(IdMapRepository(*f.db).replaceSource(u"otaku"_s, { otaku }));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY(plan);
        QCOMPARE(plan->plays.size(), 1);
        auto first = SyncFixture::run(*session, plan.value(), plan->itemIds());
        QVERIFY(first);
        QCOMPARE(first->counters.notFound, 1);
        QCOMPARE(searches(f), 1); // re-resolved once, right after Trakt said not_found
        QCOMPARE(MappingRepository(*f.db).get(302).value()->traktId, std::optional<qint64>(6002));
        // The new target differs from the one Trakt did not find: posted, once.
        auto second = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY(second);
        QCOMPARE(second->plays.size(), 1);
        QCOMPARE(second->plays.first().traktId, std::optional<qint64>(6002));
        QVERIFY(SyncFixture::run(*session, second.value(), second->itemIds()));
        QCOMPARE(f.fakes.trakt().moviePlayCount(6002), 1);
        // And then nothing more: no new search, no second play.
        auto third = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY(third);
        QCOMPARE(third->plays.size(), 0);
        QCOMPARE(searches(f), 1);
    }

    void movieOfSeveralEpisodesIsOnePlay()
    {
        SyncFixture f;
        QVERIFY(f.setUpScenario(
            scenario(R"({"id": 301, "format": "ONA", "episodes": 3,
                                             "title": {"romaji": "Three parts"}})",
                R"({"userId": 1, "mediaId": 301, "status": "COMPLETED", "progress": 3,
                                        "completedAt": {"year": 2024, "month": 5, "day": 2}})",
                {}, R"({"title": "Three parts", "ids": {"trakt": 6001, "tmdb": 900}})"),
            u"tsuzuki-test-secret-anilist-alice"_s));
        // AniBridge v3: the three ONA episodes are one TMDB movie.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mappings.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"$meta": {"schema_version": "3.0.0"},
                           "anilist:301": {"tmdb_movie:900": {"1-3": "1|-3"}}})");
        }
        QVERIFY(MappingImporter(*f.db).importFile(MappingSource::AniBridge, path));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY2(plan, qPrintable(plan.error().toString()));
        QCOMPARE(plan->plays.size(), 1);
        QVERIFY(plan->plays.first().movie);
        QCOMPARE(plan->plays.first().absEpisode, 3);
        int parts = 0;
        for (const SkippedItem &s : plan->skipped)
            parts += s.kind == SkipKind::PartOfMovie;
        QCOMPARE(parts, 2);
        QVERIFY(SyncFixture::run(*session, plan.value(), plan->itemIds()));
        QCOMPARE(f.fakes.trakt().moviePlayCount(6001), 1);
        auto again = SyncFixture::preview(*session, SyncMode::Completed, f.options());
        QVERIFY(again);
        QCOMPARE(again->plays.size(), 0);
        QCOMPARE(f.fakes.trakt().duplicatePlays().size(), 0);
    }
};

} // namespace Tsuzuki::Test

QTEST_GUILESS_MAIN(Tsuzuki::Test::TestMappingRepair)
#include "tst_mappingrepair.moc"
