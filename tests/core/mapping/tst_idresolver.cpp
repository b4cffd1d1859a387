// IdResolver: the offline steps over the real mapping files (mappings → Otaku → first season →
// Fribbs, movies), what a whole library costs in SQL statements, and the online steps through
// OnlineLookup against the fake TMDB and Trakt services.

#include "core/auth/envsecretstore.h"
#include "core/mapping/idresolver.h"
#include "core/mapping/mappingimporter.h"
#include "core/mapping/onlinelookup.h"
#include "core/net/serviceconfig.h"
#include "core/net/services.h"
#include "core/net/tmdbclient.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "tests/core/mapping/querycounter.h"
#include "tests/fakes/fakeservices.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

using ResolveResult = Result<QHash<qint64, ResolvedId>>;

/// Runs IdResolver::resolve() and waits for its one finished().
ResolveResult resolveOnline(
    IdResolver &resolver, const QList<AniListEntry> &entries, int *emitted = nullptr)
{
    std::optional<ResolveResult> result;
    int count = 0;
    QObject context;
    QObject::connect(&resolver, &IdResolver::finished, &context, [&](const ResolveResult &r) {
        result = r;
        ++count;
    });
    resolver.resolve(entries);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
        return makeError(ErrorCode::Timeout, u"resolve() never finished"_s);
    QTest::qWait(50); // a second finished() would show up here
    if (emitted)
        *emitted = count;
    return *result;
}

IdMapRow fribbsRow(qint64 anilistId, std::optional<qint64> tmdb, const QString &tmdbType,
    const QString &imdb, std::optional<qint64> tvdb)
{
    IdMapRow row;
    row.source = u"fribbs"_s;
    row.anilistId = anilistId;
    row.tmdbId = tmdb;
    row.tmdbType = tmdbType;
    row.imdbId = imdb;
    row.tvdbId = tvdb;
    return row;
}

QJsonObject show(qint64 trakt, const QJsonObject &ids, const QString &title)
{
    QJsonObject all = ids;
    all.insert(u"trakt"_s, trakt);
    return { { u"title"_s, title }, { u"year"_s, 2020 }, { u"ids"_s, all },
        { u"seasons"_s,
            QJsonArray { QJsonObject { { u"number"_s, 1 }, { u"episodeCount"_s, 12 } } } } };
}

} // namespace

class TestIdResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offline_data();
    void offline();
    void manualWins();
    void libraryCostsAHandfulOfQueries();
    void onlineAdapter_data();
    void onlineAdapter();
    void onlineNeverOverwritesManual();
    void onlineFailureLeavesEntryUnresolved();
    void serviceWideFailureStopsAsking();
    void rejectedTmdbKeyIsAskedOnce();
    void lookupWithoutClients();

private:
    /// A fresh database with the synthetic rows of the online tests, Services over the fakes.
    void setUpOnline(bool withTmdbKey, const QString &tmdbKey = QStringLiteral("fake-tmdb-key"));

    Test::TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Test::TestDatabase> m_onlineTdb;
    std::unique_ptr<Database> m_onlineDb;
    std::unique_ptr<FakeServices> m_fakes;
    std::unique_ptr<EnvSecretStore> m_secrets;
    std::unique_ptr<Services> m_services;
};

void TestIdResolver::initTestCase()
{
    TSUZUKI_VERIFY_DB(m_tdb);
    m_db = m_tdb.open(u"resolver"_s);
    QVERIFY(m_db);
    MappingImporter importer(*m_db);
    for (const auto &[source, file] :
        { std::pair { MappingSource::Otaku, u"otaku-anime_mappings.db"_s },
            std::pair { MappingSource::Fribbs, u"fribb-anime-list-full.reconstructed.json"_s },
            std::pair { MappingSource::AniBridge, u"anibridge-mappings.json"_s } }) {
        auto imported = importer.importFile(source, Test::sharedDataPath(u"mappings/"_s + file));
        QVERIFY2(imported, qPrintable(imported.error().toString()));
    }
}

