// The preview's extras (issue 16) on the real dialog: first plays in "To post", rewatches,
// ratings, watchlist and dropped-list changes in their own tab with a box on every item and group,
// the approved ids that follow the ticks (mouse and Space), the Post button's count, a plan of
// extras only, the "watch only once" line, and the result view's extras.
#include "core/app/runresult.h"
#include "core/common/translations.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/models/extrasmodel.h"
#include "ui/models/groupeditemsmodel.h"
#include "ui/models/previewmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

class TestExtrasPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void extrasTabGroupsAndTicks();
    void extrasOnlyPlanIsPostable();
    void watchOnlyOnceIsSaid();
    void noExtrasTabWithoutTheOption();
    void resultListsTheExtras();

private:
    static SyncPlan makePlan();
};

namespace {

PlannedPlay play(qint64 anilist, const QString &title, int abs, int rewatch = 0)
{
    PlannedPlay p;
    p.anilistId = anilist;
    p.title = title;
    p.absEpisode = abs;
    p.rewatch = rewatch;
    p.itemId = rewatch > 0 ? PlannedPlay::makeRewatchId(anilist, abs, rewatch)
                           : PlannedPlay::makeItemId(anilist, abs);
    p.traktId = anilist * 10;
    p.season = 1;
    p.episode = abs;
    p.watchedAt = QDateTime(QDate(2026, 2, 1), QTime(20, 0), Qt::UTC).addSecs(abs * 1500);
    p.dateSource = rewatch > 0 ? (abs == 1 ? u"activity"_s : u"spread"_s) : QString();
    p.rule = u"season-data"_s;
    return p;
}

PlannedExtra extra(ExtraAction action, qint64 anilist, const QString &title, const QString &detail)
{
    PlannedExtra x;
    x.action = action;
    x.anilistId = anilist;
    x.itemId = PlannedExtra::makeItemId(action, anilist);
    x.title = title;
    x.traktId = anilist * 10;
    x.detail = detail;
    if (action == ExtraAction::Rate) {
        x.rating = 8;
        x.previousRating = 6;
        x.score = 75;
        x.scoreFormat = u"POINT_100"_s;
    }
    return x;
}

/// Clicks the check box of `index` in `tree` with the mouse.
void clickBox(QTreeView *tree, const QModelIndex &index)
{
    tree->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.rect = tree->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect check
        = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, check.center());
}

} // namespace

void TestExtrasPreview::initTestCase()
{
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
}

SyncPlan TestExtrasPreview::makePlan()
{
    SyncPlan plan;
    plan.mode = SyncMode::Completed;
    plan.options.extras
        = SyncExtra::Rewatches | SyncExtra::Ratings | SyncExtra::Watchlist | SyncExtra::Dropped;
    plan.plays << play(16498, u"Attack on Titan"_s, 1) << play(16498, u"Attack on Titan"_s, 2)
               << play(16498, u"Attack on Titan"_s, 1, 1)
               << play(16498, u"Attack on Titan"_s, 2, 1);
    plan.extras << extra(ExtraAction::Rate, 16498, u"Attack on Titan"_s,
        u"AniList 75/100 → Trakt 8/10 (replaces 6/10)"_s)
                << extra(ExtraAction::Rate, 5114, u"Fullmetal Alchemist: Brotherhood"_s,
                       u"AniList 95/100 → Trakt 10/10"_s)
                << extra(ExtraAction::WatchlistAdd, 21, u"One Piece"_s,
                       u"Planning on AniList: add to the Trakt watchlist"_s)
                << extra(ExtraAction::WatchlistRemove, 22, u"Frieren"_s,
                       u"Started on AniList: remove from the Trakt watchlist"_s)
                << extra(ExtraAction::Drop, 23, u"Dropped Show"_s,
                       u"Dropped on AniList: add to Trakt's dropped shows"_s);
    return plan;
}

