#pragma once

#include "core/app/runundo.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Tsuzuki {

class DatabaseThread;
class RunModel;
class SyncController;

/// The Runs view (issue 14): `sync_runs` with their counts; "Undo this run…" shows what would be
/// removed from Trakt (and what stays, because it was there before) and, once confirmed, runs the
/// undo in the sync worker (RunUndo: one request at a time, like a sync); "Export CSV…" /
/// "Export JSON…" write the run's report. Non-modal.
class RunsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsDialog)

public:
    /// Asks where to save (default: a file dialog); calls `chosen` with the path, or not at all.
    using SaveChooser = std::function<void(
        const QString &suggestedName, const QString &format, std::function<void(QString)> chosen)>;

    RunsDialog(DatabaseThread *database, SyncController *sync, QWidget *parent = nullptr);

    RunModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setSaveChooser(SaveChooser chooser) { m_chooseFile = std::move(chooser); }
    /// Selects run `id` in the list (false when it is not listed).
    bool selectRun(qint64 id);
    /// Opens the undo preview of the selected run (undoPreview()).
    void undoSelected();
    /// The preview of the undo in progress (null when none is open).
    QDialog *undoPreview() const { return m_preview; }
    /// Writes the selected run's report as "csv" or "json".
    void exportSelected(const QString &format);
    QString messageText() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded(int rows);
    void undoPreviewShown(QDialog *preview);
    /// The undo ended (its report: succeeded, partial, refused, ...).
    void undoFinished(const Tsuzuki::UndoReport &report);
    void undoFailed(const QString &message);
    void exported(const QString &path);

private:
    qint64 selectedRunId() const;
    void showPreview(const UndoPlan &plan);
    void startUndo(qint64 runId);
    void showMessage(const QString &text, bool error);

    DatabaseThread *m_database;
    QPointer<SyncController> m_sync;
    RunModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_undo;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_message;
    QPointer<QDialog> m_preview;
    SaveChooser m_chooseFile;
};

} // namespace Tsuzuki

Q_DECLARE_METATYPE(Tsuzuki::UndoReport)
