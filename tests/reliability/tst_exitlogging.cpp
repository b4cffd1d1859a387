// Issue 12, item 1: with Qt's own debug categories on, tsuzuki-cli crashed at exit (heap
// use-after-free, exit 134): the redacting message handler used regexes that the main thread's
// thread-local destructors had freed, when Qt logged once more while unloading plugins. The real
// binary runs here with those categories on and must exit normally with code 0 (under the asan
// preset the same test runs the ASan build of tsuzuki-cli, which reports any use-after-free).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExitLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandsExitCleanly_data();
    void commandsExitCleanly();

private:
    QProcessEnvironment environment(const QString &rules) const;

    QTemporaryDir m_dir;
};

void TestExitLogging::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"config/tsuzuki"_s));
    QFile conf(m_dir.filePath(u"config/tsuzuki/tsuzuki.conf"_s));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[secrets]\nuseKeychain=false\n"); // no keychain: nothing but the database is used
}

QProcessEnvironment TestExitLogging::environment(const QString &rules) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_STATE_HOME"_s, m_dir.filePath(u"state"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    env.insert(u"TSUZUKI_DATABASE"_s, m_dir.filePath(u"exit.sqlite"_s));
    env.insert(u"QT_LOGGING_RULES"_s, rules);
    env.remove(u"QT_MESSAGE_PATTERN"_s);
    return env;
}

void TestExitLogging::commandsExitCleanly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("rules");
    const QList<std::pair<const char *, QString>> rules {
        { "all debug", u"*.debug=true"_s },
        { "plugin loader only", u"qt.core.library.debug=true"_s },
    };
    const QList<QStringList> commands { { u"status"_s }, { u"logs"_s }, { u"progress"_s },
        { u"status"_s, u"--json"_s }, { u"override"_s, u"list"_s } };
    for (const auto &[name, rule] : rules) {
        for (const QStringList &command : commands) {
            QTest::addRow("%s, %s", qPrintable(command.join(u' ')), name) << command << rule;
        }
    }
}

void TestExitLogging::commandsExitCleanly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, rules);
    QProcess cli;
    cli.setProcessEnvironment(environment(rules));
    cli.start(QStringLiteral(TSUZUKI_CLI_EXE), arguments);
    QVERIFY(cli.waitForStarted());
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    // The debug categories really were on (else this test would prove nothing).
    QVERIFY2(err.contains("qt.core.library"), err.right(2000).constData());
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit, err.right(2000).constData());
    QVERIFY2(cli.exitCode() == 0, err.right(2000).constData());
    QVERIFY2(!err.contains("AddressSanitizer") && !err.contains("malloc()"),
        err.right(2000).constData());
}

QTEST_GUILESS_MAIN(TestExitLogging)
#include "tst_exitlogging.moc"
