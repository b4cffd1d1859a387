// The storage layer on whichever backend TSUZUKI_TEST_BACKEND names; CTest runs it as
// storage.sqlite and storage.postgres (a real server started by the test command).
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestStorage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migrationsCreateEveryTable();
    void migrationsAreIdempotent();
    void configGetSetPrefix();
    void configTimestamps();
    void mappingsManualWinsOverAuto();
    void mappingsBatchReadAcrossChunks();
    void mappingsRequireTraktIdForManual();
    void progressOnlyMovesForward();
    void overridesUpsertAndValidate_data();
    void overridesUpsertAndValidate();
    void logsAppendTailSince();
    void logsAreRedacted();
    void logWatcherSeesRowsFromAnotherConnection();
    void idMapReplaceIsAllOrNothing();
    void runsAndLedger();
    void ledgerAddedRowsAreFinal();
    void literalValuesRoundTrip_data();
    void literalValuesRoundTrip();
    void transactionRollsBackOnFailure();
    void secondConnectionSeesCommittedData();

private:
    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestStorage::init()
{
    m_tdb = std::make_unique<Test::TestDatabase>();
    TSUZUKI_VERIFY_DB(*m_tdb);
    m_db = m_tdb->open(u"main"_s);
    QVERIFY(m_db);
}

void TestStorage::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

void TestStorage::migrationsCreateEveryTable()
{
    const QStringList tables = m_db->tables();
    for (const auto &name :
        { "mappings", "logs", "system_config", "sync_progress", "episode_override", "episode_map",
            "show_map", "schema_migrations", "id_map", "sync_runs", "sync_ledger" }) {
        QVERIFY2(tables.contains(QString::fromLatin1(name)), name);
    }
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(m_db->isPostgres(), m_tdb->backend() == Test::Backend::Postgres);
}

void TestStorage::migrationsAreIdempotent()
{
    QVERIFY(ConfigRepository(*m_db).set(u"k"_s, u"v"_s));
    QVERIFY(m_db->migrate());
    QVERIFY(m_db->migrate());
    QCOMPARE(m_db->rowCount(u"schema_migrations"_s), qint64(Database::latestSchemaVersion()));
    QCOMPARE(ConfigRepository(*m_db).value(u"k"_s), u"v"_s);
}

void TestStorage::configGetSetPrefix()
{
    ConfigRepository config(*m_db);
    QVERIFY(!config.get(u"missing"_s).value().has_value());
    QCOMPARE(config.value(u"missing"_s, u"fallback"_s), u"fallback"_s);

    QVERIFY(config.set(QString::fromLatin1(ConfigKey::SyncLastRun), u"2026-01-02T03:04:05.000Z"_s));
    QVERIFY(
        config.set(QString::fromLatin1(ConfigKey::SyncLastRunAuto), u"2026-01-02T04:04:05.000Z"_s));
    QVERIFY(config.set(
        u"status_x"_s, u"not a status key"_s)); // '_' must not match like a LIKE wildcard
    QVERIFY(config.set(ConfigKey::breakpointMap(42), u"{}"_s));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    auto entry = config.get(QString::fromLatin1(ConfigKey::SyncLastRun));
    QVERIFY(entry && entry.value());
    QCOMPARE(entry.value()->value, u"2026-01-02T03:04:05.000Z"_s);
    QVERIFY(entry.value()->updatedAt >= before);

    auto status = config.withPrefix(u"status:"_s);
    QVERIFY(status);
    QCOMPARE(status.value().size(), 2);
    QCOMPARE(status.value().at(0).key, u"status:sync:last-run"_s);

    QVERIFY(config.set(ConfigKey::breakpointMap(42), u"{\"a\":1}"_s)); // upsert
    QCOMPARE(config.value(u"tsuzuki:map:42"_s), u"{\"a\":1}"_s);
    QVERIFY(config.value(ConfigKey::webBreakpointMap(42)).isEmpty()); // the web version's key

    auto many = config.getMany({ u"tsuzuki:map:42"_s, u"status_x"_s, u"nope"_s });
    QVERIFY(many);
    QCOMPARE(many.value().size(), 2);

    QVERIFY(config.remove(u"tsuzuki:map:42"_s));
    QVERIFY(!config.get(u"tsuzuki:map:42"_s).value().has_value());
}

