// core/app: each user action is one transaction with its activity-log line, on both backends;
// the status snapshot reads what the dashboard and `tsuzuki-cli status` show.
#include "core/app/accounts.h"
#include "core/app/appactions.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/progressrepository.h"
#include "tests/support/testdatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestAppActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void saveManualMappingRetriesWaitingPlays();
    void saveManualMappingWithoutTraktIdChangesNothing();
    void forceResyncForgetsProgressAndLedger();
    void reprocessWindowResetsTimestamp();
    void setOverrideValidatesFirst();
    void statusSnapshotReadsEverything();
    void aniListExpiryWarningIsOneRule_data();
    void aniListExpiryWarningIsOneRule();

private:
    LedgerEntry entry(qint64 anilistId, int abs, LedgerOutcome outcome) const;
    qint64 logRows() const { return m_db->rowCount(u"logs"_s); }

    std::unique_ptr<Test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
};

void TestAppActions::init()
{
    m_tdb = std::make_unique<Test::TestDatabase>();
    TSUZUKI_VERIFY_DB(*m_tdb);
    m_db = m_tdb->open(u"main"_s);
    QVERIFY(m_db);
}

void TestAppActions::cleanup()
{
    m_db.reset();
    m_tdb.reset();
}

LedgerEntry TestAppActions::entry(qint64 anilistId, int abs, LedgerOutcome outcome) const
{
    LedgerEntry e;
    e.anilistId = anilistId;
    e.absEpisode = abs;
    e.targetKind = u"episode"_s;
    e.traktId = 900;
    e.targetIds = u"{\"trakt\":900}"_s;
    e.season = 1;
    e.episode = abs;
    e.watchedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    e.outcome = outcome;
    e.title = u"Show %1"_s.arg(anilistId);
    return e;
}

void TestAppActions::saveManualMappingRetriesWaitingPlays()
{
    LedgerRepository ledger(*m_db);
    QVERIFY(
        ledger.record({ entry(21, 1, LedgerOutcome::Added), entry(21, 2, LedgerOutcome::NotFound),
            entry(21, 3, LedgerOutcome::Unmapped), entry(22, 1, LedgerOutcome::NotFound) }));
    const qint64 logsBefore = logRows();

    Mapping m;
    m.anilistId = 21;
    m.traktId = 4242;
    m.tmdbId = 37854;
    QVERIFY(AppActions(*m_db).saveManualMapping(m));

    auto saved = MappingRepository(*m_db).get(21);
    QVERIFY(saved && saved.value());
    QVERIFY(saved.value()->isManual);
    QCOMPARE(*saved.value()->traktId, 4242);
    // The plays that waited for a mapping go back to the next run; the added one stays; the other
    // show's are untouched.
    auto rows = ledger.forAnilistIds({ 21, 22 });
    QVERIFY(rows);
    QCOMPARE(rows->value(21).size(), 1);
    QCOMPARE(rows->value(21).first().outcome, LedgerOutcome::Added);
    QCOMPARE(rows->value(22).size(), 1);
    QCOMPARE(logRows(), logsBefore + 1);
}

void TestAppActions::saveManualMappingWithoutTraktIdChangesNothing()
{
    LedgerRepository ledger(*m_db);
    QVERIFY(ledger.record({ entry(31, 2, LedgerOutcome::NotFound) }));
    const qint64 logsBefore = logRows();
    Mapping m;
    m.anilistId = 31; // no Trakt id: the repository refuses a manual row without one
    const auto result = AppActions(*m_db).saveManualMapping(m);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().userMessage.isEmpty());
    // One transaction: nothing half-done, no log line.
    QCOMPARE(ledger.count(LedgerOutcome::NotFound).valueOr(-1), 1);
    QCOMPARE(logRows(), logsBefore);
    QVERIFY(!MappingRepository(*m_db).get(31).value().has_value());
}

void TestAppActions::forceResyncForgetsProgressAndLedger()
{
    QVERIFY(ProgressRepository(*m_db).advance(41, 12));
    QVERIFY(ProgressRepository(*m_db).advance(42, 3));
    QVERIFY(LedgerRepository(*m_db).record({ entry(41, 11, LedgerOutcome::Added),
        entry(41, 12, LedgerOutcome::Added), entry(42, 3, LedgerOutcome::Added) }));
    QVERIFY(AppActions(*m_db).forceResync(41));
    QCOMPARE(ProgressRepository(*m_db).lastAbs(41).valueOr(-1), 0);
    QCOMPARE(ProgressRepository(*m_db).lastAbs(42).valueOr(-1), 3);
    auto rows = LedgerRepository(*m_db).forAnilistIds({ 41, 42 });
    QVERIFY(rows);
    QVERIFY(rows->value(41).isEmpty());
    QCOMPARE(rows->value(42).size(), 1);
    auto tail = LogRepository(*m_db).tail(1);
    QVERIFY(tail && !tail->isEmpty());
    QVERIFY(tail->first().message.contains(u"41"_s));
}

