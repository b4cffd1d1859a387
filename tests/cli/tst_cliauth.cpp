// `tsuzuki-cli auth …` end to end: the real binary, the fake Trakt/AniList on loopback, and the
// real Secret Service of the test session (the test command runs ctest inside a private
// gnome-keyring).
#include "tests/fakes/fakeanilist.h"
#include "tests/fakes/fakeservices.h"
#include "tests/fakes/faketrakt.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {
const QString AniListToken = u"tsuzuki-test-secret-anilist-cli-0001"_s;
const QString ClientId = u"tsuzuki-test-client-id"_s;
const QString ClientSecret = u"tsuzuki-test-secret-client-0001"_s;
} // namespace

class TestCliAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void statusBeforeLogin();
    void aniListTokenFromStandardInput();
    void aniListRejectsBadToken();
    void traktDeviceCodeFlow();
    void logoutRevokes();
    void helpIsTranslated();

private:
    QProcessEnvironment environment() const;
    /// Runs the CLI to completion; returns exit code, fills stdout/stderr.
    int run(const QStringList &args, QString *out, QString *err = nullptr,
        const QByteArray &input = {});

    FakeServices m_fakes;
    QTemporaryDir m_home;
    QString m_cli;
};

void TestCliAuth::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_cli = qEnvironmentVariable("TSUZUKI_BINARY_DIR") + u"/app/tsuzuki-cli"_s;
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_fakes.listen());
    m_fakes.anilist().addUser(7, u"alice"_s, AniListToken);
    m_fakes.trakt().setClientCredentials(ClientId, ClientSecret);
    m_fakes.trakt().setUser(u"alice_t"_s, u"Alice"_s);
    m_fakes.trakt().setDeviceCodeTiming(600, 1);
    // The keychain of this session is shared by every test: start from a clean slate for our keys.
    QString out;
    run({ u"auth"_s, u"logout"_s, u"anilist"_s }, &out);
}

void TestCliAuth::cleanupTestCase()
{
    QString out;
    run({ u"auth"_s, u"logout"_s, u"anilist"_s }, &out);
}

QProcessEnvironment TestCliAuth::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QJsonObject urls = m_fakes.urls();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    env.insert(u"TSUZUKI_ANILIST_URL"_s, urls.value(u"anilist"_s).toString());
    env.insert(u"TSUZUKI_TRAKT_URL"_s, urls.value(u"trakt"_s).toString());
    env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, urls.value(u"traktAuth"_s).toString());
    env.insert(u"TSUZUKI_TMDB_URL"_s, urls.value(u"tmdb"_s).toString());
    env.insert(u"TRAKT_CLIENT_ID"_s, ClientId);
    env.insert(u"TRAKT_CLIENT_SECRET"_s, ClientSecret);
    for (const auto *name :
        { "ANILIST_ACCESS_TOKEN", "TRAKT_ACCESS_TOKEN", "TRAKT_REFRESH_TOKEN", "TSUZUKI_DATABASE" })
        env.remove(QString::fromLatin1(name));
    return env;
}

int TestCliAuth::run(const QStringList &args, QString *out, QString *err, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_cli, args);
    if (!process.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The fakes live in this thread: keep the event loop turning while the CLI talks to them.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return -3;
    }
    *out = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (err)
        *err = errors;
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning().noquote() << "tsuzuki-cli" << args.join(u' ') << "crashed:" << errors;
        return -2;
    }
    return process.exitCode();
}

void TestCliAuth::statusBeforeLogin()
{
    QString out;
    QCOMPARE(run({ u"--json"_s, u"auth"_s, u"status"_s }, &out), 0);
    const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(status.value(u"anilist"_s).toObject().value(u"loggedIn"_s).toBool(), false);
    QCOMPARE(status.value(u"trakt"_s).toObject().value(u"loggedIn"_s).toBool(), false);
}

void TestCliAuth::aniListTokenFromStandardInput()
{
    QString out, err;
    QCOMPARE(run({ u"auth"_s, u"anilist"_s }, &out, &err, AniListToken.toUtf8() + '\n'), 0);
    QVERIFY2(out.contains(u"Signed in to AniList as alice"_s), qPrintable(out + err));
    QVERIFY(!out.contains(AniListToken) && !err.contains(AniListToken));

    QCOMPARE(run({ u"--json"_s, u"auth"_s, u"status"_s }, &out), 0);
    const QJsonObject anilist
        = QJsonDocument::fromJson(out.toUtf8()).object().value(u"anilist"_s).toObject();
    QCOMPARE(anilist.value(u"loggedIn"_s).toBool(), true);
    QCOMPARE(anilist.value(u"user"_s).toString(), u"alice"_s);
}

