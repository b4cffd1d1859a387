// `tsuzuki-cli sync` as a process against the fakes: killed between batches (with a write applied
// but not yet settled), and two processes at once on one database.
#include "core/store/configrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/runrepository.h"
#include "tests/support/clirunner.h"
#include "tests/support/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::CliRunner;
using Test::SyncFixture;

class TestSyncCli final : public QObject
{
    Q_OBJECT

private:
    /// Private XDG folders and no keychain: the tokens come from the environment, as on a server.
    CliRunner m_cli;

    QProcessEnvironment environment(SyncFixture &f, int spacingMs) const
    {
        return m_cli.environment(f, spacingMs);
    }

    static int expectedPlays(SyncFixture &f)
    {
        auto session = f.session();
        auto plan = SyncFixture::preview(*session, SyncMode::Full, f.options());
        return plan ? int(plan.value().plays.size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerSyncMetaTypes();
        QVERIFY(m_cli.isValid());
    }

    void killedBetweenBatches()
    {
        SyncFixture f;
        QVERIFY(f.setUp(20, 250, 21));
        const int expected = expectedPlays(f);
        QVERIFY(expected > 100);
        // The third POST is applied at once but answered late: the process dies in between.
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::slow(1), 2);
        f.fakes.trakt().addFault(u"POST"_s, u"^/sync/history$"_s, FakeFault::slow(5000), 1);
        QProcess cli;
        cli.setProcessEnvironment(environment(f, 50));
        cli.start(QStringLiteral(TSUZUKI_CLI_EXE),
            { u"sync"_s, u"full"_s, u"--batch-size"_s, u"20"_s, u"--json"_s });
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) >= 3, 30000);
        // The third batch is applied at the fake (its answer is still on its way).
        QTRY_VERIFY_WITH_TIMEOUT(int(f.fakes.trakt().history().size()) >= 60, 30000);
        cli.kill();
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        QVERIFY(int(f.fakes.trakt().history().size()) >= 60);
        QVERIFY(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value() > 0);
        f.fakes.trakt().clearFaults();

        QProcess again;
        again.setProcessEnvironment(environment(f, 10));
        again.start(QStringLiteral(TSUZUKI_CLI_EXE), { u"sync"_s, u"full"_s, u"--json"_s });
        QTRY_VERIFY_WITH_TIMEOUT(again.state() == QProcess::NotRunning, 60000);
        const QByteArray out = again.readAllStandardOutput();
        QVERIFY2(again.exitCode() == 0, out.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(report.value(u"recovered"_s).toInt() > 0, out.constData());
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        QCOMPARE(int(f.fakes.trakt().history().size()), expected);
        QCOMPARE(LedgerRepository(*f.db).count(LedgerOutcome::Pending).value(), 0);
        // The killed run's row is not left "running" forever.
        auto runs = RunRepository(*f.db).recent(5);
        QVERIFY(runs);
        QCOMPARE(runs.value().size(), 2);
        QCOMPARE(runs.value().at(0).status, RunStatus::Succeeded);
        QCOMPARE(runs.value().at(1).status, RunStatus::Interrupted);
    }

    void runbookCommands()
    {
        SyncFixture f;
        QVERIFY(f.setUp(3, 20, 23));
        auto cli = [&](const QStringList &args, int expectedCode) -> QJsonObject {
            QProcess p;
            p.setProcessEnvironment(environment(f, 10));
            p.start(QStringLiteral(TSUZUKI_CLI_EXE), QStringList { u"--json"_s } + args);
            if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
                return { { u"timeout"_s, true } };
            const QByteArray out = p.readAllStandardOutput();
            if (p.exitCode() != expectedCode)
                return { { u"unexpectedExit"_s, p.exitCode() },
                    { u"out"_s, QString::fromUtf8(out + p.readAllStandardError()) } };
            return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        };
        // Manual mapping: both required; an id Trakt does not know is refused with the reason,
        // unless --no-check takes it as it is (offline).
        QVERIFY(cli({ u"mappings"_s, u"set"_s, u"5555"_s }, 2).isEmpty());
        QVERIFY(cli({ u"mappings"_s, u"set"_s, u"5555"_s, u"abc"_s }, 2).isEmpty());
        const QString knownAniList = QString::number(f.library.idPairs.first().anilistId);
        const QJsonObject unknown = cli({ u"mappings"_s, u"set"_s, knownAniList, u"777"_s }, 1);
        QVERIFY2(unknown.isEmpty(), QJsonDocument(unknown).toJson().constData());
        QVERIFY(cli({ u"mappings"_s, u"set"_s, u"5555"_s, u"777"_s }, 1).isEmpty());
        QCOMPARE(MappingRepository(*f.db).get(5555).value(), std::nullopt);
        QCOMPARE(cli({ u"mappings"_s, u"set"_s, u"5555"_s, u"777"_s, u"--tmdb"_s, u"12"_s,
                         u"--no-check"_s },
                     0)
                     .value(u"traktId"_s)
                     .toInt(),
            777);
        auto mapping = MappingRepository(*f.db).get(5555);
        QVERIFY(mapping && mapping.value());
        QVERIFY(mapping.value()->isManual);
        QCOMPARE(mapping.value()->tmdbId.value_or(0), 12);
        // What people paste: the AniList page and the show's trakt.tv address with its slug.
        const FakeTraktShow &show = f.library.shows.first();
        const FakeIdPair *pair = nullptr;
        for (const FakeIdPair &p : f.library.idPairs) {
            if (!p.isMovie && p.traktId == show.ids.trakt)
                pair = &p;
        }
        QVERIFY(pair);
        const QJsonObject pasted = cli(
            { u"mappings"_s, u"set"_s, u"https://anilist.co/anime/%1/x"_s.arg(pair->anilistId),
                u"https://trakt.tv/shows/%1"_s.arg(show.ids.slug) },
            0);
        QVERIFY2(pasted.value(u"traktId"_s).toInteger() == show.ids.trakt,
            QJsonDocument(pasted).toJson().constData());
        // Overrides: the show by its slug.
        QVERIFY(cli({ u"override"_s, u"set"_s, show.ids.slug, u"13"_s, u"2"_s, u"1"_s }, 0)
                    .value(u"ok"_s)
                    .toBool());
        QVERIFY(
            cli({ u"override"_s, u"set"_s, u"777"_s, u"13"_s, u"2"_s, u"1"_s, u"--no-check"_s }, 0)
                .value(u"ok"_s)
                .toBool());
        QVERIFY(cli({ u"override"_s, u"remove"_s, QString::number(show.ids.trakt), u"13"_s }, 0)
                    .value(u"ok"_s)
                    .toBool());
        const QJsonArray overrides
            = cli({ u"override"_s, u"list"_s }, 0).value(u"overrides"_s).toArray();
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().toObject().value(u"season"_s).toInt(), 2);
        QVERIFY(cli({ u"override"_s, u"remove"_s, u"777"_s, u"13"_s }, 0).value(u"ok"_s).toBool());
        QCOMPARE(cli({ u"override"_s, u"list"_s }, 0).value(u"overrides"_s).toArray().size(), 0);
        // A sync, then progress, reset and the window.
        QCOMPARE(cli({ u"sync"_s, u"full"_s }, 0).value(u"status"_s).toString(), u"succeeded"_s);
        const QJsonArray progress
            = cli({ u"progress"_s, u"--limit"_s, u"10"_s }, 0).value(u"progress"_s).toArray();
        QVERIFY(!progress.isEmpty());
        const qint64 id = progress.first().toObject().value(u"anilistId"_s).toInteger();
        QCOMPARE(cli({ u"progress"_s, u"--anilist-id"_s, QString::number(id) }, 0)
                     .value(u"progress"_s)
                     .toArray()
                     .size(),
            1);
        QVERIFY(ConfigRepository(*f.db).value(u"lastSyncTimestamp"_s).toLongLong() > 0);
        QCOMPARE(cli({ u"reset-window"_s }, 0).value(u"lastSyncTimestamp"_s).toString(), u"0"_s);
        QCOMPARE(ConfigRepository(*f.db).value(u"lastSyncTimestamp"_s), u"0"_s);
        // The whole window again: the ledger keeps everything from being posted twice.
        const int plays = int(f.fakes.trakt().history().size());
        const QJsonObject again = cli({ u"sync"_s, u"full"_s }, 0);
        QCOMPARE(again.value(u"added"_s).toInt(), 0);
        QCOMPARE(again.value(u"alreadySynced"_s).toInt(), plays);
        QCOMPARE(int(f.fakes.trakt().history().size()), plays);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        // Force resync of one show: its progress and ledger rows go, so a preview plans it again.
        QCOMPARE(cli({ u"progress"_s, u"reset"_s, QString::number(id) }, 0)
                     .value(u"reset"_s)
                     .toInteger(),
            id);
        QCOMPARE(cli({ u"progress"_s, u"--anilist-id"_s, QString::number(id) }, 0)
                     .value(u"progress"_s)
                     .toArray()
                     .size(),
            0);
        QCOMPARE(LedgerRepository(*f.db).addedEpisodes({ id }).value().value(id).size(), 0);
        cli({ u"reset-window"_s }, 0);
        // Trakt has its plays: a sync posts none of them again (issue 14) ...
        QCOMPARE(cli({ u"sync"_s, u"full"_s, u"--preview"_s }, 0).value(u"planned"_s).toInt(), 0);
        // ... unless second plays are asked for.
        const QJsonArray planned
            = cli({ u"sync"_s, u"full"_s, u"--preview"_s, u"--include-watched"_s }, 0)
                  .value(u"plays"_s)
                  .toArray();
        QVERIFY(!planned.isEmpty());
        for (const QJsonValue &v : planned)
            QCOMPARE(v.toObject().value(u"anilistId"_s).toInteger(), id);
        QVERIFY(cli({ u"logs"_s, u"--limit"_s, u"3"_s }, 0).contains(u"message"_s));
    }

    void twoProcessesAtOnce()
    {
        SyncFixture f;
        QVERIFY(f.setUp(20, 250, 22));
        const int expected = expectedPlays(f);
        QVERIFY(expected > 100);
        QProcess a;
        QProcess b;
        for (QProcess *p : { &a, &b }) {
            p->setProcessEnvironment(environment(f, 200));
            p->start(QStringLiteral(TSUZUKI_CLI_EXE),
                { u"sync"_s, u"full"_s, u"--batch-size"_s, u"25"_s, u"--json"_s });
        }
        QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(b.state() == QProcess::NotRunning, 60000);
        const QByteArray outA = a.readAllStandardOutput();
        const QByteArray outB = b.readAllStandardOutput();
        const QList<int> codes { a.exitCode(), b.exitCode() };
        QVERIFY2(
            codes.contains(0) && codes.contains(3), QByteArray(outA + "\n" + outB).constData());
        const QByteArray lockedOut = a.exitCode() == 3 ? outA : outB;
        QVERIFY2(lockedOut.contains("sync already running"), lockedOut.constData());
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        QCOMPARE(int(f.fakes.trakt().history().size()), expected);
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestSyncCli)
#include "tst_synccli.moc"