void TestAppActions::reprocessWindowResetsTimestamp()
{
    ConfigRepository config(*m_db);
    QVERIFY(config.set(QString::fromLatin1(ConfigKey::LastSyncTimestamp), u"1767225600"_s));
    QVERIFY(AppActions(*m_db).reprocessWindow());
    QCOMPARE(config.value(QString::fromLatin1(ConfigKey::LastSyncTimestamp)), u"0"_s);
}

void TestAppActions::setOverrideValidatesFirst()
{
    const qint64 logsBefore = logRows();
    QVERIFY(!AppActions(*m_db).setOverride({ 77, 0, 1, 1 }).ok()); // abs 0 is not an episode
    QCOMPARE(logRows(), logsBefore);
    QVERIFY(AppActions(*m_db).setOverride({ 77, 13, 2, 1 }));
    auto row = OverrideRepository(*m_db).get(77, 13);
    QVERIFY(row && row.value());
    QCOMPARE(row.value()->season, 2);
    QVERIFY(AppActions(*m_db).removeOverride(77, 13));
    QVERIFY(!OverrideRepository(*m_db).get(77, 13).value().has_value());
    QCOMPARE(logRows(), logsBefore + 2);
}

void TestAppActions::statusSnapshotReadsEverything()
{
    QVERIFY(ProgressRepository(*m_db).advance(51, 4));
    QVERIFY(LedgerRepository(*m_db).record({ entry(51, 4, LedgerOutcome::Added),
        entry(52, 1, LedgerOutcome::NotFound), entry(53, 1, LedgerOutcome::Unmapped) }));
    const QDateTime when(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(
        ConfigRepository(*m_db).setTimestamp(QString::fromLatin1(ConfigKey::SyncLastRun), when));

    auto snapshot = AppActions(*m_db).statusSnapshot(5);
    QVERIFY2(snapshot, qPrintable(snapshot.error().toString()));
    const StatusSnapshot &s = snapshot.value();
    QCOMPARE(s.postgres, m_db->isPostgres());
    QCOMPARE(s.schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(s.needsMapping, 2);
    QCOMPARE(s.recentProgress.size(), 1);
    QCOMPARE(s.titles.value(51), u"Show 51"_s);
    QCOMPARE(s.lastManualRun, when);
    QVERIFY(!s.lastAutomatedRun.isValid());
    QCOMPARE(s.sources.size(), MappingSources::all().size());
    bool sawLedger = false;
    for (const auto &[table, rows] : s.tableRows) {
        if (table == u"sync_ledger"_s) {
            QCOMPARE(rows, 3);
            sawLedger = true;
        }
    }
    QVERIFY(sawLedger);
    QVERIFY(!s.statusKeys.isEmpty());
}

void TestAppActions::aniListExpiryWarningIsOneRule_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<int>("state");
    const auto state = [](AccountStatus::State s) { return int(s); };
    QTest::newRow("a year") << 365 << state(AccountStatus::State::LoggedIn);
    QTest::newRow("31 days") << 31 << state(AccountStatus::State::LoggedIn);
    QTest::newRow("29 days") << 29 << state(AccountStatus::State::ExpiringSoon);
    QTest::newRow("1 day") << 1 << state(AccountStatus::State::ExpiringSoon);
    QTest::newRow("yesterday") << -1 << state(AccountStatus::State::Expired);
}

void TestAppActions::aniListExpiryWarningIsOneRule()
{
    QFETCH(int, daysLeft);
    QFETCH(int, state);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    // Not a JWT: the stored expiry decides.
    const AccountStatus status = Accounts::aniListStatus(
        u"tsuzuki-test-secret-anilist-opaque"_s, now.addDays(daysLeft), now);
    QCOMPARE(int(status.state), state);
    QVERIFY(!status.text().isEmpty());
    QCOMPARE(Accounts::aniListStatus({}, now.addDays(daysLeft), now).state,
        AccountStatus::State::NotLoggedIn);
}

QTEST_GUILESS_MAIN(TestAppActions)
#include "tst_appactions.moc"
