#include "previewdialog.h"

#include "core/common/timeformat.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
enum Column {
    TitleColumn,
    SeasonColumn,
    EpisodeColumn,
    WatchedColumn,
    RuleColumn,
    SourceColumn,
    ColumnCount
};
constexpr int ItemIdRole = Qt::UserRole + 1;

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
} // namespace

PreviewDialog::PreviewDialog(const SyncPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(u"previewDialog"_s);
    setWindowTitle(modeTitle(plan.mode));

    auto *intro = new QLabel(tr("Nothing has been sent to Trakt yet. Untick what should not be "
                                "posted, then press Post."),
        this);
    intro->setObjectName(u"previewIntro"_s);
    intro->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"previewTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({ tr("Show / episode"), tr("Season"), tr("Episode"), tr("Watched"),
        tr("Rule"), tr("Source") });
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_skipped = new QTreeWidget(this);
    m_skipped->setObjectName(u"previewSkippedTree"_s);
    m_skipped->setColumnCount(3);
    m_skipped->setHeaderLabels({ tr("Show"), tr("Episode"), tr("Why it is skipped") });
    m_skipped->setRootIsDecorated(false);
    m_skipped->setAlternatingRowColors(true);
    m_skipped->header()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"previewTabs"_s);
    tabs->addTab(m_tree, tr("To post (%n)", nullptr, int(plan.plays.size())));
    tabs->addTab(m_skipped, tr("Skipped (%n)", nullptr, int(plan.skipped.size())));

    m_totals = new QLabel(this);
    m_totals->setObjectName(u"previewTotals"_s);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
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
    layout->addWidget(intro);
    if (!plan.warnings.isEmpty()) {
        auto *warnings = new QLabel(plan.warnings.join(u'\n'), this);
        warnings->setObjectName(u"previewWarnings"_s);
        warnings->setWordWrap(true);
        warnings->setStyleSheet(u"color: #d68a00;"_s);
        layout->addWidget(warnings);
    }
    layout->addWidget(tabs, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 600);

    fill();
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] { updateTotals(); });
    updateTotals();
}

void PreviewDialog::fill()
{
    m_tree->setUpdatesEnabled(false);
    for (const PlannedPlay &play : std::as_const(m_plan.plays)) {
        QTreeWidgetItem *show = m_shows.value(play.anilistId);
        if (!show) {
            show = new QTreeWidgetItem(m_tree);
            show->setText(TitleColumn,
                play.title.isEmpty() ? tr("AniList %1").arg(play.anilistId) : play.title);
            show->setToolTip(TitleColumn,
                tr("AniList %1 → Trakt %2")
                    .arg(play.anilistId)
                    .arg(play.traktId ? QString::number(*play.traktId) : tr("by external id")));
            show->setFlags(show->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            show->setCheckState(TitleColumn, Qt::Checked);
            show->setData(TitleColumn, ItemIdRole, play.anilistId);
            m_shows.insert(play.anilistId, show);
        }
        auto *item = new QTreeWidgetItem(show);
        item->setText(
            TitleColumn, play.movie ? tr("Movie") : tr("Episode %1").arg(play.absEpisode));
        item->setText(SeasonColumn, play.movie ? QString() : QString::number(play.season));
        item->setText(EpisodeColumn, play.movie ? QString() : QString::number(play.episode));
        item->setText(WatchedColumn, formatLocalTime(play.watchedAt));
        item->setText(RuleColumn, play.rule);
        item->setText(SourceColumn, play.source);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(TitleColumn, Qt::Checked);
        item->setData(TitleColumn, ItemIdRole, play.itemId);
        m_items.insert(play.itemId, item);
    }
    for (QTreeWidgetItem *show : std::as_const(m_shows))
        show->setText(EpisodeColumn, tr("%n play(s)", nullptr, show->childCount()));
    if (m_plan.plays.size() <= 200)
        m_tree->expandAll();
    m_tree->resizeColumnToContents(WatchedColumn);
    m_tree->setUpdatesEnabled(true);

    for (const SkippedItem &skip : std::as_const(m_plan.skipped)) {
        auto *item = new QTreeWidgetItem(m_skipped);
        item->setText(0, skip.title.isEmpty() ? tr("AniList %1").arg(skip.anilistId) : skip.title);
        item->setText(1, skip.absEpisode > 0 ? QString::number(skip.absEpisode) : tr("all"));
        item->setText(2, skip.reason.isEmpty() ? skipKindKey(skip.kind) : skip.reason);
    }
}

QStringList PreviewDialog::approvedItemIds() const
{
    QStringList ids;
    for (const PlannedPlay &play : std::as_const(m_plan.plays)) {
        const QTreeWidgetItem *item = m_items.value(play.itemId);
        if (item && item->checkState(TitleColumn) == Qt::Checked)
            ids << play.itemId;
    }
    return ids;
}

int PreviewDialog::checkedCount() const
{
    return int(approvedItemIds().size());
}

void PreviewDialog::setItemChecked(const QString &itemId, bool checked)
{
    if (QTreeWidgetItem *item = m_items.value(itemId))
        item->setCheckState(TitleColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void PreviewDialog::setShowChecked(qint64 anilistId, bool checked)
{
    if (QTreeWidgetItem *show = m_shows.value(anilistId))
        show->setCheckState(TitleColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void PreviewDialog::updateTotals()
{
    if (m_updating)
        return;
    int plays = 0;
    int shows = 0;
    for (QTreeWidgetItem *show : std::as_const(m_shows)) {
        int ticked = 0;
        for (int i = 0; i < show->childCount(); ++i) {
            if (show->child(i)->checkState(TitleColumn) == Qt::Checked)
                ++ticked;
        }
        plays += ticked;
        if (ticked > 0)
            ++shows;
    }
    m_totals->setText(tr("%1 of %2 plays in %3 of %4 shows will be posted · %5 skipped")
                          .arg(plays)
                          .arg(m_plan.plays.size())
                          .arg(shows)
                          .arg(m_shows.size())
                          .arg(m_plan.skipped.size()));
    if (!m_posting && !m_done)
        m_post->setEnabled(plays > 0);
}

void PreviewDialog::onPost()
{
    if (m_done) {
        accept();
        return;
    }
    const QStringList approved = approvedItemIds();
    if (approved.isEmpty() || m_posting)
        return;
    m_posting = true;
    m_post->setEnabled(false);
    m_tree->setEnabled(false);
    m_progress->setRange(0, int(approved.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setText(tr("&Stop"));
    Q_EMIT postRequested(m_plan, approved);
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
    if (report.status != RunStatus::Succeeded && !report.error.isEmpty())
        text += u"\n"_s + report.error;
    if (!report.notFound.isEmpty())
        text += u"\n"_s + tr("Items Trakt did not find are listed under Mappings → Needs mapping.");
    m_summary->setText(text);
    m_summary->setStyleSheet(
        report.status == RunStatus::Succeeded ? QString() : u"color: #c0392b;"_s);
    m_summary->show();
    m_post->setText(tr("&Close"));
    m_post->setEnabled(true);
    m_cancel->hide();
}

void PreviewDialog::showFailure(const QString &message)
{
    m_posting = false;
    m_summary->setText(message);
    m_summary->setStyleSheet(u"color: #c0392b;"_s);
    m_summary->show();
    m_progress->hide();
    m_tree->setEnabled(true);
    m_cancel->setText(tr("Cancel"));
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
