#pragma once
// Runs the real tsuzuki-cli for the reliability tests: private XDG folders (no keychain unless a
// test asks for one), the fakes' URLs and tokens from a SyncFixture, short test timings.
#include "tests/support/syncfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace Tsuzuki::Test {

struct CliResult
{
    int exitCode = -1; ///< -1: did not finish, -2: crashed
    QByteArray out;
    QByteArray err;
};

class CliRunner final
{
public:
    explicit CliRunner(const QByteArray &settings = "[secrets]\nuseKeychain=false\n")
    {
        QDir(m_dir.path()).mkpath(u"config/tsuzuki"_s);
        QFile conf(m_dir.filePath(u"config/tsuzuki/tsuzuki.conf"_s));
        if (conf.open(QIODevice::WriteOnly))
            conf.write(settings);
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    /// The environment of a CLI run: XDG folders here, nothing from the fixture.
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_STATE_HOME"_s, m_dir.filePath(u"state"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        env.remove(u"TSUZUKI_DATABASE"_s);
        return env;
    }

    /// baseEnvironment() plus the fixture's database, fake services and tokens (from the
    /// environment, as on a server without a keychain) and fast test timings.
    QProcessEnvironment environment(SyncFixture &f, int spacingMs = 5) const
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(u"TSUZUKI_DATABASE"_s, f.testDb.spec().toDisplayString());
        env.insert(u"TSUZUKI_ANILIST_URL"_s, f.services.aniListUrl.toString());
        env.insert(u"TSUZUKI_TRAKT_URL"_s, f.services.traktUrl.toString());
        env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, f.services.traktAuthUrl.toString());
        env.insert(u"TSUZUKI_TMDB_URL"_s, f.services.tmdbUrl.toString());
        env.insert(u"TRAKT_CLIENT_ID"_s, f.services.traktClientId);
        env.insert(u"ANILIST_ACCESS_TOKEN"_s,
            f.secrets.values.value(QString::fromLatin1(SecretKey::AniListToken)));
        env.insert(u"TRAKT_ACCESS_TOKEN"_s, f.fakes.trakt().latestAccessToken());
        env.insert(u"TRAKT_REFRESH_TOKEN"_s, f.fakes.trakt().latestRefreshToken());
        env.insert(u"TRAKT_CLIENT_SECRET"_s, u"fake-client-secret"_s);
        env.insert(u"TSUZUKI_SYNC_POST_SPACING_MS"_s, QString::number(spacingMs));
        env.insert(u"TSUZUKI_SYNC_TIMEOUT_MS"_s, u"3000"_s);
        env.insert(u"TSUZUKI_SYNC_FAST"_s, u"1"_s);
        return env;
    }

    /// Runs tsuzuki-cli to the end (the fakes keep answering: the event loop runs meanwhile).
    static CliResult run(
        const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 120000)
    {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TSUZUKI_CLI_EXE), arguments);
        CliResult result;
        if (!cli.waitForStarted(30000))
            return result;
        if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, timeoutMs)) {
            cli.kill();
            cli.waitForFinished(5000);
            return result;
        }
        result.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
        result.out = cli.readAllStandardOutput();
        result.err = cli.readAllStandardError();
        return result;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace Tsuzuki::Test
