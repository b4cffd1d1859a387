#include "settingsdialog.h"

#include "core/app/accounts.h"
#include "core/auth/secretstore.h"
#include "core/common/appinfo.h"
#include "core/common/autostart.h"
#include "core/common/settingskeys.h"
#include "core/log/redact.h"
#include "core/mapping/mappingsource.h"
#include "core/net/serviceconfig.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "ui/dialogs/databasepage.h"
#include "ui/dialogs/traktlogindialog.h"
#include "ui/widgets/extraschoice.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

SettingsDialog::SettingsDialog(SecretStore *secrets, const DatabaseSpec &current, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_current(current)
{
    if (!m_current.isPostgres() && m_current.sqlitePath.isEmpty())
        m_current = DatabaseSpec::defaultSqlite();
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"settingsPageList"_s);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"settingsPages"_s);

    m_executable = QCoreApplication::applicationFilePath();
    new QListWidgetItem(QIcon::fromTheme(u"server-database"_s), tr("Database"), m_pageList);
    m_databasePage = new DatabasePage(m_secrets, m_current, this);
    connect(
        m_databasePage, &DatabasePage::connectionTested, this, &SettingsDialog::connectionTested);
    m_pages->addWidget(m_databasePage);
    new QListWidgetItem(QIcon::fromTheme(u"system-users"_s), tr("Accounts"), m_pageList);
    m_pages->addWidget(createAccountsPage());
    new QListWidgetItem(QIcon::fromTheme(u"view-refresh"_s), tr("Sync"), m_pageList);
    m_pages->addWidget(createSyncPage());
    new QListWidgetItem(QIcon::fromTheme(u"insert-link"_s), tr("Mapping sources"), m_pageList);
    m_pages->addWidget(createSourcesPage());
    new QListWidgetItem(QIcon::fromTheme(u"preferences-desktop"_s), tr("Desktop"), m_pageList);
    m_pages->addWidget(createDesktopPage());
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);
    // As wide as its longest page name (German's too): never cut, never a sideways scroll bar.
    m_pageList->setMaximumWidth(QWIDGETSIZE_MAX);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + 8);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"settingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_pageList);
    top->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
    resize(760, 580);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

Result<DatabaseSpec> SettingsDialog::databaseSpecFromFields() const
{
    return m_databasePage->specFromFields();
}

void SettingsDialog::testConnection()
{
    m_databasePage->testConnection();
}

