// MappingDownloader against a tiny loopback HTTP server that serves the real mapping files of
// ../shared and broken variants (HTML page, cut connection, truncated JSON, 404, oversized, silent
// server).

#include "core/mapping/mappingdownloader.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "tests/core/mapping/fileserver.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

namespace {

QByteArray readShared(const QString &name)
{
    QFile f(Test::sharedDataPath(u"mappings/"_s + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestMappingDownloader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void downloadsAndImports_data();
    void downloadsAndImports();
    void brokenDownloads_data();
    void brokenDownloads();
    void settingsUrl();
    void environmentUrl();

private:
    Result<ImportSummary> run(MappingSource source, const QUrl &url,
        const MappingDownloadOptions &options = {}, QList<QString> *stages = nullptr);

    Test::TestDatabase m_tdb;
    std::unique_ptr<Database> m_db;
    Test::FileServer m_server;
    QByteArray m_fribbs;
};

void TestMappingDownloader::initTestCase()
{
    TSUZUKI_VERIFY_DB(m_tdb);
    m_db = m_tdb.open(u"downloader"_s);
    QVERIFY(m_db);
    QVERIFY(m_server.listen());
    m_fribbs = readShared(u"fribb-anime-list-full.reconstructed.json"_s);
    const QByteArray otaku = readShared(u"otaku-anime_mappings.db"_s);
    const QByteArray anibridge = readShared(u"anibridge-mappings.json"_s);
    QVERIFY(
        m_fribbs.size() > 1'000'000 && otaku.size() > 1'000'000 && anibridge.size() > 1'000'000);
    m_server.add(u"/otaku.db"_s, { 200, "application/octet-stream"_ba, otaku });
    m_server.add(u"/fribbs.json"_s, { 200, "text/plain; charset=utf-8"_ba, m_fribbs });
    m_server.add(u"/anibridge.json"_s, { 200, "application/json"_ba, anibridge });
    m_server.add(u"/login"_s,
        { 200, "text/html; charset=utf-8"_ba,
            "<!DOCTYPE html><html><body>Sign in to continue</body></html>"_ba });
    m_server.add(u"/html-as-text"_s,
        { 200, "text/plain"_ba, "\n  <html><head><title>502</title></head></html>"_ba });
    // The connection closes half way through the announced length.
    m_server.add(u"/cut.json"_s,
        { 200, "application/json"_ba, m_fribbs.left(m_fribbs.size() / 2), m_fribbs.size() });
    // A complete HTTP response whose JSON is cut (a truncated file on the server).
    m_server.add(
        u"/truncated.json"_s, { 200, "application/json"_ba, m_fribbs.left(m_fribbs.size() / 2) });
    m_server.add(
        u"/truncated.db"_s, { 200, "application/octet-stream"_ba, otaku.left(otaku.size() / 3) });
    m_server.add(u"/empty.json"_s, { 200, "application/json"_ba, {} });
    m_server.add(
        u"/big.json"_s, { 200, "application/json"_ba, QByteArray(300'000, ' ') + "[]"_ba });
    m_server.add(u"/silent"_s, { 200, {}, {}, -1, true });
}

Result<ImportSummary> TestMappingDownloader::run(MappingSource source, const QUrl &url,
    const MappingDownloadOptions &options, QList<QString> *stages)
{
    MappingDownloader downloader(*m_db);
    downloader.setOptions(options);
    std::optional<Result<ImportSummary>> result;
    int finishedCount = 0;
    connect(&downloader, &MappingDownloader::finished, this, [&](const Result<ImportSummary> &r) {
        result = r;
        ++finishedCount;
    });
    connect(&downloader, &MappingDownloader::progressed, this,
        [stages](const QString &stage, qint64, qint64) {
            if (stages && (stages->isEmpty() || stages->last() != stage))
                stages->append(stage);
        });
    downloader.start(source, url);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000))
        return makeError(ErrorCode::Timeout, u"the download never finished"_s);
    QTest::qWait(20);
    if (finishedCount != 1)
        return makeError(ErrorCode::Unknown, u"finished() emitted %1 times"_s.arg(finishedCount));
    return *result;
}

void TestMappingDownloader::downloadsAndImports_data()
{
    QTest::addColumn<MappingSource>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("minIds");
    QTest::newRow("otaku") << MappingSource::Otaku << u"/otaku.db"_s << 15000ll;
    QTest::newRow("fribbs") << MappingSource::Fribbs << u"/fribbs.json"_s << 15000ll;
    QTest::newRow("anibridge") << MappingSource::AniBridge << u"/anibridge.json"_s << 5000ll;
}

void TestMappingDownloader::downloadsAndImports()
{
    QFETCH(MappingSource, source);
    QFETCH(QString, path);
    QFETCH(qint64, minIds);
    m_server.userAgents.clear();
    QList<QString> stages;
    auto summary = run(source, m_server.url(path), {}, &stages);
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QCOMPARE(summary->source, source);
    QVERIFY2(summary->anilistIds >= minIds, qPrintable(QString::number(summary->anilistIds)));
    QCOMPARE(
        IdMapRepository(*m_db).count(MappingSources::key(source)).value(), summary->anilistIds);
    QVERIFY(!ConfigRepository(*m_db).value(MappingSources::lastSyncKey(source)).isEmpty());
    // Progress: the download, then the importer's read and write stages.
    QVERIFY2(stages.size() >= 3 && stages.first() == u"download"_s && stages.contains(u"write"_s),
        qPrintable(stages.join(u',')));
    QCOMPARE(m_server.userAgents.size(), 1);
    QVERIFY2(m_server.userAgents.first().startsWith("Tsuzuki/"),
        m_server.userAgents.first().constData());
}

void TestMappingDownloader::brokenDownloads_data()
{
    QTest::addColumn<MappingSource>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("HTML page (text/html)")
        << MappingSource::Fribbs << u"/login"_s << 0 << 0ll << u"HTML page"_s;
    QTest::newRow("HTML page sent as text")
        << MappingSource::Fribbs << u"/html-as-text"_s << 0 << 0ll << u"HTML page"_s;
    QTest::newRow("connection cut")
        << MappingSource::Fribbs << u"/cut.json"_s << 0 << 0ll << u"truncated"_s;
    QTest::newRow("truncated JSON")
        << MappingSource::Fribbs << u"/truncated.json"_s << 0 << 0ll << u"downloaded from"_s;
    QTest::newRow("truncated database")
        << MappingSource::Otaku << u"/truncated.db"_s << 0 << 0ll << u"downloaded from"_s;
    QTest::newRow("empty") << MappingSource::AniBridge << u"/empty.json"_s << 0 << 0ll
                           << u"empty"_s;
    QTest::newRow("404") << MappingSource::Fribbs << u"/nothing-here"_s << 0 << 0ll
                         << u"HTTP 404"_s;
    QTest::newRow("too large") << MappingSource::Fribbs << u"/big.json"_s << 0 << 100'000ll
                               << u"larger than"_s;
    QTest::newRow("silent server")
        << MappingSource::Fribbs << u"/silent"_s << 500 << 0ll << u"no data"_s;
    QTest::newRow("nobody listening")
        << MappingSource::Fribbs << u"port:1"_s << 0 << 0ll << u"download from"_s;
}

void TestMappingDownloader::brokenDownloads()
{
    QFETCH(MappingSource, source);
    QFETCH(QString, path);
    QFETCH(int, timeoutMs);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, expected);

    // Good data first: a broken download must leave it exactly as it is.
    const QString key = MappingSources::key(source);
    const QString goodPath = source == MappingSource::Otaku ? u"/otaku.db"_s
        : source == MappingSource::Fribbs                   ? u"/fribbs.json"_s
                                                            : u"/anibridge.json"_s;
    auto good = run(source, m_server.url(goodPath));
    QVERIFY2(good, qPrintable(good.error().toString()));
    const qint64 rowsBefore = IdMapRepository(*m_db).count(key).value();
    const QString lastSyncBefore
        = ConfigRepository(*m_db).value(MappingSources::lastSyncKey(source));
    QVERIFY(rowsBefore > 0);
    QTest::qWait(5); // a new last-sync would differ

    MappingDownloadOptions options;
    if (timeoutMs)
        options.timeoutMs = timeoutMs;
    if (maxBytes)
        options.maxBytes = maxBytes;
    const QUrl url
        = path == u"port:1"_s ? QUrl(u"http://127.0.0.1:1/x.json"_s) : m_server.url(path);
    auto result = run(source, url, options);
    QVERIFY(!result);
    const QString message = result.error().userMessage;
    QVERIFY2(message.startsWith(MappingSources::displayName(source) + u" mappings:"_s),
        qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(IdMapRepository(*m_db).count(key).value(), rowsBefore);
    QCOMPARE(ConfigRepository(*m_db).value(MappingSources::lastSyncKey(source)), lastSyncBefore);
}

void TestMappingDownloader::settingsUrl()
{
    // The URL saved in the app's settings is used when no environment variable overrides it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tsuzuki-test"_s);
    QCoreApplication::setApplicationName(u"tst_mappingdownloader"_s);
    // The keys the GUI's Settings → Mapping sources page writes (ui/settingskeys.h).
    QCOMPARE(MappingSources::settingsKey(MappingSource::Otaku), u"mapping/otakuUrl"_s);
    QCOMPARE(MappingSources::settingsKey(MappingSource::Fribbs), u"mapping/fribbsUrl"_s);
    QCOMPARE(MappingSources::settingsKey(MappingSource::AniBridge), u"mapping/anibridgeUrl"_s);
    QSettings settings;
    settings.setValue(
        MappingSources::settingsKey(MappingSource::Otaku), m_server.url(u"/otaku.db"_s).toString());
    settings.sync();
    const QProcessEnvironment none;
    QCOMPARE(MappingSources::downloadUrl(MappingSource::Otaku, none), m_server.url(u"/otaku.db"_s));
    QProcessEnvironment env;
    env.insert(u"TSUZUKI_OTAKU_URL"_s, u"http://127.0.0.1:1/elsewhere.db"_s);
    QCOMPARE(MappingSources::downloadUrl(MappingSource::Otaku, env),
        QUrl(u"http://127.0.0.1:1/elsewhere.db"_s));
    settings.remove(MappingSources::settingsKey(MappingSource::Otaku));
    settings.sync();
    QCOMPARE(MappingSources::downloadUrl(MappingSource::Otaku, none).host(),
        u"raw.githubusercontent.com"_s);
}

void TestMappingDownloader::environmentUrl()
{
    QProcessEnvironment env;
    env.insert(u"TSUZUKI_FRIBBS_URL"_s, m_server.url(u"/fribbs.json"_s).toString());
    QCOMPARE(
        MappingSources::downloadUrl(MappingSource::Fribbs, env), m_server.url(u"/fribbs.json"_s));
    QCOMPARE(MappingSources::downloadUrl(MappingSource::Otaku, env).host(),
        u"raw.githubusercontent.com"_s);

    // start() without a URL uses the environment of this process.
    qputenv("TSUZUKI_ANIBRIDGE_URL", m_server.url(u"/anibridge.json"_s).toEncoded());
    auto summary = run(MappingSource::AniBridge, {});
    qunsetenv("TSUZUKI_ANIBRIDGE_URL");
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    QVERIFY(summary->anilistIds > 0);
}

QTEST_GUILESS_MAIN(TestMappingDownloader)
#include "tst_mappingdownloader.moc"