void TestIdResolver::offline_data()
{
    QTest::addColumn<qint64>("anilistId");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("traktId"); // 0: none
    QTest::addColumn<qint64>("tmdbId"); // 0: not checked
    QTest::addColumn<QString>("source");

    // Otaku root rows carry trakt_id.
    QTest::newRow("otaku: Attack on Titan S1")
        << 16498ll << u"TV"_s << u"show"_s << 1420ll << 1429ll << u"otaku"_s;
    QTest::newRow("otaku: One Piece (absolute)")
        << 21ll << u"TV"_s << u"show"_s << 37696ll << 0ll << u"otaku"_s;
    // Later seasons have no trakt_id in Otaku: their first season's show, never "unresolved".
    QTest::newRow("first season: AoT S2")
        << 20958ll << u"TV"_s << u"show"_s << 1420ll << 0ll << u"otaku:first-season"_s;
    QTest::newRow("first season: AoT S3 part 1")
        << 99147ll << u"TV"_s << u"show"_s << 1420ll << 0ll << u"otaku:first-season"_s;
    QTest::newRow("first season: AoT Final Season")
        << 110277ll << u"TV"_s << u"show"_s << 1420ll << 0ll << u"otaku:first-season"_s;
    // MOVIE entries resolve to Trakt movies.
    QTest::newRow("movie: Spirited Away")
        << 199ll << u"MOVIE"_s << u"movie"_s << 97ll << 129ll << u"otaku"_s;
    QTest::newRow("movie: A Silent Voice")
        << 20954ll << u"MOVIE"_s << u"movie"_s << 225063ll << 0ll << u"otaku"_s;
    // Only Fribbs knows these: ids for the online steps, no Trakt id yet.
    QTest::newRow("fribbs only: tv")
        << 198768ll << u"TV"_s << u"show"_s << 0ll << 80885ll << u"fribbs"_s;
    QTest::newRow("fribbs only: movie")
        << 185888ll << u"MOVIE"_s << u"movie"_s << 0ll << 1513509ll << u"fribbs"_s;
    QTest::newRow("unknown id") << 999999999ll << u"TV"_s << u"none"_s << 0ll << 0ll << QString();
}

void TestIdResolver::offline()
{
    QFETCH(qint64, anilistId);
    QFETCH(QString, format);
    QFETCH(QString, kind);
    QFETCH(qint64, traktId);
    QFETCH(qint64, tmdbId);
    QFETCH(QString, source);

    IdResolver resolver(*m_db, nullptr);
    auto result = resolver.resolveOffline({ { anilistId, format } });
    QVERIFY2(result, qPrintable(result.error().toString()));
    QVERIFY(result->contains(anilistId));
    const ResolvedId r = result->value(anilistId);
    QCOMPARE(r.kindName(), kind);
    QCOMPARE(r.traktId.value_or(0), traktId);
    if (tmdbId)
        QCOMPARE(r.tmdbId.value_or(0), tmdbId);
    QCOMPARE(r.source, source);
    if (kind == u"none"_s) {
        QVERIFY(!r.isResolved());
        QVERIFY(r.reason.contains(QString::number(anilistId)));
    } else {
        QVERIFY(r.isResolved());
        QVERIFY(r.reason.isEmpty());
    }
}

void TestIdResolver::manualWins()
{
    MappingRepository mappings(*m_db);
    Mapping manual;
    manual.anilistId = 16498;
    manual.traktId = 4242;
    QVERIFY(mappings.saveManual(manual));
    Mapping automatic;
    automatic.anilistId = 20958;
    automatic.traktId = 4343;
    QVERIFY(mappings.saveAuto(automatic).value());

    IdResolver resolver(*m_db, nullptr);
    auto result
        = resolver.resolveOffline({ { 16498, u"TV"_s }, { 20958, u"TV"_s }, { 21, u"TV"_s } });
    QVERIFY(mappings.remove(16498));
    QVERIFY(mappings.remove(20958));
    QVERIFY2(result, qPrintable(result.error().toString()));
    // A manual row beats Otaku's trakt_id; an auto row (an earlier resolve) is used as it is.
    QCOMPARE(result->value(16498).traktId.value_or(0), 4242);
    QCOMPARE(result->value(16498).source, u"mappings:manual"_s);
    QCOMPARE(result->value(20958).traktId.value_or(0), 4343);
    QCOMPARE(result->value(20958).source, u"mappings:auto"_s);
    QCOMPARE(result->value(21).source, u"otaku"_s);
}

