#pragma once

#include "core/store/databasespec.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QCheckBox;
class QSpinBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Tsuzuki {

class Accounts;
class SecretStore;
class TraktLoginDialog;

/// Settings, one page per topic. The Database page (DatabasePage) chooses a SQLite file (the
/// built-in one by default) or a PostgreSQL / Supabase URI; the password goes to the keychain
/// (SecretStore), the URI without it to QSettings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Database, Accounts, Sync, Sources, Desktop };

    /// `current` is the database in use (shown as chosen).
    SettingsDialog(SecretStore *secrets, const DatabaseSpec &current, QWidget *parent = nullptr);
    /// Enables Trakt login/logout and the account status lines (core/app's Accounts).
    void setAccounts(Accounts *accounts);
    /// Opens the Trakt device-code dialog (non-blocking) and returns it; null without Accounts.
    TraktLoginDialog *loginTrakt();
    /// Checks the AniList token from the paste field with AniList, then keeps it in the keychain.
    void saveAniListToken();
    /// Where the app's executable is, for the autostart entry (tests point it elsewhere).
    void setExecutablePath(const QString &path) { m_executable = path; }
    ~SettingsDialog() override;

    void showPage(Page page);

    /// The spec the Database page describes (password from the field; may be empty); error if the
    /// URI is bad.
    Result<DatabaseSpec> databaseSpecFromFields() const;

    /// Settings key for the chosen database (URI without password, or empty for the default SQLite
    /// file).
    static constexpr auto DatabaseUriSetting = "database/uri";

public Q_SLOTS:
    void accept() override;
    /// "Test connection": runs off the GUI thread; the outcome appears under the button.
    void testConnection();

Q_SIGNALS:
    /// Accepted with a different database (the password, if any, is already in the keychain).
    void databaseChanged(const Tsuzuki::DatabaseSpec &spec);
    /// A connection test ended (for tests and the status line).
    void connectionTested(bool ok, const QString &message);
    /// Schedule, tray or other app settings were saved.
    void settingsApplied();
    void traktLoggedIn();
    void traktLoggedOut();
    void aniListTokenSaved();

private:
    QWidget *createAccountsPage();
    QWidget *createSyncPage();
    QWidget *createSourcesPage();
    QWidget *createDesktopPage();
    void loadSecretField(const char *key, QLineEdit *edit);
    void applyOtherSettings();
    bool writeSecretIfChanged(const char *key, QLineEdit *edit, QList<class SecretJob *> &jobs);
    void setDatabaseError(const QString &message);
    void finishAccept(const DatabaseSpec &spec, bool changed);

    SecretStore *m_secrets;
    DatabaseSpec m_current;

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    class DatabasePage *m_databasePage = nullptr;
    Accounts *m_accounts = nullptr;
    QString m_executable;
    // Accounts
    QLineEdit *m_traktClientId = nullptr;
    QLineEdit *m_traktSecret = nullptr;
    QLabel *m_traktStatus = nullptr;
    QPushButton *m_traktLogin = nullptr;
    QPushButton *m_traktLogout = nullptr;
    QLineEdit *m_anilistClientId = nullptr;
    QLineEdit *m_anilistToken = nullptr;
    QLabel *m_anilistStatus = nullptr;
    QLineEdit *m_tmdbKey = nullptr;
    QHash<QLineEdit *, QString> m_loadedSecrets;
    // Sync
    QCheckBox *m_scheduleEnabled = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_playsGuard = nullptr;
    QCheckBox *m_includeWatched = nullptr;
    class ExtrasChoice *m_extras = nullptr;
    // Sources
    QLineEdit *m_otakuUrl = nullptr;
    QLineEdit *m_fribbsUrl = nullptr;
    QLineEdit *m_anibridgeUrl = nullptr;
    // Desktop
    QCheckBox *m_trayEnabled = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_desktopError = nullptr;
    bool m_saving = false;
};

} // namespace Tsuzuki
