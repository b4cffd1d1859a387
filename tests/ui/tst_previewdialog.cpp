// The preview dialog alone (one class): the plan as a model-based tree that fills in batches, the
// ticks, the skipped items grouped by kind, then the result view of a run: posted, not found,
// failed and not sent listed, "Fix mapping…" and "Open in Trakt", and a header that is true before
// and after posting.
#include "core/app/runresult.h"
#include "core/common/translations.h"
#include "tests/ui/uitestsupport.h"
#include "ui/dialogs/previewdialog.h"
#include "ui/models/groupeditemsmodel.h"
#include "ui/models/previewmodel.h"
#include "ui/widgets/addressbox.h"
#include "ui/widgets/urlopener.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
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

/// "<anilistId>:<abs>", as PlannedPlay::makeItemId builds it.
static QString itemId(qint64 anilistId, int abs)
{
    return u"%1:%2"_s.arg(anilistId).arg(abs);
}

class TestPreviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsEpisodesAndTotals();
    void untickedItemsAreNotPosted();
    void cancelPostsNothing();
    void progressAndReport();
    void largePlanFillsInBatches();
    void skippedItemsAreGroupedByKind();
    void resultListsEveryOutcome();
    void openInTraktFallsBackToTheAddress();

private:
    static SyncPlan makePlan();
    static PlannedPlay play(qint64 anilist, const QString &title, int abs, int season, int episode);
    static QModelIndex child(QAbstractItemModel *model, int group, int row)
    {
        return model->index(row, 0, model->index(group, 0));
    }

    QList<QUrl> m_opened;
    bool m_browserWorks = true;
};

void TestPreviewDialog::initTestCase()
{
    // English with its plural forms ("1 play", "5 plays"), as main() installs it.
    QCOMPARE(Translations::install(u"en"_s), u"en"_s);
}

void TestPreviewDialog::init()
{
    m_opened.clear();
    m_browserWorks = true;
    UrlOpener::setFunction([this](const QUrl &url) {
        m_opened << url;
        return m_browserWorks;
    });
}

void TestPreviewDialog::cleanup()
{
    UrlOpener::setFunction({});
}

PlannedPlay TestPreviewDialog::play(
    qint64 anilist, const QString &title, int abs, int season, int episode)
{
    const QDateTime t = QDateTime(QDate(2026, 2, 1), QTime(20, 0), Qt::UTC);
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
}

