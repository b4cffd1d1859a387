#include "ui/widgets/neverpostpanel.h"

#include "core/app/appactions.h"
#include "core/store/databasethread.h"
#include "ui/models/modelroles.h"
#include "ui/models/neverpostmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

NeverPostPanel::NeverPostPanel(DatabaseThread *database, QWidget *parent)
    : QGroupBox(tr("Never post"), parent)
    , m_database(database)
    , m_model(new NeverPostModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_postAgain(new QPushButton(tr("Post a&gain"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"neverPostPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelRole::Sort);
    m_view->setObjectName(u"neverPostView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NeverPostModel::Title, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NeverPostModel::Title, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setMaximumHeight(m_view->fontMetrics().height() * 9);
    m_postAgain->setObjectName(u"neverPostAgainButton"_s);
    m_postAgain->setToolTip(tr("Forget the \"never post\" choice: the next sync offers the "
                               "selected plays again."));
    m_postAgain->setEnabled(false);
    m_message->setObjectName(u"neverPostMessage"_s);
    m_message->setWordWrap(true);
    connect(m_postAgain, &QPushButton::clicked, this, &NeverPostPanel::postAgainSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_postAgain->setEnabled(m_view->selectionModel()->hasSelection()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_postAgain);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void NeverPostPanel::reload()
{
    m_database->call<Result<QList<LedgerEntry>>>(
        this, [](Database &db) { return AppActions(db).neverPostList(); },
        [this](const Result<QList<LedgerEntry>> &rows) {
            if (!rows) {
                m_message->setText(rows.error().userMessage);
                return;
            }
            m_model->setRows(rows.value());
            m_message->setText(rows->isEmpty()
                    ? tr("Nothing is marked \"never post\". A sync preview can mark plays so.")
                    : tr("%n play(s) no sync will post.", nullptr, int(rows->size())));
            setVisible(true);
            Q_EMIT reloaded(int(rows->size()));
        });
}

void NeverPostPanel::postAgainSelected()
{
    QList<LedgerKey> keys;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const LedgerEntry &e = m_model->rowAt(m_proxy->mapToSource(index).row());
        keys << LedgerKey(e.anilistId, e.absEpisode);
    }
    if (keys.isEmpty())
        return;
    m_database->call<Result<int>>(
        this, [keys](Database &db) { return AppActions(db).allowAgain(keys); },
        [this](const Result<int> &forgotten) {
            if (!forgotten) {
                m_message->setText(forgotten.error().userMessage);
                return;
            }
            reload();
            Q_EMIT allowedAgain(forgotten.value());
        });
}

} // namespace Tsuzuki
