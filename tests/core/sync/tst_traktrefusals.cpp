// Issue 14, §4: Trakt's refusals as the user sees them, end to end (SyncSession against the fake
// Trakt, SQLite and PostgreSQL). A run that meets a revoked app (403), a login Trakt will not
// renew (401 + invalid_grant), a locked account (423), a VIP-only answer (426) or a second account
// limit (420) stops there with its own error and sentence, posts nothing more, says so in the
// logs table, and the next run after the cause is gone posts the rest exactly once. A refresh
// Trakt refused is never sent again.
#include "core/net/trakterrors.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/runrepository.h"
#include "tests/support/returninguser.h"
#include "tests/support/syncfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;
namespace RU = Test::ReturningUser;

namespace {
enum class Cause { AppRevoked, RefreshRefused, Locked, VipOnly, LimitTwice };
} // namespace

class TestTraktRefusals final : public QObject
{
    Q_OBJECT

private:
    static int posts(const FakeTrakt &trakt)
    {
        return trakt.requestCount(u"POST"_s, u"/sync/history"_s);
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    void refusalEndsTheRun_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("postsAfter"); // POSTs the fake answers after the first batch
        QTest::addColumn<int>("secondRunPosts"); // POSTs of a second run while the cause lasts
        QTest::newRow("403 app revoked") << int(Cause::AppRevoked) << int(ErrorCode::AppRevoked)
                                         << u"Log in to Trakt again"_s << 1 << 0;
        QTest::newRow("401 invalid_grant")
            << int(Cause::RefreshRefused) << int(ErrorCode::RefreshRefused)
            << u"Log in to Trakt again"_s << 1 << 0;
        QTest::newRow("423 locked") << int(Cause::Locked) << int(ErrorCode::AccountLocked)
                                    << u"contact Trakt support"_s << 1 << 0;
        QTest::newRow("426 VIP") << int(Cause::VipOnly) << int(ErrorCode::VipOnly) << u"VIP"_s << 1
                                 << 1;
        QTest::newRow("420 twice") << int(Cause::LimitTwice) << int(ErrorCode::AccountLimit)
                                   << u"limit of 141 items"_s << 2 << 2;
    }