SyncPlan TestPreviewDialog::makePlan()
{
    SyncPlan plan;
    plan.mode = SyncMode::Completed;
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
    auto *tree = dialog.findChild<QTreeView *>(u"previewTree"_s);
    QAbstractItemModel *model = tree->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->rowCount(model->index(1, 0)), 2);
    // Season 2 lands in season 2.
    QCOMPARE(model->index(0, PreviewModel::Season, model->index(1, 0)).data().toString(), u"2"_s);
    // Times are local with the zone; UTC is in the tooltip.
    QVERIFY(child(model, 0, 0)
                .siblingAtColumn(PreviewModel::Watched)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(u" UTC"_s));
    QCOMPARE(dialog.findChild<QTreeView *>(u"previewSkippedTree"_s)->model()->rowCount(), 1);
    auto *totals = dialog.findChild<QLabel *>(u"previewTotals"_s);
    QVERIFY2(
        totals->text().startsWith(u"6 of 6 plays in 3 of 3 shows"_s), qPrintable(totals->text()));
    QVERIFY(dialog.headerText().contains(u"Nothing has been sent to Trakt yet"_s));
    // Headers are never cut: each section is at least as wide as its text.
    for (int c = PreviewModel::Season; c < PreviewModel::ColumnCount; ++c) {
        const QString heading = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(tree->header()->sectionSize(c)
                > tree->header()->fontMetrics().horizontalAdvance(heading),
            qPrintable(heading));
    }
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview"_s));

    dialog.setItemChecked(itemId(16498, 2), false);
    QVERIFY2(
        totals->text().startsWith(u"5 of 6 plays in 3 of 3 shows"_s), qPrintable(totals->text()));
    // Unticking a show unticks its episodes; the show's box is partial when some are ticked.
    dialog.setShowChecked(5114, false);
    QVERIFY2(
        totals->text().startsWith(u"4 of 6 plays in 2 of 3 shows"_s), qPrintable(totals->text()));
    QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    {
        // One play: real plurals, never "1 of 1 plays".
        SyncPlan one = makePlan();
        one.plays = { one.plays.first() };
        PreviewDialog single(one);
        const QLabel *line = single.findChild<QLabel *>(u"previewTotals"_s);
        QTRY_VERIFY2(line->text().startsWith(u"1 of 1 play in 1 of 1 show will be posted"_s),
            qPrintable(line->text()));
    }
    // Clicking the check box of an episode works like the API.
    const QModelIndex episode = child(model, 1, 1);
    tree->scrollTo(episode);
    const QRect rect = tree->visualRect(episode);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.rect = rect;
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    const QRect check
        = tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, check.center());
    QCOMPARE(episode.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY2(totals->text().startsWith(u"3 of 6 plays"_s), qPrintable(totals->text()));
    // A partial show's box ticks every episode again.
    QVERIFY(model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY2(totals->text().startsWith(u"4 of 6 plays"_s), qPrintable(totals->text()));
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
    // While posting the boxes cannot change what is being sent.
    QVERIFY(
        !(dialog.planModel()->flags(dialog.planModel()->index(0, 0)) & Qt::ItemIsUserCheckable));
    QVERIFY(dialog.headerText().contains(u"Posting to Trakt"_s));
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
    report.runId = 7;
    report.status = RunStatus::Succeeded;
    report.counters.added = 5;
    report.counters.notFound = 1;
    report.counters.alreadySynced = 2;
    NotFoundPlay missing;
    missing.anilistId = 5114;
    missing.absEpisode = 64;
    report.notFound << missing;
    dialog.showReport(report);
    auto *summary = dialog.findChild<QLabel *>(u"previewSummary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->text().contains(u"Added 5"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"not found 1"_s));
    QVERIFY(summary->text().contains(u"already synced 2"_s));
    // The header no longer says that nothing was sent.
    QVERIFY2(
        !dialog.headerText().contains(u"Nothing has been sent"_s), qPrintable(dialog.headerText()));
    QVERIFY2(dialog.headerText().contains(u"5 plays posted to Trakt"_s),
        qPrintable(dialog.headerText()));
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview-report"_s));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(post.count(), 1);
}

void TestPreviewDialog::largePlanFillsInBatches()
{
    // 2,600 plays: the rows arrive over several turns of the event loop, the ticks are all there
    // from the start.
    SyncPlan plan;
    for (int show = 0; show < 260; ++show) {
        for (int e = 1; e <= 10; ++e)
            plan.plays << play(100000 + show, u"Show %1"_s.arg(show), e, 1, e);
    }
    PreviewDialog dialog(plan);
    PreviewModel *model = dialog.planModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->isFilling());
    QVERIFY(model->rowCount() < 260);
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(dialog.approvedItemIds().size(), 2600);
    QSignalSpy filled(model, &PreviewModel::filled);
    dialog.show();
    QVERIFY(filled.wait(10000));
    QCOMPARE(model->rowCount(), 260);
    QCOMPARE(model->rowCount(model->index(259, 0)), 10);
    // Unticking a show that was not inserted yet when asked works as well.
    dialog.setShowChecked(100259, false);
    QCOMPARE(dialog.checkedCount(), 2590);
    QCOMPARE(dialog.approvedItemIds().first(), itemId(100000, 1));
}

void TestPreviewDialog::skippedItemsAreGroupedByKind()
{
    SyncPlan plan = makePlan();
    plan.skipped.clear();
    // Every kind there is, some several times: one group per kind, with its count and reason.
    const QList<SkipKind> kinds { SkipKind::AlreadySynced, SkipKind::Unmapped,
        SkipKind::InvalidProgress, SkipKind::InvalidTime, SkipKind::NoEpisodes,
        SkipKind::NotWatched, SkipKind::PartOfMovie, SkipKind::NeedsMapping };
    int n = 0;
    for (SkipKind kind : kinds) {
        for (int i = 0; i <= n % 3; ++i) {
            SkippedItem skip;
            skip.kind = kind;
            skip.anilistId = 500 + n;
            skip.title = u"Title %1"_s.arg(n);
            skip.absEpisode = i + 1;
            skip.reason = u"A rather long reason for kind %1 that the view cuts but the tooltip "
                          u"keeps whole, number %2"_s.arg(skipKindKey(kind))
                              .arg(i);
            plan.skipped << skip;
        }
        ++n;
    }
    PreviewDialog dialog(plan);
    dialog.show();
    GroupedItemsModel *model = dialog.skippedModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), int(kinds.size()));
    QSet<QString> titles;
    for (int g = 0; g < kinds.size(); ++g) {
        const QModelIndex group = model->index(g, 0);
        QCOMPARE(group.data(GroupedItemsModel::KeyRole).toString(), skipKindKey(kinds.at(g)));
        QCOMPARE(model->rowCount(group), g % 3 + 1);
        const QString heading = group.data().toString();
        QVERIFY2(heading.startsWith(skipKindTitle(kinds.at(g))), qPrintable(heading));
        QVERIFY2(heading.endsWith(u"(%1)"_s.arg(g % 3 + 1)), qPrintable(heading));
        QVERIFY(!skipKindHelp(kinds.at(g)).isEmpty());
        titles << skipKindTitle(kinds.at(g));
        const QModelIndex reason = model->index(0, GroupedItemsModel::Detail, group);
        QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(u"tooltip keeps whole"_s));
    }
    QCOMPARE(titles.size(), kinds.size()); // each kind its own heading
    dialog.findChild<QTabWidget *>(u"previewTabs"_s)->setCurrentIndex(1);
    QVERIFY(saveScreenshot(&dialog, u"dialog-preview-skipped"_s));
}

