// Issue 8: crash consistency, faults in sequence and concurrency of `tsuzuki-cli sync full`
// against the in-process fake services. The fake Trakt's received history is the judge: every
// play the first preview planned arrives exactly once, and nothing else arrives.
//
// Reproduce a run: TSUZUKI_CRASH_SEED=<seed printed> (TSUZUKI_CRASH_TRIALS=<n>, default 25).
#include "core/store/ledgerrepository.h"

#include "tests/support/syncfixture.h"
#include <QDirIterator>
#include <QSqlQuery>
#include <QSqlRecord>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;

class TestCrashConsistency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtRandomPoints();
    void faultsInSequence();
    void concurrentProcesses();
    void concurrentTokenRefresh();

private:
    QProcessEnvironment environment(SyncFixture &f, int spacingMs = 5) const;
    void startSync(QProcess &p, SyncFixture &f, int batch, int spacingMs = 5) const;
    /// Runs to the end; exit code (or -1 on a hang).
    static int finish(QProcess &p, int timeoutMs = 120000);
    static QString playKey(qint64 show, bool movie, int season, int episode, qint64 watchedAt);
    QStringList plannedKeys(SyncFixture &f) const;
    static QStringList receivedKeys(SyncFixture &f);
    /// The judge: received == planned, as multisets.
    static bool exactlyOnce(SyncFixture &f, const QStringList &planned, QString *why);
    /// Everything the process printed (kept to check it for secrets).
    QByteArray output(QProcess &p);
    /// Every secret the run used or received appears in no table, settings/log file or output.
    void verifyNoSecretsAtRest(SyncFixture &f);
    QByteArray m_allOutput;

    QTemporaryDir m_config;
    quint32 m_seed = 0;
};

void TestCrashConsistency::initTestCase()
{
    registerSyncMetaTypes();
    QVERIFY(m_config.isValid());
    // No keychain in a test process: tokens come from the environment only.
    QDir(m_config.path()).mkpath(u"tsuzuki"_s);
    QFile conf(m_config.filePath(u"tsuzuki/tsuzuki.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[secrets]\nuseKeychain=false\n");
    conf.close();
    bool ok = false;
    m_seed = qEnvironmentVariable("TSUZUKI_CRASH_SEED").toUInt(&ok);
    if (!ok)
        m_seed = QRandomGenerator::global()->generate();
    qInfo("crash-consistency seed %u (TSUZUKI_CRASH_SEED=%u reproduces this run)", m_seed, m_seed);
}

QProcessEnvironment TestCrashConsistency::environment(SyncFixture &f, int spacingMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
    env.insert(u"XDG_DATA_HOME"_s, m_config.filePath(u"data"_s));
    env.insert(u"XDG_STATE_HOME"_s, m_config.filePath(u"state"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_config.filePath(u"cache"_s));
    env.insert(u"TSUZUKI_DATABASE"_s, f.testDb.spec().toDisplayString());
    env.insert(u"TSUZUKI_ANILIST_URL"_s, f.services.aniListUrl.toString());
    env.insert(u"TSUZUKI_TRAKT_URL"_s, f.services.traktUrl.toString());
    env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, f.services.traktAuthUrl.toString());
    env.insert(u"TSUZUKI_TMDB_URL"_s, f.services.tmdbUrl.toString());
    env.insert(u"TRAKT_CLIENT_ID"_s, f.services.traktClientId);
    env.insert(u"ANILIST_ACCESS_TOKEN"_s,
        f.secrets.values.value(QString::fromLatin1(SecretKey::AniListToken)));
    // The newest pair the fake issued: what a writable secret store would hold after a refresh
    // (environment tokens are read-only, a refreshed pair lives only in the refreshing process).
    env.insert(u"TRAKT_ACCESS_TOKEN"_s, f.fakes.trakt().latestAccessToken());
    env.insert(u"TRAKT_REFRESH_TOKEN"_s, f.fakes.trakt().latestRefreshToken());
    env.insert(u"TRAKT_CLIENT_SECRET"_s, u"fake-client-secret"_s);
    env.insert(u"TSUZUKI_SYNC_POST_SPACING_MS"_s, QString::number(spacingMs));
    env.insert(u"TSUZUKI_SYNC_TIMEOUT_MS"_s, u"1500"_s);
    env.insert(u"TSUZUKI_SYNC_FAST"_s, u"1"_s);
    return env;
}

void TestCrashConsistency::startSync(QProcess &p, SyncFixture &f, int batch, int spacingMs) const
{
    p.setProcessEnvironment(environment(f, spacingMs));
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TSUZUKI_CLI_EXE),
        { u"sync"_s, u"full"_s, u"--yes"_s, u"--batch-size"_s, QString::number(batch),
            u"--json"_s });
}

