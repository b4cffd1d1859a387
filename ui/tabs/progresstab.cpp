#include "progresstab.h"

#include "core/app/appactions.h"
#include "core/common/idparser.h"
#include "core/common/timeformat.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "core/store/ledgerrepository.h"
#include "ui/models/modelroles.h"
#include "ui/models/progressmodel.h"
#include "ui/widgets/neverpostpanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
struct ProgressSnapshot
{
    QList<Progress> rows;
    QHash<qint64, QString> titles;
    QString lastSyncTimestamp;
};
} // namespace

ProgressTab::ProgressTab(DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"progressTab"_s);
    m_model = new ProgressModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRole::Sort);
    m_proxy->setFilterKeyColumn(ProgressModel::AniListId);

    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(u"progressLookupEdit"_s);
    m_lookup->setPlaceholderText(tr("AniList id or address, e.g. https://anilist.co/anime/21"));
    m_lookup->setClearButtonEnabled(true);
    connect(m_lookup, &QLineEdit::returnPressed, this, [this] { lookup(); });
    connect(m_lookup, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_proxy->setFilterRegularExpression(QRegularExpression());
            showMessage({}, false);
        }
    });
    auto *lookupButton = new QPushButton(tr("Loo&k up"), this);
    lookupButton->setObjectName(u"progressLookupButton"_s);
    connect(lookupButton, &QPushButton::clicked, this, [this] { lookup(); });
    auto *reloadButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload"), this);
    reloadButton->setObjectName(u"reloadProgressButton"_s);
    connect(reloadButton, &QPushButton::clicked, this, &ProgressTab::reload);

    m_message = new QLabel(this);
    m_message->setObjectName(u"progressMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(u"progressView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProgressModel::Updated, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ProgressModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        ProgressModel::LastEpisode, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        ProgressModel::Updated, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"progressCountLabel"_s);

    // Runbook (the web version's section 7): each asks first.
    auto *runbook = new QGroupBox(tr("Runbook"), this);
    runbook->setObjectName(u"runbookGroup"_s);
    m_resyncButton = new QPushButton(tr("&Force resync of show…"), runbook);
    m_resyncButton->setObjectName(u"forceResyncButton"_s);
    m_resyncButton->setToolTip(
        tr("Forget what was synced for the selected show, so the next completed or "
           "watching sync looks at it again from episode 1."));
    m_resyncButton->setEnabled(false);
    connect(m_resyncButton, &QPushButton::clicked, this, [this] { forceResyncSelected(); });
    auto *windowButton = new QPushButton(tr("Reprocess &activity window…"), runbook);
    windowButton->setObjectName(u"reprocessWindowButton"_s);
    windowButton->setToolTip(
        tr("Set lastSyncTimestamp to 0, so the next full sync reads every AniList activity again. "
           "Plays already on Trakt are not posted twice."));
    connect(windowButton, &QPushButton::clicked, this, [this] { reprocessActivityWindow(); });
    m_windowLabel = new QLabel(runbook);
    m_windowLabel->setObjectName(u"activityWindowLabel"_s);
    auto *runbookLayout = new QHBoxLayout(runbook);
    runbookLayout->addWidget(m_resyncButton);
    runbookLayout->addWidget(windowButton);
    runbookLayout->addWidget(m_windowLabel, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_resyncButton->setEnabled(m_view->selectionModel()->hasSelection()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_lookup, 1);
    top->addWidget(lookupButton);
    top->addWidget(reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);
    m_neverPost = new NeverPostPanel(m_database, this);
    layout->addWidget(m_neverPost);
    layout->addWidget(runbook);
}

void ProgressTab::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
    m_message->setVisible(!message.isEmpty());
}

