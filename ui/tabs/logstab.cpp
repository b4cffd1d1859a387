#include "logstab.h"

#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "core/store/logrepository.h"
#include "ui/models/logfilterproxy.h"
#include "ui/models/logmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
constexpr int InitialRows = 1000;
}

LogsTab::LogsTab(DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"logsTab"_s);
    m_model = new LogModel(this);
    m_model->setCapacity(20000);
    m_proxy = new LogFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_level = new QComboBox(this);
    m_level->setObjectName(u"logLevelCombo"_s);
    m_level->addItem(tr("All levels"), QString());
    m_level->addItem(tr("Info"), QString::fromLatin1(LogLevel::Info));
    m_level->addItem(tr("Success"), QString::fromLatin1(LogLevel::Success));
    m_level->addItem(tr("Warnings"), QString::fromLatin1(LogLevel::Warning));
    m_level->addItem(tr("Errors"), QString::fromLatin1(LogLevel::Error));
    connect(m_level, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setLevel(m_level->currentData().toString()); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"logSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &LogFilterProxy::setSearchText);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_follow = new QCheckBox(tr("&Follow"), this);
    m_follow->setObjectName(u"logFollowCheck"_s);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest row in view"));
    m_pause = new QPushButton(QIcon::fromTheme(u"media-playback-pause"_s), tr("Pa&use"), this);
    m_pause->setObjectName(u"logPauseButton"_s);
    m_pause->setCheckable(true);
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_pause->setText(paused ? tr("&Resume") : tr("Pa&use"));
        m_pause->setIcon(
            QIcon::fromTheme(paused ? u"media-playback-start"_s : u"media-playback-pause"_s));
        m_status->setText(paused ? tr("Paused: new rows are held back") : QString());
        if (!paused)
            fetchNew();
    });
    auto *copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), this);
    copy->setObjectName(u"logCopyButton"_s);
    connect(copy, &QPushButton::clicked, this, [this] { copyRows(); });

    m_view = new QTableView(this);
    m_view->setObjectName(u"logsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(
        LogModel::Time, m_view->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59 CEST__"_s));
    m_view->horizontalHeader()->resizeSection(
        LogModel::Level, m_view->fontMetrics().horizontalAdvance(u"success___"_s));
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, [this] { copyRows(); });
    m_view->addAction(copyAction);
    // Scrolling up stops following; scrolling back to the bottom resumes it.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_view->verticalScrollBar()->isSliderDown())
            m_follow->setChecked(value == m_view->verticalScrollBar()->maximum());
    });

    m_status = new QLabel(this);
    m_status->setObjectName(u"logStatusLabel"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_pause);
    bar->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_database, &DatabaseThread::logsAdded, this, &LogsTab::fetchNew);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LogsTab::scrollIfFollowing,
        Qt::QueuedConnection);
}

bool LogsTab::isPaused() const
{
    return m_pause->isChecked();
}

void LogsTab::setPaused(bool paused)
{
    m_pause->setChecked(paused);
}

void LogsTab::reload()
{
    m_fetching = true;
    m_database->call<Result<QList<LogEntry>>>(
        this, [](Database &db) { return LogRepository(db).tail(InitialRows); },
        [this](const Result<QList<LogEntry>> &result) {
            m_fetching = false;
            if (!result.ok()) {
                m_status->setText(result.error().userMessage);
                return;
            }
            QList<LogEntry> rows = result.value();
            std::reverse(
                rows.begin(), rows.end()); // tail() is newest first; the view reads top to bottom
            m_model->setEntries(rows);
            m_loaded = true;
            scrollIfFollowing();
            Q_EMIT rowsArrived(int(rows.size()));
            if (m_fetchAgain) {
                m_fetchAgain = false;
                fetchNew();
            }
        });
}

void LogsTab::fetchNew()
{
    if (!m_loaded) {
        if (!m_fetching)
            reload();
        return;
    }
    if (isPaused())
        return;
    if (m_fetching) {
        m_fetchAgain = true; // one more round after the one in flight
        return;
    }
    m_fetching = true;
    const qint64 after = m_model->newestId();
    m_database->call<Result<QList<LogEntry>>>(
        this, [after](Database &db) { return LogRepository(db).since(after, 5000); },
        [this](const Result<QList<LogEntry>> &result) {
            m_fetching = false;
            if (result.ok() && !result->isEmpty() && !isPaused()) {
                m_model->appendEntries(result.value());
                Q_EMIT rowsArrived(int(result->size()));
            }
            if (m_fetchAgain) {
                m_fetchAgain = false;
                fetchNew();
            }
        });
}

void LogsTab::scrollIfFollowing()
{
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

QString LogsTab::copyRows()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->index(r, 0);
    }
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < LogModel::ColumnCount; ++c)
            cells << m_proxy->index(index.row(), c).data().toString();
        lines << cells.join(u'\t');
    }
    const QString text = lines.join(u'\n');
    QApplication::clipboard()->setText(text);
    m_status->setText(tr("%n row(s) copied", nullptr, int(lines.size())));
    return text;
}

} // namespace Tsuzuki