int TestCrashConsistency::finish(QProcess &p, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

QString TestCrashConsistency::playKey(
    qint64 show, bool movie, int season, int episode, qint64 watchedAt)
{
    return movie ? u"movie %1 @%2"_s.arg(show).arg(watchedAt)
                 : u"show %1 S%2E%3 @%4"_s.arg(show).arg(season).arg(episode).arg(watchedAt);
}

QStringList TestCrashConsistency::plannedKeys(SyncFixture &f) const
{
    auto session = f.session();
    const auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
    if (!plan)
        return {};
    QStringList keys;
    for (const PlannedPlay &p : plan.value().plays)
        keys << playKey(
            p.traktId.value_or(0), p.movie, p.season, p.episode, p.watchedAt.toSecsSinceEpoch());
    keys.sort();
    return keys;
}

QStringList TestCrashConsistency::receivedKeys(SyncFixture &f)
{
    QStringList keys;
    for (const FakeTraktPlay &p : f.fakes.trakt().history())
        keys << playKey(
            p.isMovie ? p.movieTrakt : p.showTrakt, p.isMovie, p.season, p.number, p.watchedAt);
    keys.sort();
    return keys;
}

bool TestCrashConsistency::exactlyOnce(SyncFixture &f, const QStringList &planned, QString *why)
{
    const QStringList received = receivedKeys(f);
    if (received == planned)
        return true;
    QStringList twice;
    for (qsizetype i = 1; i < received.size(); ++i) {
        if (received[i] == received[i - 1])
            twice << received[i];
    }
    QStringList missing;
    for (const QString &k : planned) {
        if (!received.contains(k))
            missing << k;
    }
    QStringList extra;
    for (const QString &k : received) {
        if (!planned.contains(k))
            extra << k;
    }
    *why = u"planned %1, received %2; twice: %3; missing: %4; unexpected: %5"_s.arg(planned.size())
               .arg(received.size())
               .arg(twice.mid(0, 5).join(u", "_s), missing.mid(0, 5).join(u", "_s),
                   extra.mid(0, 5).join(u", "_s));
    return false;
}

QByteArray TestCrashConsistency::output(QProcess &p)
{
    const QByteArray out = p.readAll();
    m_allOutput += out;
    return out;
}

void TestCrashConsistency::verifyNoSecretsAtRest(SyncFixture &f)
{
    QStringList secrets { f.secrets.values.value(QString::fromLatin1(SecretKey::AniListToken)),
        f.secrets.values.value(QString::fromLatin1(SecretKey::TraktAccessToken)),
        f.secrets.values.value(QString::fromLatin1(SecretKey::TraktRefreshToken)),
        f.fakes.trakt().latestAccessToken(), f.fakes.trakt().latestRefreshToken(),
        f.fakes.trakt().clientSecret() };
    secrets.removeAll(QString());
    QVERIFY(secrets.size() >= 4);
    // Every row of every table, as text.
    QString rows;
    int rowCount = 0;
    for (const QString &table : f.db->tables()) {
        auto query = f.db->exec(u"SELECT * FROM "_s + table); // a name the database gave us
        QVERIFY2(query, qPrintable(query ? QString() : query.error().toString()));
        QSqlQuery &q = query.value();
        while (q.next()) {
            ++rowCount;
            for (int c = 0; c < q.record().count(); ++c)
                rows += q.value(c).toString() + u'\x1f';
        }
    }
    QVERIFY(rowCount > 10);
    // Settings, log and cache files the processes wrote.
    QByteArray files;
    QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files += file.readAll();
    }
    QVERIFY(!m_allOutput.isEmpty());
    for (const QString &secret : secrets) {
        QVERIFY2(!rows.contains(secret), "a token is stored in a database table");
        QVERIFY2(!files.contains(secret.toUtf8()), "a token is in a settings or log file");
        QVERIFY2(!m_allOutput.contains(secret.toUtf8()), "a token is in the CLI's output");
    }
}

