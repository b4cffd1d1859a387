// The real `tsuzuki` binary, as a person starts it: an empty private keyring (its own keychain
// service), isolated settings and data, the offscreen platform. It must reach its event loop,
// bring itself forward when launched a second time (that launch exits 0), and end cleanly on
// SIGTERM (exit 0, no sanitizer report) — so main() runs in CI. TSUZUKI_SMOKE_BINARY picks the
// binary (the packaging test runs this against the installed /usr/bin/tsuzuki).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSmoke final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsActivatesAndStopsOnSigterm_data();
    void startsActivatesAndStopsOnSigterm();

private:
    QProcessEnvironment environment(const QTemporaryDir &home, bool debugLogging = false) const;

    QString m_binary;
};

void TestSmoke::initTestCase()
{
    m_binary = qEnvironmentVariable("TSUZUKI_SMOKE_BINARY");
    if (m_binary.isEmpty())
        m_binary = qEnvironmentVariable("TSUZUKI_BINARY_DIR") + u"/app/tsuzuki"_s;
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    // The program runs in the private keyring session the test command starts.
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run inside tests/scripts/keyring-session.sh (the test command does)");
}

QProcessEnvironment TestSmoke::environment(const QTemporaryDir &home, bool debugLogging) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // With every debug category on, Qt logs through the redacting handler until the very end of
    // the process (plugin unloading): the handler must outlive that (issue 12).
    env.insert(u"QT_LOGGING_RULES"_s,
        debugLogging ? u"*.debug=true\ntsuzuki.app.info=true"_s : u"tsuzuki.app.info=true"_s);
    for (const QString &name : { u"TSUZUKI_DATABASE"_s, u"ANILIST_ACCESS_TOKEN"_s,
             u"TRAKT_ACCESS_TOKEN"_s, u"TRAKT_REFRESH_TOKEN"_s, u"TRAKT_CLIENT_SECRET"_s })
        env.remove(name);
    return env;
}

void TestSmoke::startsActivatesAndStopsOnSigterm_data()
{
    QTest::addColumn<bool>("minimized");
    QTest::addColumn<bool>("debugLogging");
    QTest::newRow("window") << false << false;
    QTest::newRow("--minimized") << true << false;
    QTest::newRow("all debug output") << false << true;
}

void TestSmoke::startsActivatesAndStopsOnSigterm()
{
    QFETCH(bool, minimized);
    QFETCH(bool, debugLogging);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // An empty keychain: a service name nobody has written to.
    QVERIFY(QDir().mkpath(home.filePath(u"config/tsuzuki"_s)));
    QFile conf(home.filePath(u"config/tsuzuki/tsuzuki.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[secrets]\nkeychainService=tsuzuki-smoke-"
        + QByteArray::number(QCoreApplication::applicationPid()) + "\n");
    conf.close();

    QProcess app;
    app.setProcessEnvironment(environment(home, debugLogging));
    app.setProcessChannelMode(QProcess::SeparateChannels);
    app.start(m_binary, minimized ? QStringList { u"--minimized"_s } : QStringList {});
    QVERIFY2(app.waitForStarted(20000), qPrintable(app.errorString()));
    QString log;
    const auto logContains = [&](const QString &text) {
        log += QString::fromLocal8Bit(app.readAllStandardError());
        return log.contains(text);
    };
    // It reached its event loop (main() prints "ready" just before exec()).
    QTRY_VERIFY2_WITH_TIMEOUT(logContains(u"tsuzuki.app: ready"_s), qPrintable(log), 30000);

    // A second launch hands over to the running one and exits 0.
    QProcess second;
    second.setProcessEnvironment(environment(home));
    second.start(m_binary, {});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QTRY_VERIFY2_WITH_TIMEOUT(
        logContains(u"activated by a second launch"_s), qPrintable(log), 20000);
    QCOMPARE(app.state(), QProcess::Running);

    // SIGTERM (a logout, `kill`) ends it through its event loop: exit 0, nothing reported.
    ::kill(pid_t(app.processId()), SIGTERM);
    QVERIFY(app.waitForFinished(30000));
    log += QString::fromLocal8Bit(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, qPrintable(log));
    QVERIFY2(log.contains(u"quitting"_s), qPrintable(log));
    for (const QString &report :
        { u"AddressSanitizer"_s, u"LeakSanitizer"_s, u"runtime error"_s, u"QThread: Destroyed"_s })
        QVERIFY2(!log.contains(report), qPrintable(log.right(4000)));
    if (!debugLogging) // Qt's own debug output names QObject functions on purpose
        QVERIFY2(!log.contains(u"QObject::"_s), qPrintable(log));
    // It ran on the default SQLite database of its own data folder.
    QVERIFY(QFile::exists(home.filePath(u"data/tsuzuki/tsuzuki.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