void TestStorage::configTimestamps()
{
    ConfigRepository config(*m_db);
    const QDateTime when = QDateTime::fromString(u"2025-07-08T09:10:11.123Z"_s, Qt::ISODateWithMs);
    QVERIFY(config.setTimestamp(u"status:sync:last-run"_s, when));
    QCOMPARE(config.timestamp(u"status:sync:last-run"_s), when);
    // Formats other writers left: epoch seconds, epoch milliseconds, PostgreSQL text.
    QVERIFY(config.set(u"t1"_s, u"1700000000"_s));
    QCOMPARE(config.timestamp(u"t1"_s), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QVERIFY(config.set(u"t2"_s, u"1700000000123"_s));
    QCOMPARE(config.timestamp(u"t2"_s), QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC));
    QVERIFY(config.set(u"t3"_s, u"2024-05-01 12:34:56.5+00"_s));
    QCOMPARE(config.timestamp(u"t3"_s),
        QDateTime::fromString(u"2024-05-01T12:34:56.500Z"_s, Qt::ISODateWithMs));
}

void TestStorage::mappingsManualWinsOverAuto()
{
    MappingRepository mappings(*m_db);
    Mapping manual;
    manual.anilistId = 16498;
    manual.traktId = 1420;
    manual.tvdbId = 267440;
    manual.imdbId = u"tt2560140"_s;
    QVERIFY(mappings.saveManual(manual));

    Mapping autoMapping;
    autoMapping.anilistId = 16498;
    autoMapping.traktId = 999;
    auto saved = mappings.saveAuto(autoMapping);
    QVERIFY(saved);
    QVERIFY(!saved.value()); // the manual row kept its place

    auto row = mappings.get(16498);
    QVERIFY(row && row.value());
    QCOMPARE(row.value()->traktId, std::optional<qint64>(1420));
    QVERIFY(row.value()->isManual);
    QCOMPARE(row.value()->type(), u"manual"_s);
    QCOMPARE(row.value()->imdbId, u"tt2560140"_s);
    QVERIFY(!row.value()->tmdbId.has_value());

    Mapping other;
    other.anilistId = 20958;
    other.traktId = 1420;
    other.tmdbId = 1429;
    QVERIFY(mappings.saveAuto(other).value());
    auto autoRow = mappings.get(20958);
    QVERIFY(autoRow.value().has_value());
    QVERIFY(!autoRow.value()->isManual);
    QCOMPARE(autoRow.value()->tmdbId, std::optional<qint64>(1429));
    QCOMPARE(mappings.count().value(), qint64(2));

    QVERIFY(mappings.remove(20958));
    QCOMPARE(mappings.count().value(), qint64(1));
}

void TestStorage::mappingsBatchReadAcrossChunks()
{
    MappingRepository mappings(*m_db);
    QList<Mapping> rows;
    QList<qint64> ids;
    for (int i = 1; i <= 1234; ++i) {
        Mapping m;
        m.anilistId = i * 3;
        m.traktId = 100000 + i;
        rows << m;
        ids << m.anilistId << (m.anilistId + 1); // every second id does not exist
    }
    QVERIFY(mappings.saveAutoMany(rows));
    auto found = mappings.getMany(ids);
    QVERIFY(found);
    QCOMPARE(found.value().size(), 1234);
    QCOMPARE(found.value().value(300).traktId, std::optional<qint64>(100100));
}

void TestStorage::mappingsRequireTraktIdForManual()
{
    Mapping m;
    m.anilistId = 5;
    auto result = MappingRepository(*m_db).saveManual(m);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
}

void TestStorage::progressOnlyMovesForward()
{
    ProgressRepository progress(*m_db);
    QCOMPARE(progress.lastAbs(1).value(), 0);
    QVERIFY(progress.advance(1, 5));
    QVERIFY(progress.advance(1, 3));
    QCOMPARE(progress.lastAbs(1).value(), 5);
    QVERIFY(progress.advance(1, 12));
    QVERIFY(progress.advance(2, 1));
    QCOMPARE(progress.lastAbs(1).value(), 12);
    auto many = progress.lastAbsMany({ 1, 2, 3 });
    QCOMPARE(many.value().size(), 2);
    QCOMPARE(many.value().value(2), 1);
    QCOMPARE(progress.list(10).value().size(), 2);
    QVERIFY(progress.reset(1));
    QCOMPARE(progress.lastAbs(1).value(), 0);
    QVERIFY(!progress.get(1).value().has_value());
}

void TestStorage::overridesUpsertAndValidate_data()
{
    QTest::addColumn<qint64>("traktId");
    QTest::addColumn<int>("abs");
    QTest::addColumn<int>("season");
    QTest::addColumn<int>("episode");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ok") << qint64(1420) << 26 << 2 << 1 << true;
    QTest::newRow("special") << qint64(1420) << 27 << 0 << 3 << true;
    QTest::newRow("no show") << qint64(0) << 1 << 1 << 1 << false;
    QTest::newRow("abs zero") << qint64(5) << 0 << 1 << 1 << false;
    QTest::newRow("negative season") << qint64(5) << 1 << -1 << 1 << false;
    QTest::newRow("episode zero") << qint64(5) << 1 << 1 << 0 << false;
}

