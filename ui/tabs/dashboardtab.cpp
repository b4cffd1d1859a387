#include "dashboardtab.h"

#include "core/app/appactions.h"
#include "core/common/idparser.h"
#include "core/common/timeformat.h"
#include "core/mapping/mappingdownloader.h"
#include "core/mapping/mappingimporter.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/progressrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QFrame *card(const QString &objectName, const QString &title, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFrameShadow(QFrame::Raised);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), frame);
    heading->setObjectName(objectName + u"Title"_s);
    layout->addWidget(heading);
    return frame;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString when(const QDateTime &time)
{
    if (!time.isValid())
        return QCoreApplication::translate("Tsuzuki::DashboardTab", "never");
    return u"%1 (%2)"_s.arg(formatLocalTime(time), formatRelative(time));
}

} // namespace

DashboardTab::DashboardTab(DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"dashboardTab"_s);

    auto *content = new QWidget(this);
    content->setObjectName(u"dashboardContent"_s);
    auto *grid = new QGridLayout(content);
    grid->setSpacing(12);
    for (int i = 0; i < MappingSources::all().size(); ++i)
        grid->addWidget(createSourceCard(MappingSources::all().at(i)), 0, i);
    grid->addWidget(createSyncCard(), 1, 0);
    grid->addWidget(createAccountsCard(), 1, 1);
    grid->addWidget(createActionsCard(), 1, 2);

    auto *recentCard = card(u"recentProgressCard"_s, tr("Recent progress"), content);
    m_recent = new QTableWidget(0, 4, recentCard);
    m_recent->setObjectName(u"recentProgressView"_s);
    m_recent->setHorizontalHeaderLabels(
        { tr("AniList"), tr("Title"), tr("Last episode"), tr("Updated") });
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->verticalHeader()->hide();
    m_recent->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recent->setMinimumHeight(160);
    m_recent->setWordWrap(false);
    m_recent->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    recentCard->layout()->addWidget(m_recent);
    grid->addWidget(recentCard, 2, 0, 1, 3);
    grid->setRowStretch(2, 1);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget *DashboardTab::createSourceCard(MappingSource source)
{
    const QString key = MappingSources::key(source);
    QFrame *frame = card(key + u"Card"_s, MappingSources::displayName(source), this);
    SourceCard c;
    auto *form = new QGridLayout;
    c.entries = valueLabel(key + u"EntriesLabel"_s, frame);
    c.imported = valueLabel(key + u"ImportedLabel"_s, frame);
    c.upstream = valueLabel(key + u"UpstreamLabel"_s, frame);
    form->addWidget(new QLabel(tr("Entries:"), frame), 0, 0);
    form->addWidget(c.entries, 0, 1);
    form->addWidget(new QLabel(tr("Imported:"), frame), 1, 0);
    form->addWidget(c.imported, 1, 1);
    if (source == MappingSource::Otaku) {
        form->addWidget(new QLabel(tr("Source updated:"), frame), 2, 0);
        form->addWidget(c.upstream, 2, 1);
    } else {
        c.upstream->hide();
    }
    form->setColumnStretch(1, 1);
    qobject_cast<QVBoxLayout *>(frame->layout())->addLayout(form);
    c.progress = new QProgressBar(frame);
    c.progress->setObjectName(key + u"Progress"_s);
    c.progress->setTextVisible(true);
    c.progress->hide();
    c.message = new QLabel(frame);
    c.message->setObjectName(key + u"Message"_s);
    c.message->setWordWrap(true);
    c.message->hide();
    c.update = new QPushButton(QIcon::fromTheme(u"download"_s), tr("Update"), frame);
    c.update->setObjectName(key + u"UpdateButton"_s);
    connect(c.update, &QPushButton::clicked, this, [this, source] { updateSource(source); });
    frame->layout()->addWidget(c.progress);
    frame->layout()->addWidget(c.message);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(c.update);
    qobject_cast<QVBoxLayout *>(frame->layout())->addStretch(1);
    qobject_cast<QVBoxLayout *>(frame->layout())->addLayout(row);
    m_sources.insert(source, c);
    return frame;
}

QWidget *DashboardTab::createSyncCard()
{
    QFrame *frame = card(u"syncStatusCard"_s, tr("Sync status"), this);
    auto *form = new QGridLayout;
    m_lastManual = valueLabel(u"lastManualLabel"_s, frame);
    m_lastAuto = valueLabel(u"lastAutoLabel"_s, frame);
    m_lastCompleted = valueLabel(u"lastCompletedLabel"_s, frame);
    m_lastWatching = valueLabel(u"lastWatchingLabel"_s, frame);
    m_nextRun = valueLabel(u"nextRunLabel"_s, frame);
    m_nextRun->setText(tr("not scheduled"));
    const QList<QPair<QString, QLabel *>> rows { { tr("Last manual sync:"), m_lastManual },
        { tr("Last automated sync:"), m_lastAuto },
        { tr("Last completed library:"), m_lastCompleted },
        { tr("Last watching library:"), m_lastWatching },
        { tr("Next scheduled run:"), m_nextRun } };
    for (int i = 0; i < rows.size(); ++i) {
        form->addWidget(new QLabel(rows.at(i).first, frame), i, 0);
        form->addWidget(rows.at(i).second, i, 1);
    }
    form->setColumnStretch(1, 1);
    qobject_cast<QVBoxLayout *>(frame->layout())->addLayout(form);
    qobject_cast<QVBoxLayout *>(frame->layout())->addStretch(1);
    return frame;
}

