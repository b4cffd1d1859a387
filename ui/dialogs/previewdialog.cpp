#include "previewdialog.h"

#include "core/common/timeformat.h"
#include "ui/models/extrasmodel.h"
#include "ui/models/groupeditemsmodel.h"
#include "ui/models/previewmodel.h"
#include "ui/widgets/addressbox.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString modeTitle(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Full:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Full sync: preview");
    case SyncMode::Completed:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Completed library: preview");
    case SyncMode::Watching:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Watching library: preview");
    case SyncMode::Show:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Sync one show: preview");
    }
    return {};
}

QString resultTitle(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Full:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Full sync: result");
    case SyncMode::Completed:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Completed library: result");
    case SyncMode::Watching:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Watching library: result");
    case SyncMode::Show:
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Sync one show: result");
    }
    return {};
}

QString placeOf(const PlannedPlay &play)
{
    if (play.movie)
        return QCoreApplication::translate("Tsuzuki::PreviewDialog", "Movie");
    return u"S%1E%2"_s.arg(play.season, 2, 10, QLatin1Char('0'))
        .arg(play.episode, 2, 10, QLatin1Char('0'));
}

/// Column widths from the text they hold, so headers are never cut and no column is measured
/// row by row (which would stall on thousands of rows).
void sizeColumns(QTreeView *view, const QList<std::pair<int, QString>> &samples)
{
    QHeaderView *header = view->header();
    const QFontMetrics fm(view->font());
    const QFontMetrics headerFm(header->font());
    for (const auto &[column, sample] : samples) {
        const QString heading
            = view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int width
            = qMax(fm.horizontalAdvance(sample), headerFm.horizontalAdvance(heading) + 12) + 24;
        header->resizeSection(column, width);
    }
}

} // namespace

PreviewDialog::PreviewDialog(const SyncPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(u"previewDialog"_s);
    setWindowTitle(modeTitle(plan.mode));

    m_intro = new QLabel(this);
    m_intro->setObjectName(u"previewIntro"_s);
    m_intro->setWordWrap(true);
    setHeader(tr("Nothing has been sent to Trakt yet. Untick what should not be posted, then "
                 "press Post."));

    m_model = new PreviewModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"previewTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Unticked is "skip this time" (offered again); "never post" is its own choice.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *neverAction = new QAction(tr("Never post"), m_tree);
    neverAction->setObjectName(u"previewNeverPostAction"_s);
    neverAction->setToolTip(tr("Not posted, and no later sync offers it again (Progress → Never "
                               "post can bring it back)"));
    connect(neverAction, &QAction::triggered, this, [this] { markSelectedNever(true); });
    auto *againAction = new QAction(tr("Post after all"), m_tree);
    againAction->setObjectName(u"previewPostAfterAllAction"_s);
    connect(againAction, &QAction::triggered, this, [this] { markSelectedNever(false); });
    m_tree->addActions({ neverAction, againAction });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(PreviewModel::Title, QHeaderView::Stretch);
    sizeColumns(m_tree,
        { { PreviewModel::Season, u"000"_s },
            { PreviewModel::Episode, tr("%n play(s)", nullptr, 99) },
            { PreviewModel::Watched, formatLocalTime(QDateTime::currentDateTimeUtc()) },
            { PreviewModel::Rule, u"season-data"_s },
            { PreviewModel::Source, u"anibridge-v3:tmdb"_s } });

    m_skippedModel = new GroupedItemsModel(this);
    m_skipped = new QTreeView(this);
    m_skipped->setObjectName(u"previewSkippedTree"_s);
    m_skipped->setModel(m_skippedModel);
    m_skipped->setUniformRowHeights(true);
    m_skipped->setAlternatingRowColors(true);
    m_skipped->header()->setStretchLastSection(true);
    m_skipped->setColumnHidden(GroupedItemsModel::Place, true);
    m_skipped->setColumnHidden(GroupedItemsModel::When, true);
    sizeColumns(m_skipped,
        { { GroupedItemsModel::Title, u"Shingeki no Kyojin: The Final Season"_s },
            { GroupedItemsModel::Episode, tr("all") } });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"previewTabs"_s);
    // The plays tree holds first plays; rewatches are extras (their own tab).
    QList<PlannedPlay> firstPlays;
    for (const PlannedPlay &play : plan.plays) {
        if (play.rewatch == 0)
            firstPlays << play;
    }
    m_tabs->addTab(m_tree, tr("To post (%n)", nullptr, int(firstPlays.size())));
    if (plan.options.extras) {
        QWidget *extrasPage = createExtrasPage();
        m_tabs->addTab(
            extrasPage, tr("Extras (%n)", nullptr, m_extrasModel ? m_extrasModel->itemCount() : 0));
        // Nothing but extras to send: open on them rather than on an empty plays tree.
        if (firstPlays.isEmpty() && m_extrasModel && m_extrasModel->itemCount() > 0)
            m_tabs->setCurrentWidget(extrasPage);
    }
    m_tabs->addTab(m_skipped, tr("Skipped (%n)", nullptr, int(plan.skipped.size())));
    m_resultPage = createResultPage();

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"previewTotals"_s);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    m_totals->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"previewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"previewProgress"_s);
    m_progress->setFormat(tr("%v of %m plays"));
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"previewButtons"_s);
    m_post = buttons->addButton(tr("&Post to Trakt"), QDialogButtonBox::AcceptRole);
    m_post->setObjectName(u"previewPostButton"_s);
    m_post->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"previewCancelButton"_s);
    connect(m_post, &QPushButton::clicked, this, &PreviewDialog::onPost);
    connect(m_cancel, &QPushButton::clicked, this, &PreviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    if (!plan.warnings.isEmpty()) {
        auto *warnings = new QLabel(plan.warnings.join(u'\n'), this);
        warnings->setObjectName(u"previewWarnings"_s);
        warnings->setWordWrap(true);
        warnings->setStyleSheet(u"color: #d68a00;"_s);
        layout->addWidget(warnings);
    }
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_model, &PreviewModel::checksChanged, this, &PreviewDialog::updateTotals);
    if (firstPlays.size() <= 200) {
        // Small plans open expanded, in one go.
        connect(m_model, &PreviewModel::filled, m_tree, &QTreeView::expandAll);
    }
    m_model->setPlays(firstPlays);
    fillSkipped();
    updateTotals();
}