void TestIdResolver::libraryCostsAHandfulOfQueries()
{
    // 500 real AniList ids, most of them later seasons (the first-season lookup is the expensive
    // path).
    auto q = m_db->exec(
        u"SELECT anilist_id FROM id_map WHERE source = 'otaku' "
        "ORDER BY CASE WHEN trakt_id IS NULL THEN 0 ELSE 1 END, anilist_id LIMIT 500"_s);
    QVERIFY(q);
    QList<AniListEntry> entries;
    while (q.value().next())
        entries.append({ q.value().value(0).toLongLong(), u"TV"_s });
    QCOMPARE(entries.size(), 500);

    Test::QueryCounter counter(*m_db);
    QVERIFY2(counter.isValid(), qPrintable(counter.error()));
    IdResolver resolver(*m_db, nullptr);
    auto result = resolver.resolveOffline(entries);
    const int statements = counter.count();
    QVERIFY2(result, qPrintable(result.error().toString()));
    QCOMPARE(result->size(), 500);
    int firstSeason = 0;
    for (const ResolvedId &r : result.value())
        firstSeason += r.source == u"otaku:first-season"_s;
    QVERIFY2(firstSeason > 100, qPrintable(QString::number(firstSeason)));
    qInfo(
        "500 ids: %d statements, %d resolved through their first season", statements, firstSeason);
    // mappings, id_map and the first-season lookup: one statement each per 500 ids (PostgreSQL adds
    // its prepare/deallocate round trips). One per id would be 500+.
    QVERIFY2(statements >= 3, qPrintable(QString::number(statements)));
    QVERIFY2(statements <= 12, qPrintable(QString::number(statements)));

    // The counter counts: a second, larger batch costs more statements, still not per id.
    counter.reset();
    QList<AniListEntry> twice = entries;
    for (const AniListEntry &e : entries)
        twice.append({ e.anilistId + 1'000'000, u"TV"_s });
    QVERIFY(resolver.resolveOffline(twice));
    const int statementsFor1000 = counter.count();
    QVERIFY2(statementsFor1000 > statements && statementsFor1000 <= 2 * statements + 2,
        qPrintable(u"%1 vs %2"_s.arg(statementsFor1000).arg(statements)));
}

