#include "dashboardtab.h"

#include "core/mapping/mappingimporter.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/progressrepository.h"
#include "ui/databaseworker.h"
#include "ui/idparser.h"
#include "ui/timeformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

const QList<MappingSource> AllSources { MappingSource::Otaku, MappingSource::Fribbs,
    MappingSource::AniBridge };

struct SourceStatus
{
    qint64 count = 0;
    QDateTime importedAt;
};

struct DashboardSnapshot
{
    QHash<MappingSource, SourceStatus> sources;
    QDateTime otakuLastActivity;
    QDateTime lastManual, lastAuto, lastCompleted, lastWatching;
    qint64 needsMapping = 0;
    QList<Progress> recent;
    QHash<qint64, QString> titles;
};

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

DashboardTab::DashboardTab(DatabaseWorker *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(u"dashboardTab"_s);

    auto *content = new QWidget(this);
    content->setObjectName(u"dashboardContent"_s);
    auto *grid = new QGridLayout(content);
    grid->setSpacing(12);
    for (int i = 0; i < AllSources.size(); ++i)
        grid->addWidget(createSourceCard(AllSources.at(i)), 0, i);
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
    m_database->call<Result<DashboardSnapshot>>(
        this,
        [](Database &db) -> Result<DashboardSnapshot> {
            DashboardSnapshot s;
            IdMapRepository idMap(db);
            for (MappingSource source : AllSources) {
                SourceStatus status;
                status.count = idMap.count(MappingSources::key(source)).valueOr(0);
                ConfigRepository config(db);
                status.importedAt = config.timestamp(MappingSources::lastSyncKey(source));
                if (!status.importedAt.isValid())
                    status.importedAt
                        = idMap.importedAt(MappingSources::key(source)).valueOr(QDateTime());
                s.sources.insert(source, status);
            }
            ConfigRepository config(db);
            s.otakuLastActivity
                = config.timestamp(QString::fromLatin1(ConfigKey::OtakuLastActivity));
            s.lastManual = config.timestamp(QString::fromLatin1(ConfigKey::SyncLastRun));
            s.lastAuto = config.timestamp(QString::fromLatin1(ConfigKey::SyncLastRunAuto));
            s.lastCompleted
                = config.timestamp(QString::fromLatin1(ConfigKey::SyncCompletedLastRun));
            s.lastWatching = config.timestamp(QString::fromLatin1(ConfigKey::SyncWatchingLastRun));
            LedgerRepository ledger(db);
            s.needsMapping = ledger.count(QString::fromLatin1(LedgerOutcome::NotFound)).valueOr(0)
                + ledger.count(QString::fromLatin1(LedgerOutcome::Unmapped)).valueOr(0);
            auto recent = ProgressRepository(db).list(10);
            if (!recent.ok())
                return recent.error();
            s.recent = recent.value();
            QList<qint64> ids;
            for (const Progress &p : std::as_const(s.recent))
                ids << p.anilistId;
            auto entries = ledger.forAnilistIds(ids);
            if (entries.ok()) {
                for (auto it = entries->cbegin(); it != entries->cend(); ++it) {
                    for (const LedgerEntry &e : it.value()) {
                        if (!e.title.isEmpty()) {
                            s.titles.insert(it.key(), e.title);
                            break;
                        }
                    }
                }
            }
            return s;
        },
        [this](const Result<DashboardSnapshot> &result) {
            if (!result.ok())
                return;
            const DashboardSnapshot &s = result.value();
            for (MappingSource source : AllSources) {
                const SourceStatus status = s.sources.value(source);
                SourceCard &c = m_sources[source];
                c.entries->setText(QLocale().toString(status.count));
                c.imported->setText(when(status.importedAt));
            }
            m_sources[MappingSource::Otaku].upstream->setText(when(s.otakuLastActivity));
            m_lastManual->setText(when(s.lastManual));
            m_lastAuto->setText(when(s.lastAuto));
            m_lastCompleted->setText(when(s.lastCompleted));
            m_lastWatching->setText(when(s.lastWatching));
            m_needsMapping->setText(QLocale().toString(s.needsMapping));
            m_recent->setRowCount(int(s.recent.size()));
            for (int i = 0; i < s.recent.size(); ++i) {
                const Progress &p = s.recent.at(i);
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
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(MappingSources::downloadUrl(source));
    request.setTransferTimeout(120000);
    request.setHeader(QNetworkRequest::UserAgentHeader,
        u"Tsuzuki/%1"_s.arg(QCoreApplication::applicationVersion()));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    c.progress->setFormat(tr("Downloading… %p%"));
    connect(reply, &QNetworkReply::downloadProgress, this,
        [this, source](qint64 received, qint64 total) {
            SourceCard &card = m_sources[source];
            if (total > 0) {
                card.progress->setRange(0, 100);
                card.progress->setValue(int(received * 100 / total));
            }
        });
    connect(reply, &QNetworkReply::finished, this, [this, source, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            finishSource(source, false, tr("Download failed: %1").arg(reply->errorString()));
            return;
        }
        QTemporaryFile file(QDir::tempPath() + u"/tsuzuki-mapping-XXXXXX"_s);
        file.setAutoRemove(false);
        if (!file.open() || file.write(reply->readAll()) < 0) {
            finishSource(
                source, false, tr("Could not save the download: %1").arg(file.errorString()));
            return;
        }
        file.close();
        importFile(source, file.fileName(), true);
    });
}

void DashboardTab::importFile(MappingSource source, const QString &path, bool removeAfter)
{
    SourceCard &c = m_sources[source];
    c.progress->setRange(0, 100);
    c.progress->setValue(0);
    c.progress->setFormat(tr("Importing… %p%"));
    QPointer<DashboardTab> self(this);
    m_database->call<Result<ImportSummary>>(
        this,
        [source, path, removeAfter, self](Database &db) {
            // Progress is posted to the GUI thread; at most ~100 updates.
            int lastPercent = -1;
            auto result = MappingImporter(db).importFile(source, path,
                [&lastPercent, self, source](const QString &stage, qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(done * 100 / total) : 0;
                    const int overall = stage == u"read"_s ? percent / 2 : 50 + percent / 2;
                    if (overall == lastPercent || !self)
                        return;
                    lastPercent = overall;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, source, overall] {
                            if (self)
                                self->m_sources[source].progress->setValue(overall);
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
