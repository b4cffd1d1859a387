#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using namespace Tsuzuki::Test;

/// "<anilistId>:<abs>", as PlannedPlay::makeItemId builds it.
static QString itemId(qint64 anilistId, int abs)
{
    return u"%1:%2"_s.arg(anilistId).arg(abs);
}

class TestPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEpisodesAndTotals();
    void untickedItemsAreNotPosted();
    void cancelPostsNothing();
    void progressAndReport();

private:
    static SyncPlan makePlan();
};

SyncPlan TestPreviewDialog::makePlan()
{
    SyncPlan plan;
    plan.mode = SyncMode::Completed;
    const QDateTime t = QDateTime(QDate(2026, 2, 1), QTime(20, 0), Qt::UTC);
    const auto play = [&](qint64 anilist, const QString &title, int abs, int season, int episode) {
        PlannedPlay p;
        p.anilistId = anilist;
        p.title = title;
        p.absEpisode = abs;
        p.itemId = itemId(anilist, abs);
        p.traktId = anilist * 10;
        p.season = season;
        p.episode = episode;
        p.watchedAt = t.addSecs(abs * 1500);
        p.rule = u"season-data"_s;
        p.source = u"fribbs:tmdb"_s;
        return p;
    };
    for (int e = 1; e <= 3; ++e)
        plan.plays << play(16498, u"Attack on Titan"_s, e, 1, e);
    for (int e = 1; e <= 2; ++e)
        plan.plays << play(20958, u"Attack on Titan Season 2"_s, e, 2, e);
    plan.plays << play(5114, u"Fullmetal Alchemist: Brotherhood"_s, 64, 1, 64);
    SkippedItem skip;
    skip.kind = SkipKind::Unmapped;
    skip.anilistId = 999;
    skip.title = u"Obscure OVA"_s;
    skip.reason = u"No Trakt show found"_s;
    plan.skipped << skip;
    plan.counters.synced = 6;
    return plan;
}

void TestPreviewDialog::showsEpisodesAndTotals()
{
    PreviewDialog dialog(makePlan());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tree = dialog.findChild<QTreeWidget *>(u"previewTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), u"2"_s); // season 2 lands in season 2
    QCOMPARE(dialog.findChild<QTreeWidget *>(u"previewSkippedTree"_s)->topLevelItemCount(), 1);
    auto *totals = dialog.findChild<QLabel *>(u"previewTotals"_s);
    QVERIFY2(
        totals->text().startsWith(u"6 of 6 plays in 3 of 3 shows"_s), qPrintable(totals->text()));
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview"_s));

    dialog.setItemChecked(itemId(16498, 2), false);
    QVERIFY2(
        totals->text().startsWith(u"5 of 6 plays in 3 of 3 shows"_s), qPrintable(totals->text()));
    // Unticking a show unticks its episodes; the show's box is partial when some are ticked.
    dialog.setShowChecked(5114, false);
    QVERIFY2(
        totals->text().startsWith(u"4 of 6 plays in 2 of 3 shows"_s), qPrintable(totals->text()));
    QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::PartiallyChecked);
    // Clicking the check box of an episode works like the API.
    QTreeWidgetItem *episode = tree->topLevelItem(1)->child(1);
    tree->scrollToItem(episode);
    const QRect rect = tree->visualItemRect(episode);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.rect = rect;
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect check
        = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, check.center());
    QCOMPARE(episode->checkState(0), Qt::Unchecked);
    QVERIFY2(totals->text().startsWith(u"3 of 6 plays"_s), qPrintable(totals->text()));
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview-unticked"_s));
    // Nothing ticked: Post is disabled.
    for (qint64 id : { 16498, 20958 })
        dialog.setShowChecked(id, false);
    QVERIFY(!dialog.findChild<QPushButton *>(u"previewPostButton"_s)->isEnabled());
}

void TestPreviewDialog::untickedItemsAreNotPosted()
{
    PreviewDialog dialog(makePlan());
    dialog.show();
    dialog.setItemChecked(itemId(16498, 2), false);
    dialog.setShowChecked(20958, false);
    QSignalSpy post(&dialog, &PreviewDialog::postRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QCOMPARE(post.count(), 1);
    const QStringList approved = post.at(0).at(1).toStringList();
    QCOMPARE(approved, (QStringList { u"16498:1"_s, u"16498:3"_s, u"5114:64"_s }));
    QVERIFY(
        !dialog.findChild<QPushButton *>(u"previewPostButton"_s)->isEnabled()); // no double post
}

void TestPreviewDialog::cancelPostsNothing()
{
    PreviewDialog dialog(makePlan());
    dialog.show();
    QSignalSpy post(&dialog, &PreviewDialog::postRequested);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewCancelButton"_s), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(post.count(), 0);
}

void TestPreviewDialog::progressAndReport()
{
    PreviewDialog dialog(makePlan());
    dialog.show();
    QSignalSpy post(&dialog, &PreviewDialog::postRequested);
    QSignalSpy stop(&dialog, &PreviewDialog::cancelRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QCOMPARE(post.count(), 1);
    dialog.setProgress(2, 6);
    auto *bar = dialog.findChild<QProgressBar *>(u"previewProgress"_s);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), 2);
    // Cancel while posting asks the engine to stop; the dialog stays for the report.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewCancelButton"_s), Qt::LeftButton);
    QCOMPARE(stop.count(), 1);
    QVERIFY(dialog.isVisible());
    SyncReport report;
    report.status = RunStatus::Succeeded;
    report.counters.added = 5;
    report.counters.notFound = 1;
    report.counters.alreadySynced = 2;
    NotFoundPlay missing;
    missing.anilistId = 5114;
    report.notFound << missing;
    dialog.showReport(report);
    auto *summary = dialog.findChild<QLabel *>(u"previewSummary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(u"Added 5"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"not found 1"_s));
    QVERIFY(summary->text().contains(u"already synced 2"_s));
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview-report"_s));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(post.count(), 1);
}

QTEST_MAIN(TestPreviewDialog)
#include "tst_previewdialog.moc"