void ProgressTab::reload()
{
    m_neverPost->reload();
    m_database->call<Result<ProgressSnapshot>>(
        this,
        [](Database &db) -> Result<ProgressSnapshot> {
            ProgressSnapshot snapshot;
            auto rows = ProgressRepository(db).list(0);
            if (!rows.ok())
                return rows.error();
            snapshot.rows = rows.value();
            auto titles = db.exec(
                u"SELECT anilist_id, MAX(title) FROM sync_ledger WHERE title IS NOT NULL GROUP BY anilist_id"_s);
            if (titles.ok()) {
                QSqlQuery &q = titles.value();
                while (q.next())
                    snapshot.titles.insert(q.value(0).toLongLong(), q.value(1).toString());
            }
            snapshot.lastSyncTimestamp
                = ConfigRepository(db).value(QString::fromLatin1(ConfigKey::LastSyncTimestamp));
            return snapshot;
        },
        [this](const Result<ProgressSnapshot> &result) {
            if (!result.ok()) {
                showMessage(result.error().userMessage, true);
                Q_EMIT failed(result.error().userMessage);
                return;
            }
            m_model->setProgress(result->rows, result->titles);
            m_countLabel->setText(
                tr("%n show(s) with progress", nullptr, int(result->rows.size())));
            bool ok = false;
            const qint64 seconds = result->lastSyncTimestamp.toLongLong(&ok);
            m_windowLabel->setText(ok && seconds > 0
                    ? tr("Activity window starts at %1")
                          .arg(formatLocalTime(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)))
                    : tr("Activity window: from the beginning"));
            Q_EMIT reloaded(int(result->rows.size()));
        });
}

bool ProgressTab::lookup()
{
    const auto parsed = IdParser::parseAniList(m_lookup->text());
    if (parsed.kind != IdParser::ParsedId::Kind::Numeric) {
        showMessage(parsed.error, true);
        return false;
    }
    m_proxy->setFilterRegularExpression(
        QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(QString::number(parsed.id)))));
    if (m_proxy->rowCount() == 0) {
        showMessage(tr("AniList %1 has no progress yet: nothing of it has been posted to Trakt.")
                        .arg(parsed.id),
            false);
    } else {
        showMessage({}, false);
        m_view->selectRow(0);
    }
    return true;
}

void ProgressTab::ask(const QString &objectName, const QString &title, const QString &question,
    const Confirm &confirm, const std::function<void()> &proceed)
{
    if (confirm) {
        if (confirm(question))
            proceed();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, title, question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [proceed](int result) {
        if (result == QMessageBox::Yes)
            proceed();
    });
    box->open();
}

void ProgressTab::forceResyncSelected(const Confirm &confirm)
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Progress row = m_model->progressAt(m_proxy->mapToSource(rows.first()).row());
    const QString title = m_model->titleOf(row.anilistId);
    const QString name = title.isEmpty() ? tr("AniList %1").arg(row.anilistId)
                                         : tr("%1 (AniList %2)").arg(title).arg(row.anilistId);
    const QString question = tr(
        "Force a resync of %1?\n\nIts progress (episode %2) and its record of posted plays are "
        "forgotten; the next completed or watching sync looks at it again from episode 1 and "
        "posts the episodes Trakt does not have. (With \"Post plays Trakt already has\" in "
        "Settings → Sync, it posts every episode again, and Trakt shows them twice.)")
                                 .arg(name)
                                 .arg(row.lastAbs);
    ask(u"forceResyncConfirm"_s, tr("Force resync"), question, confirm, [this, id = row.anilistId] {
        m_database->call<Result<void>>(
            this, [id](Database &db) { return AppActions(db).forceResync(id); },
            [this, id](const Result<void> &result) {
                if (!result.ok()) {
                    showMessage(result.error().userMessage, true);
                    return;
                }
                showMessage(tr("Progress of AniList %1 reset. Run a completed or watching sync to "
                               "post it again.")
                                .arg(id),
                    false);
                Q_EMIT progressReset(id);
                reload();
            });
    });
}

void ProgressTab::reprocessActivityWindow(const Confirm &confirm)
{
    const QString question
        = tr("Reprocess the whole activity window?\n\nlastSyncTimestamp is set to 0, so the next "
             "full sync reads every AniList activity again.");
    ask(u"reprocessWindowConfirm"_s, tr("Reprocess activity window"), question, confirm, [this] {
        m_database->call<Result<void>>(
            this, [](Database &db) { return AppActions(db).reprocessWindow(); },
            [this](const Result<void> &result) {
                if (!result.ok()) {
                    showMessage(result.error().userMessage, true);
                    return;
                }
                showMessage(
                    tr("The activity window was reset. The next full sync reads all activities."),
                    false);
                Q_EMIT activityWindowReset();
                reload();
            });
    });
}

} // namespace Tsuzuki
