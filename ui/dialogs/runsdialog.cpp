#include "ui/dialogs/runsdialog.h"

#include "core/app/runreport.h"
#include "core/common/timeformat.h"
#include "core/store/databasethread.h"
#include "core/sync/extrasrules.h"
#include "core/sync/syncservice.h"
#include "ui/models/extrasmodel.h"
#include "ui/models/modelroles.h"
#include "ui/models/runmodel.h"
#include "ui/synccontroller.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString playText(const LedgerEntry &e, bool traktDate = false)
{
    const QString where = e.targetKind == u"movie"_s
        ? QCoreApplication::translate("Tsuzuki::RunsDialog", "movie")
        : u"S%1E%2"_s.arg(e.season.value_or(0), 2, 10, QLatin1Char('0'))
              .arg(e.episode.value_or(0), 2, 10, QLatin1Char('0'));
    // A play that was on Trakt before: Trakt's own date, not the one AniList would have given.
    const QDateTime when = traktDate && e.traktWatchedAt.isValid() ? e.traktWatchedAt : e.watchedAt;
    // A rewatch's ledger key holds its number: "#5 (rewatch 2)".
    QString episode = u"#%1"_s.arg(ExtrasRules::episodeOfKey(e.absEpisode));
    if (const int rewatch = ExtrasRules::rewatchOfKey(e.absEpisode); rewatch > 0)
        episode += u' '
            + QCoreApplication::translate("Tsuzuki::RunsDialog", "(rewatch %1)").arg(rewatch);
    return u"%1 %2 → %3, %4"_s.arg(e.title, episode, where, formatLocalTime(when));
}

} // namespace

RunsDialog::RunsDialog(DatabaseThread *database, SyncController *sync, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_sync(sync)
    , m_model(new RunModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_undo(new QPushButton(tr("&Undo this run…"), this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export &JSON…"), this))
    , m_message(new QLabel(this))
{
    qRegisterMetaType<Tsuzuki::UndoReport>();
    setObjectName(u"runsDialog"_s);
    setWindowTitle(tr("Sync runs"));
    resize(980, 520);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRole::Sort);
    m_view->setObjectName(u"runsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RunModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RunModel::Note, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_undo->setObjectName(u"undoRunButton"_s);
    m_undo->setToolTip(tr("Remove from Trakt the plays this run posted (never plays that were "
                          "there before). Shows what would go first."));
    m_exportCsv->setObjectName(u"exportRunCsvButton"_s);
    m_exportJson->setObjectName(u"exportRunJsonButton"_s);
    auto *reloadButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload"), this);
    reloadButton->setObjectName(u"reloadRunsButton"_s);
    m_message->setObjectName(u"runsMessage"_s);
    m_message->setWordWrap(true);
    for (QPushButton *b : { m_undo, m_exportCsv, m_exportJson })
        b->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_view->selectionModel()->hasSelection();
        for (QPushButton *b : { m_undo, m_exportCsv, m_exportJson })
            b->setEnabled(any);
    });
    connect(reloadButton, &QPushButton::clicked, this, &RunsDialog::reload);
    connect(m_undo, &QPushButton::clicked, this, &RunsDialog::undoSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportSelected(u"csv"_s); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportSelected(u"json"_s); });
    connect(m_view, &QTableView::doubleClicked, this, &RunsDialog::undoSelected);

    m_chooseFile
        = [this](const QString &name, const QString &format, std::function<void(QString)> chosen) {
              auto *dialog = new QFileDialog(this, tr("Export the run report"), name);
              dialog->setAttribute(Qt::WA_DeleteOnClose);
              dialog->setAcceptMode(QFileDialog::AcceptSave);
              dialog->setNameFilter(
                  format == u"csv"_s ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
              dialog->setDefaultSuffix(format);
              connect(dialog, &QFileDialog::fileSelected, this, chosen);
              dialog->open();
          };

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reloadButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_undo);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(close);
}

void RunsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : QString());
}

QString RunsDialog::messageText() const
{
    return m_message->text();
}

void RunsDialog::reload()
{
    m_database->call<Result<QList<SyncRun>>>(
        this, [](Database &db) { return RunRepository(db).recent(200); },
        [this](const Result<QList<SyncRun>> &runs) {
            if (!runs) {
                showMessage(runs.error().userMessage, true);
                return;
            }
            const qint64 selected = selectedRunId();
            m_model->setRuns(runs.value());
            // The newest run is the one people come to undo or export.
            if (!(selected && selectRun(selected)) && !runs->isEmpty())
                selectRun(runs->first().id);
            Q_EMIT reloaded(int(runs->size()));
        });
}

bool RunsDialog::selectRun(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

qint64 RunsDialog::selectedRunId() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->runAt(m_proxy->mapToSource(rows.first()).row()).id;
}

void RunsDialog::undoSelected()
{
    const qint64 id = selectedRunId();
    if (!id)
        return;
    m_database->call<Result<UndoPlan>>(
        this, [id](Database &db) { return RunUndo::plan(db, id); },
        [this](const Result<UndoPlan> &plan) {
            if (!plan) {
                showMessage(plan.error().userMessage, true);
                return;
            }
            if (!plan->canUndo()) {
                showMessage(plan->refusal, true);
                return;
            }
            showPreview(plan.value());
        });
}

