#include "accountservices.h"

#include "core/auth/secretstore.h"
#include "core/net/httpclient.h"
#include "core/net/traktauth.h"
#include "ui/timeformat.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

AccountServices::AccountServices(const ServiceConfig &config, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_secrets(secrets)
{
    m_traktHttp = new HttpClient(HttpClientOptions::trakt(), this);
    m_traktAuth
        = new TraktAuth(m_traktHttp, secrets, config.traktAuthUrl, config.traktClientId, this);
}

AccountServices::~AccountServices() = default;

void AccountServices::setTraktClientId(const QString &clientId)
{
    m_config.traktClientId = clientId;
    m_traktAuth->setClientId(clientId);
}

void AccountServices::checkAccounts()
{
    struct State
    {
        QString anilist;
        QString trakt;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    const auto finishOne = [this, state] {
        if (--state->pending == 0)
            Q_EMIT accountsChecked(state->anilist, state->trakt);
    };

    // AniList: a token with a one-year life; warn a month ahead.
    SecretJob *token = m_secrets->read(QString::fromLatin1(SecretKey::AniListToken));
    connect(token, &SecretJob::finished, this, [this, token, state, finishOne] {
        if (!token->ok() || token->value().isEmpty()) {
            state->anilist = token->error().code == ErrorCode::NotLoggedIn || token->ok()
                ? tr("Not logged in")
                : tr("Keychain: %1").arg(token->error().userMessage);
            finishOne();
            return;
        }
        SecretJob *expiry = m_secrets->read(QString::fromLatin1(SecretKey::AniListTokenExpiry));
        connect(expiry, &SecretJob::finished, this, [expiry, state, finishOne] {
            const QDateTime at
                = expiry->ok() ? QDateTime::fromString(expiry->value(), Qt::ISODate) : QDateTime();
            if (!at.isValid())
                state->anilist = tr("Logged in");
            else if (at < QDateTime::currentDateTimeUtc())
                state->anilist = tr("Token expired on %1: log in again").arg(formatLocalTime(at));
            else if (at < QDateTime::currentDateTimeUtc().addDays(30))
                state->anilist = tr("Logged in; the token expires %1: log in again soon")
                                     .arg(formatRelative(at));
            else
                state->anilist = tr("Logged in, token valid until %1").arg(formatLocalTime(at));
            finishOne();
        });
    });

    // Trakt: an access token the auth object can hand out (loads it; refreshes it when due).
    m_traktAuth->accessToken(this, [this, state, finishOne](const Result<QString> &result) {
        if (!result.ok()) {
            state->trakt = result.error().code == ErrorCode::NotLoggedIn
                ? tr("Not logged in")
                : result.error().userMessage;
        } else {
            const QDateTime at = m_traktAuth->expiresAt();
            state->trakt = at.isValid()
                ? tr("Logged in, token valid until %1").arg(formatLocalTime(at))
                : tr("Logged in");
        }
        finishOne();
    });
}

} // namespace Tsuzuki
