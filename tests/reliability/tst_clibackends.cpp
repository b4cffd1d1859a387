// Issue 12, items 8 and 12, on SQLite and PostgreSQL, through the real tsuzuki-cli:
// - a database at a schema version newer than this build is refused with the exact message and
//   left exactly as it was;
// - Trakt's one-write-a-second rule holds across processes: back-to-back syncs pace their first
//   write from the last write time stored in the database. The fake Trakt measures the spacing
//   with its own receive times.
#include "core/store/configrepository.h"
#include "core/sync/writepacer.h"
#include "tests/support/clirunner.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::CliRunner;
using Test::SyncFixture;

class TestCliBackends final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerSyncMetaTypes(); }
    void newerSchemaRefused();
    void writesPacedAcrossProcesses();

private:
    /// Every table with every row, and the schema itself, as text.
    static QStringList snapshot(Database &db);
};

QStringList TestCliBackends::snapshot(Database &db)
{
    QStringList out;
    const QString schema = db.isPostgres()
        ? u"SELECT table_name, column_name, data_type, column_default FROM "
          "information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2"_s
        : u"SELECT type, name, sql FROM sqlite_master ORDER BY 1, 2"_s;
    for (const QString &sql : QStringList { schema }) {
        auto q = db.exec(sql);
        if (!q)
            return { q.error().toString() };
        while (q.value().next()) {
            QStringList cells;
            for (int i = 0; i < q.value().record().count(); ++i)
                cells << q.value().value(i).toString();
            out << cells.join(u'|');
        }
    }
    for (const QString &table : db.tables()) {
        auto q = db.exec(u"SELECT * FROM "_s + table); // a name the database gave us
        if (!q)
            return { q.error().toString() };
        QStringList rows;
        while (q.value().next()) {
            QStringList cells;
            for (int i = 0; i < q.value().record().count(); ++i)
                cells << q.value().value(i).toString();
            rows << table + u": "_s + cells.join(u'|');
        }
        rows.sort();
        out << rows;
    }
    return out;
}

void TestCliBackends::newerSchemaRefused()
{
    SyncFixture f;
    QVERIFY(f.setUp(5, 60, 8));
    QVERIFY(f.db->exec(
        u"INSERT INTO schema_migrations (version, description) VALUES (99, 'from the future')"_s));
    QVERIFY(ConfigRepository(*f.db).set(
        QString::fromLatin1(ConfigKey::LastSyncTimestamp), u"1700000000"_s));
    const QStringList before = snapshot(*f.db);
    QVERIFY(before.size() > 20);
    f.db.reset(); // no connection of ours stays open meanwhile

    const QByteArray message = "this database was written by a newer Tsuzuki (schema 99); update "
                               "Tsuzuki";
    CliRunner cli;
    for (const QStringList &command : { QStringList { u"status"_s },
             QStringList { u"sync"_s, u"full"_s, u"--yes"_s }, QStringList { u"reset-window"_s },
             QStringList { u"mappings"_s, u"set"_s, u"1"_s, u"2"_s } }) {
        const auto r = CliRunner::run(command, cli.environment(f));
        QVERIFY2(
            r.exitCode == 1, qPrintable(command.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
    auto direct = Database::openAndMigrate(f.testDb.spec(), u"newer"_s);
    QVERIFY(!direct);
    QCOMPARE(direct.error().code, ErrorCode::Unsupported);
    QCOMPARE(direct.error().userMessage, QString::fromUtf8(message));

    auto db = f.testDb.open(u"check"_s, false);
    QVERIFY(db);
    QCOMPARE(snapshot(*db), before);
    QCOMPARE(f.fakes.trakt().requestLog().size(), 0);
    QCOMPARE(f.fakes.anilist().requestLog().size(), 0);
}

void TestCliBackends::writesPacedAcrossProcesses()
{
    // Three syncs back to back, each in its own process, each with plays to post; 1 s spacing as
    // in production. Without the stored last-write time the first POST of a run follows the last
    // POST of the previous run by little more than the process's start-up.
    SyncFixture f;
    QVERIFY(f.setUp(6, 80, 9));
    // AniList entries with episodes not yet watched: each later run gets one new activity.
    QList<std::pair<int, int>> next; // media id, next episode
    for (const FakeAniMedia &media : f.library.media) {
        if (media.format == u"MOVIE"_s)
            continue;
        int watched = 0;
        for (const FakeAniActivity &a : f.library.activities) {
            if (a.mediaId == media.id)
                watched = std::max({ watched, a.progressFrom, a.progressTo });
        }
        if (watched > 0 && watched < media.episodes)
            next << std::pair { media.id, watched + 1 };
    }
    QVERIFY2(next.size() >= 2, "the library has no two entries with unwatched episodes");

    CliRunner cli;
    const QProcessEnvironment env = cli.environment(f, 1000);
    for (int run = 0; run < 3; ++run) {
        if (run > 0) {
            FakeAniActivity a;
            a.userId = f.library.userId;
            a.mediaId = next.at(run - 1).first;
            a.progressFrom = a.progressTo = next.at(run - 1).second;
            a.createdAt = QDateTime::currentSecsSinceEpoch() - 60 + run;
            f.fakes.anilist().addActivity(a);
        }
        const int posts = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
        const auto r
            = CliRunner::run({ u"sync"_s, u"full"_s, u"--yes"_s, u"--batch-size"_s, u"40"_s }, env);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) > posts,
            qPrintable(u"run %1 posted nothing"_s.arg(run + 1)));
    }
    const int posts = f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s);
    const qint64 gap = f.fakes.trakt().minimumGapMs(u"POST"_s, u"^/sync/history$"_s);
    qInfo("RESULT %d POSTs over 3 processes, shortest gap %lld ms (Trakt's receive times)", posts,
        gap);
    QVERIFY(posts >= 4);
    QVERIFY2(gap >= 1000, qPrintable(u"two writes %1 ms apart"_s.arg(gap)));
    QVERIFY(!ConfigRepository(*f.db).value(QString::fromLatin1(TraktWritePacer::Key)).isEmpty());
}

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestCliBackends)
#include "tst_clibackends.moc"
