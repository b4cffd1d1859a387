#include "setupwizard.h"

#include "core/auth/secretbatch.h"
#include "core/auth/secretstore.h"
#include "core/common/settingskeys.h"
#include "core/log/redact.h"
#include "core/net/serviceconfig.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "ui/dialogs/traktlogindialog.h"
#include "ui/mappingupdater.h"
#include "ui/widgets/addressbox.h"
#include "ui/widgets/extraschoice.h"
#include "ui/widgets/urlopener.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

/// A page whose entry action is given by the wizard.
class SetupPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<void()> onEnter;

    void initializePage() override
    {
        if (onEnter)
            onEnter();
    }
};

QLabel *paragraph(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    return label;
}

QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

SetupWizard::SetupWizard(Accounts *accounts, MappingUpdater *updater, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_updater(updater)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up Tsuzuki"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePage, createWelcomePage());
    setPage(TraktPage, createTraktPage());
    setPage(AniListPage, createAniListPage());
    setPage(DataPage, createDataPage());
    setPage(ExtrasPage, createExtrasPage());
    setPage(SyncPage, createSyncPage());
    setStartId(WelcomePage);
    resize(680, 540);
    refreshAccounts(false);

    connect(m_updater, &MappingUpdater::progressed, this,
        [this](MappingSource source, const QString &stage, int percent) {
            SourceRow &row = m_sourceRows[source];
            if (percent < 0) {
                row.progress->setRange(0, 0);
            } else {
                row.progress->setRange(0, 100);
                row.progress->setValue(percent);
            }
            row.status->setText(stage == u"import"_s ? tr("Importing…") : tr("Downloading…"));
        });
    connect(m_updater, &MappingUpdater::finished, this,
        [this](MappingSource source, bool ok, const QString &message) {
            SourceRow &row = m_sourceRows[source];
            row.ok = ok;
            row.progress->setRange(0, 100);
            row.progress->setValue(ok ? 100 : 0);
            row.status->setText(message);
            row.status->setToolTip(message);
            row.status->setStyleSheet(ok ? QString() : u"color: #c0392b;"_s);
            if (ok)
                Q_EMIT mappingsImported();
            if (!m_updater->isRunning()) {
                int good = 0;
                for (const SourceRow &r : std::as_const(m_sourceRows))
                    good += r.ok ? 1 : 0;
                m_dataSummary->setText(good == m_sourceRows.size()
                        ? tr("The mapping data is ready.")
                        : tr("%1 of %2 sources were imported. The others can be fetched later "
                             "with Update on the Dashboard; titles they would have placed need a "
                             "manual mapping until then.")
                              .arg(good)
                              .arg(m_sourceRows.size()));
            }
        });
}

QWizardPage *SetupWizard::createWelcomePage()
{
    auto *page = new SetupPage(this);
    page->setObjectName(u"setupWelcomePage"_s);
    page->setTitle(tr("Welcome to Tsuzuki"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(
        tr("Tsuzuki copies what you watch and log on AniList into your Trakt history: each "
           "episode once, in the right season."),
        page));
    layout->addWidget(paragraph(tr("Three steps get it ready: log in to Trakt, log in to AniList "
                                   "and download the mapping data that says where each anime is "
                                   "on Trakt. Then you choose what to sync first."),
        page));
    layout->addWidget(paragraph(tr("Nothing is sent to Trakt until you have seen a preview and "
                                   "pressed Post. Every step can be skipped and done later from "
                                   "the Dashboard."),
        page));
    layout->addStretch(1);
    return page;
}

QWizardPage *SetupWizard::createTraktPage()
{
    auto *page = new SetupPage(this);
    page->setObjectName(u"setupTraktPage"_s);
    page->setTitle(tr("Log in to Trakt"));
    QSettings settings;
    const ServiceConfig config = ServiceConfig::load(&settings);
    // Where the client id comes from, in two sentences with the link.
    m_traktAppHelp = paragraph(
        tr("Trakt lets only registered apps sign in, so Tsuzuki needs the client id and secret "
           "of a Trakt API app: create one at %1 (redirect URI: urn:ietf:wg:oauth:2.0:oob) and "
           "paste both here. Creating an app needs Trakt VIP and a free account may connect "
           "only one app, so if you already have an app, use its id and secret.")
            .arg(link(u"https://trakt.tv/oauth/applications"_s, u"trakt.tv/oauth/applications"_s)),
        page, u"setupTraktAppHelp"_s);
    auto *address = new AddressBox(page);
    connect(m_traktAppHelp, &QLabel::linkActivated, address,
        [address](const QString &url) { address->openOrShow(QUrl(url)); });
    m_traktClientId = new QLineEdit(config.traktClientId, page);
    m_traktClientId->setObjectName(u"setupTraktClientIdEdit"_s);
    m_traktClientId->setPlaceholderText(tr("From trakt.tv/oauth/applications"));
    m_traktSecret = new QLineEdit(page);
    m_traktSecret->setObjectName(u"setupTraktSecretEdit"_s);
    m_traktSecret->setEchoMode(QLineEdit::Password);
    m_traktSecret->setPlaceholderText(tr("Kept in the system keychain"));
    if (SecretStore *secrets = m_accounts->services()->secrets()) {
        QPointer<QLineEdit> field(m_traktSecret);
        SecretJob *job = secrets->read(QString::fromLatin1(SecretKey::TraktClientSecret));
        connect(job, &SecretJob::finished, this, [job, field] {
            if (field && job->ok() && !job->value().isEmpty())
                field->setPlaceholderText(tr("Saved in the system keychain"));
        });
    }
    m_traktLogin = new QPushButton(tr("&Log in to Trakt…"), page);
    m_traktLogin->setObjectName(u"setupTraktLoginButton"_s);
    connect(m_traktLogin, &QPushButton::clicked, this, &SetupWizard::loginTrakt);
    m_traktStatus = statusLabel(u"setupTraktStatus"_s, page);

    auto *form = new QFormLayout;
    auto *idLabel = new QLabel(tr("Client &id:"), page);
    idLabel->setBuddy(m_traktClientId);
    auto *secretLabel = new QLabel(tr("Client &secret:"), page);
    secretLabel->setBuddy(m_traktSecret);
    form->addRow(idLabel, m_traktClientId);
    form->addRow(secretLabel, m_traktSecret);
    auto *row = new QHBoxLayout;
    row->addWidget(m_traktLogin);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_traktAppHelp);
    layout->addWidget(address);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_traktStatus);
    layout->addStretch(1);
    return page;
}

