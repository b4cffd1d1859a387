// GUI benchmark. Prints one JSON object:
// Measures the app as main() builds it (the Application composition root): settings in a temporary
// folder, secrets from the web version's environment variables (no keychain needed to run it).
//  - launch_to_first_paint_ms: from creating the Application (database thread, tabs) to its first
//  paint,
//    with `mappings` rows in the database; mappings_loaded_ms: until the Mappings tab holds all of
//    them;
//  - the longest GUI event-loop stall while a large sync (preview + post of everything) runs with
//  the window
//    open, measured by a 1 ms timer's largest gap.
//   bench-gui [--mappings N] [--entries N] [--episodes N] [--seed N]
#include "app/gui/application.h"
#include "core/auth/secretstorefactory.h"
#include "core/net/serviceconfig.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "core/store/idmaprepository.h"
#include "core/store/mappingrepository.h"
#include "core/sync/syncservice.h"
#include "tests/fakes/fakedata.h"
#include "tests/fakes/fakeservices.h"
#include "tests/fakes/faketrakt.h"
#include "tests/support/syncfixture.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/mainwindow.h"
#include "ui/models/mappingmodel.h"
#include "ui/synccontroller.h"
#include "ui/tabs/mappingstab.h"

#include "core/auth/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

/// Notes the first paint of a widget.
class PaintWatcher final : public QObject
{
public:
    qint64 firstPaintMs = -1;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaintMs < 0)
            firstPaintMs = clock->elapsed();
        return QObject::eventFilter(object, event);
    }
};