PreviewDialog::~PreviewDialog() = default;

QWidget *PreviewDialog::createExtrasPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"previewExtrasPage"_s);
    // Why some were left out, in one line (the items themselves are in the Skipped tab).
    const QString why = ExtrasModel::skippedNote(m_plan);
    auto *note = new QLabel(why, page);
    note->setObjectName(u"previewExtrasNote"_s);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #d68a00;"_s);
    note->setVisible(!why.isEmpty());

    m_extrasModel = new ExtrasModel(this);
    m_extrasModel->setPlan(m_plan);
    m_extrasTree = new QTreeView(page);
    m_extrasTree->setObjectName(u"previewExtrasTree"_s);
    m_extrasTree->setModel(m_extrasModel);
    m_extrasTree->setUniformRowHeights(true);
    m_extrasTree->setAlternatingRowColors(true);
    m_extrasTree->header()->setStretchLastSection(true);
    sizeColumns(m_extrasTree,
        { { ExtrasModel::Title, u"Shingeki no Kyojin: The Final Season"_s },
            { ExtrasModel::What, u"AniList 75/100 → Trakt 8/10 (was 6)"_s },
            { ExtrasModel::Place, u"S00E000"_s },
            { ExtrasModel::When, formatLocalTime(QDateTime::currentDateTimeUtc()) } });
    m_extrasTree->expandAll();
    if (m_extrasModel->rowCount() > 0)
        m_extrasTree->setCurrentIndex(m_extrasModel->index(0, 0));
    connect(m_extrasModel, &ExtrasModel::checksChanged, this, &PreviewDialog::updateTotals);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_extrasTree, 1);
    if (m_extrasModel->itemCount() == 0) {
        auto *empty = new QLabel(tr("Nothing beyond plays to send this time."), page);
        empty->setObjectName(u"previewExtrasEmpty"_s);
        layout->addWidget(empty);
    }
    return page;
}