void TestExtrasPreview::extrasTabGroupsAndTicks()
{
    const SyncPlan plan = makePlan();
    PreviewDialog dialog(plan);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"previewTabs"_s);
    // "To post" holds the first plays only.
    QCOMPARE(tabs->tabText(0), u"To post (2)"_s);
    dialog.planModel()->fillNow();
    QCOMPARE(dialog.planModel()->playCount(), 2);
    QCOMPARE(tabs->tabText(1), u"Extras (7)"_s);
    QTreeView *tree = dialog.extrasView();
    QVERIFY(tree);
    ExtrasModel *model = dialog.extrasModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The groups with items, in order; the watchlist holds the addition and the removal.
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, 0).data(ExtrasModel::KeyRole).toString(), u"rewatches"_s);
    QCOMPARE(model->index(1, 0).data(ExtrasModel::KeyRole).toString(), u"ratings"_s);
    QCOMPARE(model->index(2, 0).data(ExtrasModel::KeyRole).toString(), u"watchlist"_s);
    QCOMPARE(model->index(3, 0).data(ExtrasModel::KeyRole).toString(), u"dropped"_s);
    QCOMPARE(model->rowCount(model->index(2, 0)), 2);
    const QModelIndex rewatch = model->index(0, 0, model->index(0, 0));
    QCOMPARE(rewatch.siblingAtColumn(ExtrasModel::What).data().toString(), u"Ep 1 · rewatch 1"_s);
    QCOMPARE(rewatch.siblingAtColumn(ExtrasModel::Place).data().toString(), u"S01E01"_s);
    QCOMPARE(rewatch.siblingAtColumn(ExtrasModel::Note).data().toString(),
        u"Date from the AniList activity"_s);
    const QModelIndex spread = model->index(1, 0, model->index(0, 0));
    QVERIFY(spread.siblingAtColumn(ExtrasModel::Note)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"AniList keeps only the count"_s));
    QCOMPARE(model->index(0, ExtrasModel::What, model->index(1, 0)).data().toString(),
        u"AniList 75/100 → Trakt 8/10 (replaces 6/10)"_s);
    // All ticked at first: everything is approved, and the Post button counts it.
    QCOMPARE(dialog.approvedItemIds(), plan.itemIds());
    auto *post = dialog.findChild<QPushButton *>(u"previewPostButton"_s);
    QCOMPARE(post->text(), u"&Post 2 plays and 7 extras"_s);
    auto *totals = dialog.findChild<QLabel *>(u"previewTotals"_s);
    QVERIFY2(totals->text().contains(u"7 of 7 extras"_s), qPrintable(totals->text()));

    // Ctrl+Tab reaches the tab; Space on the current item toggles its box.
    tabs->setCurrentIndex(0);
    dialog.planView()->setFocus();
    QTest::keyClick(tabs, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview-extras"_s));
    const QModelIndex rating = model->index(0, 0, model->index(1, 0));
    tree->setFocus();
    tree->setCurrentIndex(rating);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(rating.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QCOMPARE(post->text(), u"&Post 2 plays and 6 extras"_s);
    // The watchlist group's box unticks both of its items.
    clickBox(tree, model->index(2, 0));
    QCOMPARE(model->index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model->checkedCount(), 4);
    // And one rewatch with the mouse.
    clickBox(tree, model->index(1, 0, model->index(0, 0)));
    QCOMPARE(post->text(), u"&Post 2 plays and 3 extras"_s);
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview-extras-unticked"_s));

    QSignalSpy posted(&dialog, &PreviewDialog::postRequested);
    QTest::mouseClick(post, Qt::LeftButton);
    QCOMPARE(posted.count(), 1);
    const QStringList approved = posted.at(0).at(1).toStringList();
    QCOMPARE(approved,
        (QStringList { PlannedPlay::makeItemId(16498, 1), PlannedPlay::makeItemId(16498, 2),
            PlannedPlay::makeRewatchId(16498, 1, 1),
            PlannedExtra::makeItemId(ExtraAction::Rate, 5114),
            PlannedExtra::makeItemId(ExtraAction::Drop, 23) }));
    // What the run gets is the plan restricted to exactly those.
    const SyncPlan run = plan.restrictedTo(approved);
    QCOMPARE(run.plays.size(), 3);
    QCOMPARE(run.extras.size(), 2);
    // While posting the boxes are fixed.
    QVERIFY(!(model->flags(rating) & Qt::ItemIsUserCheckable));
}

void TestExtrasPreview::extrasOnlyPlanIsPostable()
{
    SyncPlan plan = makePlan();
    plan.plays.clear();
    plan.options.extras = SyncExtra::Ratings;
    plan.extras = { plan.extras.first() };
    QVERIFY(!plan.isEmpty());
    PreviewDialog dialog(plan);
    dialog.show();
    auto *post = dialog.findChild<QPushButton *>(u"previewPostButton"_s);
    QVERIFY(post->isEnabled());
    QCOMPARE(post->text(), u"&Post 0 plays and 1 extra"_s);
    // No plays: the dialog opens on the extras, not on an empty plays tree.
    auto *tabs = dialog.findChild<QTabWidget *>(u"previewTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget()->objectName(), u"previewExtrasPage"_s);
    dialog.setItemChecked(plan.extras.first().itemId, false);
    QVERIFY(!post->isEnabled());
    dialog.setItemChecked(plan.extras.first().itemId, true);
    QSignalSpy posted(&dialog, &PreviewDialog::postRequested);
    QTest::mouseClick(post, Qt::LeftButton);
    QCOMPARE(posted.count(), 1);
    QCOMPARE(posted.at(0).at(1).toStringList(), QStringList { plan.extras.first().itemId });
}

void TestExtrasPreview::watchOnlyOnceIsSaid()
{
    SyncPlan plan = makePlan();
    plan.plays.removeIf([](const PlannedPlay &p) { return p.rewatch > 0; });
    SkippedItem skip;
    skip.kind = SkipKind::WatchOnlyOnce;
    skip.anilistId = 16498;
    skip.title = u"Attack on Titan"_s;
    skip.absEpisode = 1;
    plan.skipped << skip << skip;
    skip.kind = SkipKind::WatchlistFull;
    skip.anilistId = 24;
    plan.skipped << skip;
    PreviewDialog dialog(plan);
    dialog.show();
    auto *note = dialog.findChild<QLabel *>(u"previewExtrasNote"_s);
    QVERIFY(note && !note->isHidden());
    QVERIFY2(note->text().contains(u"\"watch only once\" on: 2 rewatches are not sent"_s),
        qPrintable(note->text()));
    QVERIFY2(
        note->text().contains(u"1 title does not fit"_s) || note->text().contains(u"1 title"_s),
        qPrintable(note->text()));
    // The skipped items stay in the Skipped tab under their kind's title.
    QVERIFY(dialog.skippedModel()->groupIndex(skipKindKey(SkipKind::WatchOnlyOnce)).isValid());
    QCOMPARE(dialog.extrasModel()->rewatchCount(), 0);
}

void TestExtrasPreview::noExtrasTabWithoutTheOption()
{
    SyncPlan plan = makePlan();
    plan.options.extras = {};
    plan.extras.clear();
    plan.plays.removeIf([](const PlannedPlay &p) { return p.rewatch > 0; });
    PreviewDialog dialog(plan);
    QVERIFY(!dialog.extrasModel());
    auto *tabs = dialog.findChild<QTabWidget *>(u"previewTabs"_s);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(dialog.findChild<QPushButton *>(u"previewPostButton"_s)->text(), u"&Post to Trakt"_s);
}

void TestExtrasPreview::resultListsTheExtras()
{
    const SyncPlan plan = makePlan();
    PreviewDialog dialog(plan);
    dialog.show();
    dialog.setItemChecked(PlannedExtra::makeItemId(ExtraAction::Drop, 23), false);
    QSignalSpy posted(&dialog, &PreviewDialog::postRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QCOMPARE(posted.count(), 1);
    SyncReport report;
    report.runId = 9;
    report.status = RunStatus::Succeeded;
    report.counters.added = 4;
    report.counters.rewatches = 2;
    report.counters.ratings = 2;
    report.counters.watchlistAdded = 1;
    report.counters.watchlistRemoved = 1;
    report.counters.extrasFailed = 1;
    RunResult result;
    result.report = report;
    for (const PlannedPlay &p : plan.plays)
        result.items << RunResultItem { RunResultItem::Outcome::Posted, p, {} };
    const auto entry
        = [](const QString &action, qint64 anilist, const QString &title, ExtraOutcome outcome) {
              ExtraEntry e;
              e.runId = 9;
              e.action = action;
              e.anilistId = anilist;
              e.title = title;
              e.targetKind = u"show"_s;
              e.traktId = anilist * 10;
              e.rating = action == u"rate"_s ? 8 : 0;
              e.previousRating = action == u"rate"_s ? 6 : 0;
              e.outcome = outcome;
              return e;
          };
    result.extras << entry(u"rate"_s, 16498, u"Attack on Titan"_s, ExtraOutcome::Done)
                  << entry(u"rate"_s, 5114, u"Fullmetal Alchemist"_s, ExtraOutcome::Failed)
                  << entry(u"watchlist-add"_s, 21, u"One Piece"_s, ExtraOutcome::Done)
                  << entry(u"watchlist-remove"_s, 22, u"Frieren"_s, ExtraOutcome::NotFound);
    result.untickedExtras = 1;
    dialog.showReport(report);
    auto *summary = dialog.findChild<QLabel *>(u"previewSummary"_s);
    QVERIFY2(summary->text().contains(u"rewatches 2 · ratings 2 · watchlist +1 −1 · dropped 0"_s),
        qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"1 extra failed"_s), qPrintable(summary->text()));
    dialog.showResult(result);
    GroupedItemsModel *model = dialog.resultModel();
    const QModelIndex done = model->groupIndex(u"extrasDone"_s);
    QVERIFY(done.isValid());
    QCOMPARE(model->rowCount(done), 2);
    QCOMPARE(model->index(0, GroupedItemsModel::Detail, done).data().toString(),
        u"Rating 8/10 (was 6/10)"_s);
    QVERIFY(model->groupIndex(u"extrasFailed"_s).isValid());
    QVERIFY(model->groupIndex(u"extrasNotFound"_s).isValid());
    // Rewatch plays are among the posted plays, with their number.
    const QModelIndex postedGroup = model->groupIndex(u"posted"_s);
    QStringList episodes;
    for (int r = 0; r < model->rowCount(postedGroup); ++r)
        episodes << model->index(r, GroupedItemsModel::Episode, postedGroup).data().toString();
    QVERIFY2(episodes.contains(u"2 · rewatch 1"_s), qPrintable(episodes.join(u", "_s)));
    QVERIFY2(dialog.headerText().contains(u"2 ratings and list changes sent to Trakt"_s),
        qPrintable(dialog.headerText()));
    QVERIFY2(dialog.headerText().contains(u"1 extra you unticked was not sent"_s),
        qPrintable(dialog.headerText()));
    QVERIFY(saveScreenshot(&dialog, u"dialog-result-extras"_s));
}

QTEST_MAIN(TestExtrasPreview)
#include "tst_extraspreview.moc"