void TestCrashConsistency::killedAtRandomPoints()
{
    const quint32 seed = m_seed;
    QRandomGenerator rng(seed);
    bool ok = false;
    int trials = qEnvironmentVariableIntValue("TSUZUKI_CRASH_TRIALS", &ok);
    if (!ok || trials < 1)
        trials = 25;

    SyncFixture f;
    QVERIFY(f.setUp(90, 1700, 100 + seed % 1000));
    const QStringList planned = plannedKeys(f);
    QVERIFY2(planned.size() >= 1000, qPrintable(u"only %1 plays planned"_s.arg(planned.size())));
    qInfo("%lld plays planned; %d kill trials, seed %u", qlonglong(planned.size()), trials, seed);

    int killed = 0;
    int killedAfterApply = 0; // counted from what the fake Trakt holds at the moment of the kill
    int scheduledAfterApply = 0;
    int endedFirst = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const int postsBefore = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
        // Every third trial aims between "write applied" and "answer received"; the others kill
        // at a random time or a random number of POSTs in.
        const bool afterApply = trial % 3 == 2;
        const int how = int(rng.bounded(7));
        if (afterApply) {
            ++scheduledAfterApply;
            // The next write is applied at once and answered late: the kill lands in between.
            f.fakes.trakt().addFault(
                u"POST"_s, u"^/sync/history$"_s, FakeFault::slow(200 + int(rng.bounded(400))), 1);
        }
        QProcess cli;
        startSync(cli, f, 5, 15); // small batches, 15 ms apart: a long run with many kill points
        QVERIFY(cli.waitForStarted());
        QString point;
        if (afterApply) {
            point = u"while a write is applied and its answer pending"_s;
            (void)QTest::qWaitFor( // the fake says when: it has applied a write not yet answered
                [&] {
                    return cli.state() == QProcess::NotRunning
                        || f.fakes.trakt().appliedUnanswered() > 0;
                },
                30000);
        } else if (how < 3) {
            const int ms = int(rng.bounded(450));
            point = u"%1 ms after start"_s.arg(ms);
            QTest::qWait(ms);
        } else {
            const int posts = 1 + int(rng.bounded(4));
            const int extraMs = int(rng.bounded(30));
            point = u"%1 ms after POST #%2"_s.arg(extraMs).arg(posts);
            (void)QTest::qWaitFor( // best effort: kill at whatever point the wait ends
                [&] {
                    return cli.state() == QProcess::NotRunning
                        || f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s)
                        >= postsBefore + posts;
                },
                30000);
            QTest::qWait(extraMs);
        }
        if (cli.state() != QProcess::NotRunning) {
            // What the fake holds right now (nothing runs in between: the fakes live on this
            // thread) is what the kill leaves behind.
            const bool appliedPending = f.fakes.trakt().appliedUnanswered() > 0;
            cli.kill(); // SIGKILL
            QVERIFY(cli.waitForFinished(10000));
            ++killed;
            if (appliedPending) {
                ++killedAfterApply;
                point += u" [observed: applied, unanswered]"_s;
            }
        } else {
            ++endedFirst;
            point += u" (the run ended first, exit %1)"_s.arg(cli.exitCode());
        }
        output(cli);
        f.fakes.trakt().clearFaults();
        qInfo("trial %d: kill %s; plays at Trakt %lld, duplicates %lld", trial + 1,
            qPrintable(point), qlonglong(f.fakes.trakt().history().size()),
            qlonglong(f.fakes.trakt().duplicatePlays().size()));
        // Never a duplicate, at any point.
        QVERIFY2(f.fakes.trakt().duplicatePlays().isEmpty(),
            qPrintable(u"duplicate after trial %1 (seed %2)"_s.arg(trial + 1).arg(seed)));
    }
    QVERIFY2(killed >= trials * 3 / 4,
        qPrintable(u"only %1 of %2 trials killed a running sync"_s.arg(killed).arg(trials)));
    // The point of the test: kills that leave a write applied at Trakt but unanswered.
    QVERIFY2(killedAfterApply >= std::max(1, scheduledAfterApply * 3 / 4),
        qPrintable(u"only %1 of %2 kills landed between apply and answer"_s.arg(killedAfterApply)
                       .arg(scheduledAfterApply)));

    // Rerun to completion.
    QProcess last;
    startSync(last, f, 100);
    const int code = finish(last);
    const QByteArray out = output(last);
    QVERIFY2(code == 0, out.constData());
    QString why;
    QVERIFY2(exactlyOnce(f, planned, &why), qPrintable(why + u" (seed %1)"_s.arg(seed)));
    QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value(), 0);
    // And a further run posts nothing.
    const int postsBefore = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
    QProcess again;
    startSync(again, f, 100);
    QCOMPARE(finish(again), 0);
    output(again);
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), postsBefore);
    verifyNoSecretsAtRest(f);
    qInfo("RESULT killed=%d killedAfterApply=%d endedFirst=%d plays=%lld duplicates=0 seed=%u",
        killed, killedAfterApply, endedFirst, qlonglong(planned.size()), seed);
}

