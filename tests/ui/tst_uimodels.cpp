#include "ui/models/extrasmodel.h"
#include "ui/models/logfilterproxy.h"
#include "ui/models/logmodel.h"
#include "ui/models/mappingmodel.h"
#include "ui/models/modelroles.h"
#include "ui/models/overridemodel.h"
#include "ui/models/progressmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mappingModel();
    void mappingSortIsNumeric();
    void mappingFilter20000Rows();
    void overrideModel();
    void progressModel();
    void logModelAppendAndCapacity();
    void logFilterProxy_data();
    void logFilterProxy();
    void extrasModelTicksAreItemIds();
    void extrasModelGroupIsTristate();
};

static QList<Mapping> makeMappings(int n)
{
    QList<Mapping> rows;
    rows.reserve(n);
    for (int i = 1; i <= n; ++i) {
        Mapping m;
        m.anilistId = i;
        m.traktId = 100000 + i;
        if (i % 3 == 0)
            m.tmdbId = 5000 + i;
        if (i % 5 == 0)
            m.imdbId = u"tt%1"_s.arg(1000000 + i);
        m.isManual = i % 7 == 0;
        m.updatedAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
        rows << m;
    }
    return rows;
}

void TestUiModels::mappingModel()
{
    MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMappings(makeMappings(50), { { 7, u"Fullmetal Alchemist"_s } });
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.columnCount(), int(MappingModel::ColumnCount));
    QCOMPARE(model.index(6, MappingModel::Title).data().toString(), u"Fullmetal Alchemist"_s);
    QCOMPARE(model.index(6, MappingModel::Type).data().toString(), u"manual"_s);
    QCOMPARE(model.index(0, MappingModel::Type).data().toString(), u"auto"_s);
    QCOMPARE(model.index(0, MappingModel::TmdbId).data(), QVariant()); // no TMDB id: empty, not "0"
    QCOMPARE(model.index(2, MappingModel::TmdbId).data().toString(), u"5003"_s);
    QCOMPARE(model.index(4, MappingModel::ImdbId).data().toString(), u"tt1000005"_s);
    QCOMPARE(model.index(3, MappingModel::AniListId).data(ModelRole::Key).toLongLong(), 4);
    // Local time with a zone abbreviation.
    const QString updated = model.index(0, MappingModel::Updated).data().toString();
    QVERIFY2(updated.contains(QDateTime(QDate(2025, 1, 1), QTime(0, 1), Qt::UTC)
                                  .toLocalTime()
                                  .timeZoneAbbreviation()),
        qPrintable(updated));
    QCOMPARE(model.rowOf(42), 41);
    QCOMPARE(model.rowOf(4242), -1);
    model.setMappings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::mappingSortIsNumeric()
{
    MappingModel model;
    QList<Mapping> rows = makeMappings(12);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ModelRole::Sort);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMappings(rows);
    proxy.sort(MappingModel::AniListId, Qt::DescendingOrder);
    // Numeric: 12 before 9 (a text sort would put "9" first).
    QCOMPARE(proxy.index(0, MappingModel::AniListId).data().toString(), u"12"_s);
    QCOMPARE(proxy.index(3, MappingModel::AniListId).data().toString(), u"9"_s);
    proxy.sort(MappingModel::Updated, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, MappingModel::AniListId).data().toString(), u"1"_s);
}

void TestUiModels::mappingFilter20000Rows()
{
    MappingModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ModelRole::Sort);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    model.setMappings(makeMappings(20000));
    proxy.sort(MappingModel::Updated, Qt::DescendingOrder);
    // How long it takes is tests/bench/gui's business; here: the right row among 20,000.
    proxy.setFilterFixedString(u"tt1019995"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, MappingModel::AniListId).data().toString(), u"19995"_s);
    proxy.setFilterFixedString({});
    QCOMPARE(proxy.rowCount(), 20000);
}

