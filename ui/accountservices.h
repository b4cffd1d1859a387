#pragma once

#include "core/net/serviceconfig.h"

#include <QDateTime>
#include <QObject>

namespace Tsuzuki {

class HttpClient;
class SecretStore;
class TraktAuth;

/// What the GUI thread needs for the accounts: a Trakt HttpClient and TraktAuth over the app's
/// SecretStore (device-code login, logout, token expiry), and the AniList token status. Network
/// calls are asynchronous.
class AccountServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountServices)

public:
    AccountServices(const ServiceConfig &config, SecretStore *secrets, QObject *parent = nullptr);
    ~AccountServices() override;

    TraktAuth *traktAuth() const { return m_traktAuth; }
    SecretStore *secrets() const { return m_secrets; }
    const ServiceConfig &config() const { return m_config; }
    /// Applies a new client id (settings) to the Trakt clients.
    void setTraktClientId(const QString &clientId);

    /// One line per account for the dashboard: "Logged in, token valid until …" / "Not logged in".
    /// Answers with accountsChecked().
    void checkAccounts();

Q_SIGNALS:
    void accountsChecked(const QString &anilist, const QString &trakt);

private:
    ServiceConfig m_config;
    SecretStore *m_secrets;
    HttpClient *m_traktHttp = nullptr;
    TraktAuth *m_traktAuth = nullptr;
};

} // namespace Tsuzuki
