#pragma once

#include "core/store/ledgerrepository.h"
#include "core/store/mappingrepository.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace Tsuzuki {

class DatabaseThread;
class MappingDialog;
class MappingExplainDialog;
class MappingModel;
class TitleLookup;

/// The Mappings tab: the `mappings` table with a filter, add/edit/delete of manual mappings, and
/// the "needs mapping" list (plays Trakt did not find or the mapper could not place) with a
/// one-step fix.
class MappingsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingsTab)

public:
    explicit MappingsTab(DatabaseThread *database, QWidget *parent = nullptr);

    MappingModel *model() const { return m_model; }
    /// Pasted ids and addresses in the mapping dialogs are looked up with this (may be null).
    void setTitleLookup(TitleLookup *lookup) { m_lookup = lookup; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /// Opens the add / edit / fix dialog (non-blocking) and returns it.
    MappingDialog *addMapping();
    MappingDialog *editSelected();
    MappingDialog *fixNeedsMapping(int row);
    /// The fix dialog for one AniList entry (from the needs-mapping list or a run's result),
    /// filled with its mapping when there is one; `parent`: the window it belongs to.
    MappingDialog *fixMapping(qint64 anilistId, const QString &title, QWidget *parent = nullptr);
    /// Mapping details of the selected mapping (episode 1) or needs-mapping row (its episode).
    MappingExplainDialog *explainSelected();
    /// Asks, then deletes the selected manual mapping. `confirm` answers the question (tests); null
    /// = ask.
    void deleteSelected(const std::function<bool(const QString &)> &confirm = {});

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded(int mappings, int needsMapping);
    void saved(qint64 anilistId);
    void removed(qint64 anilistId);
    void failed(const QString &message);

private:
    void updateButtons();
    void save(const Mapping &mapping);
    void showError(const QString &message);

    DatabaseThread *m_database;
    TitleLookup *m_lookup = nullptr;
    MappingModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QTableWidget *m_needsView = nullptr;
    QPushButton *m_fixButton = nullptr;
    QPushButton *m_explainButton = nullptr;
    QList<LedgerEntry> m_needs;
};

} // namespace Tsuzuki