void SettingsDialog::setDatabaseError(const QString &message)
{
    m_databasePage->setError(message);
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    auto spec = databaseSpecFromFields();
    if (!spec.ok()) {
        setDatabaseError(spec.error().userMessage);
        showPage(Page::Database);
        m_databasePage->focusField();
        return;
    }
    DatabaseSpec value = spec.value();
    const bool changed = value.toDisplayString() != m_current.toDisplayString()
        || m_databasePage->passwordEdited();

    // Secrets go to the keychain; the dialog closes once every write is confirmed.
    QList<SecretJob *> jobs;
    if (value.isPostgres() && !value.password.isEmpty() && value.password != m_current.password) {
        if (!m_secrets || !m_secrets->isWritable()) {
            setDatabaseError(
                tr("There is no writable keychain to keep the password in. Set "
                   "TSUZUKI_DATABASE_PASSWORD instead, or use a server that needs no password."));
            showPage(Page::Database);
            return;
        }
        registerSecret(value.password);
        jobs << m_secrets->write(QString::fromLatin1(SecretKey::DatabasePassword), value.password);
    }
    if (!writeSecretIfChanged(SecretKey::TraktClientSecret, m_traktSecret, jobs)
        || !writeSecretIfChanged(SecretKey::TmdbApiKey, m_tmdbKey, jobs)) {
        showPage(Page::Accounts);
        return;
    }
    if (jobs.isEmpty()) {
        finishAccept(value, changed);
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    auto pending = std::make_shared<int>(int(jobs.size()));
    auto errors = std::make_shared<QStringList>();
    for (SecretJob *job : std::as_const(jobs)) {
        connect(job, &SecretJob::finished, this, [this, job, pending, errors, value, changed] {
            if (!job->ok())
                *errors << job->error().userMessage;
            if (--*pending > 0)
                return;
            m_saving = false;
            m_buttons->setEnabled(true);
            if (!errors->isEmpty()) {
                setDatabaseError(
                    tr("Could not save in the keychain: %1").arg(errors->join(u"; "_s)));
                return;
            }
            finishAccept(value, changed);
        });
    }
}

bool SettingsDialog::writeSecretIfChanged(
    const char *key, QLineEdit *edit, QList<SecretJob *> &jobs)
{
    const QString text = edit->text().trimmed();
    if (text == m_loadedSecrets.value(edit))
        return true;
    if (!m_secrets || !m_secrets->isWritable()) {
        edit->setToolTip(tr("There is no writable keychain."));
        return false;
    }
    if (!text.isEmpty())
        registerSecret(text);
    jobs << (text.isEmpty() ? m_secrets->remove(QString::fromLatin1(key))
                            : m_secrets->write(QString::fromLatin1(key), text));
    m_loadedSecrets.insert(edit, text);
    return true;
}

void SettingsDialog::finishAccept(const DatabaseSpec &spec, bool changed)
{
    QSettings settings;
    if (spec.isPostgres())
        settings.setValue(QString::fromLatin1(DatabaseUriSetting), spec.toDisplayString());
    else if (spec.sqlitePath == DatabaseSpec::defaultSqlite().sqlitePath)
        settings.remove(QString::fromLatin1(DatabaseUriSetting));
    else
        settings.setValue(QString::fromLatin1(DatabaseUriSetting), spec.sqlitePath);
    applyOtherSettings();
    if (changed) {
        m_current = spec;
        Q_EMIT databaseChanged(spec);
    }
    QDialog::accept();
}

void SettingsDialog::loadSecretField(const char *key, QLineEdit *edit)
{
    if (!m_secrets)
        return;
    SecretJob *job = m_secrets->read(QString::fromLatin1(key));
    QPointer<QLineEdit> guard(edit);
    connect(job, &SecretJob::finished, this, [this, job, guard] {
        if (!guard || !job->ok() || !guard->text().isEmpty())
            return;
        registerSecret(job->value());
        guard->setText(job->value());
        m_loadedSecrets.insert(guard, job->value());
    });
}

QWidget *SettingsDialog::createAccountsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"accountsPage"_s);
    QSettings settings;
    const ServiceConfig services = ServiceConfig::load(&settings);

    // Trakt
    auto *trakt = new QGroupBox(tr("Trakt"), page);
    trakt->setObjectName(u"traktGroup"_s);
    m_traktClientId = new QLineEdit(services.traktClientId, trakt);
    m_traktClientId->setObjectName(u"traktClientIdEdit"_s);
    m_traktClientId->setPlaceholderText(tr("From trakt.tv/oauth/applications"));
    m_traktSecret = new QLineEdit(trakt);
    m_traktSecret->setObjectName(u"traktClientSecretEdit"_s);
    m_traktSecret->setEchoMode(QLineEdit::Password);
    m_traktSecret->setPlaceholderText(tr("Kept in the system keychain"));
    loadSecretField(SecretKey::TraktClientSecret, m_traktSecret);
    m_traktStatus = new QLabel(tr("Checking…"), trakt);
    m_traktStatus->setObjectName(u"traktStatusLabel"_s);
    m_traktStatus->setWordWrap(true);
    m_traktLogin = new QPushButton(tr("&Log in…"), trakt);
    m_traktLogin->setObjectName(u"traktLoginButton"_s);
    m_traktLogout = new QPushButton(tr("Log &out"), trakt);
    m_traktLogout->setObjectName(u"traktLogoutButton"_s);
    connect(m_traktLogin, &QPushButton::clicked, this, [this] { loginTrakt(); });
    connect(m_traktLogout, &QPushButton::clicked, this, [this] {
        if (!m_accounts)
            return;
        m_traktLogout->setEnabled(false);
        m_traktStatus->setText(tr("Logging out…"));
        m_accounts->logOutTrakt(this, [this](const Result<void> &result) {
            m_traktLogout->setEnabled(true);
            m_traktStatus->setText(result.ok() ? tr("Not logged in") : result.error().userMessage);
            if (result.ok())
                Q_EMIT traktLoggedOut();
        });
    });
    auto *traktForm = new QFormLayout(trakt);
    traktForm->addRow(tr("Client &id:"), m_traktClientId);
    traktForm->addRow(tr("Client &secret:"), m_traktSecret);
    traktForm->addRow(tr("Status:"), m_traktStatus);
    auto *traktButtons = new QHBoxLayout;
    traktButtons->addWidget(m_traktLogin);
    traktButtons->addWidget(m_traktLogout);
    traktButtons->addStretch(1);
    traktForm->addRow(QString(), traktButtons);

    // AniList: the PIN flow (the token shown on AniList's PIN page is pasted here).
    auto *anilist = new QGroupBox(tr("AniList"), page);
    anilist->setObjectName(u"anilistGroup"_s);
    m_anilistClientId = new QLineEdit(settings
                                          .value(QString::fromLatin1(SettingsKey::AniListClientId),
                                              QString::fromLatin1(SettingsDefault::AniListClientId))
                                          .toString(),
        anilist);
    m_anilistClientId->setObjectName(u"anilistClientIdEdit"_s);
    m_anilistClientId->setPlaceholderText(
        tr("From anilist.co/settings/developer (redirect URL: PIN)"));
    auto *openPin = new QPushButton(tr("Open the &PIN page"), anilist);
    openPin->setObjectName(u"anilistPinButton"_s);
    connect(openPin, &QPushButton::clicked, this, [this] {
        QUrl url(u"https://anilist.co/api/v2/oauth/authorize"_s);
        QUrlQuery query;
        query.addQueryItem(u"client_id"_s, m_anilistClientId->text().trimmed());
        query.addQueryItem(u"response_type"_s, u"token"_s);
        url.setQuery(query);
        QDesktopServices::openUrl(url);
    });
    m_anilistToken = new QLineEdit(anilist);
    m_anilistToken->setObjectName(u"anilistTokenEdit"_s);
    m_anilistToken->setEchoMode(QLineEdit::Password);
    m_anilistToken->setPlaceholderText(tr("Paste the token from the PIN page"));
    auto *saveToken = new QPushButton(tr("Save &token"), anilist);
    saveToken->setObjectName(u"anilistSaveTokenButton"_s);
    connect(saveToken, &QPushButton::clicked, this, &SettingsDialog::saveAniListToken);
    m_anilistStatus = new QLabel(anilist);
    m_anilistStatus->setObjectName(u"anilistStatusLabel"_s);
    m_anilistStatus->setWordWrap(true);
    auto *anilistForm = new QFormLayout(anilist);
    anilistForm->addRow(tr("Client i&d:"), m_anilistClientId);
    anilistForm->addRow(QString(), openPin);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_anilistToken, 1);
    tokenRow->addWidget(saveToken);
    auto *tokenLabel = new QLabel(tr("To&ken:"), anilist);
    tokenLabel->setBuddy(m_anilistToken);
    anilistForm->addRow(tokenLabel, tokenRow);
    anilistForm->addRow(tr("Status:"), m_anilistStatus);

    // TMDB
    auto *tmdb = new QGroupBox(tr("TMDB (optional)"), page);
    tmdb->setObjectName(u"tmdbGroup"_s);
    m_tmdbKey = new QLineEdit(tmdb);
    m_tmdbKey->setObjectName(u"tmdbKeyEdit"_s);
    m_tmdbKey->setEchoMode(QLineEdit::Password);
    m_tmdbKey->setPlaceholderText(
        tr("API key; improves matching of shows that the mapping data lacks"));
    loadSecretField(SecretKey::TmdbApiKey, m_tmdbKey);
    auto *tmdbForm = new QFormLayout(tmdb);
    tmdbForm->addRow(tr("API &key:"), m_tmdbKey);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Accounts")), page));
    layout->addWidget(trakt);
    layout->addWidget(anilist);
    layout->addWidget(tmdb);
    layout->addStretch(1);
    m_traktLogin->setEnabled(false);
    m_traktLogout->setEnabled(false);
    m_traktStatus->setText(tr("Not available"));
    return page;
}

