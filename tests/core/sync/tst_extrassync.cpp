// Issue 16 end to end (SyncSession and RunUndo against the fake Trakt and AniList, SQLite and
// PostgreSQL): rewatches, ratings, the watchlist and dropped shows are posted once and never
// again across reruns; "watch only once" is honoured (also when it changes between preview and
// run); a full watchlist gets nothing half-sent; a rewatch batch whose answer is lost is settled
// from history, not sent twice; only what we put on the watchlist is taken off; an undo puts
// Trakt back as it was (a replaced rating comes back, a rating the user had stays).
#include "core/app/runreport.h"
#include "core/app/runundo.h"
#include "core/store/extrasrepository.h"
#include "core/store/ledgerrepository.h"
#include "tests/support/extrasuser.h"
#include "tests/support/returninguser.h"
#include "tests/support/syncfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;
namespace RU = Test::ReturningUser;
using namespace Test::ExtrasUser;
using Kind = FakeTrakt::RatingKind;

namespace {

/// "<show or -movie>/<season>/<episode>".
QString at(qint64 title, int season, int episode)
{
    return u"%1/%2/%3"_s.arg(title).arg(season).arg(episode);
}

/// How often Trakt's history has each title, season and episode (at()).
QHash<QString, int> playCounts(const FakeTrakt &trakt)
{
    QHash<QString, int> counts;
    for (const FakeTraktPlay &p : trakt.history())
        ++counts[at(p.isMovie ? -p.movieTrakt : p.showTrakt, p.season, p.number)];
    return counts;
}

} // namespace

class TestExtrasSync final : public QObject
{
    Q_OBJECT

private:
    static bool setUp(SyncFixture &f)
    {
        return f.setUpScenario(scenario(), QString::fromLatin1(AniListToken)) && mapTitles(*f.db);
    }

    static SyncOptions withAll(const SyncFixture &f)
    {
        SyncOptions o = f.options();
        o.extras
            = SyncExtra::Rewatches | SyncExtra::Ratings | SyncExtra::Watchlist | SyncExtra::Dropped;
        return o;
    }

    static std::optional<SyncReport> sync(SyncFixture &, SyncSession &session, SyncOptions o)
    {
        auto plan = SyncFixture::preview(session, SyncMode::Full, o);
        if (!plan) {
            qWarning() << plan.error().toString();
            return std::nullopt;
        }
        auto report = SyncFixture::run(session, plan.value(), plan.value().itemIds());
        if (!report) {
            qWarning() << report.error().toString();
            return std::nullopt;
        }
        return report.value();
    }

    /// The state every test starts from after one full run with every extra.
    static void checkFirstRun(SyncFixture &f)
    {
        const FakeTrakt &trakt = f.fakes.trakt();
        QCOMPARE(int(trakt.history().size()), FirstPlays + Rewatches);
        const auto counts = playCounts(trakt);
        for (int e = 1; e <= 25; ++e)
            QCOMPARE(counts.value(at(AoTTrakt, 1, e)), 2);
        QCOMPARE(counts.value(at(-YourNameTrakt, 0, 0)), 2);
        QCOMPARE(counts.value(at(BleachTrakt, 1, 3)), 1);
        QCOMPARE(counts.value(at(MhaTrakt, 4, 2)), 1);
        // POINT_100: AoT 85 → 9 (new), Your Name 100 → 10, MHA S4 80 → 8 (replaced 6); Bleach is
        // unrated on AniList: the user's 5 on Trakt stays.
        QCOMPARE(trakt.rating(Kind::Show, AoTTrakt), 9);
        QCOMPARE(trakt.rating(Kind::Movie, YourNameTrakt), 10);
        QCOMPARE(trakt.rating(Kind::Season, MhaTrakt, 4), 8);
        QCOMPARE(trakt.rating(Kind::Show, BleachTrakt), 5);
        QVERIFY(trakt.onWatchlist(false, FrierenTrakt));
        QVERIFY(trakt.onWatchlist(false, SlayerTrakt));
        QVERIFY(trakt.isDropped(GhoulTrakt));
    }