void TestPreviewDialog::resultListsEveryOutcome()
{
    const SyncPlan plan = makePlan();
    PreviewDialog dialog(plan);
    dialog.show();
    dialog.setShowChecked(20958, false); // unticked: not sent
    QSignalSpy post(&dialog, &PreviewDialog::postRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewPostButton"_s), Qt::LeftButton);
    const QStringList approved = post.at(0).at(1).toStringList();
    SyncReport report;
    report.runId = 3;
    report.status = RunStatus::Partial;
    report.error = u"Stopped by the user."_s;
    // The ledger of run 3: two added, one not found, one failed; 16498:3 never got a row.
    const auto row = [](qint64 anilist, int abs, LedgerOutcome outcome, qint64 run) {
        LedgerEntry e;
        e.runId = run;
        e.anilistId = anilist;
        e.absEpisode = abs;
        e.outcome = outcome;
        return e;
    };
    const QList<LedgerEntry> rows { row(16498, 1, LedgerOutcome::Added, 3),
        row(16498, 2, LedgerOutcome::Failed, 3), row(5114, 64, LedgerOutcome::NotFound, 3) };
    const RunResult result = RunResult::build(plan, approved, report, rows);
    QCOMPARE(result.count(RunResultItem::Outcome::Posted), 1);
    QCOMPARE(result.count(RunResultItem::Outcome::Failed), 1);
    QCOMPARE(result.count(RunResultItem::Outcome::NotFound), 1);
    QCOMPARE(result.count(RunResultItem::Outcome::NotSent), 1);
    QCOMPARE(result.unticked, 2);
    dialog.showResult(result);

    GroupedItemsModel *model = dialog.resultModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList keys;
    for (int g = 0; g < model->rowCount(); ++g)
        keys << model->index(g, 0).data(GroupedItemsModel::KeyRole).toString();
    QCOMPARE(keys, (QStringList { u"notFound"_s, u"failed"_s, u"notSent"_s, u"posted"_s }));
    const QString header = dialog.headerText();
    for (const QString &part : { u"1 play posted to Trakt"_s, u"Trakt did not find 1 play"_s,
             u"1 play failed"_s, u"1 play was not sent"_s, u"2 plays you unticked"_s }) {
        QVERIFY2(header.contains(part), qPrintable(header + u" / "_s + part));
    }
    QVERIFY(dialog.windowTitle().contains(u"result"_s));
    QVERIFY(model->index(0, 0, model->groupIndex(u"failed"_s))
                .siblingAtColumn(GroupedItemsModel::Detail)
                .data(Qt::ToolTipRole)
                .toString()
                .size()
        > 0);
    QVERIFY(model->groupIndex(u"failed"_s)
                .siblingAtColumn(GroupedItemsModel::Detail)
                .data()
                .toString()
                .contains(u"Stopped by the user."_s));

    // "Fix mapping…" works on the item Trakt did not find, and only there.
    auto *fix = dialog.findChild<QPushButton *>(u"previewFixMappingButton"_s);
    auto *view = dialog.resultView();
    view->setCurrentIndex(child(model, 3, 0)); // posted
    QVERIFY(!fix->isEnabled());
    QVERIFY(dialog.selectResultItem(5114));
    QVERIFY(fix->isEnabled());
    QSignalSpy fixRequested(&dialog, &PreviewDialog::fixMappingRequested);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(fixRequested.count(), 1);
    QCOMPARE(fixRequested.at(0).at(0).toLongLong(), 5114);
    QCOMPARE(fixRequested.at(0).at(1).toString(), u"Fullmetal Alchemist: Brotherhood"_s);
    QVERIFY(saveScreenshot(&dialog, u"dialog-result"_s));
    dialog.markMappingFixed(5114);
    QVERIFY(child(model, 0, 0)
                .siblingAtColumn(GroupedItemsModel::Detail)
                .data()
                .toString()
                .contains(u"next run"_s));
    QVERIFY(!fix->isEnabled());
    // "Open in Trakt": the episode's page.
    QVERIFY(dialog.selectResultItem(16498));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewOpenTraktButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(), u"https://trakt.tv/shows/164980/seasons/1/episodes/2"_s);
}

