// Issue 14 through the built tsuzuki-cli (a QProcess against the fakes, SQLite and PostgreSQL):
// a returning Trakt user's sync posts no duplicate, `runs` lists and exports it, `undo --preview`
// shows what would go, `undo` puts Trakt back as it was, `never` keeps a play from every sync,
// `--include-watched` posts second plays, and each of Trakt's refusals ends with its sentence and
// its own exit code.
#include "core/store/ledgerrepository.h"
#include "core/store/runrepository.h"
#include "tests/support/extrasuser.h"
#include "tests/support/returninguser.h"
#include "tests/support/syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::SyncFixture;
namespace RU = Test::ReturningUser;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    }
};

} // namespace

class TestRunsCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    QProcessEnvironment environment(SyncFixture &f, const QString &aniListToken = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        env.insert(u"TSUZUKI_DATABASE"_s, f.testDb.spec().toDisplayString());
        env.insert(u"TSUZUKI_ANILIST_URL"_s, f.services.aniListUrl.toString());
        env.insert(u"TSUZUKI_TRAKT_URL"_s, f.services.traktUrl.toString());
        env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, f.services.traktAuthUrl.toString());
        env.insert(u"TSUZUKI_TMDB_URL"_s, f.services.tmdbUrl.toString());
        env.insert(u"TRAKT_CLIENT_ID"_s, f.services.traktClientId);
        env.insert(u"ANILIST_ACCESS_TOKEN"_s,
            aniListToken.isEmpty() ? QString::fromLatin1(RU::AniListToken) : aniListToken);
        env.insert(u"TRAKT_ACCESS_TOKEN"_s,
            f.secrets.values.value(QString::fromLatin1(SecretKey::TraktAccessToken)));
        env.insert(u"TRAKT_REFRESH_TOKEN"_s,
            f.secrets.values.value(QString::fromLatin1(SecretKey::TraktRefreshToken)));
        env.insert(u"TRAKT_CLIENT_SECRET"_s, u"fake-client-secret"_s);
        env.insert(u"TSUZUKI_SYNC_POST_SPACING_MS"_s, u"10"_s);
        env.insert(u"TSUZUKI_SYNC_FAST"_s, u"1"_s);
        return env;
    }

    Run cli(SyncFixture &f, const QStringList &args, const QString &aniListToken = {}) const
    {
        QProcess p;
        p.setProcessEnvironment(environment(f, aniListToken));
        p.start(QStringLiteral(TSUZUKI_CLI_EXE), args);
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static bool setUp(SyncFixture &f)
    {
        return f.setUpScenario(RU::scenario(), QString::fromLatin1(RU::AniListToken))
            && RU::mapTitles(*f.db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerSyncMetaTypes();
        QVERIFY(m_config.isValid());
        QDir(m_config.path()).mkpath(u"tsuzuki"_s);
        QFile conf(m_config.filePath(u"tsuzuki/tsuzuki.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[secrets]\nuseKeychain=false\n");
    }

    void syncRunsExportUndo()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        const auto before = RU::historyOf(f.fakes.trakt());

        // The preview says what is on Trakt already, with Trakt's date.
        Run preview = cli(f, { u"--json"_s, u"sync"_s, u"watching"_s, u"--preview"_s });
        QVERIFY2(preview.code == 0, preview.err.constData());
        const QJsonObject plan = preview.json();
        QCOMPARE(plan.value(u"planned"_s).toInt(), RU::NewPlays);
        QCOMPARE(plan.value(u"alreadyOnTrakt"_s).toInt(), 110);
        QVERIFY(plan.value(u"reconciled"_s).toBool());
        int dated = 0;
        for (const QJsonValue &v : plan.value(u"skipped"_s).toArray())
            dated += v.toObject().contains(u"traktWatchedAt"_s) ? 1 : 0;
        QCOMPARE(dated, 110);
        Run text = cli(f, { u"sync"_s, u"watching"_s, u"--preview"_s });
        QVERIFY(text.out.contains("110 already on Trakt"));
        QVERIFY(text.out.contains("Already on Trakt (watched 2022-11-"));

        Run sync = cli(f, { u"--json"_s, u"sync"_s, u"watching"_s });
        QVERIFY2(sync.code == 0, sync.err.constData());
        QCOMPARE(sync.json().value(u"added"_s).toInt(), RU::NewPlays);
        const qint64 runId = sync.json().value(u"runId"_s).toInteger();
        QVERIFY(runId > 0);
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
        QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt + RU::NewPlays);

        // runs: the list with counts; one run's report; its export.
        Run list = cli(f, { u"--json"_s, u"runs"_s });
        QCOMPARE(list.code, 0);
        const QJsonObject newest = list.json().value(u"runs"_s).toArray().first().toObject();
        QCOMPARE(newest.value(u"id"_s).toInteger(), runId);
        QCOMPARE(newest.value(u"added"_s).toInt(), RU::NewPlays);
        QCOMPARE(newest.value(u"alreadyOnTrakt"_s).toInt(), 110);
        Run listText = cli(f, { u"runs"_s });
        QVERIFY2(listText.out.contains("14 added, 110 already on Trakt"), listText.out.constData());
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(u"run.csv"_s);
        Run csv = cli(f,
            { u"runs"_s, QString::number(runId), u"--export"_s, u"csv"_s, u"--output"_s, csvPath });
        QCOMPARE(csv.code, 0);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QVERIFY(csvBytes.startsWith("run_id,section,"));
        QCOMPARE(csvBytes.count(",posted,"), RU::NewPlays);
        QCOMPARE(csvBytes.count(",already_on_trakt,"), 110);
        Run json = cli(f, { u"runs"_s, QString::number(runId), u"--export"_s, u"json"_s });
        QCOMPARE(json.code, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"items"_s).toArray().size(),
            RU::NewPlays + 110);
        QCOMPARE(cli(f, { u"runs"_s, QString::number(runId), u"--export"_s, u"pdf"_s }).code, 1);
        QCOMPARE(cli(f, { u"runs"_s, u"abc"_s }).code, 2);

        // undo --preview removes nothing; undo puts Trakt back exactly.
        Run undoPreview
            = cli(f, { u"--json"_s, u"undo"_s, QString::number(runId), u"--preview"_s });
        QCOMPARE(undoPreview.code, 0);
        QCOMPARE(undoPreview.json().value(u"remove"_s).toArray().size(), RU::NewPlays);
        QCOMPARE(undoPreview.json().value(u"keep"_s).toArray().size(), 110);
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history/remove"_s), 0);
        Run undo = cli(f, { u"--json"_s, u"undo"_s, QString::number(runId) });
        QVERIFY2(undo.code == 0, undo.err.constData());
        QCOMPARE(undo.json().value(u"removed"_s).toInt(), RU::NewPlays);
        QCOMPARE(RU::historyOf(f.fakes.trakt()), before);
        Run again = cli(f, { u"undo"_s, QString::number(runId) });
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("undone already"), again.err.constData());
        Run runsAfter = cli(f, { u"runs"_s });
        QVERIFY2(runsAfter.out.contains("undo of run"), runsAfter.out.constData());
    }

    void neverAndIncludeWatched()
    {
        SyncFixture f;
        QVERIFY(setUp(f));
        const QString e11 = u"%1:11"_s.arg(RU::Mha4);
        QCOMPARE(cli(f, { u"never"_s, u"add"_s, e11 }).code, 0);
        QCOMPARE(cli(f, { u"never"_s, u"add"_s, u"nonsense"_s }).code, 2);
        Run list = cli(f, { u"--json"_s, u"never"_s });
        QCOMPARE(list.json().value(u"never"_s).toArray().size(), 1);
        Run sync = cli(f, { u"--json"_s, u"sync"_s, u"watching"_s });
        QCOMPARE(sync.code, 0);
        QCOMPARE(sync.json().value(u"added"_s).toInt(), RU::NewPlays - 1);
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 11), 0);
        QCOMPARE(cli(f, { u"never"_s, u"remove"_s, e11 }).code, 0);
        QCOMPARE(
            cli(f, { u"--json"_s, u"sync"_s, u"watching"_s }).json().value(u"added"_s).toInt(), 1);
        QCOMPARE(f.fakes.trakt().playCount(RU::MhaTrakt, 4, 11), 1);

        Run second = cli(
            f, { u"--json"_s, u"sync"_s, u"completed"_s, u"--include-watched"_s, u"--preview"_s });
        QCOMPARE(second.code, 0);
        QCOMPARE(second.json().value(u"planned"_s).toInt(), 26);
        QVERIFY(second.json().value(u"includeWatched"_s).toBool());
        QVERIFY(f.fakes.trakt().duplicatePlays().isEmpty());
    }

    void extrasWithAndUndo()
    {
        // Issue 16 through the CLI: --with chooses the extras (Settings decide without it),
        // the preview lists them, the run sends them once, undo takes them back.
        namespace EU = Test::ExtrasUser;
        SyncFixture f;
        QVERIFY(f.setUpScenario(EU::scenario(), QString::fromLatin1(EU::AniListToken))
            && EU::mapTitles(*f.db));
        const QString token = QString::fromLatin1(EU::AniListToken);
        using Kind = FakeTrakt::RatingKind;

        Run bad
            = cli(f, { u"sync"_s, u"full"_s, u"--preview"_s, u"--with"_s, u"scrobbles"_s }, token);
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains("scrobbles"), bad.err.constData());
        Run badRounding = cli(f,
            { u"sync"_s, u"full"_s, u"--preview"_s, u"--rating-rounding"_s, u"sideways"_s }, token);
        QVERIFY(badRounding.code != 0);

        Run preview = cli(
            f, { u"--json"_s, u"sync"_s, u"full"_s, u"--preview"_s, u"--with"_s, u"all"_s }, token);
        QVERIFY2(preview.code == 0, preview.err.constData());
        QCOMPARE(preview.json().value(u"with"_s).toArray().size(), 4);
        QCOMPARE(preview.json().value(u"extras"_s).toArray().size(), 6);
        QCOMPARE(preview.json().value(u"rewatches"_s).toInt(), EU::Rewatches);
        Run text = cli(f, { u"sync"_s, u"full"_s, u"--preview"_s, u"--with"_s, u"all"_s }, token);
        QVERIFY2(text.out.contains("rewatch 1 (date spread"), text.out.constData());
        QVERIFY(text.out.contains("AniList 80/100 → Trakt 8/10 (replaces 6/10)"));
        QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);

        // Only ratings and dropped shows: no rewatch, nothing on the watchlist.
        Run sync = cli(f,
            { u"--json"_s, u"sync"_s, u"full"_s, u"--with"_s, u"ratings,dropped"_s,
                u"--rating-rounding"_s, u"down"_s },
            token);
        QVERIFY2(sync.code == 0, sync.err.constData());
        QCOMPARE(int(f.fakes.trakt().history().size()), EU::FirstPlays);
        QCOMPARE(f.fakes.trakt().rating(Kind::Show, EU::AoTTrakt), 8); // 85 rounded down
        QCOMPARE(f.fakes.trakt().rating(Kind::Season, EU::MhaTrakt, 4), 8);
        QCOMPARE(f.fakes.trakt().watchlistCount(), 0);
        QVERIFY(f.fakes.trakt().isDropped(EU::GhoulTrakt));
        QCOMPARE(sync.json().value(u"ratings"_s).toInt(), 3);
        const qint64 runId = sync.json().value(u"runId"_s).toInteger();

        Run undoPreview = cli(f, { u"undo"_s, QString::number(runId), u"--preview"_s }, token);
        QVERIFY2(undoPreview.out.contains("rating 8/10 back to 6/10"), undoPreview.out.constData());
        Run undo = cli(f, { u"undo"_s, QString::number(runId) }, token);
        QVERIFY2(undo.code == 0, undo.err.constData());
        QVERIFY2(
            undo.out.contains("4 rating(s) and list change(s) put back"), undo.out.constData());
        QCOMPARE(f.fakes.trakt().rating(Kind::Season, EU::MhaTrakt, 4), 6);
        QCOMPARE(f.fakes.trakt().rating(Kind::Show, EU::AoTTrakt), 0);
        QCOMPARE(f.fakes.trakt().rating(Kind::Show, EU::BleachTrakt), 5);
        QVERIFY(!f.fakes.trakt().isDropped(EU::GhoulTrakt));
        QVERIFY(f.fakes.trakt().history().isEmpty());
    }

    void refusalExitCodes_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("sentence");
        QTest::newRow("403 revoked app") << 0 << 5 << QByteArray("Log in to Trakt again");
        QTest::newRow("420 account limit") << 1 << 6 << QByteArray("limit of 136 items");
        QTest::newRow("423 locked") << 2 << 7 << QByteArray("contact Trakt support");
        QTest::newRow("426 VIP") << 3 << 8 << QByteArray("VIP");
    }

    void refusalExitCodes()
    {
        QFETCH(int, cause);
        QFETCH(int, code);
        QFETCH(QByteArray, sentence);
        SyncFixture f;
        QVERIFY(setUp(f));
        switch (cause) {
        case 0:
            f.fakes.trakt().revokeApp();
            break;
        case 1:
            f.fakes.trakt().setHistoryLimit(RU::PlaysOnTrakt);
            break;
        case 2:
            f.fakes.trakt().setAccountLocked(true);
            break;
        default:
            f.fakes.trakt().addFault(
                u"POST"_s, u"^/sync/history$"_s, FakeFault::httpStatus(426, {}), -1);
        }
        Run sync = cli(f, { u"sync"_s, u"watching"_s });
        QCOMPARE(sync.code, code);
        QVERIFY2(sync.err.contains(sentence), QByteArray(sync.out + sync.err).constData());
        QCOMPARE(int(f.fakes.trakt().history().size()), RU::PlaysOnTrakt);
        QVERIFY(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) <= 2);
        Run logs = cli(f, { u"logs"_s, u"--limit"_s, u"5"_s });
        QVERIFY2(logs.out.contains(sentence), logs.out.constData());
    }
};

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestRunsCli)
#include "tst_runscli.moc"
