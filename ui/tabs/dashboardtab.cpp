#include "dashboardtab.h"

#include "core/app/appactions.h"
#include "core/common/idparser.h"
#include "core/common/timeformat.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"
#include "ui/mappingupdater.h"

#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    heading->setWordWrap(true);
    layout->addWidget(heading);
    return frame;
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *nameLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

/// The height of `lines` wrapped lines in `font`, measured with a Japanese glyph too: such a line
/// is set in a fallback font that is taller than the label's own font says.
int linesHeight(const QFont &font, int lines)
{
    QLabel probe;
    probe.setFont(font);
    QStringList text;
    for (int i = 0; i < lines; ++i)
        text << u"Ag国"_s;
    probe.setText(text.join(u'\n'));
    return probe.sizeHint().height();
}

/// Room for `lines` lines from the start, so that "never" becoming a date with its relative time
/// (two lines in a narrow card) does not make the card taller and move the buttons below it.
void reserveLines(QLabel *label, int lines)
{
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumHeight(linesHeight(label->font(), lines));
}

/// Keeps the widget's place in the layout while hidden, so that showing it moves nothing.
void keepPlace(QWidget *widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}

} // namespace

DashboardTab::DashboardTab(DatabaseThread *database, MappingUpdater *updater, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_updater(updater)
{
    setObjectName(u"dashboardTab"_s);

    auto *content = new QWidget(this);
    content->setObjectName(u"dashboardContent"_s);
    auto *grid = new QGridLayout(content);
    grid->setSpacing(10);
    // What people come for first: the sync buttons, the state of syncing, their accounts.
    grid->addWidget(createActionsCard(), 0, 0);
    grid->addWidget(createSyncCard(), 0, 1);
    grid->addWidget(createAccountsCard(), 0, 2);
    for (int i = 0; i < MappingSources::all().size(); ++i)
        grid->addWidget(createSourceCard(MappingSources::all().at(i)), 1, i);

    auto *recentCard = card(u"recentProgressCard"_s, tr("Recent progress"), content);
    m_recent = new QTableWidget(0, 4, recentCard);
    m_recent->setObjectName(u"recentProgressView"_s);
    m_recent->setHorizontalHeaderLabels(
        { tr("AniList"), tr("Title"), tr("Last episode"), tr("Updated") });
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->verticalHeader()->hide();
    m_recent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recent->setMinimumHeight(120);
    m_recent->setWordWrap(false);
    recentCard->layout()->addWidget(m_recent);
    grid->addWidget(recentCard, 2, 0, 1, 3);
    grid->setRowStretch(2, 1);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Never sideways: the cards wrap their text instead.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_updater, &MappingUpdater::progressed, this,
        [this](MappingSource source, const QString &stage, int percent) {
            showProgress(source, stage, percent);
        });
    connect(m_updater, &MappingUpdater::finished, this, &DashboardTab::finishSource);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, this, &DashboardTab::refreshTimes);
    m_clock.start();
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
    form->addWidget(nameLabel(tr("Entries:"), frame), 0, 0);
    form->addWidget(c.entries, 0, 1);
    form->addWidget(nameLabel(tr("Imported:"), frame), 1, 0);
    form->addWidget(c.imported, 1, 1);
    reserveLines(c.imported, 2);
    reserveLines(c.upstream, 2);
    if (source == MappingSource::Otaku) {
        form->addWidget(nameLabel(tr("Source updated:"), frame), 2, 0);
        form->addWidget(c.upstream, 2, 1);
    } else {
        c.upstream->hide();
    }
    form->setColumnStretch(1, 1);
    qobject_cast<QVBoxLayout *>(frame->layout())->addLayout(form);
    c.progress = new QProgressBar(frame);
    c.progress->setObjectName(key + u"Progress"_s);
    c.progress->setTextVisible(true);
    keepPlace(c.progress);
    c.progress->hide();
    c.message = new QLabel(frame);
    c.message->setObjectName(key + u"Message"_s);
    c.message->setWordWrap(true);
    // A fixed place for up to three lines (the tooltip has the whole text): a message never
    // makes the card taller, and a long address in it never makes the card wider.
    c.message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    c.message->setFixedHeight(linesHeight(c.message->font(), 2) + 2);
    c.message->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    keepPlace(c.message);
    c.message->hide();
    c.update = new QPushButton(QIcon::fromTheme(u"download"_s), tr("Update"), frame);
    c.update->setObjectName(key + u"UpdateButton"_s);
    c.update->setToolTip(MappingSources::downloadUrl(source).toDisplayString());
    connect(c.update, &QPushButton::clicked, this, [this, source] { updateSource(source); });
    qobject_cast<QVBoxLayout *>(frame->layout())->addStretch(1);
    frame->layout()->addWidget(c.progress);
    // The outcome beside the button: the card keeps its height whatever it says.
    auto *row = new QHBoxLayout;
    row->addWidget(c.message, 1);
    row->addWidget(c.update, 0, Qt::AlignBottom);
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
    m_nextRun->setText(tr("Schedule off"));
    const QList<QPair<QString, QLabel *>> rows { { tr("Last manual sync:"), m_lastManual },
        { tr("Last automated sync:"), m_lastAuto },
        { tr("Last completed library:"), m_lastCompleted },
        { tr("Last watching library:"), m_lastWatching },
        { tr("Next scheduled run:"), m_nextRun } };
    for (int i = 0; i < rows.size(); ++i) {
        reserveLines(rows.at(i).second, 2);
        form->addWidget(nameLabel(rows.at(i).first, frame), i, 0);
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
    const auto accountRow = [this, frame, form](int row, const QString &name, const QString &key,
                                Service service, AccountRow &account) {
        account.status = valueLabel(key + u"AccountLabel"_s, frame);
        // "Logged in as …, token valid until <date>" gets the card's whole width below the
        // service's name and button, and room for three lines (Japanese needs them at 1024×700)
        // from the start: logging in never makes the card taller.
        reserveLines(account.status, 3);
        account.button = new QPushButton(tr("Log in…"), frame);
        account.button->setObjectName(key + u"AccountButton"_s);
        connect(account.button, &QPushButton::clicked, this, [this, service, &account] {
            if (account.loggedIn)
                Q_EMIT logoutRequested(service);
            else
                Q_EMIT loginRequested(service);
        });
        QLabel *serviceName = nameLabel(name, frame);
        serviceName->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        form->addWidget(serviceName, row, 0);
        form->addWidget(account.button, row, 2, Qt::AlignRight);
        form->addWidget(account.status, row + 1, 0, 1, 3);
    };
    accountRow(0, tr("AniList:"), u"anilist"_s, Service::AniList, m_anilist);
    accountRow(2, tr("Trakt:"), u"trakt"_s, Service::Trakt, m_trakt);
    m_needsMapping = valueLabel(u"needsMappingCountLabel"_s, frame);
    form->addWidget(nameLabel(tr("Needs mapping:"), frame), 4, 0);
    form->addWidget(m_needsMapping, 4, 1, 1, 2);
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
    m_showEdit->setMinimumWidth(80);
    auto *showButton = new QPushButton(tr("Sync o&ne show…"), frame);
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
    layout->addSpacing(6);
    layout->addWidget(m_showEdit);
    layout->addWidget(showButton);
    layout->addWidget(m_showError);
    layout->addStretch(1);
    return frame;
}