void TestCliAuth::aniListRejectsBadToken()
{
    QString out, err;
    QCOMPARE(run({ u"auth"_s, u"anilist"_s }, &out, &err, "not-a-valid-token-at-all\n"), 1);
    QVERIFY2(err.contains(u"log in again"_s, Qt::CaseInsensitive), qPrintable(err));
    // The good token stored before is still there.
    QCOMPARE(run({ u"--json"_s, u"auth"_s, u"status"_s }, &out), 0);
    QVERIFY(QJsonDocument::fromJson(out.toUtf8())
                .object()
                .value(u"anilist"_s)
                .toObject()
                .value(u"loggedIn"_s)
                .toBool());
}

void TestCliAuth::traktDeviceCodeFlow()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_cli, { u"auth"_s, u"trakt"_s });
    QVERIFY(process.waitForStarted(10000));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput())).contains(u"Waiting"_s), 20000);
    const QRegularExpression code(
        u"^\\s+([A-Z0-9]{6,10})\\s*$"_s, QRegularExpression::MultilineOption);
    QVERIFY2(code.match(out).hasMatch(), qPrintable(out));
    QVERIFY(out.contains(u"/activate"_s));
    QCOMPARE(m_fakes.trakt().refreshCount(), 0);
    m_fakes.trakt().approve();
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    out += QString::fromUtf8(process.readAllStandardOutput());
    // A crash (a sanitizer's abort, too) says so, with what the CLI printed on stderr.
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        qPrintable(u"exit status %1, code %2:\n%3"_s.arg(int(process.exitStatus()))
                       .arg(process.exitCode())
                       .arg(QString::fromUtf8(process.readAllStandardError()))));
    QVERIFY2(out.contains(u"Signed in to Trakt as alice_t"_s), qPrintable(out));

    QCOMPARE(run({ u"--json"_s, u"auth"_s, u"status"_s }, &out), 0);
    const QJsonObject trakt
        = QJsonDocument::fromJson(out.toUtf8()).object().value(u"trakt"_s).toObject();
    QCOMPARE(trakt.value(u"loggedIn"_s).toBool(), true);
    QCOMPARE(trakt.value(u"user"_s).toString(), u"alice_t"_s);
    QVERIFY(QDateTime::fromString(trakt.value(u"expiresAt"_s).toString(), Qt::ISODate)
        > QDateTime::currentDateTimeUtc());
}

void TestCliAuth::logoutRevokes()
{
    const int revokedBefore = m_fakes.trakt().revokeCount();
    QString out;
    QCOMPARE(run({ u"auth"_s, u"logout"_s, u"trakt"_s }, &out), 0);
    QCOMPARE(m_fakes.trakt().revokeCount(), revokedBefore + 1);
    QCOMPARE(run({ u"--json"_s, u"auth"_s, u"status"_s }, &out), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8())
                 .object()
                 .value(u"trakt"_s)
                 .toObject()
                 .value(u"loggedIn"_s)
                 .toBool(),
        false);
}

void TestCliAuth::helpIsTranslated()
{
    // The command summaries are registered before the translator is installed; --help must still
    // print them in the user's language.
    QSettings settings(m_home.filePath(u"config/tsuzuki/tsuzuki.conf"_s), QSettings::IniFormat);
    settings.setValue(u"ui/language"_s, u"de"_s);
    settings.sync();
    QString out;
    QCOMPARE(run({ u"--help"_s }, &out), 0);
    settings.remove(u"ui/language"_s);
    settings.sync();
    QVERIFY2(out.contains(u"Das Aktivitätsprotokoll anzeigen"_s), qPrintable(out));
    QVERIFY(!out.contains(u"Show the activity log"_s));
    QString english;
    QCOMPARE(run({ u"--help"_s }, &english), 0);
    QVERIFY(english.contains(u"Show the activity log"_s));
}

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cliauth.moc"