void TestCrashConsistency::faultsInSequence()
{
    QRandomGenerator rng(m_seed ^ 0x5eed);
    SyncFixture f;
    QVERIFY(f.setUp(40, 600, 300 + m_seed % 1000));
    const QStringList planned = plannedKeys(f);
    QVERIFY(planned.size() >= 300);

    // The activities are revealed a slice at a time (as if logged between syncs), so that every run
    // has plays to post and every armed fault meets the requests it is armed for.
    QList<qint64> times;
    for (const FakeAniActivity &a : f.library.activities)
        times << a.createdAt;
    std::sort(times.begin(), times.end());
    constexpr int Slices = 30;
    int revealed = 0;
    auto revealNext = [&] {
        revealed = std::min(Slices, revealed + 1);
        f.fakes.anilist().setActivityCutoff(
            revealed >= Slices ? 0 : times.at(times.size() * revealed / Slices - 1));
    };

    const QString post = u"POST"_s;
    const QString history = u"^/sync/history$"_s;
    struct Step
    {
        QString name;
        std::function<void()> arm;
    };
    FakeTrakt &t = f.fakes.trakt();
    FakeAniList &a = f.fakes.anilist();
    const QList<Step> steps {
        { u"429 with Retry-After"_s,
            [&] { t.addFault(post, history, FakeFault::rateLimited(1), 2); } },
        { u"5xx of every kind"_s,
            [&] {
                for (int s : { 500, 502, 503, 504, 520, 521, 522 })
                    t.addFault(post, history, FakeFault::serverError(s), 1);
            } },
        { u"HTML error page"_s, [&] { t.addFault(post, history, FakeFault::html(502), 2); } },
        { u"malformed JSON"_s, [&] { t.addFault(post, history, FakeFault::malformedJson(), 2); } },
        { u"truncated JSON after apply"_s,
            [&] { t.addFault(post, history, FakeFault::truncatedJson(true), 2); } },
        { u"aborted mid-body after apply"_s,
            [&] { t.addFault(post, history, FakeFault::abortMidBody(true), 2); } },
        { u"slow answers"_s, [&] { t.addFault(post, history, FakeFault::slow(300), 3); } },
        { u"dropped before apply"_s,
            [&] { t.addFault(post, history, FakeFault::drop(false), 2); } },
        { u"dropped after apply (x1, Qt would resend)"_s,
            [&] { t.addFault(post, history, FakeFault::dropAfterApply(), 1); } },
        { u"dropped after apply (x2)"_s,
            [&] { t.addFault(post, history, FakeFault::dropAfterApply(), 2); } },
        { u"headers cut after apply"_s,
            [&] { t.addFault(post, history, FakeFault::cutHeaders(true), 2); } },
        { u"hang after apply (timeout)"_s,
            [&] { t.addFault(post, history, FakeFault::hang(true), 1); } },
        { u"expired token"_s, [&] { t.addFault(post, history, FakeFault::expiredToken(), 1); } },
        { u"Trakt reads failing (after a lost answer)"_s,
            [&] {
                // A lost answer makes the engine read history: those reads fail too.
                t.addFault(post, history, FakeFault::cutHeaders(true), 1);
                t.addFault(u"GET"_s, u"."_s, FakeFault::serverError(503), 2);
                t.addFault(u"GET"_s, u"."_s, FakeFault::truncatedJson(false), 1);
            } },
        { u"AniList failing"_s,
            [&] {
                a.addFault(post, u"."_s, FakeFault::rateLimited(1), 1);
                a.addFault(post, u"."_s, FakeFault::serverError(500), 1);
                a.addFault(post, u"."_s, FakeFault::drop(false), 1);
            } },
    };
    // Several fault kinds per run, in a seeded order; every kind used at least once.
    QList<int> order;
    for (int i = 0; i < steps.size(); ++i)
        order << i;
    for (qsizetype i = order.size() - 1; i > 0; --i)
        order.swapItemsAt(i, qsizetype(rng.bounded(int(i + 1))));
    int runs = 0;
    int armed = 0;
    for (qsizetype i = 0; i < order.size(); i += 3) {
        QStringList names;
        for (qsizetype j = i; j < std::min(i + 3, order.size()); ++j) {
            steps[order[j]].arm();
            names << steps[order[j]].name;
        }
        const int armedNow = t.pendingFaults() + a.pendingFaults();
        armed += armedNow;
        // Run until every armed fault has fired (a run that gives up after a few failed batches
        // leaves the rest for the next one).
        int attempts = 0;
        do {
            revealNext();
            QProcess cli;
            startSync(cli, f, 20);
            const int code = finish(cli);
            output(cli);
            ++runs;
            ++attempts;
            qInfo("run %d with [%s]: exit %d, plays at Trakt %lld, faults left %d", runs,
                qPrintable(names.join(u"; "_s)), code, qlonglong(t.history().size()),
                t.pendingFaults() + a.pendingFaults());
            QVERIFY2(code >= 0, "the CLI hung");
            QVERIFY2(t.duplicatePlays().isEmpty(), qPrintable(names.join(u"; "_s)));
            t.releaseHanging();
        } while (t.pendingFaults() + a.pendingFaults() > 0 && attempts < 8);
        QVERIFY2(t.pendingFaults() + a.pendingFaults() == 0,
            qPrintable(u"armed faults that never fired: %1 of %2 [%3]"_s
                           .arg(t.pendingFaults() + a.pendingFaults())
                           .arg(armedNow)
                           .arg(names.join(u"; "_s))));
    }
    // Then a clean run over everything.
    f.fakes.anilist().setActivityCutoff(0);
    QProcess clean;
    startSync(clean, f, 100);
    const int code = finish(clean);
    QVERIFY2(code == 0, output(clean).constData());
    QString why;
    QVERIFY2(exactlyOnce(f, planned, &why), qPrintable(why));
    QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value(), 0);
    verifyNoSecretsAtRest(f);
    qInfo("RESULT faultRuns=%d faultKinds=%lld faultsArmed=%d faultsFired=%d plays=%lld "
          "duplicates=0",
        runs, qlonglong(steps.size()), armed, armed, qlonglong(planned.size()));
}

