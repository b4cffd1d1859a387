#pragma once

#include "core/common/error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Tsuzuki {

class MessageBanner;
class TrayController;

/// Trakt's refusals as the main window shows them (issue 14): the sentence and a button for the
/// next step in the banner ("Log in to Trakt…", "Contact Trakt support…", "Trakt VIP…"), and a
/// tray notification, for a manual and a scheduled sync alike. The Logs tab has the same sentence:
/// the core writes it to the logs table. Never a modal dialog.
class TraktRefusalPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktRefusalPresenter)

public:
    using UrlOpener = std::function<void(const QUrl &)>;

    explicit TraktRefusalPresenter(MessageBanner *banner, QObject *parent = nullptr);

    void setTray(TrayController *tray) { m_tray = tray; }
    /// Opens Trakt's pages (default: QDesktopServices); tests record the address instead.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    /// Whether `code` is one of Trakt's refusals this presenter shows.
    static bool handles(ErrorCode code);
    /// Shows the refusal; false (nothing shown) when `code` is not one.
    bool present(ErrorCode code, const QString &message);
    /// The button text of a refusal's next step.
    static QString actionText(ErrorCode code);

Q_SIGNALS:
    /// "Log in to Trakt…" was pressed: the window opens Settings → Accounts.
    void loginRequested();

private:
    MessageBanner *m_banner;
    QPointer<TrayController> m_tray;
    UrlOpener m_openUrl;
};

} // namespace Tsuzuki