void TestPreviewDialog::openInTraktFallsBackToTheAddress()
{
    const SyncPlan plan = makePlan();
    PreviewDialog dialog(plan);
    dialog.show();
    SyncReport report;
    report.runId = 9;
    report.status = RunStatus::Succeeded;
    dialog.showResult(RunResult::build(plan, plan.itemIds(), report, std::nullopt));
    QVERIFY(dialog.headerText().contains(u"6 plays posted to Trakt"_s));
    m_browserWorks = false; // no browser can be started
    QVERIFY(dialog.selectResultItem(5114));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"previewOpenTraktButton"_s), Qt::LeftButton);
    auto *box = dialog.findChild<AddressBox *>();
    QVERIFY(box->isVisible());
    QCOMPARE(box->url().toString(), u"https://trakt.tv/shows/51140/seasons/1/episodes/64"_s);
    QTest::mouseClick(box->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), box->url().toString());
    QVERIFY(saveScreenshot(&dialog, u"dialog-result-no-browser"_s));
    // A movie without a Trakt id: Trakt's search by its TMDB id.
    PlannedPlay movie;
    movie.movie = true;
    movie.tmdbId = 372058;
    QCOMPARE(
        traktPageUrl(movie).toString(), u"https://trakt.tv/search/tmdb/372058?id_type=movie"_s);
}

QTEST_MAIN(TestPreviewDialog)
#include "tst_previewdialog.moc"