    static Result<UndoReport> undo(SyncFixture &f, qint64 runId)
    {
        RunUndo undo(*f.db, f.bundle.get());
        UndoOptions o;
        o.postSpacingMs = 10;
        o.retryDelayMs = 20;
        std::optional<Result<UndoReport>> out;
        undo.undo(runId, o, [&](const Result<UndoReport> &r) { out.emplace(r); });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 60000))
            return makeError(ErrorCode::Timeout, u"undo did not finish"_s);
        return *out;
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    void offByDefault()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        auto report = sync(f, *session, f.options());
        QVERIFY(report);
        QCOMPARE(report->status, RunStatus::Succeeded);
        QCOMPARE(int(f.fakes.trakt().history().size()), FirstPlays);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/ratings"_s), 0);
        QCOMPARE(f.fakes.trakt().requestCount(u"GET"_s, u"/sync/ratings/shows"_s), 0);
        QCOMPARE(f.fakes.trakt().watchlistCount(), 0);
        QVERIFY(!f.fakes.trakt().isDropped(GhoulTrakt));
    }

    void eachExtraOnceAcrossReruns()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, withAll(f));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->counters.rewatches, Rewatches);
        QCOMPARE(int(plan->plays.size()), FirstPlays + Rewatches);
        QCOMPARE(plan->counters.ratings, 3);
        QCOMPARE(plan->counters.watchlistAdded, 2);
        QCOMPARE(plan->counters.dropped, 1);
        int spread = 0;
        for (const PlannedPlay &p : plan->plays)
            spread += p.dateSource == u"spread"_s ? 1 : 0;
        QCOMPARE(spread, 23); // AoT 3-25: AniList keeps only the count
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0); // a preview

        auto report = SyncFixture::run(*session, plan.value(), plan->itemIds());
        QVERIFY(report);
        QVERIFY2(report->status == RunStatus::Succeeded,
            qPrintable(QString::fromUtf8(QJsonDocument(report->toJson()).toJson())));
        QCOMPARE(report->counters.rewatches, Rewatches);
        QCOMPARE(report->counters.ratings, 3);
        QCOMPARE(report->counters.watchlistAdded, 2);
        QCOMPARE(report->counters.dropped, 1);
        QCOMPARE(report->counters.extrasFailed, 0);
        checkFirstRun(f);
        // The ledgers: rewatches under their own keys, the extras with what they replaced.
        auto rows = LedgerRepository(*f.db).forRun(report->runId);
        QVERIFY(rows);
        int rewatchRows = 0;
        for (const LedgerEntry &e : rows.value())
            rewatchRows += e.absEpisode > 100000 && e.outcome == LedgerOutcome::Added ? 1 : 0;
        QCOMPARE(rewatchRows, Rewatches);
        auto extras = ExtrasRepository(*f.db).forRun(report->runId);
        QVERIFY(extras);
        QCOMPARE(extras->size(), 6);
        for (const ExtraEntry &e : extras.value()) {
            QCOMPARE(e.outcome, ExtraOutcome::Done);
            if (e.anilistId == Mha4)
                QCOMPARE(e.previousRating, 6);
        }

        // The run's report (Runs view, `runs --export`) names the rewatches and the extras.
        auto exported = RunReport::load(*f.db, report->runId);
        QVERIFY(exported);
        int rewatchItems = 0;
        for (const RunReportItem &i : exported->items)
            rewatchItems += i.rewatch == 1 && i.section == u"posted"_s ? 1 : 0;
        QCOMPARE(rewatchItems, Rewatches);
        QCOMPARE(exported->extras.size(), 6);
        QCOMPARE(exported->toJson().value(u"extras"_s).toArray().size(), 6);
        const QByteArray csv = exported->toCsv();
        QVERIFY(csv.contains(",extra,rate,104276,"));
        QVERIFY(csv.contains(",done,,8,6\r\n"));

        // Twice more, with new sessions: nothing is sent again.
        const int posts = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
        for (int round = 0; round < 2; ++round) {
            auto again = f.session();
            auto next = SyncFixture::preview(*again, SyncMode::Full, withAll(f));
            QVERIFY(next);
            QVERIFY2(next->plays.isEmpty(), qPrintable(next->itemIds().join(u", "_s)));
            QVERIFY(next->extras.isEmpty());
            auto rerun = SyncFixture::run(*again, next.value(), next->itemIds());
            QVERIFY(rerun);
        }
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), posts);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/ratings"_s), 1);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/watchlist"_s), 1);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/users/hidden/dropped"_s), 1);
        checkFirstRun(f);

        // The library modes see the same ledger: still nothing.
        for (SyncMode mode : { SyncMode::Completed, SyncMode::Watching }) {
            auto again = f.session();
            auto next = SyncFixture::preview(*again, mode, withAll(f));
            QVERIFY(next);
            QVERIFY2(next->plays.isEmpty() && next->extras.isEmpty(),
                qPrintable(next->itemIds().join(u", "_s)));
        }
    }

    void undoPutsTraktBack()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        const QList<RU::Play> before = RU::historyOf(f.fakes.trakt());
        auto report = sync(f, *session, withAll(f));
        QVERIFY(report);
        checkFirstRun(f);

        auto plan = RunUndo::plan(*f.db, report->runId);
        QVERIFY(plan);
        QVERIFY(plan->canUndo());
        QCOMPARE(int(plan->remove.size()), FirstPlays + Rewatches);
        QCOMPARE(int(plan->revert.size()), 6);

        auto undone = undo(f, report->runId);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
        QCOMPARE(undone->status, RunStatus::Succeeded);
        QCOMPARE(undone->removed, FirstPlays + Rewatches);
        QCOMPARE(undone->reverted, 6);
        const FakeTrakt &trakt = f.fakes.trakt();
        QCOMPARE(RU::historyOf(trakt), before);
        QCOMPARE(trakt.rating(Kind::Show, AoTTrakt), 0); // ours: removed
        QCOMPARE(trakt.rating(Kind::Movie, YourNameTrakt), 0);
        QCOMPARE(trakt.rating(Kind::Season, MhaTrakt, 4), 6); // replaced: back to 6
        QCOMPARE(trakt.rating(Kind::Show, BleachTrakt), 5); // the user's: never touched
        QCOMPARE(trakt.watchlistCount(), 0);
        QVERIFY(!trakt.isDropped(GhoulTrakt));
        auto rows = ExtrasRepository(*f.db).forRun(report->runId);
        for (const ExtraEntry &e : rows.value())
            QCOMPARE(e.outcome, ExtraOutcome::Undone);
        // Nothing left to undo; the next preview offers the ratings and lists again.
        QVERIFY(!RunUndo::plan(*f.db, report->runId)->canUndo());
        auto again = SyncFixture::preview(*f.session(), SyncMode::Full, withAll(f));
        QVERIFY(again);
        QCOMPARE(again->extras.size(), 6);
    }

    void watchOnlyOnceHonoured()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        f.fakes.trakt().setWatchOnlyOnce(true);
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, withAll(f));
        QVERIFY(plan);
        QCOMPARE(int(plan->plays.size()), FirstPlays);
        int held = 0;
        for (const SkippedItem &s : plan->skipped)
            held += s.kind == SkipKind::WatchOnlyOnce ? 1 : 0;
        QCOMPARE(held, Rewatches);
        auto report = SyncFixture::run(*session, plan.value(), plan->itemIds());
        QVERIFY(report);
        QCOMPARE(int(f.fakes.trakt().history().size()), FirstPlays);
        for (int count : playCounts(f.fakes.trakt()))
            QCOMPARE(count, 1);
    }

    void watchOnlyOnceTurnedOnAfterThePreview()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, withAll(f));
        QVERIFY(plan);
        QCOMPARE(plan->counters.rewatches, Rewatches);
        f.fakes.trakt().setWatchOnlyOnce(true); // on trakt.tv, while the preview was open
        auto report = SyncFixture::run(*session, plan.value(), plan->itemIds());
        QVERIFY(report);
        QCOMPARE(report->counters.rewatches, 0);
        QCOMPARE(int(f.fakes.trakt().history().size()), FirstPlays);
        // The other extras went out as previewed.
        QCOMPARE(f.fakes.trakt().rating(Kind::Show, AoTTrakt), 9);
    }

    void fullWatchlistNothingHalfSent()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        // Room for one: the preview says which one does not fit, and only one is sent.
        f.fakes.trakt().setWatchlistLimit(1);
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, withAll(f));
        QVERIFY(plan);
        QCOMPARE(plan->counters.watchlistAdded, 1);
        QList<SkippedItem> full;
        for (const SkippedItem &s : plan->skipped) {
            if (s.kind == SkipKind::WatchlistFull)
                full << s;
        }
        QCOMPARE(full.size(), 1);
        QVERIFY(full.first().reason.contains(u"at most 1"_s));
        auto report = SyncFixture::run(*session, plan.value(), plan->itemIds());
        QVERIFY(report);
        QCOMPARE(report->status, RunStatus::Succeeded);
        QCOMPARE(f.fakes.trakt().watchlistCount(), 1);
    }

    void watchlistFullAfterThePreview()
    {
        // The limit shrinks between a preview and its run: Trakt answers 420 and adds nothing;
        // the run says so, everything else is sent.
        SyncFixture g;
        QVERIFY(setUp(g));
        auto other = g.session();
        auto plan2 = SyncFixture::preview(*other, SyncMode::Full, withAll(g));
        QVERIFY(plan2);
        QCOMPARE(plan2->counters.watchlistAdded, 2);
        g.fakes.trakt().setWatchlistLimit(1);
        auto report2 = SyncFixture::run(*other, plan2.value(), plan2->itemIds());
        QVERIFY(report2);
        QCOMPARE(report2->status, RunStatus::Partial);
        QCOMPARE(report2->counters.watchlistAdded, 0);
        QCOMPARE(report2->counters.extrasFailed, 2);
        QVERIFY(report2->error.contains(u"watchlist is full"_s));
        QCOMPARE(g.fakes.trakt().watchlistCount(), 0);
        QCOMPARE(g.fakes.trakt().requestCount(u"POST"_s, u"/sync/watchlist"_s), 1);
        QCOMPARE(int(g.fakes.trakt().history().size()), FirstPlays + Rewatches);
        QVERIFY(g.fakes.trakt().isDropped(GhoulTrakt));
        // Room again: the next run sends the two, once.
        g.fakes.trakt().setWatchlistLimit(100);
        auto report3 = sync(g, *g.session(), withAll(g));
        QVERIFY(report3);
        QCOMPARE(report3->counters.watchlistAdded, 2);
        QCOMPARE(g.fakes.trakt().watchlistCount(), 2);
        QCOMPARE(int(g.fakes.trakt().history().size()), FirstPlays + Rewatches);
    }

    void lostAnswersAreNotSentTwice()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        // Every history POST is applied and its answer lost; the ratings POST too.
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::dropAfterApply(), 3);
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/ratings$"_s, FakeFault::dropAfterApply(), 1);
        SyncOptions o = withAll(f);
        o.batchSize = 20; // first plays and rewatches in several batches, each answer lost
        auto report = sync(f, *f.session(), o);
        QVERIFY(report);
        // The plays were settled from Trakt's history: none sent twice, none lost.
        auto counts = playCounts(f.fakes.trakt());
        QCOMPARE(int(f.fakes.trakt().history().size()), FirstPlays + Rewatches);
        for (int e = 1; e <= 25; ++e)
            QCOMPARE(counts.value(at(AoTTrakt, 1, e)), 2);
        // The ratings write lost its answer too: Trakt's ratings, read back, show it was made,
        // so it is recorded as done (and an undo takes it back); it is not sent again.
        QCOMPARE(report->counters.extrasFailed, 0);
        QCOMPARE(report->counters.ratings, 3);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/ratings"_s), 1);
        auto next = SyncFixture::preview(*f.session(), SyncMode::Full, o);
        QVERIFY(next);
        QVERIFY(next->plays.isEmpty());
        QVERIFY(next->extras.isEmpty());
        checkFirstRun(f);
        auto undone = undo(f, report->runId);
        QVERIFY(undone);
        QCOMPARE(undone->status, RunStatus::Succeeded);
        QCOMPARE(undone->reverted, 6);
        QCOMPARE(f.fakes.trakt().rating(Kind::Season, MhaTrakt, 4), 6);
        QCOMPARE(f.fakes.trakt().rating(Kind::Show, AoTTrakt), 0);
        QVERIFY(f.fakes.trakt().history().isEmpty());
    }

    void lostAnswerOfAWriteTraktDidNotApply()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        // The watchlist POST is dropped before Trakt applies it: read back, it was not made.
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/watchlist$"_s, FakeFault::drop(false), 1);
        auto report = sync(f, *f.session(), withAll(f));
        QVERIFY(report);
        QCOMPARE(report->status, RunStatus::Partial);
        QCOMPARE(report->counters.watchlistAdded, 0);
        QCOMPARE(report->counters.extrasFailed, 2);
        QCOMPARE(f.fakes.trakt().watchlistCount(), 0);
        // The next run sends them, once.
        auto again = sync(f, *f.session(), withAll(f));
        QVERIFY(again);
        QCOMPARE(again->counters.watchlistAdded, 2);
        QCOMPARE(f.fakes.trakt().watchlistCount(), 2);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/watchlist"_s), 2);
    }

    void cancelSendsNothingMore()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        // The first history batch is slow; the user cancels while it is in flight.
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::slow(400), 1);
        SyncOptions o = withAll(f);
        o.batchSize = 10;
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, o);
        QVERIFY(plan);
        std::optional<Result<SyncReport>> out;
        session->run(plan.value(), plan->itemIds(), [&](const Result<SyncReport> &r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(
            f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) >= 1, 30000);
        session->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000);
        QVERIFY(out->ok());
        QCOMPARE(out->value().status, RunStatus::Partial);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 1);
        QCOMPARE(int(f.fakes.trakt().history().size()), 10); // the batch in flight, once
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/ratings"_s), 0);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/watchlist"_s), 0);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/users/hidden/dropped"_s), 0);
        // The next run sends the rest, once.
        auto again = sync(f, *f.session(), withAll(f));
        QVERIFY(again);
        checkFirstRun(f);
    }

    void watchlistTakenOffOnlyIfOurs()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        f.fakes.trakt().addWatchlist(false, BleachTrakt); // the user's own, Bleach is CURRENT
        auto report = sync(f, *f.session(), withAll(f));
        QVERIFY(report);
        QVERIFY(f.fakes.trakt().onWatchlist(false, FrierenTrakt));
        // The user starts Frieren.
        FakeAniListEntry started;
        started.userId = 9;
        started.mediaId = int(Frieren);
        started.status = u"CURRENT"_s;
        started.progress = 1;
        started.updatedAt = 1700001000;
        f.fakes.anilist().addEntry(started);
        auto plan = SyncFixture::preview(*f.session(), SyncMode::Full, withAll(f));
        QVERIFY(plan);
        QStringList extras;
        for (const PlannedExtra &x : plan->extras)
            extras << x.itemId;
        QCOMPARE(extras, QStringList { u"watchlist-remove:%1"_s.arg(Frieren) });
        auto session = f.session();
        auto plan2 = SyncFixture::preview(*session, SyncMode::Full, withAll(f));
        auto run = SyncFixture::run(*session, plan2.value(), plan2->itemIds());
        QVERIFY(run);
        QCOMPARE(run->counters.watchlistRemoved, 1);
        QVERIFY(!f.fakes.trakt().onWatchlist(false, FrierenTrakt));
        QVERIFY(f.fakes.trakt().onWatchlist(false, BleachTrakt));
        QVERIFY(f.fakes.trakt().onWatchlist(false, SlayerTrakt));
        // Undo of that run puts it back on the watchlist.
        auto undone = undo(f, run->runId);
        QVERIFY(undone);
        QCOMPARE(undone->reverted, 1);
        QVERIFY(f.fakes.trakt().onWatchlist(false, FrierenTrakt));
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestExtrasSync)
#include "tst_extrassync.moc"
