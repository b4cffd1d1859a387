// Issue 14, §5: "Undo this run" end to end (RunUndo against the fake Trakt, SQLite and
// PostgreSQL). Undo leaves Trakt's history exactly as it was before the run (ids, items, times),
// never removes a play that was there before (also one of the same episode in the same minute),
// rolls the ledger and sync_progress back, is itself a run, and survives faults; the run report
// exports as CSV and JSON.
#include "core/app/runreport.h"
#include "core/app/runundo.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/progressrepository.h"
#include "core/store/runrepository.h"
#include "tests/support/returninguser.h"
#include "tests/support/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;
namespace RU = Test::ReturningUser;

namespace {

UndoOptions fast()
{
    UndoOptions o;
    o.batchSize = 5;
    o.postSpacingMs = 10;
    o.retryDelayMs = 20;
    return o;
}

} // namespace

class TestRunUndo final : public QObject
{
    Q_OBJECT

private:
    struct Synced
    {
        qint64 runId = 0;
        QList<RU::Play> before; ///< Trakt's history before the run
    };

    static bool setUp(SyncFixture &f)
    {
        return f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken))
            && RU::mapTitles(*f.db);
    }

    /// One sync of `mode`; the history before it.
    static std::optional<Synced> sync(
        SyncFixture &f, SyncSession &session, SyncMode mode, SyncOptions options)
    {
        Synced s;
        s.before = RU::historyOf(f.fakes.trakt());
        auto plan = SyncFixture::preview(session, mode, options);
        if (!plan)
            return std::nullopt;
        auto report = SyncFixture::run(session, plan.value(), plan.value().itemIds());
        if (!report || report.value().status != RunStatus::Succeeded)
            return std::nullopt;
        s.runId = report.value().runId;
        return s;
    }

    static Result<UndoReport> undo(SyncFixture &f, qint64 runId, UndoOptions options = fast())
    {
        RunUndo undo(*f.db, f.bundle.get());
        std::optional<Result<UndoReport>> out;
        undo.undo(runId, options, [&](const Result<UndoReport> &r) { out.emplace(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return makeError(ErrorCode::Timeout, u"undo did not finish"_s);
        return *out;
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    void undoLeavesTraktAsItWas()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        const auto synced = sync(f, *session, SyncMode::Watching, f.options());
        QVERIFY(synced);
        QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt + RU::NewPlays);
        QCOMPARE(ProgressRepository(*f.db).lastAbs(RU::Mha4).value(), 14);
        // The run kept the history ids of its plays (few titles: read back after posting).
        auto rows = LedgerRepository(*f.db).forRun(synced->runId);
        QVERIFY(rows);
        int withIds = 0;
        for (const LedgerEntry &e : rows.value())
            withIds += e.outcome == LedgerOutcome::Added && e.traktHistoryId ? 1 : 0;
        QCOMPARE(withIds, RU::NewPlays);

        // The preview: what goes, what stays; it changes nothing.
        auto plan = RunUndo::plan(*f.db, synced->runId);
        QVERIFY(plan);
        QVERIFY(plan->canUndo());
        QCOMPARE(int(plan->remove.size()), RU::NewPlays);
        QCOMPARE(int(plan->keep.size()), 110); // MHA 1-10, Bleach 1-100: there before
        QCOMPARE(plan->toJson().value(u"remove"_s).toArray().size(), RU::NewPlays);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history/remove"_s), 0);

        auto report = undo(f, synced->runId);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->status, RunStatus::Succeeded);
        QCOMPARE(report->removed, RU::NewPlays);
        QCOMPARE(report->alreadyGone, 0);
        QCOMPARE(RU::historyOf(f.fakes.trakt()), synced->before);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history/remove"_s), 3);
        const auto removeBody
            = f.fakes.trakt().requests(u"POST"_s, u"/sync/history/remove"_s).first().jsonBody();
        QCOMPARE(removeBody.keys(), QStringList { u"ids"_s }); // by history id, never by item

        // Ledger and sync_progress rolled back; what was there before is still recorded.
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Added).value(), 0);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::AlreadyOnTrakt).value(),
            qint64(RU::PlaysOnTrakt - 26));
        QCOMPARE(ProgressRepository(*f.db).lastAbs(RU::Mha4).value(), 10);
        QCOMPARE(ProgressRepository(*f.db).lastAbs(RU::Bleach).value(), 100);
        // Itself a run; the undone run points at it; a log line says what happened.
        auto undoRun = RunRepository(*f.db).get(report->undoRunId);
        QVERIFY(undoRun && undoRun.value());
        QCOMPARE(undoRun.value()->mode, u"undo"_s);
        QCOMPARE(undoRun.value()->undoOf.value_or(0), synced->runId);
        QCOMPARE(undoRun.value()->removed, RU::NewPlays);
        QCOMPARE(undoRun.value()->status, RunStatus::Succeeded);
        auto original = RunRepository(*f.db).get(synced->runId);
        QCOMPARE(original.value()->undoneBy.value_or(0), report->undoRunId);
        auto logs = LogRepository(*f.db).tail(5);
        QVERIFY(logs.value().first().message.contains(u"Undo of run"_s));

        // Nothing left to undo, and an undo is not undone.
        auto twice = undo(f, synced->runId);
        QVERIFY(!twice);
        QVERIFY2(twice.error().userMessage.contains(u"undone already"_s),
            qPrintable(twice.error().userMessage));
        auto ofUndo = RunUndo::plan(*f.db, report->undoRunId);
        QVERIFY(!ofUndo->canUndo());

        // The plays are offered again by the next sync, and posted once.
        auto again = sync(f, *session, SyncMode::Watching, f.options());
        QVERIFY(again);
        QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt + RU::NewPlays);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    }

    /// --include-watched posted second plays; one of the first plays is in the very minute of
    /// ours. Undo removes ours only: the newest play of that episode and minute.
    void playsThatWereThereBeforeStay()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        // Logged on Trakt by hand, at the minute the completed sync will use (completion date,
        // 12:00 UTC).
        const qint64 noon = QDateTime(QDate(2023, 4, 6), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        f.fakes.trakt().addPlay(RU::AoTTrakt, 1, 1, noon);
        auto session = f.session();
        SyncOptions o = f.options();
        o.includeWatched = true;
        o.readBackTitles = 0; // the undo reads the ids itself
        const auto synced = sync(f, *session, SyncMode::Completed, o);
        QVERIFY(synced);
        QCOMPARE(f.fakes.trakt().playCount(RU::AoTTrakt, 1, 1), 3);
        auto rows = LedgerRepository(*f.db).forRun(synced->runId);
        for (const LedgerEntry &e : rows.value())
            QVERIFY(!e.traktHistoryId);

        const int reads = int(f.fakes.trakt().requests(u"GET"_s, u"^/sync/history/"_s).size());
        auto report = undo(f, synced->runId);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->status, RunStatus::Succeeded);
        QCOMPARE(report->removed, 26);
        QCOMPARE(RU::historyOf(f.fakes.trakt()), synced->before);
        QCOMPARE(f.fakes.trakt().playCount(RU::AoTTrakt, 1, 1), 2);
        // One history read per title (AoT, the movie).
        QCOMPARE(int(f.fakes.trakt().requests(u"GET"_s, u"^/sync/history/"_s).size()) - reads, 2);
    }

    /// A removal that fails or goes unanswered is sent again (removing an id twice is
    /// harmless); the result is Trakt as it was, all the same.
    void faultsDuringTheUndo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << 0;
        QTest::newRow("applied, then the connection was cut") << 1;
        QTest::newRow("applied, answer not Trakt's") << 2;
    }

    void faultsDuringTheUndo()
    {
        QFETCH(int, kind);
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        const auto synced = sync(f, *session, SyncMode::Watching, f.options());
        QVERIFY(synced);
        const FakeFault fault = kind == 0 ? FakeFault::serverError(500)
            : kind == 1                   ? FakeFault::cutHeaders(true)
                                          : [] {
                              FakeFault x = FakeFault::httpStatus(200, "[]");
                              x.applyWrite = true;
                              return x;
                          }();
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history/remove$"_s, fault);
        auto report = undo(f, synced->runId);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->status, RunStatus::Succeeded);
        QCOMPARE(report->removed + report->alreadyGone, RU::NewPlays);
        QCOMPARE(RU::historyOf(f.fakes.trakt()), synced->before);
        QCOMPARE(f.fakes.trakt().pendingFaults(), 0);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Added).value(), 0);
    }

    /// Trakt refuses (423) in the middle: the undo stops, says so, and rolls back exactly the
    /// plays that left Trakt; the rest stay recorded as ours, and a later undo finishes it.
    void refusedHalfway()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        const auto synced = sync(f, *session, SyncMode::Watching, f.options());
        QVERIFY(synced);
        bool locked = false;
        connect(&f.fakes.trakt(), &FakeServer::requestHandled, this,
            [&](qint64, const QString &method, const QString &path, int) {
                if (!locked && method == u"POST"_s && path == u"/sync/history/remove"_s) {
                    locked = true;
                    f.fakes.trakt().setAccountLocked(true);
                }
            });
        auto report = undo(f, synced->runId);
        QVERIFY(report);
        QCOMPARE(report->status, RunStatus::Refused);
        QCOMPARE(report->errorCode, ErrorCode::AccountLocked);
        QCOMPARE(report->removed, 5);
        QCOMPARE(report->left, RU::NewPlays - 5);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history/remove"_s), 2);
        QCOMPARE(
            LedgerRepository(*f.db).count(LedgerOutcome::Added).value(), qint64(RU::NewPlays - 5));
        QVERIFY(!RunRepository(*f.db).get(synced->runId).value()->undoneBy);

        f.fakes.trakt().setAccountLocked(false);
        auto rest = undo(f, synced->runId);
        QVERIFY(rest);
        QCOMPARE(rest->status, RunStatus::Succeeded);
        QCOMPARE(rest->removed, RU::NewPlays - 5);
        QCOMPARE(RU::historyOf(f.fakes.trakt()), synced->before);
    }

    void reportExports()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        const auto synced = sync(f, *session, SyncMode::Watching, f.options());
        QVERIFY(synced);
        auto csv = RunReport::exportAs(*f.db, synced->runId, u"csv"_s);
        QVERIFY(csv);
        const QList<QByteArray> lines = csv->trimmed().split('\n');
        QVERIFY(lines.first().startsWith("run_id,section,kind,anilist_id,title"));
        QCOMPARE(lines.size(), 1 + RU::NewPlays + 110);
        int posted = 0;
        int onTrakt = 0;
        for (const QByteArray &line : lines.mid(1)) {
            posted += line.contains(",posted,") ? 1 : 0;
            onTrakt += line.contains(",already_on_trakt,") ? 1 : 0;
        }
        QCOMPARE(posted, RU::NewPlays);
        QCOMPARE(onTrakt, 110);
        QVERIFY(csv->contains("My Hero Academia Season 4"));

        auto json = RunReport::exportAs(*f.db, synced->runId, u"json"_s);
        QVERIFY(json);
        const QJsonObject o = QJsonDocument::fromJson(json.value()).object();
        QCOMPARE(o.value(u"run"_s).toObject().value(u"id"_s).toInteger(), synced->runId);
        QCOMPARE(o.value(u"run"_s).toObject().value(u"added"_s).toInt(), RU::NewPlays);
        QCOMPARE(o.value(u"run"_s).toObject().value(u"alreadyOnTrakt"_s).toInt(), 110);
        const QJsonArray items = o.value(u"items"_s).toArray();
        QCOMPARE(items.size(), RU::NewPlays + 110);
        bool dated = false;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            if (item.value(u"section"_s) == u"posted"_s)
                QVERIFY(item.contains(u"historyId"_s));
            if (item.value(u"section"_s) == u"already_on_trakt"_s)
                dated
                    = dated || item.value(u"traktWatchedAt"_s).toString().startsWith(u"2022-11"_s);
        }
        QVERIFY(dated);
        QCOMPARE(RunReport::exportAs(*f.db, synced->runId, u"xml"_s).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(RunReport::exportAs(*f.db, 99999, u"csv"_s).error().code, ErrorCode::InvalidInput);
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestRunUndo)
#include "tst_runundo.moc"