QWizardPage *SetupWizard::createAniListPage()
{
    auto *page = new SetupPage(this);
    page->setObjectName(u"setupAniListPage"_s);
    page->setTitle(tr("Log in to AniList"));
    QSettings settings;
    auto *help = paragraph(
        tr("AniList hands its tokens to registered API clients: create one at %1 with the "
           "redirect URL https://anilist.co/api/v2/oauth/pin and enter its id below. Then open "
           "the PIN page, approve Tsuzuki and paste the token it shows.")
            .arg(link(
                u"https://anilist.co/settings/developer"_s, u"anilist.co/settings/developer"_s)),
        page, u"setupAniListHelp"_s);
    m_pinAddress = new AddressBox(page);
    connect(help, &QLabel::linkActivated, m_pinAddress,
        [this](const QString &url) { m_pinAddress->openOrShow(QUrl(url)); });
    m_anilistClientId = new QLineEdit(settings
                                          .value(QString::fromLatin1(SettingsKey::AniListClientId),
                                              QString::fromLatin1(SettingsDefault::AniListClientId))
                                          .toString(),
        page);
    m_anilistClientId->setObjectName(u"setupAniListClientIdEdit"_s);
    m_anilistClientId->setPlaceholderText(tr("From anilist.co/settings/developer"));
    auto *openPin = new QPushButton(tr("Open the &PIN page"), page);
    openPin->setObjectName(u"setupAniListPinButton"_s);
    connect(openPin, &QPushButton::clicked, this, [this] {
        const QString clientId = m_anilistClientId->text().trimmed();
        if (clientId.isEmpty()) {
            m_anilistStatus->setText(tr("Enter the id of your AniList API client first."));
            m_anilistClientId->setFocus();
            return;
        }
        QSettings().setValue(QString::fromLatin1(SettingsKey::AniListClientId), clientId);
        QUrl url(u"https://anilist.co/api/v2/oauth/authorize"_s);
        QUrlQuery query;
        query.addQueryItem(u"client_id"_s, clientId);
        query.addQueryItem(u"response_type"_s, u"token"_s);
        url.setQuery(query);
        m_pinAddress->openOrShow(url);
    });
    m_anilistToken = new QLineEdit(page);
    m_anilistToken->setObjectName(u"setupAniListTokenEdit"_s);
    m_anilistToken->setEchoMode(QLineEdit::Password);
    m_anilistToken->setPlaceholderText(tr("Paste the token from the PIN page"));
    m_anilistSave = new QPushButton(tr("Check and &save"), page);
    m_anilistSave->setObjectName(u"setupAniListSaveButton"_s);
    connect(m_anilistSave, &QPushButton::clicked, this, &SetupWizard::saveAniListToken);
    connect(m_anilistToken, &QLineEdit::returnPressed, this, &SetupWizard::saveAniListToken);
    m_anilistStatus = statusLabel(u"setupAniListStatus"_s, page);

    auto *form = new QFormLayout;
    auto *idLabel = new QLabel(tr("Client i&d:"), page);
    idLabel->setBuddy(m_anilistClientId);
    form->addRow(idLabel, m_anilistClientId);
    form->addRow(QString(), openPin);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_anilistToken, 1);
    tokenRow->addWidget(m_anilistSave);
    auto *tokenLabel = new QLabel(tr("To&ken:"), page);
    tokenLabel->setBuddy(m_anilistToken);
    form->addRow(tokenLabel, tokenRow);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_pinAddress);
    layout->addWidget(m_anilistStatus);
    layout->addStretch(1);
    return page;
}