void TestIdResolver::setUpOnline(bool withTmdbKey, const QString &tmdbKey)
{
    m_services.reset();
    m_secrets.reset();
    m_fakes.reset();
    m_onlineDb.reset();
    m_onlineTdb = std::make_unique<Test::TestDatabase>();
    TSUZUKI_VERIFY_DB(*m_onlineTdb);
    m_onlineDb = m_onlineTdb->open(u"resolver-online"_s);
    QVERIFY(m_onlineDb);

    // Synthetic Fribbs rows: each needs a different online path.
    QList<IdMapRow> rows {
        fribbsRow(1001, 5001, u"tv"_s, {}, {}), // Trakt knows tmdb 5001
        fribbsRow(1002, 5002, u"tv"_s, {}, {}), // only TMDB's external ids lead to tvdb 6002
        fribbsRow(1003, 7003, u"movie"_s, u"tt9003"_s, {}), // a movie Trakt knows only by imdb
        fribbsRow(1004, 5004, u"tv"_s, {}, 6004), // tmdb unknown to Trakt, tvdb known
        fribbsRow(1005, 5001, u"tv"_s, {}, {}), // manual mapping elsewhere: never searched
        fribbsRow(1006, 5999, u"tv"_s, {}, {}), // nobody knows it
    };
    QVERIFY(IdMapRepository(*m_onlineDb).replaceSource(u"fribbs"_s, rows));

    m_fakes = std::make_unique<FakeServices>();
    QVERIFY(m_fakes->listen());
    const QJsonObject scenario {
        { u"trakt"_s,
            QJsonObject { { u"shows"_s,
                              QJsonArray { show(501, { { u"tmdb"_s, 5001 } }, u"Tmdb Show"_s),
                                  show(502, { { u"tvdb"_s, 6002 } }, u"Tvdb Show"_s),
                                  show(504, { { u"tvdb"_s, 6004 }, { u"tmdb"_s, 88004 } },
                                      u"Other Tmdb Show"_s),
                                  // A movie's tmdb id on a show: type=movie must keep it out.
                                  show(599, { { u"tmdb"_s, 7003 } }, u"Not The Movie"_s) } },
                { u"movies"_s,
                    QJsonArray { QJsonObject { { u"title"_s, u"Imdb Movie"_s }, { u"year"_s, 2001 },
                        { u"ids"_s,
                            QJsonObject {
                                { u"trakt"_s, 703 }, { u"imdb"_s, u"tt9003"_s } } } } } } } },
        { u"tmdb"_s,
            QJsonObject { { u"tv"_s,
                QJsonArray { QJsonObject { { u"id"_s, 5002 }, { u"imdb_id"_s, QJsonValue() },
                                 { u"tvdb_id"_s, 6002 } },
                    QJsonObject { { u"id"_s, 5004 }, { u"imdb_id"_s, u""_s },
                        { u"tvdb_id"_s, 6004 } } } } } },
    };
    QString error;
    QVERIFY2(m_fakes->loadScenario(scenario, &error), qPrintable(error));

    QProcessEnvironment env;
    if (withTmdbKey)
        env.insert(u"TMDB_API_KEY"_s, tmdbKey);
    m_secrets = std::make_unique<EnvSecretStore>(env);
    ServiceConfig config = ServiceConfig::defaults();
    config.traktUrl = m_fakes->trakt().baseUrl();
    config.traktAuthUrl = m_fakes->trakt().authUrl();
    config.tmdbUrl = m_fakes->tmdb().baseUrl();
    config.aniListUrl = m_fakes->anilist().baseUrl();
    config.traktClientId = u"fake-client-id"_s;
    m_services = std::make_unique<Services>(config, m_secrets.get());
    bool loaded = false;
    m_services->loadSecrets(this, [&loaded] { loaded = true; });
    QTRY_VERIFY(loaded);
    QCOMPARE(m_services->hasTmdbKey(), withTmdbKey);
}

void TestIdResolver::onlineAdapter_data()
{
    QTest::addColumn<bool>("tmdbKey");
    QTest::newRow("without TMDB key") << false;
    QTest::newRow("with TMDB key") << true;
}

