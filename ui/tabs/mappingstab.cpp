#include "mappingstab.h"

#include "core/app/appactions.h"
#include "core/common/timeformat.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "ui/dialogs/mappingdialog.h"
#include "ui/dialogs/mappingexplaindialog.h"
#include "ui/models/mappingmodel.h"
#include "ui/models/modelroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

struct MappingsSnapshot
{
    QList<Mapping> mappings;
    QHash<qint64, QString> titles;
    QList<LedgerEntry> needs;
};

/// Titles are not stored with mappings; the ledger keeps the AniList title of every play it
/// recorded.
QHash<qint64, QString> ledgerTitles(Database &db)
{
    QHash<qint64, QString> titles;
    auto query = db.exec(
        u"SELECT anilist_id, MAX(title) FROM sync_ledger WHERE title IS NOT NULL GROUP BY anilist_id"_s);
    if (!query.ok())
        return titles;
    QSqlQuery &q = query.value();
    while (q.next())
        titles.insert(q.value(0).toLongLong(), q.value(1).toString());
    return titles;
}

} // namespace

MappingsTab::MappingsTab(DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"mappingsTab"_s);

    m_model = new MappingModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(u"mappingsProxy"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRole::Sort);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"mappingsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by id or title (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);

    m_addButton = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add…"), this);
    m_addButton->setObjectName(u"addMappingButton"_s);
    m_addButton->setShortcut(QKeySequence::New);
    m_editButton = new QPushButton(QIcon::fromTheme(u"document-edit"_s), tr("Ed&it…"), this);
    m_editButton->setObjectName(u"editMappingButton"_s);
    m_deleteButton = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("D&elete"), this);
    m_deleteButton->setObjectName(u"deleteMappingButton"_s);
    auto *refresh = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Reload"), this);
    refresh->setObjectName(u"reloadMappingsButton"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addMapping(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(refresh, &QPushButton::clicked, this, &MappingsTab::reload);
    m_explainButton = new QPushButton(tr("E&xplain…"), this);
    m_explainButton->setObjectName(u"explainMappingButton"_s);
    m_explainButton->setToolTip(tr("Every source's answer, which one won and why"));
    connect(m_explainButton, &QPushButton::clicked, this, [this] { explainSelected(); });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"mappingsCountLabel"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"mappingsErrorLabel"_s);
    m_errorLabel->setStyleSheet(u"color: #c0392b;"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(u"mappingsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MappingModel::Updated, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(MappingModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        MappingModel::Updated, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MappingsTab::updateButtons);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_addButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_deleteButton);
    toolbar->addWidget(m_explainButton);
    toolbar->addWidget(refresh);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(toolbar);
    topLayout->addWidget(m_errorLabel);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_countLabel);

    // Needs mapping: plays Trakt answered not_found, or that the mapper could not place.
    m_needsView = new QTableWidget(0, 5, this);
    m_needsView->setObjectName(u"needsMappingView"_s);
    m_needsView->setHorizontalHeaderLabels(
        { tr("AniList"), tr("Title"), tr("Episode"), tr("Why"), tr("When") });
    m_needsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_needsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_needsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_needsView->verticalHeader()->hide();
    m_needsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_needsView->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_needsView->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_needsView->setWordWrap(false);
    m_fixButton = new QPushButton(tr("&Fix mapping…"), this);
    m_fixButton->setObjectName(u"fixMappingButton"_s);
    m_fixButton->setEnabled(false);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const auto rows = m_needsView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            fixNeedsMapping(rows.first().row());
    });
    connect(m_needsView, &QTableWidget::cellDoubleClicked, this,
        [this](int row) { fixNeedsMapping(row); });
    connect(m_needsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_fixButton->setEnabled(m_needsView->selectionModel()->hasSelection());
        updateButtons();
    });

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *needsHeader = new QHBoxLayout;
    auto *needsTitle = new QLabel(u"<b>%1</b>"_s.arg(tr("Needs mapping")), bottom);
    needsTitle->setObjectName(u"needsMappingTitle"_s);
    needsHeader->addWidget(needsTitle, 1);
    needsHeader->addWidget(m_fixButton);
    bottomLayout->addLayout(needsHeader);
    bottomLayout->addWidget(m_needsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"mappingsSplitter"_s);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    updateButtons();
}

void MappingsTab::reload()
{
    m_database->call<Result<MappingsSnapshot>>(
        this,
        [](Database &db) -> Result<MappingsSnapshot> {
            MappingsSnapshot snapshot;
            auto list = MappingRepository(db).list();
            if (!list.ok())
                return list.error();
            snapshot.mappings = list.value();
            snapshot.titles = ledgerTitles(db);
            LedgerRepository ledger(db);
            for (LedgerOutcome outcome : { LedgerOutcome::NotFound, LedgerOutcome::Unmapped }) {
                auto rows = ledger.withOutcome(outcome, 2000);
                if (rows.ok())
                    snapshot.needs += rows.value();
            }
            return snapshot;
        },
        [this](const Result<MappingsSnapshot> &result) {
            if (!result.ok()) {
                showError(result.error().userMessage);
                return;
            }
            m_model->setMappings(result->mappings, result->titles);
            m_needs = result->needs;
            m_needsView->setRowCount(int(m_needs.size()));
            for (int i = 0; i < m_needs.size(); ++i) {
                const LedgerEntry &e = m_needs.at(i);
                const QString episode = e.season && e.episode
                    ? u"%1 (S%2E%3)"_s.arg(e.absEpisode)
                          .arg(*e.season, 2, 10, QLatin1Char('0'))
                          .arg(*e.episode, 2, 10, QLatin1Char('0'))
                    : QString::number(e.absEpisode);
                const QString why = e.outcome == LedgerOutcome::NotFound
                    ? tr("Trakt did not find it")
                    : tr("No Trakt season/episode for it");
                const QStringList cells { QString::number(e.anilistId), e.title, episode, why,
                    formatLocalTime(e.updatedAt.isValid() ? e.updatedAt : e.createdAt) };
                for (int c = 0; c < cells.size(); ++c)
                    m_needsView->setItem(i, c, new QTableWidgetItem(cells.at(c)));
            }
            m_needsView->resizeColumnToContents(0);
            m_countLabel->setText(tr("%n mapping(s)", nullptr, int(result->mappings.size()))
                + u" · "_s + tr("%n need(s) mapping", nullptr, int(m_needs.size())));
            m_errorLabel->hide();
            updateButtons();
            Q_EMIT reloaded(int(result->mappings.size()), int(m_needs.size()));
        });
}

