// `tsuzuki-cli sync` as a process against the fakes: killed between batches (with a write applied
// but not yet settled), and two processes at once on one database.
#include "core/store/ledgerrepository.h"
#include "tests/core/sync/syncfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;

class TestSyncCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QProcessEnvironment environment(SyncFixture &f, int spacingMs) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        env.insert(u"TSUZUKI_DATABASE"_s, f.testDb.spec().toDisplayString());
        env.insert(u"TSUZUKI_ANILIST_URL"_s, f.services.aniListUrl.toString());
        env.insert(u"TSUZUKI_TRAKT_URL"_s, f.services.traktUrl.toString());
        env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, f.services.traktAuthUrl.toString());
        env.insert(u"TSUZUKI_TMDB_URL"_s, f.services.tmdbUrl.toString());
        env.insert(u"TRAKT_CLIENT_ID"_s, f.services.traktClientId);
        env.insert(u"ANILIST_ACCESS_TOKEN"_s, f.secrets.values.value(QString::fromLatin1(SecretKey::AniListToken)));
        env.insert(u"TRAKT_ACCESS_TOKEN"_s, f.secrets.values.value(QString::fromLatin1(SecretKey::TraktAccessToken)));
        env.insert(u"TRAKT_REFRESH_TOKEN"_s, f.secrets.values.value(QString::fromLatin1(SecretKey::TraktRefreshToken)));
        env.insert(u"TRAKT_CLIENT_SECRET"_s, u"fake-client-secret"_s);
        env.insert(u"TSUZUKI_SYNC_POST_SPACING_MS"_s, QString::number(spacingMs));
        env.insert(u"TSUZUKI_SYNC_FAST"_s, u"1"_s);
        return env;
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
        QVERIFY(m_config.isValid());
        // No keychain in a test process: tokens come from the environment only.
        QDir(m_config.path()).mkpath(u"tsuzuki"_s);
        QFile conf(m_config.filePath(u"tsuzuki/tsuzuki.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[secrets]\nuseKeychain=false\n");
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
        cli.start(QStringLiteral(TSUZUKI_CLI_EXE), { u"sync"_s, u"full"_s, u"--batch-size"_s, u"20"_s, u"--json"_s });
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) >= 3, 30000);
        QTest::qWait(300); // the slow answer is on its way; the write is applied
        cli.kill();
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        QVERIFY(int(f.fakes.trakt().history().size()) >= 60);
        QVERIFY(LedgerRepository(*f.db).count(u"pending"_s).value() > 0);
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
        QCOMPARE(LedgerRepository(*f.db).count(u"pending"_s).value(), 0);
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
            p->start(QStringLiteral(TSUZUKI_CLI_EXE), { u"sync"_s, u"full"_s, u"--batch-size"_s, u"25"_s, u"--json"_s });
        }
        QTRY_VERIFY_WITH_TIMEOUT(a.state() == QProcess::NotRunning, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(b.state() == QProcess::NotRunning, 60000);
        const QByteArray outA = a.readAllStandardOutput();
        const QByteArray outB = b.readAllStandardOutput();
        const QList<int> codes { a.exitCode(), b.exitCode() };
        QVERIFY2(codes.contains(0) && codes.contains(3), QByteArray(outA + "\n" + outB).constData());
        const QByteArray lockedOut = a.exitCode() == 3 ? outA : outB;
        QVERIFY2(lockedOut.contains("sync already running"), lockedOut.constData());
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        QCOMPARE(int(f.fakes.trakt().history().size()), expected);
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestSyncCli)
#include "tst_synccli.moc"