void TestIdResolver::onlineAdapter()
{
    QFETCH(bool, tmdbKey);
    setUpOnline(tmdbKey);
    if (QTest::currentTestFailed())
        return;
    Mapping manual;
    manual.anilistId = 1005;
    manual.traktId = 9005;
    QVERIFY(MappingRepository(*m_onlineDb).saveManual(manual));

    OnlineLookup lookup(*m_services);
    QCOMPARE(lookup.hasTmdbKey(), tmdbKey);
    IdResolver resolver(*m_onlineDb, &lookup);
    int emitted = 0;
    auto result = resolveOnline(resolver,
        { { 1001, u"TV"_s }, { 1002, u"TV"_s }, { 1003, u"MOVIE"_s }, { 1004, u"TV"_s },
            { 1005, u"TV"_s }, { 1006, u"TV"_s } },
        &emitted);
    QCOMPARE(emitted, 1);
    QVERIFY2(result, qPrintable(result.error().toString()));

    // 1001: Trakt search by tmdb, with type=show.
    QCOMPARE(result->value(1001).traktId.value_or(0), 501);
    QCOMPARE(result->value(1001).source, u"trakt:search:tmdb"_s);
    // 1002: the tvdb id comes only from TMDB's external ids, so only with a key.
    if (tmdbKey) {
        QCOMPARE(result->value(1002).traktId.value_or(0), 502);
        QCOMPARE(result->value(1002).source, u"trakt:search:tvdb"_s);
        QCOMPARE(result->value(1002).tvdbId.value_or(0), 6002);
    } else {
        QVERIFY(!result->value(1002).traktId);
    }
    // 1003: a movie: tmdb search finds nothing of type movie (the show with that tmdb id is not
    // taken), imdb does.
    QCOMPARE(result->value(1003).kindName(), u"movie"_s);
    QCOMPARE(result->value(1003).traktId.value_or(0), 703);
    QCOMPARE(result->value(1003).source, u"trakt:search:imdb"_s);
    // 1004: tmdb → nothing, then tvdb.
    QCOMPARE(result->value(1004).traktId.value_or(0), 504);
    QCOMPARE(result->value(1004).source, u"trakt:search:tvdb"_s);
    // 1005: manual row, never searched.
    QCOMPARE(result->value(1005).traktId.value_or(0), 9005);
    QCOMPARE(result->value(1005).source, u"mappings:manual"_s);
    QVERIFY(!result->value(1006).traktId);

    // TMDB is asked only with a key, once per title that has a tmdb id and no Trakt id yet.
    const int tmdbRequests = int(m_fakes->tmdb().requests(u"GET"_s).size());
    QCOMPARE(tmdbRequests, tmdbKey ? 5 : 0);
    QCOMPARE(lookup.tmdbCalls(), tmdbRequests);

    // Every Trakt search carries its type; the order per title is tmdb, imdb, tvdb.
    const auto searches = m_fakes->trakt().requests(u"GET"_s, u"^/search/"_s);
    QCOMPARE(int(searches.size()), lookup.searchCalls());
    QStringList sequence;
    for (const FakeLoggedRequest &r : searches) {
        QVERIFY2(r.query.contains(u"type=show"_s) || r.query.contains(u"type=movie"_s),
            qPrintable(r.query));
        QVERIFY(!r.path.contains(u"5001"_s) || !r.query.contains(u"movie"_s));
        sequence << r.path + u'?' + r.query;
    }
    QVERIFY2(sequence.contains(u"/search/tmdb/7003?type=movie"_s), qPrintable(sequence.join(u' ')));
    QVERIFY(sequence.indexOf(u"/search/tmdb/7003?type=movie"_s)
        < sequence.indexOf(u"/search/imdb/tt9003?type=movie"_s));
    QVERIFY(sequence.indexOf(u"/search/tmdb/5004?type=show"_s)
        < sequence.indexOf(u"/search/tvdb/6004?type=show"_s));
    QCOMPARE(tmdbKey, sequence.contains(u"/search/tvdb/6002?type=show"_s));
    for (const QString &s : std::as_const(sequence))
        QVERIFY2(!s.contains(u"5001"_s) || s == u"/search/tmdb/5001?type=show"_s,
            qPrintable(s)); // 1005 not searched

    // Found titles are saved as auto mappings; the manual one is untouched.
    MappingRepository mappings(*m_onlineDb);
    const auto saved = mappings.get(1001);
    QVERIFY(saved && saved.value());
    QCOMPARE(saved.value()->traktId.value_or(0), 501);
    QVERIFY(!saved.value()->isManual);
    QCOMPARE(saved.value()->type(), u"auto"_s);
    const auto movie = mappings.get(1003);
    QVERIFY(movie && movie.value());
    QCOMPARE(movie.value()->traktId.value_or(0), 703);
    const auto kept = mappings.get(1005);
    QVERIFY(kept && kept.value());
    QVERIFY(kept.value()->isManual);
    QCOMPARE(kept.value()->traktId.value_or(0), 9005);
    const auto none = mappings.get(1006);
    QVERIFY(none && !none.value());

    // A second resolve finds everything in the mappings table: no request at all.
    const int before = int(m_fakes->trakt().requests(u"GET"_s).size());
    IdResolver again(*m_onlineDb, &lookup);
    auto second = resolveOnline(again, { { 1001, u"TV"_s }, { 1003, u"MOVIE"_s } });
    QVERIFY(second);
    QCOMPARE(second->value(1001).source, u"mappings:auto"_s);
    QCOMPARE(int(m_fakes->trakt().requests(u"GET"_s).size()), before);
}

