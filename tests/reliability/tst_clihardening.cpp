// Issue 12, item 9: the smaller things tsuzuki-cli got wrong, each injected for real. A full disk
// while the sync lock file is made (an LD_PRELOAD shim answers ENOSPC), negative numbers on the
// command line, `map --episode -3`, the SQLite files' permissions, a password in --database.
#include "core/store/database.h"
#include "core/store/mappingrepository.h"
#include "tests/support/clirunner.h"

#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using Test::CliRunner;
using Test::SyncFixture;

class TestCliHardening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lockFileOnFullDisk();
    void negativeNumbersArePositional_data();
    void negativeNumbersArePositional();
    void badEpisodeChangesNothing();
    void sqliteFilesAreOwnerOnly();
    void passwordOnCommandLineWarns();
};

void TestCliHardening::initTestCase()
{
    registerSyncMetaTypes();
    ::umask(022); // the usual one: what the files would get without Tsuzuki's own modes
}

void TestCliHardening::lockFileOnFullDisk()
{
    SyncFixture f;
    QVERIFY(f.setUp(5, 60, 3));
    CliRunner cli;
    QVERIFY(cli.isValid());
    QProcessEnvironment env = cli.environment(f);
    env.insert(u"LD_PRELOAD"_s, QStringLiteral(TSUZUKI_ENOSPC_SHIM));
    env.insert(u"TSUZUKI_ENOSPC_SUFFIX"_s, u".sync.lock"_s);
    // Under the ASan preset the shim may come before the ASan runtime: let it.
    QString asan = env.value(u"ASAN_OPTIONS"_s);
    env.insert(u"ASAN_OPTIONS"_s,
        (asan.isEmpty() ? QString() : asan + u':') + u"verify_asan_link_order=0"_s);
    const auto full = CliRunner::run({ u"sync"_s, u"full"_s, u"--yes"_s }, env);
    QVERIFY2(full.exitCode == 1, QByteArray(full.out + full.err).constData());
    QVERIFY2(full.err.contains("Cannot create the sync lock file"), full.err.constData());
    QVERIFY2(full.err.contains("disk may be full"), full.err.constData());
    QVERIFY(
        !full.out.contains("sync already running") && !full.err.contains("sync already running"));
    QCOMPARE(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s), 0);

    // Nothing was left behind: with space again the same command syncs.
    const auto ok = CliRunner::run({ u"sync"_s, u"full"_s, u"--yes"_s }, cli.environment(f));
    QVERIFY2(ok.exitCode == 0, QByteArray(ok.out + ok.err).constData());
    QVERIFY(f.fakes.trakt().requestCount(u"POST"_s, u"/sync/history"_s) > 0);
}

void TestCliHardening::negativeNumbersArePositional_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("override set, abs -5") << QStringList { u"override"_s, u"set"_s, u"1420"_s,
        u"-5"_s, u"1"_s, u"2"_s } << "must be 1 or more"_ba;
    QTest::newRow("mappings set, AniList id -5") << QStringList { u"mappings"_s, u"set"_s, u"-5"_s,
        u"100"_s } << "AniList id must be a positive number, got \"-5\""_ba;
    QTest::newRow("progress reset -7") << QStringList { u"progress"_s, u"reset"_s, u"-7"_s }
                                       << "must be a positive number, got \"-7\""_ba;
}

void TestCliHardening::negativeNumbersArePositional()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    CliRunner cli;
    QProcessEnvironment env = cli.baseEnvironment();
    env.insert(u"TSUZUKI_DATABASE"_s, cli.path(u"negative.sqlite"_s));
    const auto r = CliRunner::run(arguments, env);
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
    QVERIFY2(!r.err.contains("Unknown option"), r.err.constData());
    QVERIFY2(r.err.contains(message), r.err.constData());
    auto db = Database::open(DatabaseSpec::parse(env.value(u"TSUZUKI_DATABASE"_s)).value(), u"n"_s);
    QVERIFY(db);
    QCOMPARE(db.value()->rowCount(u"mappings"_s), 0);
    QCOMPARE(db.value()->rowCount(u"episode_override"_s), 0);
}

void TestCliHardening::badEpisodeChangesNothing()
{
    // `map <id> --episode -3` resolved the id online and saved an auto mapping before it found
    // that the episode made no sense. Now it stops first: no request, no row.
    SyncFixture f;
    QVERIFY(f.setUp(5, 60, 4));
    const qint64 anilistId = f.library.idPairs.first().anilistId;
    QVERIFY(MappingRepository(*f.db).remove(anilistId));
    const qint64 before = f.db->rowCount(u"mappings"_s);
    CliRunner cli;
    for (const QString &episode : { u"-3"_s, u"0"_s }) {
        const auto r = CliRunner::run(
            { u"map"_s, QString::number(anilistId), u"--episode"_s, episode }, cli.environment(f));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("The episode must be 1 or more"), r.err.constData());
    }
    QCOMPARE(f.db->rowCount(u"mappings"_s), before);
    QVERIFY(f.fakes.trakt().requestLog().isEmpty());
    QVERIFY(f.fakes.tmdb().requestLog().isEmpty());
}

void TestCliHardening::sqliteFilesAreOwnerOnly()
{
    CliRunner cli;
    // A new database in folders that do not exist yet.
    const QString path = cli.path(u"new/private/tsuzuki.sqlite"_s);
    QProcessEnvironment env = cli.baseEnvironment();
    env.insert(u"TSUZUKI_DATABASE"_s, path);
    const auto r = CliRunner::run({ u"status"_s }, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto mode = [](const QString &file) {
        struct stat st
        { };
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(cli.path(u"new/private"_s)), 0700);
    QCOMPARE(mode(cli.path(u"new"_s)), 0700);
    // SQLite's -wal and -shm exist while a connection is open, with the database file's mode.
    {
        auto db = Database::openAndMigrate(DatabaseSpec::parse(path).value(), u"perm"_s);
        QVERIFY(db);
        QVERIFY(db.value()->exec(u"INSERT INTO logs (message, level) VALUES ('x', 'info')"_s));
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
    }
    // A database file others could read (made by an older version) is made private on open.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY(CliRunner::run({ u"status"_s }, env).exitCode == 0);
    QCOMPARE(mode(path), 0600);
}

void TestCliHardening::passwordOnCommandLineWarns()
{
    CliRunner cli;
    const QString secret = u"tsuzuki-test-secret-cli-password-01"_s;
    const auto r = CliRunner::run(
        { u"--database"_s, u"postgresql://someone:%1@127.0.0.1:1/db"_s.arg(secret), u"status"_s },
        cli.baseEnvironment());
    QCOMPARE(r.exitCode, 1); // nothing listens on port 1
    QVERIFY2(r.err.contains("Warning: the password in --database can be read by every user"),
        r.err.constData());
    QVERIFY(r.err.contains("TSUZUKI_DATABASE_PASSWORD"));
    QVERIFY(!r.err.contains(secret.toUtf8()) && !r.out.contains(secret.toUtf8()));
    // The same URI without a password: no warning.
    const auto quiet
        = CliRunner::run({ u"--database"_s, u"postgresql://someone@127.0.0.1:1/db"_s, u"status"_s },
            cli.baseEnvironment());
    QVERIFY(!quiet.err.contains("Warning: the password"));
}

} // namespace Tsuzuki

QTEST_GUILESS_MAIN(Tsuzuki::TestCliHardening)
#include "tst_clihardening.moc"