void SettingsDialog::setAccounts(Accounts *accounts)
{
    m_accounts = accounts;
    m_traktLogin->setEnabled(accounts);
    m_traktLogout->setEnabled(accounts);
    if (!accounts)
        return;
    m_traktStatus->setText(tr("Checking…"));
    m_anilistStatus->setText(tr("Checking…"));
    accounts->check(false, this, [this](const AccountsStatus &status) {
        m_anilistStatus->setText(status.aniList.text());
        m_traktStatus->setText(status.trakt.text());
    });
}

TraktLoginDialog *SettingsDialog::loginTrakt()
{
    if (!m_accounts)
        return nullptr;
    const QString clientId = m_traktClientId->text().trimmed();
    if (clientId.isEmpty()) {
        m_traktStatus->setText(tr("Enter the client id of your Trakt app first."));
        m_traktClientId->setFocus();
        return nullptr;
    }
    Services *services = m_accounts->services();
    services->setTraktClientId(clientId);
    if (!m_traktSecret->text().isEmpty()) {
        registerSecret(m_traktSecret->text());
        services->traktAuth()->setClientSecret(m_traktSecret->text());
    }
    auto *dialog = new TraktLoginDialog(m_accounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TraktLoginDialog::loggedIn, this, [this] {
        QSettings().setValue(QString::fromLatin1(ServiceConfig::TraktClientIdKey),
            m_traktClientId->text().trimmed());
        AccountStatus status;
        status.state = AccountStatus::State::LoggedIn;
        status.expiresAt = m_accounts->services()->traktAuth()->expiresAt();
        m_traktStatus->setText(status.text());
        Q_EMIT traktLoggedIn();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

void SettingsDialog::saveAniListToken()
{
    if (!m_accounts)
        return;
    m_anilistStatus->setText(tr("Checking the token with AniList…"));
    m_accounts->logInAniList(
        m_anilistToken->text(), this, [this](const Result<AccountStatus> &status) {
            if (!status) {
                m_anilistStatus->setText(
                    tr("The token was not saved: %1").arg(status.error().userMessage));
                return;
            }
            m_anilistToken->clear();
            m_anilistStatus->setText(status->text());
            QSettings().setValue(QString::fromLatin1(SettingsKey::AniListClientId),
                m_anilistClientId->text().trimmed());
            Q_EMIT aniListTokenSaved();
        });
}

QWidget *SettingsDialog::createSyncPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"syncPage"_s);
    QSettings settings;
    m_scheduleEnabled = new QCheckBox(tr("Sync &automatically"), page);
    m_scheduleEnabled->setObjectName(u"scheduleEnabledCheck"_s);
    m_scheduleEnabled->setChecked(
        settings.value(QString::fromLatin1(SettingsKey::ScheduleEnabled), false).toBool());
    m_interval = new QSpinBox(page);
    m_interval->setObjectName(u"scheduleIntervalSpin"_s);
    m_interval->setRange(5, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(settings
                             .value(QString::fromLatin1(SettingsKey::ScheduleIntervalMinutes),
                                 SettingsDefault::ScheduleIntervalMinutes)
                             .toInt());
    m_batchSize = new QSpinBox(page);
    m_batchSize->setObjectName(u"batchSizeSpin"_s);
    m_batchSize->setRange(1, 1000);
    m_batchSize->setValue(
        settings.value(QString::fromLatin1(SettingsKey::BatchSize), SettingsDefault::BatchSize)
            .toInt());
    m_playsGuard = new QSpinBox(page);
    m_playsGuard->setObjectName(u"playsGuardSpin"_s);
    m_playsGuard->setRange(1, 1000000);
    m_playsGuard->setValue(
        settings.value(QString::fromLatin1(SettingsKey::PlaysGuard), SettingsDefault::PlaysGuard)
            .toInt());
    connect(m_scheduleEnabled, &QCheckBox::toggled, m_interval, &QSpinBox::setEnabled);
    m_interval->setEnabled(m_scheduleEnabled->isChecked());
    m_includeWatched = new QCheckBox(tr("Post plays Trakt already &has (as second plays)"), page);
    m_includeWatched->setObjectName(u"includeWatchedCheck"_s);
    m_includeWatched->setToolTip(
        tr("Normally a sync skips what your Trakt history already has (\"already on Trakt\"). "
           "Turn this on only to post them again as second plays; rewatches logged on AniList have "
           "their own switch below."));
    m_includeWatched->setChecked(
        settings.value(QString::fromLatin1(SettingsKey::IncludeWatched), false).toBool());

    auto *form = new QFormLayout;
    form->addRow(QString(), m_scheduleEnabled);
    form->addRow(tr("&Every:"), m_interval);
    form->addRow(tr("&Plays per request:"), m_batchSize);
    form->addRow(tr("Ask before posting more than:"), m_playsGuard);
    form->addRow(QString(), m_includeWatched);
    auto *note = new QLabel(
        tr("Scheduled syncs post without a preview: turning the schedule on approves them. "
           "A run above the plays guard waits for you to confirm it."),
        page);
    note->setWordWrap(true);
    auto *beyond = new QGroupBox(tr("Beyond plays"), page);
    beyond->setObjectName(u"extrasGroup"_s);
    m_extras = new ExtrasChoice(beyond);
    m_extras->load(settings);
    auto *beyondLayout = new QVBoxLayout(beyond);
    beyondLayout->addWidget(m_extras);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Sync")), page));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(beyond);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createSourcesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"sourcesPage"_s);
    QSettings settings;
    const auto urlEdit = [&](const QString &name, const char *key, MappingSource source) {
        auto *edit = new QLineEdit(settings.value(QString::fromLatin1(key)).toString(), page);
        edit->setObjectName(name);
        edit->setPlaceholderText(MappingSources::downloadUrl(source).toString());
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_otakuUrl = urlEdit(u"otakuUrlEdit"_s, SettingsKey::OtakuUrl, MappingSource::Otaku);
    m_fribbsUrl = urlEdit(u"fribbsUrlEdit"_s, SettingsKey::FribbsUrl, MappingSource::Fribbs);
    m_anibridgeUrl
        = urlEdit(u"anibridgeUrlEdit"_s, SettingsKey::AniBridgeUrl, MappingSource::AniBridge);
    auto *form = new QFormLayout;
    form->addRow(tr("&Otaku:"), m_otakuUrl);
    form->addRow(tr("&Fribbs:"), m_fribbsUrl);
    form->addRow(tr("&AniBridge:"), m_anibridgeUrl);
    auto *note = new QLabel(
        tr("Leave empty for the built-in addresses. The environment variables "
           "TSUZUKI_OTAKU_URL, TSUZUKI_FRIBBS_URL and TSUZUKI_ANIBRIDGE_URL override these."),
        page);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Mapping sources")), page));
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createDesktopPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"desktopPage"_s);
    QSettings settings;
    m_trayEnabled = new QCheckBox(
        tr("Show an icon in the system &tray (closing the window keeps Tsuzuki running)"), page);
    m_trayEnabled->setObjectName(u"trayEnabledCheck"_s);
    m_trayEnabled->setChecked(
        settings.value(QString::fromLatin1(SettingsKey::TrayEnabled), true).toBool());
    m_startMinimized = new QCheckBox(tr("Start &minimised to the tray"), page);
    m_startMinimized->setObjectName(u"startMinimizedCheck"_s);
    m_startMinimized->setChecked(
        settings.value(QString::fromLatin1(SettingsKey::StartMinimized), false).toBool());
    m_autostart = new QCheckBox(tr("Start at &login"), page);
    m_autostart->setObjectName(u"autostartCheck"_s);
    m_autostart->setChecked(Autostart::isEnabled());
    m_autostart->setToolTip(Autostart::entryPath());
    connect(m_trayEnabled, &QCheckBox::toggled, m_startMinimized, &QCheckBox::setEnabled);
    m_startMinimized->setEnabled(m_trayEnabled->isChecked());
    m_desktopError = new QLabel(page);
    m_desktopError->setObjectName(u"desktopError"_s);
    m_desktopError->setStyleSheet(u"color: #c0392b;"_s);
    m_desktopError->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(u"<h3>%1</h3>"_s.arg(tr("Desktop")), page));
    layout->addWidget(m_trayEnabled);
    layout->addWidget(m_startMinimized);
    layout->addWidget(m_autostart);
    layout->addWidget(m_desktopError);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::applyOtherSettings()
{
    QSettings settings;
    settings.setValue(
        QString::fromLatin1(SettingsKey::ScheduleEnabled), m_scheduleEnabled->isChecked());
    settings.setValue(
        QString::fromLatin1(SettingsKey::ScheduleIntervalMinutes), m_interval->value());
    settings.setValue(QString::fromLatin1(SettingsKey::BatchSize), m_batchSize->value());
    settings.setValue(QString::fromLatin1(SettingsKey::PlaysGuard), m_playsGuard->value());
    settings.setValue(
        QString::fromLatin1(SettingsKey::IncludeWatched), m_includeWatched->isChecked());
    m_extras->save(settings);
    const auto setOrRemove = [&settings](const char *key, const QString &value) {
        if (value.trimmed().isEmpty())
            settings.remove(QString::fromLatin1(key));
        else
            settings.setValue(QString::fromLatin1(key), value.trimmed());
    };
    setOrRemove(SettingsKey::OtakuUrl, m_otakuUrl->text());
    setOrRemove(SettingsKey::FribbsUrl, m_fribbsUrl->text());
    setOrRemove(SettingsKey::AniBridgeUrl, m_anibridgeUrl->text());
    setOrRemove(ServiceConfig::TraktClientIdKey, m_traktClientId->text());
    setOrRemove(SettingsKey::AniListClientId, m_anilistClientId->text());
    settings.setValue(QString::fromLatin1(SettingsKey::TrayEnabled), m_trayEnabled->isChecked());
    settings.setValue(
        QString::fromLatin1(SettingsKey::StartMinimized), m_startMinimized->isChecked());
    if (m_autostart->isChecked() != Autostart::isEnabled()) {
        QString error;
        if (!Autostart::setEnabled(m_autostart->isChecked(), m_executable, &error)) {
            m_desktopError->setText(tr("The autostart entry could not be changed: %1").arg(error));
            m_desktopError->show();
        }
    }
    Q_EMIT settingsApplied();
}

} // namespace Tsuzuki