void DashboardTab::setAccount(AccountRow &row, const AccountStatus &status)
{
    row.status->setText(status.text());
    row.status->setToolTip(
        status.expiresAt.isValid() ? formatUtcTime(status.expiresAt) : QString());
    row.loggedIn = status.isLoggedIn();
    // A refused or expired token: log in again (the old one is replaced).
    row.button->setText(row.loggedIn ? tr("Log out") : tr("Log in…"));
    row.button->setEnabled(status.state != AccountStatus::State::Unavailable || !row.loggedIn);
}

void DashboardTab::setAccounts(const AccountsStatus &status)
{
    setAccount(m_anilist, status.aniList);
    setAccount(m_trakt, status.trakt);
}

void DashboardTab::setTime(QLabel *label, const QDateTime &time)
{
    m_times.insert(label, time);
    if (!time.isValid()) {
        label->setText(tr("never"));
        label->setToolTip({});
        return;
    }
    label->setText(u"%1 (%2)"_s.arg(formatLocalTime(time), formatRelative(time)));
    label->setToolTip(formatUtcTime(time));
}

void DashboardTab::refreshTimes()
{
    for (auto it = m_times.cbegin(); it != m_times.cend(); ++it)
        setTime(it.key(), it.value());
    setNextScheduledRun(m_nextRunTime);
}