void TestIdResolver::onlineNeverOverwritesManual()
{
    setUpOnline(true);
    if (QTest::currentTestFailed())
        return;
    // A manual row without a Trakt id cannot be written by saveManual; a manual row for a title the
    // search also finds must stay as the user set it even when an auto save races it.
    Mapping manual;
    manual.anilistId = 1001;
    manual.traktId = 777;
    QVERIFY(MappingRepository(*m_onlineDb).saveManual(manual));
    OnlineLookup lookup(*m_services);
    IdResolver resolver(*m_onlineDb, &lookup);
    auto result = resolveOnline(resolver, { { 1001, u"TV"_s }, { 1004, u"TV"_s } });
    QVERIFY(result);
    QCOMPARE(result->value(1001).traktId.value_or(0), 777);
    QCOMPARE(lookup.searchCalls(), 2); // 1004 only: tmdb, then tvdb
    const auto kept = MappingRepository(*m_onlineDb).get(1001);
    QVERIFY(kept && kept.value());
    QVERIFY(kept.value()->isManual);
    QCOMPARE(kept.value()->traktId.value_or(0), 777);
    // And a direct auto save over it is refused.
    Mapping over;
    over.anilistId = 1001;
    over.traktId = 501;
    QCOMPARE(MappingRepository(*m_onlineDb).saveAuto(over).value(), false);
    QCOMPARE(MappingRepository(*m_onlineDb).get(1001).value()->traktId.value_or(0), 777);
}

void TestIdResolver::onlineFailureLeavesEntryUnresolved()
{
    setUpOnline(false);
    if (QTest::currentTestFailed())
        return;
    // Trakt answers 404 HTML for every search: the resolver finishes, 1001 has no Trakt id and
    // nothing is saved.
    QString error;
    QVERIFY2(m_fakes->addFault({ { u"service"_s, u"trakt"_s }, { u"method"_s, u"GET"_s },
                                   { u"path"_s, u"^/search/"_s }, { u"times"_s, -1 },
                                   { u"kind"_s, u"html"_s }, { u"status"_s, 404 } },
                 &error),
        qPrintable(error));
    OnlineLookup lookup(*m_services);
    IdResolver resolver(*m_onlineDb, &lookup);
    auto result = resolveOnline(resolver, { { 1001, u"TV"_s } });
    QVERIFY2(result, qPrintable(result.error().toString()));
    QVERIFY(!result->value(1001).traktId);
    QCOMPARE(result->value(1001).tmdbId.value_or(0), 5001);
    QVERIFY(lookup.searchCalls() >= 1);
    const auto saved = MappingRepository(*m_onlineDb).get(1001);
    QVERIFY(saved && !saved.value());
}

