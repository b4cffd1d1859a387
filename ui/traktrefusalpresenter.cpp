#include "ui/traktrefusalpresenter.h"

#include "core/net/trakterrors.h"
#include "ui/tray/traycontroller.h"
#include "ui/widgets/messagebanner.h"

#include <QDesktopServices>

namespace Tsuzuki {

TraktRefusalPresenter::TraktRefusalPresenter(MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{ }

bool TraktRefusalPresenter::handles(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AppRevoked:
    case ErrorCode::RefreshRefused:
    case ErrorCode::AccountLimit:
    case ErrorCode::AccountLocked:
    case ErrorCode::VipOnly:
        return true;
    default:
        return false;
    }
}

QString TraktRefusalPresenter::actionText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::AppRevoked:
    case ErrorCode::RefreshRefused:
        return tr("Log in to Trakt…");
    case ErrorCode::AccountLocked:
        return tr("Contact Trakt support…");
    case ErrorCode::AccountLimit:
    case ErrorCode::VipOnly:
        return tr("About Trakt VIP…");
    default:
        return {};
    }
}

bool TraktRefusalPresenter::present(ErrorCode code, const QString &message)
{
    if (!handles(code))
        return false;
    m_banner->showMessage(MessageBanner::Kind::Error, message, actionText(code));
    disconnect(m_banner, &MessageBanner::actionTriggered, nullptr, nullptr);
    connect(m_banner, &MessageBanner::actionTriggered, this, [this, code] {
        if (TraktErrors::needsLogin(code))
            Q_EMIT loginRequested();
        else if (code == ErrorCode::AccountLocked)
            m_openUrl(QUrl(QString::fromLatin1(TraktErrors::SupportUrl)));
        else
            m_openUrl(QUrl(QString::fromLatin1(TraktErrors::UpgradeUrl)));
    });
    if (m_tray) {
        m_tray->setState(TrayController::State::Error, message);
        m_tray->notify(tr("Trakt refused the sync"), message, true);
    }
    return true;
}

} // namespace Tsuzuki