void TestCrashConsistency::concurrentProcesses()
{
    // Four processes on one PostgreSQL database, two on one SQLite file, started at once, twice
    // (the second wave starts while nothing is left or half is left).
    SyncFixture f;
    QVERIFY(f.setUp(40, 700, 400 + m_seed % 1000));
    const QStringList planned = plannedKeys(f);
    QVERIFY(planned.size() >= 300);
    const int n = f.testDb.backend() == Test::Backend::Postgres ? 4 : 2;
    int locked = 0;
    int succeeded = 0;
    for (int wave = 0; wave < 3; ++wave) {
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int i = 0; i < n; ++i) {
            procs.push_back(std::make_unique<QProcess>());
            startSync(*procs.back(), f, 25, 20);
        }
        if (wave == 0) {
            // Kill the holder mid-run once: its lock must go with it.
            (void)QTest::qWaitFor( // best effort: the kill below is what matters
                [&] { return f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) >= 3; },
                30000);
            for (auto &p : procs)
                p->kill();
        }
        QStringList codes;
        for (auto &p : procs) {
            const int code = finish(*p);
            codes << QString::number(code);
            const QByteArray out = output(*p);
            if (code == 3) {
                ++locked;
                QVERIFY2(out.contains("sync already running"), out.constData());
            } else if (code == 0) {
                ++succeeded;
            }
        }
        qInfo("wave %d: %d processes, exit codes %s, plays at Trakt %lld", wave + 1, n,
            qPrintable(codes.join(u' ')), qlonglong(f.fakes.trakt().history().size()));
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    }
    QVERIFY2(locked >= 1, "no process was ever told the sync is running");
    QVERIFY(succeeded >= 1);
    QString why;
    QVERIFY2(exactlyOnce(f, planned, &why), qPrintable(why));
    qInfo("RESULT processes=%d locked=%d succeeded=%d plays=%lld duplicates=0", n, locked,
        succeeded, qlonglong(planned.size()));
}