void TestIdResolver::serviceWideFailureStopsAsking()
{
    setUpOnline(false);
    if (QTest::currentTestFailed())
        return;
    // Trakt refuses every search (403: blocked): one title is asked, the rest keep their offline
    // ids.
    QString error;
    QVERIFY2(m_fakes->addFault({ { u"service"_s, u"trakt"_s }, { u"method"_s, u"GET"_s },
                                   { u"path"_s, u"^/search/"_s }, { u"times"_s, -1 },
                                   { u"kind"_s, u"status"_s }, { u"status"_s, 403 } },
                 &error),
        qPrintable(error));
    OnlineLookup lookup(*m_services);
    IdResolver resolver(*m_onlineDb, &lookup);
    int emitted = 0;
    auto result = resolveOnline(
        resolver, { { 1001, u"TV"_s }, { 1002, u"TV"_s }, { 1004, u"TV"_s } }, &emitted);
    QCOMPARE(emitted, 1);
    QVERIFY2(result, qPrintable(result.error().toString()));
    QCOMPARE(lookup.searchCalls(), 1);
    QVERIFY(resolver.onlineError().has_value());
    QCOMPARE(resolver.onlineError()->code, ErrorCode::Forbidden);
    for (qint64 id : { 1001, 1002, 1004 }) {
        QVERIFY(!result->value(id).traktId);
        QVERIFY(result->value(id).tmdbId);
    }
    QCOMPARE(MappingRepository(*m_onlineDb).count().value(), 0);
}

void TestIdResolver::rejectedTmdbKeyIsAskedOnce()
{
    setUpOnline(true, u"not-the-key"_s);
    if (QTest::currentTestFailed())
        return;
    OnlineLookup lookup(*m_services);
    IdResolver resolver(*m_onlineDb, &lookup);
    auto result
        = resolveOnline(resolver, { { 1001, u"TV"_s }, { 1002, u"TV"_s }, { 1004, u"TV"_s } });
    QVERIFY2(result, qPrintable(result.error().toString()));
    // TMDB answers 401 once; Trakt search goes on without it.
    QCOMPARE(lookup.tmdbCalls(), 1);
    QCOMPARE(int(m_fakes->tmdb().requests(u"GET"_s).size()), 1);
    QVERIFY(!resolver.onlineError().has_value());
    QCOMPARE(result->value(1001).traktId.value_or(0), 501);
    QCOMPARE(result->value(1004).traktId.value_or(0), 504);
    QVERIFY(!result->value(1002).traktId); // its tvdb id would have come from TMDB
}

void TestIdResolver::lookupWithoutClients()
{
    // No clients: every call fails later (never inside the call), and the resolver keeps its
    // offline result.
    OnlineLookup lookup(nullptr, nullptr);
    QVERIFY(!lookup.hasTmdbKey());
    std::optional<Result<std::optional<ExternalIds>>> search;
    lookup.traktSearch(u"tmdb"_s, u"1"_s, false, this,
        [&search](Result<std::optional<ExternalIds>> r) { search = r; });
    QVERIFY(!search.has_value());
    QTRY_VERIFY(search.has_value());
    QVERIFY(!search->ok());
    QCOMPARE(search->error().code, ErrorCode::NotLoggedIn);
    std::optional<Result<ExternalIds>> tmdb;
    lookup.tmdbExternalIds(1, false, nullptr, [&tmdb](Result<ExternalIds> r) { tmdb = r; });
    QTRY_VERIFY(tmdb.has_value());
    QCOMPARE(tmdb->error().code, ErrorCode::NotLoggedIn);

    IdResolver resolver(*m_db, &lookup);
    auto result = resolveOnline(resolver, { { 198768, u"TV"_s }, { 16498, u"TV"_s } });
    QVERIFY2(result, qPrintable(result.error().toString()));
    QVERIFY(!result->value(198768).traktId);
    QCOMPARE(result->value(198768).tmdbId.value_or(0), 80885);
    QCOMPARE(result->value(16498).traktId.value_or(0), 1420);
    QVERIFY(resolver.onlineError().has_value());
    QCOMPARE(resolver.onlineError()->code, ErrorCode::NotLoggedIn);
    // resolve() saved the Otaku hit as an auto mapping; the shared database goes back to how it
    // was.
    QCOMPARE(MappingRepository(*m_db).get(16498).value()->type(), u"auto"_s);
    QVERIFY(MappingRepository(*m_db).remove(16498));
}

QTEST_GUILESS_MAIN(TestIdResolver)
#include "tst_idresolver.moc"