void TestUiModels::overrideModel()
{
    OverrideModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOverrides({ { 37696, 13, 2, 1 }, { 37696, 1, 1, 1 }, { 1390, 5, 0, 5 } });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, OverrideModel::Season).data().toString(), u"2"_s);
    QCOMPARE(model.index(2, OverrideModel::Season).data(ModelRole::Sort).toLongLong(), 0);
    QCOMPARE(model.index(0, 0).data(ModelRole::Key).toString(), u"37696:13"_s);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ModelRole::Sort);
    proxy.sort(OverrideModel::AbsoluteEpisode);
    QCOMPARE(proxy.index(0, OverrideModel::AbsoluteEpisode).data().toString(), u"1"_s);
    QCOMPARE(proxy.index(2, OverrideModel::AbsoluteEpisode).data().toString(), u"13"_s);
}

void TestUiModels::progressModel()
{
    ProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t = QDateTime(QDate(2026, 3, 1), QTime(20, 4, 5), Qt::UTC);
    model.setProgress({ { 21, 1100, t }, { 5114, 64, t.addDays(-1) } }, { { 21, u"ONE PIECE"_s } });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProgressModel::Title).data().toString(), u"ONE PIECE"_s);
    QCOMPARE(model.index(1, ProgressModel::Title).data().toString(), QString());
    QCOMPARE(model.index(0, ProgressModel::LastEpisode).data(ModelRole::Sort).toInt(), 1100);
    QCOMPARE(model.index(0, ProgressModel::Updated).data().toString(),
        t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss "_s)
            + t.toLocalTime().timeZoneAbbreviation());
}

static LogEntry entry(qint64 id, const QString &level, const QString &message)
{
    return { id, level, message, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(id) };
}

void TestUiModels::logModelAppendAndCapacity()
{
    LogModel model;
    model.setCapacity(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({ entry(1, u"info"_s, u"a"_s), entry(2, u"info"_s, u"b"_s) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.newestId(), 2);
    model.appendEntries({ entry(2, u"info"_s, u"dup"_s), entry(3, u"error"_s, u"c"_s) });
    QCOMPARE(model.rowCount(), 3); // id 2 again is ignored
    QCOMPARE(model.index(2, LogModel::Message).data().toString(), u"c"_s);
    QVERIFY(
        model.index(2, LogModel::Level).data(Qt::ForegroundRole).isValid()); // errors are coloured
    model.appendEntries({ entry(4, u"info"_s, u"d"_s), entry(5, u"info"_s, u"e"_s),
        entry(6, u"info"_s, u"f"_s), entry(7, u"info"_s, u"g"_s) });
    QCOMPARE(model.rowCount(), 5); // capacity: the oldest go
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), u"c"_s);
    QCOMPARE(model.newestId(), 7);
    QList<LogEntry> many;
    for (int i = 8; i < 20; ++i)
        many << entry(i, u"info"_s, QString::number(i));
    model.appendEntries(many);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(4, LogModel::Message).data().toString(), u"19"_s);
}

void TestUiModels::logFilterProxy_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << QString()
                         << QStringList { u"Sync started"_s, u"Trakt 429"_s, u"Posted 3 plays"_s,
                                u"sync failed"_s };
    QTest::newRow("errors") << u"error"_s << QString() << QStringList { u"sync failed"_s };
    QTest::newRow("text, any case")
        << QString() << u"SYNC"_s << QStringList { u"Sync started"_s, u"sync failed"_s };
    QTest::newRow("level and text") << u"info"_s << u"sync"_s << QStringList { u"Sync started"_s };
    QTest::newRow("nothing") << u"warn"_s << u"posted"_s << QStringList {};
}

void TestUiModels::logFilterProxy()
{
    QFETCH(QString, level);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    LogModel model;
    LogFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries({ entry(1, u"info"_s, u"Sync started"_s), entry(2, u"warn"_s, u"Trakt 429"_s),
        entry(3, u"success"_s, u"Posted 3 plays"_s), entry(4, u"error"_s, u"sync failed"_s) });
    proxy.setLevel(level);
    proxy.setSearchText(text);
    QStringList got;
    for (int r = 0; r < proxy.rowCount(); ++r)
        got << proxy.index(r, LogModel::Message).data().toString();
    QCOMPARE(got, expected);
}

