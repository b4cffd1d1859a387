// SyncService: the worker-thread facade the GUI drives. Preview, run of an approved subset,
// progress, busy state, a second request while busy, and errors, all by queued signals.
#include "core/net/services.h"
#include "core/store/configrepository.h"
#include "core/sync/syncservice.h"
#include "tests/support/syncfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;

class TestSyncService final : public QObject
{
    Q_OBJECT

private:
    static SyncServiceConfig configFor(SyncFixture &f, bool withAniListToken = true)
    {
        SyncServiceConfig c;
        c.database = f.testDb.spec();
        c.services = f.services;
        c.timings = f.timings;
        if (!withAniListToken)
            f.secrets.values.remove(QString::fromLatin1(SecretKey::AniListToken));
        // The process's store and TraktAuth live in this (the test's main) thread; the worker
        // reaches them through relays, as in the app.
        f.bundle = std::make_unique<Services>(f.services, &f.secrets, f.timings);
        c.secrets = &f.secrets;
        c.traktAuth = f.bundle->traktAuth();
        return c;
    }

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }

    void previewThenApprovedRun()
    {
        SyncFixture f;
        QVERIFY(f.setUp(8, 80, 31));
        SyncService service(configFor(f));
        QSignalSpy preview(&service, &SyncService::previewReady);
        QSignalSpy busy(&service, &SyncService::busyChanged);
        QSignalSpy failed(&service, &SyncService::failed);
        QSignalSpy progress(&service, &SyncService::progressChanged);
        QSignalSpy finished(&service, &SyncService::runFinished);

        SyncOptions options = f.options(10);
        options.automated = true;
        service.requestPreview(SyncMode::Full, options);
        QVERIFY(service.isBusy());
        // A second request while busy is refused at once, without blocking.
        service.requestPreview(SyncMode::Full, options);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::DatabaseLocked);

        QVERIFY(preview.wait(30000));
        QVERIFY(!service.isBusy());
        const SyncPlan plan = preview.first().first().value<SyncPlan>();
        QVERIFY(plan.plays.size() > 20);
        QCOMPARE(f.fakes.trakt().history().size(), 0);

        const QStringList approved = plan.itemIds().mid(0, 15);
        service.requestRun(plan, approved);
        QVERIFY(finished.wait(30000));
        const SyncReport report = finished.first().first().value<SyncReport>();
        QCOMPARE(report.status, RunStatus::Succeeded); // every approved item posted
        QCOMPARE(report.counters.added, 15);
        QVERIFY(report.automated);
        QCOMPARE(int(f.fakes.trakt().history().size()), 15);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 15);
        QCOMPARE(progress.last().at(1).toInt(), 15);
        QVERIFY(busy.size() >= 4);
        QVERIFY(ConfigRepository(*f.db).timestamp(u"status:sync:last-run-auto"_s).isValid());
        QVERIFY(!ConfigRepository(*f.db).timestamp(u"status:sync:last-run"_s).isValid());
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    }

    void errorsComeBackAsSignals()
    {
        SyncFixture f;
        QVERIFY(f.setUp(3, 20, 32));
        SyncService service(configFor(f, false));
        QSignalSpy failed(&service, &SyncService::failed);
        service.requestSync(SyncMode::Full, f.options());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::NotLoggedIn);
        QVERIFY(!service.isBusy());
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestSyncService)
#include "tst_syncservice.moc"