QWidget *PreviewDialog::createResultPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"previewResultPage"_s);
    m_resultModel = new GroupedItemsModel(this);
    m_resultModel->setDetailHeading(tr("Outcome"));
    m_resultTree = new QTreeView(page);
    m_resultTree->setObjectName(u"previewResultTree"_s);
    m_resultTree->setModel(m_resultModel);
    m_resultTree->setUniformRowHeights(true);
    m_resultTree->setAlternatingRowColors(true);
    m_resultTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultTree->header()->setStretchLastSection(true);
    sizeColumns(m_resultTree,
        { { GroupedItemsModel::Title, u"Shingeki no Kyojin: The Final Season"_s },
            { GroupedItemsModel::Episode,
                m_plan.options.extras ? tr("%1 · rewatch %2").arg(u"000"_s).arg(20) : u"0000"_s },
            { GroupedItemsModel::Place, u"S00E000"_s },
            { GroupedItemsModel::When, formatLocalTime(QDateTime::currentDateTimeUtc()) } });
    m_fixButton = new QPushButton(tr("&Fix mapping…"), page);
    m_fixButton->setObjectName(u"previewFixMappingButton"_s);
    m_fixButton->setToolTip(tr("Choose the Trakt show or movie this title belongs to"));
    m_openButton
        = new QPushButton(QIcon::fromTheme(u"internet-web-browser"_s), tr("Open in &Trakt"), page);
    m_openButton->setObjectName(u"previewOpenTraktButton"_s);
    m_address = new AddressBox(page);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_resultTree->currentIndex();
        if (!current.isValid() || !current.data(GroupedItemsModel::FixableRole).toBool())
            return;
        const QModelIndex title = current.siblingAtColumn(GroupedItemsModel::Title);
        Q_EMIT fixMappingRequested(current.data(GroupedItemsModel::AnilistIdRole).toLongLong(),
            title.data(Qt::DisplayRole).toString());
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QUrl url = m_resultTree->currentIndex().data(GroupedItemsModel::UrlRole).toUrl();
        if (url.isValid())
            m_address->openOrShow(url);
    });
    connect(m_resultTree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(GroupedItemsModel::FixableRole).toBool())
            m_fixButton->click();
        else if (index.data(GroupedItemsModel::UrlRole).toUrl().isValid())
            m_openButton->click();
    });
    connect(m_resultTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PreviewDialog::updateResultButtons);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_fixButton);
    row->addWidget(m_openButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultTree, 1);
    layout->addWidget(m_address);
    layout->addLayout(row);
    page->hide();
    updateResultButtons();
    return page;
}

void PreviewDialog::fillSkipped()
{
    // One group per kind, in the order the kinds first appear; a kind added later gets its own
    // group without anything to change here.
    QList<ItemGroup> groups;
    QHash<QString, int> byKey;
    for (const SkippedItem &skip : std::as_const(m_plan.skipped)) {
        const QString key = skipKindKey(skip.kind);
        int group = byKey.value(key, -1);
        if (group < 0) {
            ItemGroup g;
            g.key = key;
            g.title = skipKindTitle(skip.kind);
            g.help = skipKindHelp(skip.kind);
            group = int(groups.size());
            groups << g;
            byKey.insert(key, group);
        }
        GroupedItem item;
        item.anilistId = skip.anilistId;
        item.title = skip.title;
        item.episode = skip.absEpisode > 0 ? QString::number(skip.absEpisode) : tr("all");
        item.detail = skip.reason.isEmpty() ? groups.at(group).title : skip.reason;
        groups[group].items << item;
    }
    m_skippedModel->setGroups(groups);
    // Small groups open; a group of hundreds stays a heading with its count.
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).items.size() <= 20)
            m_skipped->expand(m_skippedModel->index(i, 0));
    }
}

void PreviewDialog::setHeader(const QString &text)
{
    m_intro->setText(text);
}

QString PreviewDialog::headerText() const
{
    return m_intro->text();
}

QStringList PreviewDialog::approvedItemIds() const
{
    if (!m_extrasModel)
        return m_model->checkedItemIds();
    const QStringList firstPlays = m_model->checkedItemIds();
    const QSet<QString> ticked(firstPlays.cbegin(), firstPlays.cend());
    QStringList ids;
    for (const PlannedPlay &play : m_plan.plays) {
        if (play.rewatch > 0 ? m_extrasModel->isItemChecked(play.itemId)
                             : ticked.contains(play.itemId))
            ids << play.itemId;
    }
    for (const PlannedExtra &extra : m_plan.extras) {
        if (m_extrasModel->isItemChecked(extra.itemId))
            ids << extra.itemId;
    }
    return ids;
}

