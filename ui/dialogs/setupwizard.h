#pragma once

#include "core/app/accounts.h"
#include "core/mapping/mappingsource.h"
#include "core/sync/syncplan.h"

#include <QHash>
#include <QPointer>
#include <QWizard>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Tsuzuki {

class AddressBox;
class MappingUpdater;
class TraktLoginDialog;

/// The first start, step by step: log in to Trakt (device code; the account's name afterwards;
/// where the client id comes from when the build has none), log in to AniList (the token checked
/// with AniList: its user and expiry), the mapping data downloaded with progress (every source, at
/// once), what to send besides first plays (rewatches, ratings, watchlist, dropped: off unless
/// chosen), then the first sync with a sentence per mode. Every step can be left for later; the
/// Dashboard's Log in buttons open the same pages again.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { WelcomePage, TraktPage, AniListPage, DataPage, ExtrasPage, SyncPage };
    Q_ENUM(PageId)

    /// QSettings key: the setup was finished or closed once (it does not open by itself again).
    static constexpr auto CompletedSetting = "ui/setupCompleted";

    SetupWizard(Accounts *accounts, MappingUpdater *updater, QWidget *parent = nullptr);

    /// The Trakt device-code dialog opened by "Log in to Trakt…" (null before).
    TraktLoginDialog *traktLoginDialog() const;
    /// Starts the download of every mapping source (the data page does it on entry).
    void startDownloads();
    bool downloadsRunning() const;
    /// The mode chosen on the last page; nullopt for "Not now".
    std::optional<SyncMode> chosenMode() const;

Q_SIGNALS:
    void traktLoggedIn();
    void aniListLoggedIn();
    /// A mapping source was imported (the tabs reload).
    void mappingsImported();
    /// Finish with a sync mode chosen: the owner opens its preview.
    void firstSyncRequested(Tsuzuki::SyncMode mode);

protected:
    void done(int result) override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createTraktPage();
    QWizardPage *createAniListPage();
    QWizardPage *createDataPage();
    QWizardPage *createExtrasPage();
    QWizardPage *createSyncPage();
    void loginTrakt();
    void saveAniListToken();
    void refreshAccounts(bool online);

    Accounts *m_accounts;
    MappingUpdater *m_updater;
    QPointer<TraktLoginDialog> m_traktDialog;
    // Trakt
    QLabel *m_traktAppHelp = nullptr;
    QLineEdit *m_traktClientId = nullptr;
    QLineEdit *m_traktSecret = nullptr;
    QLabel *m_traktStatus = nullptr;
    QPushButton *m_traktLogin = nullptr;
    // AniList
    QLineEdit *m_anilistClientId = nullptr;
    QLineEdit *m_anilistToken = nullptr;
    QLabel *m_anilistStatus = nullptr;
    QPushButton *m_anilistSave = nullptr;
    AddressBox *m_pinAddress = nullptr;
    // Mapping data
    struct SourceRow
    {
        QProgressBar *progress = nullptr;
        QLabel *status = nullptr;
        bool ok = false;
    };
    QHash<MappingSource, SourceRow> m_sourceRows;
    QLabel *m_dataSummary = nullptr;
    bool m_downloadsStarted = false;
    // What to sync besides first plays
    class ExtrasChoice *m_extras = nullptr;
    // First sync
    QButtonGroup *m_modes = nullptr;
};

} // namespace Tsuzuki