void MappingsTab::updateButtons()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_explainButton->setEnabled(selected || m_needsView->selectionModel()->hasSelection());
}

MappingExplainDialog *MappingsTab::explainSelected()
{
    qint64 anilistId = 0;
    int episode = 1;
    const auto needs = m_needsView->selectionModel()->selectedRows();
    const auto rows = m_view->selectionModel()->selectedRows();
    if (!needs.isEmpty() && needs.first().row() < m_needs.size()) {
        anilistId = m_needs.at(needs.first().row()).anilistId;
        episode = m_needs.at(needs.first().row()).absEpisode;
    } else if (!rows.isEmpty()) {
        anilistId = m_model->mappingAt(m_proxy->mapToSource(rows.first()).row()).anilistId;
    }
    if (anilistId <= 0)
        return nullptr;
    auto *dialog = new MappingExplainDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MappingExplainDialog> guard(dialog);
    m_database->call<Result<MappingExplanation>>(
        dialog,
        [anilistId, episode](
            Database &db) { return MappingExplainer::explainOffline(db, anilistId, episode); },
        [guard](const Result<MappingExplanation> &result) {
            if (!guard)
                return;
            if (result.ok())
                guard->setExplanation(result.value());
            else
                guard->setError(result.error().userMessage);
        });
    dialog->open();
    return dialog;
}

void MappingsTab::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    Q_EMIT failed(message);
}

MappingDialog *MappingsTab::addMapping()
{
    auto *dialog = new MappingDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTitleLookup(m_lookup);
    connect(dialog, &MappingDialog::mappingAccepted, this, &MappingsTab::save);
    dialog->open();
    return dialog;
}

MappingDialog *MappingsTab::editSelected()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = m_proxy->mapToSource(rows.first()).row();
    const Mapping mapping = m_model->mappingAt(row);
    auto *dialog = new MappingDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTitleLookup(m_lookup);
    dialog->setMapping(mapping, m_model->titleOf(mapping.anilistId));
    connect(dialog, &MappingDialog::mappingAccepted, this, &MappingsTab::save);
    dialog->open();
    return dialog;
}

MappingDialog *MappingsTab::fixNeedsMapping(int row)
{
    if (row < 0 || row >= m_needs.size())
        return nullptr;
    const LedgerEntry entry = m_needs.at(row);
    return fixMapping(entry.anilistId, entry.title);
}

MappingDialog *MappingsTab::fixMapping(qint64 anilistId, const QString &title, QWidget *parent)
{
    if (anilistId <= 0)
        return nullptr;
    auto *dialog = new MappingDialog(parent ? parent : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTitleLookup(m_lookup);
    const int existing = m_model->rowOf(anilistId);
    if (existing >= 0)
        dialog->setMapping(m_model->mappingAt(existing), title);
    else
        dialog->setAniListId(anilistId, title);
    connect(dialog, &MappingDialog::mappingAccepted, this, &MappingsTab::save);
    dialog->open();
    return dialog;
}

void MappingsTab::save(const Mapping &mapping)
{
    m_database->call<Result<void>>(
        this, [mapping](Database &db) { return AppActions(db).saveManualMapping(mapping); },
        [this, id = mapping.anilistId](const Result<void> &result) {
            if (!result.ok()) {
                showError(tr("The mapping was not saved: %1").arg(result.error().userMessage));
                return;
            }
            Q_EMIT saved(id);
            reload();
        });
}

void MappingsTab::deleteSelected(const std::function<bool(const QString &)> &confirm)
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Mapping mapping = m_model->mappingAt(m_proxy->mapToSource(rows.first()).row());
    const QString title = m_model->titleOf(mapping.anilistId);
    const QString question = title.isEmpty() ? tr("Delete the mapping of AniList %1? The next sync "
                                                  "resolves it again from the mapping data.")
                                                   .arg(mapping.anilistId)
                                             : tr("Delete the mapping of AniList %1 (%2)? The next "
                                                  "sync resolves it again from the mapping data.")
                                                   .arg(mapping.anilistId)
                                                   .arg(title);
    const auto proceed = [this, id = mapping.anilistId] {
        m_database->call<Result<void>>(
            this, [id](Database &db) { return AppActions(db).removeMapping(id); },
            [this, id](const Result<void> &result) {
                if (!result.ok()) {
                    showError(result.error().userMessage);
                    return;
                }
                Q_EMIT removed(id);
                reload();
            });
    };
    if (confirm) {
        if (confirm(question))
            proceed();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete mapping"), question,
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteMappingConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [proceed](int result) {
        if (result == QMessageBox::Yes)
            proceed();
    });
    box->open();
}

} // namespace Tsuzuki