int PreviewDialog::checkedCount() const
{
    return m_model->checkedPlays();
}

int PreviewDialog::checkedExtras() const
{
    return m_extrasModel ? m_extrasModel->checkedCount() : 0;
}

void PreviewDialog::setItemChecked(const QString &itemId, bool checked)
{
    m_model->setItemChecked(itemId, checked);
    if (m_extrasModel)
        m_extrasModel->setItemChecked(itemId, checked);
}

void PreviewDialog::setShowChecked(qint64 anilistId, bool checked)
{
    m_model->setShowChecked(anilistId, checked);
}

void PreviewDialog::markSelectedNever(bool never)
{
    QStringList ids;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows(PreviewModel::Title))
        ids << m_model->itemIdsOf(row);
    if (ids.isEmpty())
        ids = m_model->itemIdsOf(m_tree->currentIndex());
    m_model->setItemsNever(ids, never);
}

void PreviewDialog::updateTotals()
{
    // "1 of 1 play", "5 of 6 plays": the plural follows the total.
    const QString plays
        = tr("%1 of %n play(s)", nullptr, m_model->playCount()).arg(m_model->checkedPlays());
    const QString shows
        = tr("%1 of %n show(s)", nullptr, m_model->showCount()).arg(m_model->checkedShows());
    QString totals = tr("%1 in %2 will be posted · %3 skipped")
                         .arg(plays, shows, QString::number(m_plan.skipped.size()));
    if (m_model->neverPlays() > 0)
        totals += tr(" · %n never post", nullptr, m_model->neverPlays());
    if (m_extrasModel) {
        totals += tr(" · %1 of %n extra(s)", nullptr, m_extrasModel->itemCount())
                      .arg(m_extrasModel->checkedCount());
    }
    m_totals->setText(totals);
    if (m_extrasModel && !m_done) {
        // "Post 12 plays and 5 extras": the count is what the run gets.
        m_post->setText(tr("&Post %1 and %2")
                            .arg(tr("%n play(s)", nullptr, m_model->checkedPlays()),
                                tr("%n extra(s)", nullptr, m_extrasModel->checkedCount())));
    }
    if (!m_posting && !m_done)
        m_post->setEnabled(
            m_model->checkedPlays() > 0 || m_model->neverPlays() > 0 || checkedExtras() > 0);
}

void PreviewDialog::onPost()
{
    if (m_done) {
        accept();
        return;
    }
    const QStringList approved = approvedItemIds();
    m_plan.neverPost = m_model->neverItemIds();
    if ((approved.isEmpty() && m_plan.neverPost.isEmpty()) || m_posting)
        return;
    setPosting(approved);
    Q_EMIT postRequested(m_plan, approved);
}

void PreviewDialog::setPosting(const QStringList &approvedItemIds)
{
    m_posting = true;
    m_approved = approvedItemIds;
    m_model->setCheckable(false);
    if (m_extrasModel)
        m_extrasModel->setCheckable(false);
    m_post->setEnabled(false);
    m_progress->setRange(0, qMax(1, int(approvedItemIds.size())));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setText(tr("&Stop"));
    setHeader(tr("Posting to Trakt… Stop ends the run after the plays being sent now; what Trakt "
                 "has confirmed stays posted."));
}

void PreviewDialog::setProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
}

void PreviewDialog::showReport(const SyncReport &report)
{
    m_posting = false;
    m_done = true;
    m_progress->setValue(m_progress->maximum());
    QString text = tr("Added %1 · not found %2 · already synced %3")
                       .arg(report.counters.added)
                       .arg(report.counters.notFound)
                       .arg(report.counters.alreadySynced);
    if (m_plan.options.extras) {
        const SyncCounters &c = report.counters;
        text += tr(" · rewatches %1 · ratings %2 · watchlist +%3 −%4 · dropped %5")
                    .arg(c.rewatches)
                    .arg(c.ratings)
                    .arg(c.watchlistAdded)
                    .arg(c.watchlistRemoved)
                    .arg(c.dropped);
        if (c.extrasFailed > 0)
            text += tr(" · %n extra(s) failed", nullptr, c.extrasFailed);
    }
    if (report.status != RunStatus::Succeeded && !report.error.isEmpty())
        text += u"\n"_s + report.error;
    m_summary->setText(text);
    m_summary->setStyleSheet(report.status == RunStatus::Failed ? u"color: #c0392b;"_s : QString());
    m_summary->show();
    // Until the ledger's answer arrives, the report says what became of the plays.
    showResult(RunResult::build(m_plan,
        m_approved.isEmpty() && m_plan.neverPost.isEmpty() ? m_plan.itemIds() : m_approved, report,
        std::nullopt));
}