namespace {
SyncPlan extrasPlan()
{
    SyncPlan plan;
    plan.options.extras = SyncExtra::Rewatches | SyncExtra::Ratings | SyncExtra::Watchlist;
    PlannedPlay first;
    first.anilistId = 1;
    first.absEpisode = 3;
    first.itemId = PlannedPlay::makeItemId(1, 3);
    PlannedPlay rewatch = first;
    rewatch.rewatch = 2;
    rewatch.itemId = PlannedPlay::makeRewatchId(1, 3, 2);
    rewatch.dateSource = u"spread"_s;
    plan.plays << first << rewatch;
    for (const auto &[action, id] :
        QList<std::pair<ExtraAction, qint64>> { { ExtraAction::Rate, 1 }, { ExtraAction::Rate, 2 },
            { ExtraAction::WatchlistAdd, 3 }, { ExtraAction::WatchlistRemove, 4 } }) {
        PlannedExtra x;
        x.action = action;
        x.anilistId = id;
        x.itemId = PlannedExtra::makeItemId(action, id);
        plan.extras << x;
    }
    return plan;
}
} // namespace

void TestUiModels::extrasModelTicksAreItemIds()
{
    ExtrasModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const SyncPlan plan = extrasPlan();
    model.setPlan(plan);
    // Rewatches, Ratings, Watchlist (no Dropped: it has nothing); the first play is not an extra.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.itemCount(), 5);
    QCOMPARE(model.rewatchCount(), 1);
    QStringList all { plan.plays.at(1).itemId };
    for (const PlannedExtra &x : plan.extras)
        all << x.itemId;
    QCOMPARE(model.checkedItemIds(), all);
    model.setItemChecked(PlannedExtra::makeItemId(ExtraAction::Rate, 2), false);
    model.setItemChecked(plan.plays.at(1).itemId, false);
    QCOMPARE(model.checkedItemIds(),
        (QStringList { PlannedExtra::makeItemId(ExtraAction::Rate, 1),
            PlannedExtra::makeItemId(ExtraAction::WatchlistAdd, 3),
            PlannedExtra::makeItemId(ExtraAction::WatchlistRemove, 4) }));
    QCOMPARE(model.checkedCount(), 3);
    // Unknown ids change nothing; the approved plan follows the ids.
    model.setItemChecked(u"nope"_s, false);
    QCOMPARE(model.checkedCount(), 3);
    const SyncPlan run = plan.restrictedTo(model.checkedItemIds());
    QCOMPARE(run.plays.size(), 0);
    QCOMPARE(run.extras.size(), 3);
}

void TestUiModels::extrasModelGroupIsTristate()
{
    ExtrasModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(extrasPlan());
    const QModelIndex watchlist = model.groupIndex(u"watchlist"_s);
    QVERIFY(watchlist.isValid());
    QCOMPARE(model.rowCount(watchlist), 2);
    QCOMPARE(watchlist.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(model.index(0, 0, watchlist), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(watchlist.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    // A partial group's box ticks all (what the view sends for it), then unticks all.
    QVERIFY(model.setData(watchlist, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(watchlist.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(watchlist, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(watchlist.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.rowCount(watchlist), 2);
    QCOMPARE(model.index(1, 0, watchlist).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.checkedCount(), 3);
    model.setGroupChecked(u"watchlist"_s, true);
    QCOMPARE(model.checkedCount(), 5);
    // Not checkable (while posting, in the result): setData refuses.
    model.setCheckable(false);
    QVERIFY(!(model.flags(watchlist) & Qt::ItemIsUserCheckable));
    QVERIFY(!model.setData(watchlist, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCount(), 5);
}

QTEST_GUILESS_MAIN(TestUiModels)
#include "tst_uimodels.moc"