void TestCrashConsistency::concurrentTokenRefresh()
{
    // Two processes start a sync with the same expired Trakt access token and the same refresh
    // token (single use at Trakt). The sync lock is taken before any Trakt write, so exactly one
    // refresh happens: one process refreshes and syncs, the other is told a sync is running. No
    // invalid_grant, no duplicate, nothing missing.
    SyncFixture f;
    QVERIFY(f.setUp(10, 150, 500 + m_seed % 1000));
    const QStringList planned = plannedKeys(f);
    QVERIFY(!planned.isEmpty());
    f.fakes.trakt().expireAccessTokens();
    const int refreshesBefore = f.fakes.trakt().refreshCount();
    const int attemptsBefore = f.fakes.trakt().refreshAttempts();
    QProcess a;
    QProcess b;
    startSync(a, f, 20, 20);
    startSync(b, f, 20, 20);
    const int codeA = finish(a);
    const int codeB = finish(b);
    const QByteArray outA = output(a);
    const QByteArray outB = output(b);
    const int refreshes = f.fakes.trakt().refreshCount() - refreshesBefore;
    const int attempts = f.fakes.trakt().refreshAttempts() - attemptsBefore;
    qInfo("RESULT refresh race: exit codes %d %d, refreshes %d, refresh attempts %d", codeA, codeB,
        refreshes, attempts);
    const QList<int> codes { codeA, codeB };
    QVERIFY2(codes.contains(0) && codes.contains(3), QByteArray(outA + "\n" + outB).constData());
    QVERIFY(!outA.contains("invalid_grant") && !outB.contains("invalid_grant"));
    QCOMPARE(refreshes, 1);
    QCOMPARE(attempts, 1);
    QString why;
    QVERIFY2(exactlyOnce(f, planned, &why), qPrintable(why));
    verifyNoSecretsAtRest(f); // the refreshed pair too
}

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestCrashConsistency)
#include "tst_crashconsistency.moc"