void PreviewDialog::showResult(const RunResult &result)
{
    using Outcome = RunResultItem::Outcome;
    m_posting = false;
    m_done = true;
    setWindowTitle(resultTitle(m_plan.mode));
    m_model->setCheckable(false);
    if (m_extrasModel)
        m_extrasModel->setCheckable(false);
    m_progress->hide();
    m_totals->hide();

    struct GroupSpec
    {
        Outcome outcome;
        QString key;
        QString title;
        QString help;
    };
    const QString runError = result.report.error;
    const QList<GroupSpec> specs {
        { Outcome::NotFound, u"notFound"_s, tr("Not found on Trakt"),
            tr("Trakt does not know where these go. Select one and press Fix mapping…; the next "
               "run posts it.") },
        { Outcome::Failed, u"failed"_s, tr("Failed"),
            runError.isEmpty()
                ? tr(
                    "Trakt did not confirm these. Nothing is lost: the next run offers them again.")
                : tr("Trakt did not confirm these (%1). Nothing is lost: the next run offers them "
                     "again.")
                      .arg(runError) },
        { Outcome::NotSent, u"notSent"_s, tr("Not sent"),
            runError.isEmpty() ? tr("The run ended before these were sent.")
                               : tr("The run ended before these were sent: %1").arg(runError) },
        { Outcome::Posted, u"posted"_s, tr("Posted to Trakt"), tr("Trakt confirmed these plays.") },
        { Outcome::AlreadyOnTrakt, u"alreadyOnTrakt"_s, tr("Already on Trakt"),
            tr("An earlier run posted these; they were not sent again.") },
    };
    QList<ItemGroup> groups;
    for (const GroupSpec &spec : specs) {
        ItemGroup group;
        group.key = spec.key;
        group.title = spec.title;
        group.help = spec.help;
        for (const RunResultItem &r : result.items) {
            if (r.outcome != spec.outcome)
                continue;
            GroupedItem item;
            item.itemId = r.play.itemId;
            item.anilistId = r.play.anilistId;
            item.title = r.play.title;
            item.episode = r.play.movie ? tr("Movie") : QString::number(r.play.absEpisode);
            if (r.play.rewatch > 0)
                item.episode = tr("%1 · rewatch %2").arg(item.episode).arg(r.play.rewatch);
            item.place = placeOf(r.play);
            item.when = r.play.watchedAt;
            item.url = r.traktUrl;
            item.fixable = spec.outcome == Outcome::NotFound;
            if (spec.outcome != Outcome::NotFound)
                item.detail = spec.title;
            else if (r.play.movie)
                item.detail = tr("Trakt does not know this movie: fix the mapping");
            else
                item.detail
                    = tr("Trakt has no %1 in this show: fix the mapping").arg(placeOf(r.play));
            group.items << item;
        }
        if (!group.items.isEmpty())
            groups << group;
    }
    groups << ExtrasModel::resultGroups(result);
    m_resultModel->setGroups(groups);
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).key != u"posted"_s || groups.at(i).items.size() <= 50)
            m_resultTree->expand(m_resultModel->index(i, 0));
    }

    // The header says what happened, in sentences that stay true.
    QStringList header;
    int extrasDone = 0;
    int extrasNotDone = 0;
    for (const ExtraEntry &e : result.extras) {
        if (e.outcome == ExtraOutcome::Done)
            ++extrasDone;
        else if (e.outcome != ExtraOutcome::Undone)
            ++extrasNotDone;
    }
    const int posted = result.count(Outcome::Posted);
    if (posted > 0)
        header << tr("%n play(s) posted to Trakt.", nullptr, posted);
    else if (extrasDone > 0)
        header << tr("No plays were posted to Trakt.");
    else
        header << tr("Nothing was posted to Trakt.");
    if (const int n = result.count(Outcome::AlreadyOnTrakt))
        header << tr("%n play(s) were already on Trakt.", nullptr, n);
    if (const int n = result.count(Outcome::NotFound))
        header << tr("Trakt did not find %n play(s): fix their mapping below.", nullptr, n);
    if (const int n = result.count(Outcome::Failed))
        header << tr("%n play(s) failed; the next run offers them again.", nullptr, n);
    if (const int n = result.count(Outcome::NotSent))
        header << tr("%n play(s) were not sent.", nullptr, n);
    if (result.unticked > 0)
        header << tr("%n play(s) you unticked were not sent.", nullptr, result.unticked);
    if (result.neverPost > 0)
        header << tr("%n play(s) marked \"never post\" are listed in Progress → Never post.",
            nullptr, result.neverPost);
    if (extrasDone > 0)
        header << tr("%n rating(s) and list change(s) sent to Trakt.", nullptr, extrasDone);
    if (extrasNotDone > 0)
        header << tr(
            "%n rating(s) and list change(s) were not taken: see below.", nullptr, extrasNotDone);
    if (result.untickedExtras > 0)
        header << tr("%n extra(s) you unticked were not sent.", nullptr, result.untickedExtras);
    // A run that did not get going says why (a partial run's groups say it per play).
    const RunStatus status = result.report.status;
    if (status != RunStatus::Succeeded && status != RunStatus::Partial && !runError.isEmpty())
        header << runError;
    setHeader(header.join(u' '));

    if (m_tabs->indexOf(m_resultPage) < 0) {
        m_tabs->insertTab(0, m_resultPage, tr("Result"));
        m_tabs->setTabText(m_tabs->indexOf(m_tree),
            tr("Planned (%n)", nullptr, m_model ? m_model->playCount() : 0));
    }
    m_tabs->setCurrentWidget(m_resultPage);
    if (m_resultModel->rowCount() > 0) {
        const QModelIndex first = m_resultModel->index(0, 0);
        m_resultTree->setCurrentIndex(
            m_resultModel->rowCount(first) > 0 ? m_resultModel->index(0, 0, first) : first);
    }
    updateResultButtons();
    m_post->setText(tr("&Close"));
    m_post->setEnabled(true);
    m_cancel->hide();
}