void TestStorage::overridesUpsertAndValidate()
{
    QFETCH(qint64, traktId);
    QFETCH(int, abs);
    QFETCH(int, season);
    QFETCH(int, episode);
    QFETCH(bool, valid);
    OverrideRepository overrides(*m_db);
    auto result = overrides.upsert({ traktId, abs, season, episode });
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(overrides.list().value().isEmpty());
        return;
    }
    QVERIFY(overrides.upsert({ traktId, abs, season + 1, episode + 1 })); // on conflict: update
    auto row = overrides.get(traktId, abs);
    QVERIFY(row.value().has_value());
    QCOMPARE(row.value()->season, season + 1);
    QCOMPARE(overrides.forShow(traktId).value().size(), 1);
    QVERIFY(overrides.remove(traktId, abs));
    QVERIFY(overrides.list().value().isEmpty());
}

void TestStorage::logsAppendTailSince()
{
    LogRepository logs(*m_db);
    qint64 first = 0;
    for (int i = 0; i < 5; ++i) {
        auto id = logs.append(QString::fromLatin1(LogLevel::Info), u"message %1"_s.arg(i));
        QVERIFY(id);
        if (i == 0)
            first = id.value();
    }
    auto tail = logs.tail(3);
    QCOMPARE(tail.value().size(), 3);
    QCOMPARE(tail.value().first().message, u"message 4"_s);
    QVERIFY(tail.value().first().createdAt.isValid());
    auto since = logs.since(first);
    QCOMPARE(since.value().size(), 4);
    QCOMPARE(since.value().first().message, u"message 1"_s);
    QCOMPARE(logs.newestId().value(), tail.value().first().id);
}

void TestStorage::logsAreRedacted()
{
    LogRepository logs(*m_db);
    QVERIFY(
        logs.append(u"error"_s, u"POST failed: Authorization: Bearer abcdef0123456789secret"_s));
    const QString row = logs.tail(1).value().first().message;
    QVERIFY2(!row.contains(u"abcdef0123456789secret"_s), qPrintable(row));
    QVERIFY(row.contains(u"POST failed"_s));
}

void TestStorage::logWatcherSeesRowsFromAnotherConnection()
{
    LogWatcher watcher(*m_db);
    watcher.start(100);
    QCOMPARE(watcher.usesNotifications(), m_db->isPostgres());
    QSignalSpy spy(&watcher, &LogWatcher::logsAdded);
    auto writer = m_tdb->open(u"writer"_s);
    QVERIFY(writer);
    QVERIFY(LogRepository(*writer).append(u"info"_s, u"from elsewhere"_s));
    QVERIFY(spy.wait(5000));
}

void TestStorage::idMapReplaceIsAllOrNothing()
{
    IdMapRepository idMap(*m_db);
    IdMapRow row;
    row.source = u"fribbs"_s;
    row.anilistId = 1;
    row.tvdbId = 100;
    row.tvdbSeason = 2;
    row.tvdbOffset = 12;
    row.extra = u"{\"k\":\"v\"}"_s;
    QList<IdMapRow> rows;
    for (int i = 1; i <= 120; ++i) {
        row.anilistId = i;
        rows << row;
    }
    qsizetype lastDone = 0;
    QVERIFY(idMap.replaceSource(
        u"fribbs"_s, rows, [&](qsizetype done, qsizetype) { lastDone = done; }));
    QCOMPARE(lastDone, qsizetype(120));
    QCOMPARE(idMap.count(u"fribbs"_s).value(), qint64(120));
    auto one = idMap.forAnilistId(7);
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().first().tvdbSeason, std::optional<int>(2));
    QCOMPARE(one.value().first().extra, u"{\"k\":\"v\"}"_s);
    QVERIFY(!one.value().first().tmdbId.has_value());
    QVERIFY(idMap.importedAt(u"fribbs"_s).value().isValid());
    QCOMPARE(idMap.byExternalId(u"tvdb_id"_s, 100).value().size(), 120);

    // A bad batch (a row of another source) rolls the whole replacement back.
    QList<IdMapRow> bad = rows.mid(0, 60);
    bad[55].source = u"otaku"_s;
    QVERIFY(!idMap.replaceSource(u"fribbs"_s, bad));
    QCOMPARE(idMap.count(u"fribbs"_s).value(), qint64(120));
}

