#pragma once

#include "app/gui/application.h"
#include "core/auth/keychainsecretstore.h"
#include "core/auth/secretbatch.h"
#include "core/auth/secretkeys.h"
#include "core/auth/secretstore.h"
#include "core/auth/secretstorefactory.h"
#include "core/net/serviceconfig.h"
#include "core/store/databasethread.h"
#include "tests/support/testdatabase.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>
#include <optional>

namespace Tsuzuki::Test {

/// Keeps GUI tests away from the user's settings and from every other test process: QSettings and
/// QStandardPaths (its test mode uses $HOME/.qttest) point into this test's temporary folder, so
/// the default SQLite file is this test's own. Call first in initTestCase().
inline void isolateSettings(const QTemporaryDir &dir)
{
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

/// Renders `widget` (and its children) into a PNG under the test artefacts; true if written.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = artifactPath(name + QStringLiteral(".png"));
    return widget->grab().save(path, "PNG");
}

/// The desktop app exactly as main() builds it (the Application composition root), for one GUI
/// test: the real keychain of the private keyring session (tests/scripts/keyring-session.sh)
/// under a service name of its own, a database of the test's backend, the fake services when the
/// test points the environment at them. Nothing is swapped in: the test reaches the parts
/// through the Application.
class AppFixture final
{
    Q_DISABLE_COPY_MOVE(AppFixture)

public:
    /// Options a test uses: no single-instance socket (several apps per process), short HTTP
    /// timings and POST spacing.
    static ApplicationOptions testOptions()
    {
        ApplicationOptions o;
        o.singleInstance = false;
        o.firstRunSetup = false; // the journey test walks the setup; the others start after it
        o.timings.postSpacingMs = 10;
        o.timings.relaxedReadLimits = true;
        o.timings.backoffMs = 20;
        o.timings.retryAfterCapMs = 100;
        o.timings.timeoutMs = 5000;
        o.adjustSyncOptions = [](SyncOptions &s) {
            s.postSpacingMs = 10;
            s.retryDelayMs = 50;
        };
        return o;
    }

    AppFixture()
        : keychainService(QStringLiteral("tsuzuki-test-%1-%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(++counter()))
    {
        QSettings settings;
        settings.setValue(
            QLatin1StringView(SecretStoreOptions::KeychainServiceSetting), keychainService);
        settings.setValue(QLatin1StringView(SecretStoreOptions::UseKeychainSetting), true);
    }

    ~AppFixture()
    {
        app.reset();
        // Leave the private keyring as it was: remove every entry this test's service holds.
        KeychainSecretStore store(keychainService);
        QList<std::pair<QString, QString>> removals;
        for (const QString &key : allSecretKeys())
            removals.append({ key, QString() });
        bool done = false;
        QObject context;
        writeSecrets(&store, removals, &context, [&done](const Result<void> &) { done = true; });
        (void)QTest::qWaitFor([&done] { return done; }, 20000);
    }

    /// Points the app at `spec` (the settings' database URI, as Settings → Database saves it).
    void useDatabase(const DatabaseSpec &spec)
    {
        QSettings().setValue(QStringLiteral("database/uri"),
            spec.isPostgres() ? spec.toDisplayString() : spec.sqlitePath);
    }

    /// Stores secrets in the real keychain under this test's service, as a login would have.
    bool storeSecrets(const QHash<QString, QString> &values)
    {
        KeychainSecretStore store(keychainService);
        QList<std::pair<QString, QString>> items;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            items.append({ it.key(), it.value() });
        std::optional<Result<void>> result;
        QObject context;
        writeSecrets(&store, items, &context, [&result](const Result<void> &r) { result = r; });
        return QTest::qWaitFor([&result] { return result.has_value(); }, 20000) && result->ok();
    }

    /// A secret as the keychain holds it under this test's service (what Settings and logins
    /// wrote); empty when absent. Read from the keychain itself: the app's store puts environment
    /// variables (TSUZUKI_DATABASE_PASSWORD, ...) in front of it.
    QString readSecret(const char *key)
    {
        KeychainSecretStore store(keychainService);
        std::optional<QString> value;
        QObject context;
        SecretJob *job = store.read(QString::fromLatin1(key));
        QObject::connect(job, &SecretJob::finished, &context,
            [job, &value] { value = job->ok() ? job->value() : QString(); });
        if (!QTest::qWaitFor([&value] { return value.has_value(); }, 20000))
            return {};
        return *value;
    }

    /// Builds the Application (as main() does) and starts it; with a database, waits until it is
    /// open. False when it did not open.
    bool start(const ApplicationOptions &options = testOptions(), bool waitForDatabase = true)
    {
        app = std::make_unique<Application>(options);
        QSignalSpy opened(app->mainWindow(), &MainWindow::databaseOpened);
        app->start();
        return !waitForDatabase || opened.count() > 0 || opened.wait(30000);
    }

    MainWindow *window() const { return app->mainWindow(); }

    const QString keychainService;
    std::unique_ptr<Application> app;

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
};

} // namespace Tsuzuki::Test