bool PreviewDialog::selectResultItem(qint64 anilistId)
{
    for (int g = 0; g < m_resultModel->rowCount(); ++g) {
        const QModelIndex group = m_resultModel->index(g, 0);
        for (int r = 0; r < m_resultModel->rowCount(group); ++r) {
            const QModelIndex item = m_resultModel->index(r, 0, group);
            if (item.data(GroupedItemsModel::AnilistIdRole).toLongLong() == anilistId) {
                m_tabs->setCurrentWidget(m_resultPage);
                m_resultTree->setCurrentIndex(item);
                m_resultTree->scrollTo(item);
                return true;
            }
        }
    }
    return false;
}

void PreviewDialog::updateResultButtons()
{
    const QModelIndex current = m_resultTree->currentIndex();
    m_fixButton->setEnabled(
        current.isValid() && current.data(GroupedItemsModel::FixableRole).toBool());
    m_openButton->setEnabled(
        current.isValid() && current.data(GroupedItemsModel::UrlRole).toUrl().isValid());
}

void PreviewDialog::markMappingFixed(qint64 anilistId)
{
    m_resultModel->setDetail(u"notFound"_s, anilistId, tr("Mapping saved: the next run posts it"));
    updateResultButtons();
}

void PreviewDialog::showFailure(const QString &message)
{
    m_posting = false;
    m_summary->setText(message);
    m_summary->setStyleSheet(u"color: #c0392b;"_s);
    m_summary->show();
    m_progress->hide();
    m_model->setCheckable(true);
    if (m_extrasModel)
        m_extrasModel->setCheckable(true);
    m_cancel->setText(tr("Cancel"));
    setHeader(tr("Nothing has been sent to Trakt yet. Untick what should not be posted, then "
                 "press Post."));
    updateTotals();
}

void PreviewDialog::reject()
{
    if (m_posting) {
        // Stop after the batch in flight; the report follows.
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}

} // namespace Tsuzuki