void TestStorage::runsAndLedger()
{
    RunRepository runs(*m_db);
    auto id = runs.start(u"full"_s, false, false, u"host-a"_s, 4242);
    QVERIFY(id);
    auto running = runs.newestRunning();
    QVERIFY(running.value().has_value());
    QCOMPARE(running.value()->host, u"host-a"_s);

    SyncRun run = *runs.get(id.value()).value();
    run.status = RunStatus::Succeeded;
    run.found = 10;
    run.added = 8;
    run.notFound = 1;
    run.requests = u"{\"trakt\":3}"_s;
    QVERIFY(runs.finish(run));
    auto read = runs.get(id.value()).value();
    QCOMPARE(read->status, RunStatus::Succeeded);
    QCOMPARE(read->added, 8);
    QVERIFY(read->finishedAt.isValid());
    QVERIFY(!runs.newestRunning().value().has_value());

    LedgerRepository ledger(*m_db);
    LedgerEntry e;
    e.runId = id.value();
    e.anilistId = 20958;
    e.targetKind = u"episode"_s;
    e.traktId = 1420;
    e.season = 2;
    e.watchedAt = QDateTime::fromString(u"2026-03-01T10:00:00Z"_s, Qt::ISODate);
    e.outcome = LedgerOutcome::Pending;
    QList<LedgerEntry> entries;
    for (int ep = 1; ep <= 3; ++ep) {
        e.absEpisode = ep;
        e.episode = ep;
        entries << e;
    }
    QVERIFY(ledger.record(entries));
    QCOMPARE(ledger.withOutcome(LedgerOutcome::Pending).value().size(), 3);
    QVERIFY(ledger.setOutcome({ { 20958, 1 }, { 20958, 2 } }, LedgerOutcome::Added, id.value()));
    QVERIFY(ledger.setOutcome({ { 20958, 3 } }, LedgerOutcome::NotFound, id.value()));
    auto added = ledger.addedEpisodes({ 20958 });
    QCOMPARE(added.value().value(20958), (QSet<int> { 1, 2 }));
    QCOMPARE(ledger.count(LedgerOutcome::NotFound).value(), qint64(1));
    QCOMPARE(ledger.forRun(id.value()).value().size(), 3);
    QCOMPARE(ledger.withOutcome(LedgerOutcome::Added).value().first().watchedAt, e.watchedAt);
    QVERIFY(ledger.clearNeedsMapping(20958));
    QCOMPARE(ledger.count().value(), qint64(2));
}

void TestStorage::ledgerAddedRowsAreFinal()
{
    LedgerRepository ledger(*m_db);
    LedgerEntry e;
    e.anilistId = 1;
    e.absEpisode = 1;
    e.targetKind = u"episode"_s;
    e.outcome = LedgerOutcome::Added;
    e.season = 1;
    e.episode = 1;
    QVERIFY(ledger.record({ e }));
    e.outcome = LedgerOutcome::Pending;
    e.season = 9;
    QVERIFY(ledger.record({ e }));
    QVERIFY(ledger.setOutcome({ { 1, 1 } }, LedgerOutcome::NotFound, 0));
    auto rows = ledger.withOutcome(LedgerOutcome::Added);
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().season, std::optional<int>(1));
}

void TestStorage::literalValuesRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << u"it's \"quoted\""_s;
    QTest::newRow("sql") << u"'; DROP TABLE mappings; --"_s;
    QTest::newRow("unicode") << u"進撃の巨人 Season 2 — 🎬"_s;
    QTest::newRow("backslash") << u"C:\\path\\%_like"_s;
    QTest::newRow("question mark") << u"what? ?1 $1"_s;
}

void TestStorage::literalValuesRoundTrip()
{
    QFETCH(QString, text);
    QVERIFY(ConfigRepository(*m_db).set(text, text));
    QCOMPARE(ConfigRepository(*m_db).value(text), text);
    Mapping m;
    m.anilistId = 77;
    m.traktId = 1;
    m.imdbId = text;
    QVERIFY(MappingRepository(*m_db).saveManual(m));
    QCOMPARE(MappingRepository(*m_db).get(77).value()->imdbId, text);
    QVERIFY(m_db->tables().contains(u"mappings"_s));
}

void TestStorage::transactionRollsBackOnFailure()
{
    ConfigRepository config(*m_db);
    auto result = m_db->transaction([&]() -> Result<void> {
        if (auto set = config.set(u"inside"_s, u"1"_s); !set)
            return set;
        return m_db->transaction([&]() -> Result<void> {
            return makeError(ErrorCode::InvalidInput, u"nested failure"_s);
        });
    });
    QVERIFY(!result);
    QVERIFY(!config.get(u"inside"_s).value().has_value());
    QVERIFY(!m_db->inTransaction());
}

void TestStorage::secondConnectionSeesCommittedData()
{
    auto other = m_tdb->open(u"other"_s);
    QVERIFY(other);
    QVERIFY(ProgressRepository(*m_db).advance(9, 4));
    QCOMPARE(ProgressRepository(*other).lastAbs(9).value(), 4);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