void RunsDialog::showPreview(const UndoPlan &plan)
{
    if (m_preview)
        m_preview->close();
    auto *preview = new QDialog(this);
    preview->setObjectName(u"undoPreviewDialog"_s);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Undo run %1").arg(plan.run.id));
    preview->resize(720, 460);
    auto *summary = new QLabel(preview);
    summary->setObjectName(u"undoPreviewSummary"_s);
    summary->setWordWrap(true);
    summary->setText(tr("%n play(s) this run posted will be removed from Trakt.", nullptr,
                         int(plan.remove.size()))
        + u' '
        + (plan.keep.isEmpty() ? QString()
                               : tr("%n play(s) that were on Trakt before it stay.", nullptr,
                                   int(plan.keep.size())))
        + (plan.revert.isEmpty() ? QString()
                                 : u' '
                    + tr("%n rating(s) and list change(s) it made are put back as they were.",
                        nullptr, int(plan.revert.size()))));
    auto *list = new QListWidget(preview);
    list->setObjectName(u"undoPreviewList"_s);
    for (const LedgerEntry &e : plan.remove)
        list->addItem(tr("Remove: %1").arg(playText(e)));
    for (const LedgerEntry &e : plan.keep) {
        auto *item
            = new QListWidgetItem(tr("Keep (on Trakt before): %1").arg(playText(e, true)), list);
        item->setForeground(list->palette().color(QPalette::Disabled, QPalette::Text));
    }
    for (const ExtraEntry &e : plan.revert)
        list->addItem(ExtrasModel::revertText(e));
    auto *buttons = new QDialogButtonBox(preview);
    const QString confirmText = plan.revert.isEmpty()
        ? tr("Remove %n play(s) from Trakt", nullptr, int(plan.remove.size()))
        : tr("Remove %1, put back %2")
              .arg(tr("%n play(s)", nullptr, int(plan.remove.size())),
                  tr("%n extra(s)", nullptr, int(plan.revert.size())));
    auto *confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(u"undoConfirmButton"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(preview);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, preview, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, preview, [this, preview, id = plan.run.id] {
        preview->accept();
        startUndo(id);
    });
    m_preview = preview;
    preview->open();
    Q_EMIT undoPreviewShown(preview);
}

void RunsDialog::startUndo(qint64 runId)
{
    SyncService *service = m_sync ? m_sync->service() : nullptr;
    if (!service) {
        showMessage(tr("The database is not open yet."), true);
        return;
    }
    if (service->isBusy()) {
        showMessage(tr("A sync is running; undo the run when it is done."), true);
        return;
    }
    const SyncOptions sync = m_sync->options();
    UndoOptions options;
    options.batchSize = sync.batchSize;
    options.postSpacingMs = sync.postSpacingMs;
    options.retryDelayMs = sync.retryDelayMs;
    showMessage(tr("Removing the plays of run %1 from Trakt…").arg(runId), false);
    service->call<Result<UndoReport>>(
        this,
        [runId, options](Database &db, Services *services, QObject *worker,
            std::function<void(Result<UndoReport>)> answer) {
            auto *undo = new RunUndo(db, services, worker);
            undo->undo(runId, options, [undo, answer](const Result<UndoReport> &report) {
                undo->deleteLater();
                answer(report);
            });
        },
        [this, runId](Result<UndoReport> report) {
            reload();
            if (!report) {
                showMessage(report.error().userMessage, true);
                Q_EMIT undoFailed(report.error().userMessage);
                return;
            }
            const bool ok = report->status == RunStatus::Succeeded;
            QString text = ok ? tr("Run %1 undone: %2 play(s) removed from Trakt, %3 were gone "
                                   "already.")
                                    .arg(runId)
                                    .arg(report->removed)
                                    .arg(report->alreadyGone)
                              : tr("The undo of run %1 stopped: %2 removed, %3 still on Trakt. %4")
                                    .arg(runId)
                                    .arg(report->removed)
                                    .arg(report->left)
                                    .arg(report->error);
            if (report->reverted > 0)
                text += u' '
                    + tr("%n rating(s) and list change(s) put back.", nullptr, report->reverted);
            if (report->revertFailed > 0)
                text += u' '
                    + tr("%n rating(s) and list change(s) Trakt did not take back: undo the run "
                         "again to retry them.",
                        nullptr, report->revertFailed);
            showMessage(text, !ok || report->revertFailed > 0);
            Q_EMIT undoFinished(report.value());
        });
}

void RunsDialog::exportSelected(const QString &format)
{
    const qint64 id = selectedRunId();
    if (!id)
        return;
    m_chooseFile(u"tsuzuki-run-%1.%2"_s.arg(id).arg(format), format,
        [this, id, format](const QString &path) {
            if (path.isEmpty())
                return;
            m_database->call<Result<QByteArray>>(
                this, [id, format](Database &db) { return RunReport::exportAs(db, id, format); },
                [this, id, path](const Result<QByteArray> &bytes) {
                    if (!bytes) {
                        showMessage(bytes.error().userMessage, true);
                        return;
                    }
                    QSaveFile file(path);
                    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) < 0
                        || !file.commit()) {
                        showMessage(
                            tr("Could not write %1: %2").arg(path, file.errorString()), true);
                        return;
                    }
                    showMessage(tr("Report of run %1 written to %2").arg(id).arg(path), false);
                    Q_EMIT exported(path);
                });
        });
}

} // namespace Tsuzuki