/// The largest gap between ticks of a 1 ms timer: how long the GUI thread did not get to its
/// events.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                m_maxGapNs = qMax(m_maxGapNs, now - m_last);
                m_over50 += now - m_last > 50'000'000 ? 1 : 0;
                if (now - m_last > 15'000'000)
                    m_big << QJsonObject { { u"at_ms"_s, double(m_last) / 1e6 },
                        { u"ms"_s, double(now - m_last) / 1e6 } };
            }
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_maxGapNs = 0;
        m_over50 = 0;
        m_big = {};
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxStallMs() const { return double(m_maxGapNs) / 1e6; }
    int stallsOver50() const { return m_over50; }
    /// Every stall over 15 ms: when it began (ms after start()) and how long it was.
    QJsonArray bigStalls() const { return m_big; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
    int m_over50 = 0;
    QJsonArray m_big;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void fail(const QString &message)
{
    QTextStream(stdout)
        << QJsonDocument(QJsonObject { { u"error"_s, message } }).toJson(QJsonDocument::Compact)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tsuzuki-bench-gui"_s);
    QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
    QSettings().setValue(QLatin1StringView(SecretStoreOptions::UseKeychainSetting), false);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ u"mappings"_s, u"Mappings in the database at launch (default 20000)."_s,
        u"n"_s, u"20000"_s });
    parser.addOption(
        { u"entries"_s, u"Library entries to sync (default 300)."_s, u"n"_s, u"300"_s });
    parser.addOption({ u"episodes"_s, u"Episodes to sync (default 4000)."_s, u"n"_s, u"4000"_s });
    parser.addOption({ u"seed"_s, u"Library seed."_s, u"n"_s, u"7"_s });
    parser.process(app);
    const int mappingCount = parser.value(u"mappings"_s).toInt();

    QTemporaryDir dir;
    DatabaseSpec spec;
    spec.kind = DatabaseSpec::Kind::Sqlite;
    spec.sqlitePath = dir.filePath(u"bench.sqlite"_s);

    // 1. Launch to first paint with many mappings.
    {
        auto db = Database::openAndMigrate(spec, u"bench-seed"_s);
        if (!db.ok()) {
            fail(db.error().toString());
            return 1;
        }
        QList<Mapping> rows;
        rows.reserve(mappingCount);
        for (int i = 1; i <= mappingCount; ++i) {
            Mapping m;
            m.anilistId = 1000000 + i;
            m.traktId = 2000000 + i;
            m.tmdbId = 3000000 + i;
            m.imdbId = u"tt%1"_s.arg(4000000 + i);
            rows << m;
        }
        const auto saved = MappingRepository(*db.value()).saveAutoMany(rows);
        if (!saved.ok()) {
            fail(saved.error().toString());
            return 1;
        }
    }

    // The fake services and the library go in first: the app reads its service addresses and the
    // tokens (environment variables, as on a headless server) when it is built.
    FakeServices fakes;
    if (!fakes.listen()) {
        fail(u"fakes did not listen"_s);
        return 1;
    }
    fakes.trakt().setLogEnabled(false);
    const FakeLibrary library = FakeData::generateLibrary(parser.value(u"entries"_s).toInt(),
        parser.value(u"episodes"_s).toInt(), parser.value(u"seed"_s).toUInt());
    fakes.loadLibrary(library);
    fakes.exportEnvironment();
    const auto token = fakes.trakt().issueToken();
    qputenv("ANILIST_ACCESS_TOKEN", library.token.toUtf8());
    qputenv("TRAKT_ACCESS_TOKEN", token.first.toUtf8());
    qputenv("TRAKT_REFRESH_TOKEN", token.second.toUtf8());
    qputenv("TRAKT_CLIENT_SECRET", "fake-client-secret");
    qputenv("TRAKT_CLIENT_ID", "fake-client-id");
    QSettings().setValue(u"database/uri"_s, spec.sqlitePath);

    QElapsedTimer launch;
    PaintWatcher paint;
    paint.clock = &launch;
    launch.start();
    ApplicationOptions options;
    options.singleInstance = false;
    options.timings.postSpacingMs = 10;
    options.timings.relaxedReadLimits = true;
    options.adjustSyncOptions = [](SyncOptions &o) {
        o.postSpacingMs = 10;
        o.playsGuard = 1000000;
        o.retryDelayMs = 50;
    };
    auto application = std::make_unique<Application>(options);
    MainWindow *window = application->mainWindow();
    window->installEventFilter(&paint);
    application->start();
    window->show();
    if (!waitFor([&] { return paint.firstPaintMs >= 0; }, 30000)) {
        fail(u"the window never painted"_s);
        return 1;
    }
    const qint64 firstPaintMs = paint.firstPaintMs;
    if (!waitFor(
            [&] { return window->mappingsTab()->model()->rowCount() >= mappingCount; }, 120000)) {
        fail(u"the mappings never loaded"_s);
        return 1;
    }
    const qint64 loadedMs = launch.elapsed();

    // 2. A large sync with the window open: preview, then post everything through the dialog.
    {
        auto db = Database::open(spec, u"bench-seed-2"_s);
        if (!db || !Test::SyncFixture::seedAnswerKey(*db.value(), library)) {
            fail(u"could not seed the mapping data"_s);
            return 1;
        }
    }
    SyncController &sync = *application->syncController();
    int plays = 0;
    bool finished = false;
    QString status;
    // Post through the dialog's own button, as a person does: the dialog turns into the result
    // view when the run ends (that redraw is measured too).
    bool resultShown = false;
    QElapsedTimer syncClock;
    QJsonObject phases; // when each step happened, ms after the sync was asked for
    QObject::connect(&sync, &SyncController::previewOpened, &sync, [&](PreviewDialog *dialog) {
        phases.insert(u"preview_opened_ms"_s, syncClock.elapsed());
        plays = int(dialog->plan().plays.size());
        QMetaObject::invokeMethod(dialog->findChild<QPushButton *>(u"previewPostButton"_s),
            &QPushButton::click, Qt::QueuedConnection);
    });
    QObject::connect(&sync, &SyncController::resultReady, &sync, [&](const RunResult &, bool) {
        phases.insert(u"result_shown_ms"_s, syncClock.elapsed());
        resultShown = true;
    });
    QObject::connect(
        &sync, &SyncController::runFinished, &sync, [&](const SyncReport &report, bool) {
            phases.insert(u"run_finished_ms"_s, syncClock.elapsed());
            finished = true;
            status = runStatusKey(report.status);
        });
    QObject::connect(&sync, &SyncController::failed, &sync, [&](const Error &error, bool) {
        finished = true;
        status = error.userMessage;
    });
    if (!waitFor([&] { return sync.isConfigured(); }, 30000)) {
        fail(u"the sync worker was never configured"_s);
        return 1;
    }
    StallMeter meter;
    syncClock.start();
    meter.start();
    sync.requestPreview(SyncMode::Completed);
    const bool done = waitFor([&] { return finished && resultShown; }, 600000);
    // Let the result view paint.
    waitFor([&] { return false; }, 300);
    meter.stop();
    const qint64 syncMs = syncClock.elapsed();

    QJsonObject out {
        { u"benchmark"_s, u"gui"_s },
        { u"mappings"_s, mappingCount },
        { u"launch_to_first_paint_ms"_s, firstPaintMs },
        { u"mappings_loaded_ms"_s, loadedMs },
        { u"sync_entries"_s, library.idPairs.size() },
        { u"sync_plays"_s, plays },
        { u"sync_status"_s, done ? status : u"timeout"_s },
        { u"plays_on_trakt"_s, fakes.trakt().history().size() },
        { u"sync_wall_ms"_s, syncMs },
        { u"longest_event_loop_stall_ms"_s, meter.maxStallMs() },
        { u"stalls_over_50ms"_s, meter.stallsOver50() },
        { u"stalls_over_15ms"_s, meter.bigStalls() },
        { u"phases"_s, phases },
        { u"timer_ticks"_s, meter.ticks() },
        { u"platform"_s, QGuiApplication::platformName() },
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    application.reset();
    return done ? 0 : 1;
}
