#include "envsecretstore.h"

#include "core/auth/secretkeys.h"
#include "core/common/result.h"
#include "core/log/redact.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

struct Mapping
{
    const char *key;
    const char *variable;
};

// The web version's names, plus one for the shared database's password.
constexpr Mapping Mappings[] = {
    { SecretKey::AniListToken, "ANILIST_ACCESS_TOKEN" },
    { SecretKey::TraktAccessToken, "TRAKT_ACCESS_TOKEN" },
    { SecretKey::TraktRefreshToken, "TRAKT_REFRESH_TOKEN" },
    { SecretKey::TraktClientSecret, "TRAKT_CLIENT_SECRET" },
    { SecretKey::TmdbApiKey, "TMDB_API_KEY" },
    { SecretKey::DatabasePassword, "TSUZUKI_DATABASE_PASSWORD" },
    // Optional, ISO-8601: when the environment's Trakt access token expires (unknown when unset).
    { SecretKey::TraktTokenExpiry, "TRAKT_TOKEN_EXPIRY" },
};

} // namespace

EnvSecretStore::EnvSecretStore(QObject *parent)
    : EnvSecretStore(QProcessEnvironment::systemEnvironment(), parent)
{ }

EnvSecretStore::EnvSecretStore(const QProcessEnvironment &environment, QObject *parent)
    : SecretStore(parent)
    , m_environment(environment)
{
    // The values are in memory from now on: make sure no log line can show them.
    for (const Mapping &mapping : Mappings) {
        if (isSecretValueKey(QString::fromLatin1(mapping.key)))
            registerSecret(value(QString::fromLatin1(mapping.key)));
    }
}

QString EnvSecretStore::variableFor(const QString &key)
{
    for (const Mapping &mapping : Mappings) {
        if (key == QLatin1StringView(mapping.key))
            return QString::fromLatin1(mapping.variable);
    }
    return {};
}

QStringList EnvSecretStore::variables()
{
    QStringList names;
    for (const Mapping &mapping : Mappings)
        names.append(QString::fromLatin1(mapping.variable));
    names.append(QString::fromLatin1(TraktClientIdVariable));
    return names;
}

bool EnvSecretStore::contains(const QString &key) const
{
    return !value(key).isEmpty();
}

bool EnvSecretStore::owns(const QString &key) const
{
    if (contains(key))
        return true;
    // A token's expiry belongs with the token: when the environment gives the token, its expiry is
    // the environment's too (absent = unknown), never a stale keychain value from another login.
    if (key == QLatin1StringView(SecretKey::TraktTokenExpiry))
        return contains(QString::fromLatin1(SecretKey::TraktAccessToken));
    if (key == QLatin1StringView(SecretKey::AniListTokenExpiry))
        return contains(QString::fromLatin1(SecretKey::AniListToken));
    return false;
}

QString EnvSecretStore::value(const QString &key) const
{
    const QString variable = variableFor(key);
    if (variable.isEmpty())
        return {};
    return m_environment.value(variable).trimmed();
}

QString EnvSecretStore::traktClientId() const
{
    return m_environment.value(QString::fromLatin1(TraktClientIdVariable)).trimmed();
}

SecretJob *EnvSecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    const QString found = value(key);
    if (!found.isEmpty()) {
        if (isSecretValueKey(key))
            registerSecret(found);
        job->setResult(found);
    } else {
        const QString variable = variableFor(key);
        const QString message = variable.isEmpty()
            ? tr("The %1 cannot be given as an environment variable.").arg(secretKeyLabel(key))
            : tr("No %1: the environment variable %2 is not set.")
                  .arg(secretKeyLabel(key), variable);
        job->setError(makeError(ErrorCode::NotLoggedIn, message,
            u"env: %1 unset"_s.arg(variable.isEmpty() ? key : variable)));
    }
    job->finishLater();
    return job;
}

SecretJob *EnvSecretStore::readOnlyError(const QString &key)
{
    auto *job = new SecretJob(this);
    const QString variable = variableFor(key);
    job->setError(makeError(ErrorCode::Unsupported,
        variable.isEmpty()
            ? tr("Secrets from environment variables are read-only.")
            : tr("Secrets from environment variables are read-only: change or unset %1 "
                 "where Tsuzuki is started.")
                  .arg(variable),
        u"env store is read-only (%1)"_s.arg(key)));
    job->finishLater();
    return job;
}

SecretJob *EnvSecretStore::write(const QString &key, const QString &value)
{
    Q_UNUSED(value)
    return readOnlyError(key);
}

SecretJob *EnvSecretStore::remove(const QString &key)
{
    return readOnlyError(key);
}

QString EnvSecretStore::backendName() const
{
    return tr("environment variables");
}

QString traktClientIdFromEnvironment()
{
    return qEnvironmentVariable(EnvSecretStore::TraktClientIdVariable).trimmed();
}

} // namespace Tsuzuki