void DashboardTab::setNextScheduledRun(const QDateTime &when)
{
    m_nextRunTime = when;
    if (!when.isValid()) {
        m_nextRun->setText(tr("Schedule off"));
        m_nextRun->setToolTip({});
    } else if (when <= QDateTime::currentDateTimeUtc()) {
        m_nextRun->setText(tr("due now"));
        m_nextRun->setToolTip(formatUtcTime(when));
    } else {
        m_nextRun->setText(u"%1 (%2)"_s.arg(formatLocalTime(when), formatRelative(when)));
        m_nextRun->setToolTip(formatUtcTime(when));
    }
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
                setTime(c.imported, status.importedAt);
            }
            setTime(m_sources[MappingSource::Otaku].upstream, s.otakuLastActivity);
            setTime(m_lastManual, s.lastManualRun);
            setTime(m_lastAuto, s.lastAutomatedRun);
            setTime(m_lastCompleted, s.lastCompletedRun);
            setTime(m_lastWatching, s.lastWatchingRun);
            m_needsMapping->setText(QLocale().toString(s.needsMapping));
            m_recent->setRowCount(int(s.recentProgress.size()));
            for (int i = 0; i < s.recentProgress.size(); ++i) {
                const Progress &p = s.recentProgress.at(i);
                const QStringList cells { QString::number(p.anilistId), s.titles.value(p.anilistId),
                    QString::number(p.lastAbs), formatLocalTime(p.updatedAt) };
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    if (c == 3)
                        item->setToolTip(formatUtcTime(p.updatedAt));
                    else if (c == 1)
                        item->setToolTip(cells.at(c));
                    m_recent->setItem(i, c, item);
                }
            }
            Q_EMIT reloaded();
        });
}

void DashboardTab::updateSource(MappingSource source, const QString &fileOverride)
{
    SourceCard &c = m_sources[source];
    c.update->setEnabled(false);
    c.message->hide();
    c.progress->setRange(0, 0);
    c.progress->setFormat(fileOverride.isEmpty() ? tr("Downloading…") : tr("Importing…"));
    c.progress->show();
    m_updater->start(source, fileOverride);
}

void DashboardTab::showProgress(MappingSource source, const QString &stage, int percent)
{
    SourceCard &card = m_sources[source];
    card.update->setEnabled(false);
    card.message->hide();
    card.progress->show();
    if (percent < 0) {
        card.progress->setRange(0, 0);
        card.progress->setFormat(stage == u"import"_s ? tr("Importing…") : tr("Downloading…"));
        return;
    }
    card.progress->setRange(0, 100);
    card.progress->setValue(percent);
    card.progress->setFormat(stage == u"import"_s ? tr("Importing… %p%") : tr("Downloading… %p%"));
}

void DashboardTab::finishSource(MappingSource source, bool ok, const QString &message)
{
    SourceCard &c = m_sources[source];
    c.update->setEnabled(true);
    c.progress->hide();
    c.message->setText(message);
    c.message->setToolTip(message);
    c.message->setStyleSheet(ok ? QString() : u"color: #c0392b;"_s);
    c.message->show();
    Q_EMIT sourceUpdated(source, ok, message);
    if (ok)
        reload();
}

} // namespace Tsuzuki