QWidget *DashboardTab::createAccountsCard()
{
    QFrame *frame = card(u"accountsCard"_s, tr("Accounts"), this);
    auto *form = new QGridLayout;
    m_anilistAccount = valueLabel(u"anilistAccountLabel"_s, frame);
    m_traktAccount = valueLabel(u"traktAccountLabel"_s, frame);
    m_needsMapping = valueLabel(u"needsMappingCountLabel"_s, frame);
    m_anilistAccount->setWordWrap(true);
    m_traktAccount->setWordWrap(true);
    form->addWidget(new QLabel(tr("AniList:"), frame), 0, 0);
    form->addWidget(m_anilistAccount, 0, 1);
    form->addWidget(new QLabel(tr("Trakt:"), frame), 1, 0);
    form->addWidget(m_traktAccount, 1, 1);
    form->addWidget(new QLabel(tr("Needs mapping:"), frame), 2, 0);
    form->addWidget(m_needsMapping, 2, 1);
    form->setColumnStretch(1, 1);
    qobject_cast<QVBoxLayout *>(frame->layout())->addLayout(form);
    qobject_cast<QVBoxLayout *>(frame->layout())->addStretch(1);
    return frame;
}

QWidget *DashboardTab::createActionsCard()
{
    QFrame *frame = card(u"syncActionsCard"_s, tr("Sync"), this);
    auto *layout = qobject_cast<QVBoxLayout *>(frame->layout());
    const auto button = [&](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, frame);
        b->setObjectName(name);
        b->setToolTip(tip);
        layout->addWidget(b);
        m_syncButtons << b;
        return b;
    };
    connect(button(u"fullSyncButton"_s, tr("&Full sync…"),
                tr("New AniList activity since the last run")),
        &QPushButton::clicked, this, &DashboardTab::fullSyncRequested);
    connect(button(u"completedSyncButton"_s, tr("&Completed library…"),
                tr("Every completed entry in your AniList library")),
        &QPushButton::clicked, this, &DashboardTab::completedSyncRequested);
    connect(button(u"watchingSyncButton"_s, tr("&Watching library…"),
                tr("Every entry you are watching")),
        &QPushButton::clicked, this, &DashboardTab::watchingSyncRequested);
    m_showEdit = new QLineEdit(frame);
    m_showEdit->setObjectName(u"syncShowEdit"_s);
    m_showEdit->setPlaceholderText(tr("AniList id or address"));
    m_showEdit->setClearButtonEnabled(true);
    auto *showButton = new QPushButton(tr("Sync &one show…"), frame);
    showButton->setObjectName(u"showSyncButton"_s);
    m_syncButtons << showButton;
    m_showError = new QLabel(frame);
    m_showError->setObjectName(u"syncShowError"_s);
    m_showError->setStyleSheet(u"color: #c0392b;"_s);
    m_showError->setWordWrap(true);
    m_showError->hide();
    const auto requestShow = [this] {
        const auto parsed = IdParser::parseAniList(m_showEdit->text());
        if (parsed.kind != IdParser::ParsedId::Kind::Numeric) {
            m_showError->setText(parsed.error);
            m_showError->show();
            return;
        }
        m_showError->hide();
        m_showEdit->setText(QString::number(parsed.id));
        Q_EMIT showSyncRequested(parsed.id);
    };
    connect(showButton, &QPushButton::clicked, this, requestShow);
    connect(m_showEdit, &QLineEdit::returnPressed, this, requestShow);
    auto *row = new QHBoxLayout;
    row->addWidget(m_showEdit, 1);
    row->addWidget(showButton);
    layout->addLayout(row);
    layout->addWidget(m_showError);
    layout->addStretch(1);
    return frame;
}

void DashboardTab::setAccounts(const QString &anilist, const QString &trakt)
{
    m_anilistAccount->setText(anilist);
    m_traktAccount->setText(trakt);
}

void DashboardTab::setNextScheduledRun(const QDateTime &when)
{
    m_nextRun->setText(when.isValid()
            ? u"%1 (%2)"_s.arg(formatLocalTime(when), formatRelative(when))
            : tr("not scheduled"));
}

void DashboardTab::setSyncBusy(bool busy)
{
    for (QPushButton *b : std::as_const(m_syncButtons))
        b->setEnabled(!busy);
}