    void refusalEndsTheRun()
    {
        QFETCH(int, cause);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        QFETCH(int, postsAfter);
        QFETCH(int, secondRunPosts);
        SyncFixture f;
        QVERIFY(f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken)));
        QVERIFY(RU::mapTitles(*f.db));
        // The access token expires long after the run: only Trakt's answers change its course.
        f.secrets.values.insert(QString::fromLatin1(SecretKey::TraktTokenExpiry),
            QDateTime::currentDateTimeUtc().addDays(6).toString(Qt::ISODate));
        FakeTrakt &trakt = f.fakes.trakt();
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options(5));
        QVERIFY(plan);
        QCOMPARE(int(plan.value().plays.size()), RU::NewPlays); // three batches of 5, 5, 4

        // Trakt changes its mind once the first batch is in.
        bool armed = false;
        const int before = int(trakt.history().size());
        connect(&trakt, &FakeServer::requestHandled, this,
            [&](qint64, const QString &method, const QString &path, int status) {
                if (armed || method != u"POST"_s || path != u"/sync/history"_s || status != 201)
                    return;
                armed = true;
                switch (Cause(cause)) {
                case Cause::AppRevoked:
                    trakt.revokeApp();
                    break;
                case Cause::RefreshRefused:
                    trakt.revokeApp(); // refresh tokens dead ...
                    trakt.expireAccessTokens(); // ... and the access token answers 401
                    break;
                case Cause::Locked:
                    trakt.setAccountLocked(true);
                    break;
                case Cause::VipOnly:
                    trakt.addFault(
                        u"POST"_s, u"^/sync/history$"_s, FakeFault::httpStatus(426, {}), -1);
                    break;
                case Cause::LimitTwice:
                    trakt.setHistoryLimit(int(trakt.history().size()));
                    break;
                }
            });
        const int refreshes = trakt.refreshAttempts();
        auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(report);
        QVERIFY(armed);
        QCOMPARE(runStatusKey(report.value().status), runStatusKey(RunStatus::Refused));
        QCOMPARE(errorCodeName(report.value().errorCode), errorCodeName(ErrorCode(code)));
        QVERIFY2(report.value().error.contains(sentence), qPrintable(report.value().error));
        // Nothing more was sent: the first batch only, and one POST (two for a 420's retry).
        QCOMPARE(posts(trakt), 1 + postsAfter);
        QCOMPARE(int(trakt.history().size()) - before, 5);
        if (Cause(cause) == Cause::RefreshRefused)
            QCOMPARE(trakt.refreshAttempts() - refreshes, 1);

        // Said in the logs table (the Logs tab, `tsuzuki-cli logs`) and on the run's row.
        auto logs = LogRepository(*f.db).tail(10);
        QVERIFY(logs);
        bool logged = false;
        for (const LogEntry &l : logs.value())
            logged = logged || (l.level == u"error"_s && l.message.contains(sentence));
        QVERIFY(logged);
        auto runs = RunRepository(*f.db).recent(1);
        QVERIFY(runs && !runs.value().isEmpty());
        QCOMPARE(runs.value().first().status, RunStatus::Refused);
        QCOMPARE(runs.value().first().errorCode, errorCodeName(ErrorCode(code)));

        // A second run while the cause lasts: stops at once, sends nothing, never refreshes
        // again.
        const int postsBefore = posts(trakt);
        auto again = SyncFixture::preview(*session, SyncMode::Watching, f.options(5));
        if (again) {
            auto second = SyncFixture::run(*session, again.value(), again.value().itemIds());
            QVERIFY(second);
            QCOMPARE(second.value().status, RunStatus::Refused);
        } else {
            QVERIFY(TraktErrors::isRefusal(again.error().code));
        }
        QCOMPARE(posts(trakt) - postsBefore, secondRunPosts);
        QCOMPARE(int(trakt.history().size()) - before, 5);
        if (Cause(cause) == Cause::RefreshRefused)
            QCOMPARE(trakt.refreshAttempts() - refreshes, 1);

        // The user acts (logs in again, Trakt unlocks, makes room): the rest, exactly once.
        trakt.clearFaults();
        trakt.setAccountLocked(false);
        trakt.setHistoryLimit(0);
        const auto fresh = trakt.issueToken();
        f.secrets.values.insert(QString::fromLatin1(SecretKey::TraktAccessToken), fresh.first);
        f.secrets.values.insert(QString::fromLatin1(SecretKey::TraktRefreshToken), fresh.second);
        auto relogged = f.session();
        auto rest = SyncFixture::preview(*relogged, SyncMode::Watching, f.options(5));
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().toString()));
        QCOMPARE(int(rest.value().plays.size()), RU::NewPlays - 5);
        auto done = SyncFixture::run(*relogged, rest.value(), rest.value().itemIds());
        QVERIFY(done);
        QCOMPARE(done.value().status, RunStatus::Succeeded);
        QCOMPARE(int(trakt.history().size()), RU::PlaysOnTrakt + RU::NewPlays);
        QVERIFY(trakt.duplicatePlays().isEmpty());
    }

    /// A single 420 is retried once (a passing limit), and the run goes on.
    void oneAccountLimitIsRetried()
    {
        SyncFixture f;
        QVERIFY(f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken)));
        QVERIFY(RU::mapTitles(*f.db));
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::httpStatus(420, {}));
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(plan);
        auto report = SyncFixture::run(*session, plan.value(), plan.value().itemIds());
        QVERIFY(report);
        QCOMPARE(report.value().status, RunStatus::Succeeded);
        QCOMPARE(posts(f.fakes.trakt()), 2);
        QCOMPARE(report.value().counters.added, RU::NewPlays);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    }

    /// A refusal while reading what Trakt has (the preview): its own error, nothing posted.
    void refusedBeforeAnythingIsPosted()
    {
        SyncFixture f;
        QVERIFY(f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken)));
        QVERIFY(RU::mapTitles(*f.db));
        f.fakes.trakt().setAccountLocked(true);
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Watching, f.options());
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::AccountLocked);
        QVERIFY(plan.error().userMessage.contains(u"Nothing more will be sent"_s));
        QCOMPARE(posts(f.fakes.trakt()), 0);
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestTraktRefusals)
#include "tst_traktrefusals.moc"