QWizardPage *SetupWizard::createDataPage()
{
    auto *page = new SetupPage(this);
    page->setObjectName(u"setupDataPage"_s);
    page->setTitle(tr("Download the mapping data"));
    page->onEnter = [this] { startDownloads(); };
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(
        tr("Where each anime is on Trakt comes from community mapping data (Otaku-Mappings, "
           "Fribb's anime-lists and AniBridge). Tsuzuki downloads it now; Update on the "
           "Dashboard fetches newer data later."),
        page));
    auto *grid = new QGridLayout;
    int row = 0;
    for (MappingSource source : MappingSources::all()) {
        const QString key = MappingSources::key(source);
        SourceRow r;
        r.progress = new QProgressBar(page);
        r.progress->setObjectName(u"setupDataProgress_"_s + key);
        r.progress->setRange(0, 100);
        r.progress->setValue(0);
        r.status = statusLabel(u"setupDataStatus_"_s + key, page);
        r.status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        r.status->setText(tr("Waiting…"));
        grid->addWidget(new QLabel(MappingSources::displayName(source), page), row, 0);
        grid->addWidget(r.progress, row, 1);
        grid->addWidget(r.status, row + 1, 1);
        m_sourceRows.insert(source, r);
        row += 2;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_dataSummary = statusLabel(u"setupDataSummary"_s, page);
    layout->addWidget(m_dataSummary);
    auto *again = new QPushButton(tr("Download &again"), page);
    again->setObjectName(u"setupDataAgainButton"_s);
    // The page opens with the focus here; Enter still means Next, not a second download.
    again->setAutoDefault(false);
    connect(again, &QPushButton::clicked, this, [this] {
        m_downloadsStarted = false;
        startDownloads();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(again);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

namespace {
/// A page that stores its choice when it is left with Next (Back and Cancel leave it as it was).
class ExtrasSetupPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    ExtrasChoice *choice = nullptr;

    void initializePage() override { choice->load(QSettings()); }
    bool validatePage() override
    {
        QSettings settings;
        choice->save(settings);
        return true;
    }
};
} // namespace

QWizardPage *SetupWizard::createExtrasPage()
{
    auto *page = new ExtrasSetupPage(this);
    page->setObjectName(u"setupExtrasPage"_s);
    page->setTitle(tr("What to sync"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(tr("Tsuzuki always posts the episodes you watched. It can also "
                                   "send these to Trakt; each is off until you turn it on, each "
                                   "appears in the preview with its own check box, and undoing "
                                   "a run takes it back. Settings → Sync changes them later."),
        page));
    m_extras = new ExtrasChoice(page);
    page->choice = m_extras;
    layout->addWidget(m_extras);
    layout->addStretch(1);
    return page;
}

QWizardPage *SetupWizard::createSyncPage()
{
    auto *page = new SetupPage(this);
    page->setObjectName(u"setupSyncPage"_s);
    page->setTitle(tr("The first sync"));
    m_modes = new QButtonGroup(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(paragraph(tr("Choose what to bring to Trakt first. You see a preview of "
                                   "every play before anything is posted."),
        page));
    struct Choice
    {
        int id;
        QString name;
        QString text;
        QString sentence;
    };
    const QList<Choice> choices {
        { int(SyncMode::Full), u"setupModeFull"_s, tr("Full s&ync (recommended)"),
            tr("Every episode in your AniList activity feed that Trakt does not have yet; later "
               "runs read only what is new since the last one.") },
        { int(SyncMode::Completed), u"setupModeCompleted"_s, tr("&Completed library"),
            tr("Every episode of every anime you marked as completed on AniList, also those "
               "finished before your activity feed begins.") },
        { int(SyncMode::Watching), u"setupModeWatching"_s, tr("&Watching library"),
            tr("The episodes you have seen so far of the anime you are watching now.") },
        { -1, u"setupModeLater"_s, tr("N&ot now"),
            tr("Close the setup; the Dashboard's buttons start a sync whenever you like.") },
    };
    for (const Choice &choice : choices) {
        auto *radio = new QRadioButton(choice.text, page);
        radio->setObjectName(choice.name);
        m_modes->addButton(radio, choice.id);
        auto *sentence = paragraph(choice.sentence, page);
        sentence->setIndent(24);
        layout->addWidget(radio);
        layout->addWidget(sentence);
        layout->addSpacing(4);
    }
    m_modes->button(int(SyncMode::Full))->setChecked(true);
    layout->addStretch(1);
    return page;
}

void SetupWizard::refreshAccounts(bool online)
{
    m_accounts->check(online, this, [this](const AccountsStatus &status) {
        m_traktStatus->setText(status.trakt.text());
        m_anilistStatus->setText(status.aniList.text());
        m_traktLogin->setText(
            status.trakt.isLoggedIn() ? tr("&Log in again…") : tr("&Log in to Trakt…"));
    });
}

void SetupWizard::loginTrakt()
{
    const QString clientId = m_traktClientId->text().trimmed();
    if (clientId.isEmpty()) {
        m_traktStatus->setText(tr("Enter the client id of your Trakt app first."));
        m_traktClientId->setFocus();
        return;
    }
    Services *services = m_accounts->services();
    services->setTraktClientId(clientId);
    QSettings().setValue(QString::fromLatin1(ServiceConfig::TraktClientIdKey), clientId);
    const QString secret = m_traktSecret->text().trimmed();
    if (!secret.isEmpty()) {
        registerSecret(secret);
        services->traktAuth()->setClientSecret(secret);
        if (SecretStore *store = services->secrets(); store && store->isWritable())
            writeSecrets(store, { { QString::fromLatin1(SecretKey::TraktClientSecret), secret } },
                this, [this](const Result<void> &written) {
                    if (!written)
                        m_traktStatus->setText(written.error().userMessage);
                });
    }
    auto *dialog = new TraktLoginDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_traktDialog = dialog;
    connect(dialog, &TraktLoginDialog::loggedIn, this, [this] {
        m_traktSecret->clear();
        m_traktStatus->setText(tr("Logged in. Asking Trakt for the account's name…"));
        refreshAccounts(true);
        Q_EMIT traktLoggedIn();
    });
    connect(dialog, &TraktLoginDialog::loginFailed, m_traktStatus, &QLabel::setText);
    dialog->open();
    dialog->start();
}

void SetupWizard::saveAniListToken()
{
    m_anilistSave->setEnabled(false);
    m_anilistStatus->setText(tr("Checking the token with AniList…"));
    m_accounts->logInAniList(
        m_anilistToken->text(), this, [this](const Result<AccountStatus> &status) {
            m_anilistSave->setEnabled(true);
            if (!status) {
                // The token stays in the field: after fixing the cause, Save again is the retry.
                m_anilistStatus->setText(
                    tr("The token was not saved: %1").arg(status.error().userMessage));
                return;
            }
            m_anilistToken->clear();
            m_anilistStatus->setText(status->text());
            const QString clientId = m_anilistClientId->text().trimmed();
            if (!clientId.isEmpty())
                QSettings().setValue(QString::fromLatin1(SettingsKey::AniListClientId), clientId);
            // Enter goes on (the save button had the focus while it was disabled, which handed
            // it to Back).
            button(QWizard::NextButton)->setFocus();
            Q_EMIT aniListLoggedIn();
        });
}

void SetupWizard::startDownloads()
{
    if (m_downloadsStarted)
        return;
    m_downloadsStarted = true;
    m_dataSummary->clear();
    for (MappingSource source : MappingSources::all()) {
        SourceRow &row = m_sourceRows[source];
        row.ok = false;
        row.status->setStyleSheet({});
        row.status->setText(tr("Downloading…"));
        row.progress->setRange(0, 0);
        m_updater->start(source);
    }
}

TraktLoginDialog *SetupWizard::traktLoginDialog() const
{
    return m_traktDialog;
}

bool SetupWizard::downloadsRunning() const
{
    return m_updater->isRunning();
}

std::optional<SyncMode> SetupWizard::chosenMode() const
{
    const int id = m_modes->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<SyncMode>(id);
}

void SetupWizard::done(int result)
{
    QSettings().setValue(QString::fromLatin1(CompletedSetting), true);
    const std::optional<SyncMode> mode = chosenMode();
    QWizard::done(result);
    if (result == QDialog::Accepted && mode)
        Q_EMIT firstSyncRequested(*mode);
}

} // namespace Tsuzuki