void DashboardTab::reload()
{
    m_database->call<Result<StatusSnapshot>>(
        this, [](Database &db) { return AppActions(db).statusSnapshot(10); },
        [this](const Result<StatusSnapshot> &result) {
            if (!result.ok())
                return;
            const StatusSnapshot &s = result.value();
            for (const SourceStatus &status : s.sources) {
                SourceCard &c = m_sources[status.source];
                c.entries->setText(QLocale().toString(status.count));
                c.imported->setText(when(status.importedAt));
            }
            m_sources[MappingSource::Otaku].upstream->setText(when(s.otakuLastActivity));
            m_lastManual->setText(when(s.lastManualRun));
            m_lastAuto->setText(when(s.lastAutomatedRun));
            m_lastCompleted->setText(when(s.lastCompletedRun));
            m_lastWatching->setText(when(s.lastWatchingRun));
            m_needsMapping->setText(QLocale().toString(s.needsMapping));
            m_recent->setRowCount(int(s.recentProgress.size()));
            for (int i = 0; i < s.recentProgress.size(); ++i) {
                const Progress &p = s.recentProgress.at(i);
                const QStringList cells { QString::number(p.anilistId), s.titles.value(p.anilistId),
                    QString::number(p.lastAbs), formatLocalTime(p.updatedAt) };
                for (int c = 0; c < cells.size(); ++c)
                    m_recent->setItem(i, c, new QTableWidgetItem(cells.at(c)));
            }
            Q_EMIT reloaded();
        });
}

void DashboardTab::updateSource(MappingSource source, const QString &fileOverride)
{
    SourceCard &c = m_sources[source];
    c.update->setEnabled(false);
    c.message->hide();
    c.progress->show();
    c.progress->setRange(0, 0);
    if (!fileOverride.isEmpty()) {
        importFile(source, fileOverride, false);
        return;
    }
    c.progress->setFormat(tr("Downloading… %p%"));
    // The one download path (size cap, HTML detection, progress) runs in the database thread,
    // where its import needs the connection; its signals come back here, queued.
    QPointer<DashboardTab> self(this);
    m_database->post([self, source](Database &db) {
        auto *downloader = new MappingDownloader(db);
        connect(downloader, &MappingDownloader::finished, downloader, &QObject::deleteLater);
        if (!self) {
            downloader->deleteLater();
            return;
        }
        connect(downloader, &MappingDownloader::progressed, self.data(),
            [self, source](const QString &stage, qint64 done, qint64 total) {
                if (self)
                    self->showProgress(source, stage, done, total);
            });
        connect(downloader, &MappingDownloader::finished, self.data(),
            [self, source](const Result<ImportSummary> &result) {
                if (!self)
                    return;
                if (!result.ok())
                    self->finishSource(source, false, result.error().userMessage);
                else
                    self->finishSource(source, true,
                        tr("Imported %n AniList id(s).", nullptr, int(result->anilistIds)));
            });
        downloader->start(source);
    });
}

void DashboardTab::showProgress(
    MappingSource source, const QString &stage, qint64 done, qint64 total)
{
    SourceCard &card = m_sources[source];
    if (stage == u"download"_s) {
        card.progress->setFormat(tr("Downloading… %p%"));
        if (total > 0) {
            card.progress->setRange(0, 100);
            card.progress->setValue(int(done * 100 / total));
        }
        return;
    }
    // The import: reading is the first half, writing the second.
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    card.progress->setFormat(tr("Importing… %p%"));
    card.progress->setRange(0, 100);
    card.progress->setValue(stage == u"read"_s ? percent / 2 : 50 + percent / 2);
}

void DashboardTab::importFile(MappingSource source, const QString &path, bool removeAfter)
{
    showProgress(source, u"read"_s, 0, 1);
    QPointer<DashboardTab> self(this);
    m_database->call<Result<ImportSummary>>(
        this,
        [source, path, removeAfter, self](Database &db) {
            // Progress is posted to the GUI thread; at most ~100 updates.
            int lastPercent = -1;
            auto result = MappingImporter(db).importFile(source, path,
                [&lastPercent, self, source](const QString &stage, qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(done * 100 / total) : 0;
                    if (percent == lastPercent || !self)
                        return;
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, source, stage, done, total] {
                            if (self)
                                self->showProgress(source, stage, done, total);
                        },
                        Qt::QueuedConnection);
                });
            if (removeAfter)
                QFile::remove(path);
            return result;
        },
        [this, source](const Result<ImportSummary> &result) {
            if (!result.ok()) {
                finishSource(source, false, result.error().userMessage);
                return;
            }
            finishSource(
                source, true, tr("Imported %n AniList id(s).", nullptr, int(result->anilistIds)));
        });
}

void DashboardTab::finishSource(MappingSource source, bool ok, const QString &message)
{
    SourceCard &c = m_sources[source];
    c.update->setEnabled(true);
    c.progress->hide();
    c.message->setText(message);
    c.message->setStyleSheet(ok ? QString() : u"color: #c0392b;"_s);
    c.message->show();
    Q_EMIT sourceUpdated(source, ok, message);
    if (ok)
        reload();
}

} // namespace Tsuzuki
