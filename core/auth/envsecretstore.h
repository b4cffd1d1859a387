#pragma once

#include "secretstore.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace Tsuzuki {

/// Secrets from the web version's environment variables, for servers without a keychain. Read-only:
/// it never writes anything anywhere. A variable that is unset or blank counts as absent.
class EnvSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvSecretStore)

public:
    /// Not a secret, but part of the same set of variables: see traktClientId().
    static constexpr auto TraktClientIdVariable = "TRAKT_CLIENT_ID";

    /// Reads the process environment as it is now.
    explicit EnvSecretStore(QObject *parent = nullptr);
    /// Reads \a environment (tests, or a composition root that filtered it).
    explicit EnvSecretStore(const QProcessEnvironment &environment, QObject *parent = nullptr);

    /// The variable that holds \a key (SecretKey::TraktAccessToken → "TRAKT_ACCESS_TOKEN"); empty
    /// when none does.
    static QString variableFor(const QString &key);
    /// Every variable this store reads, TRAKT_CLIENT_ID included.
    static QStringList variables();

    /// True when the variable for \a key is set to something other than blanks.
    bool contains(const QString &key) const;
    /// Whether reads of `key` belong to the environment: it is set, or it is the expiry of a token
    /// the environment sets (then absent means "unknown", and the keychain is not asked).
    bool owns(const QString &key) const;
    /// The trimmed value for \a key, or an empty string. Synchronous: the environment does not
    /// block.
    QString value(const QString &key) const;
    /// TRAKT_CLIENT_ID (trimmed), or empty.
    QString traktClientId() const;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    bool isWritable() const override { return false; }
    QString backendName() const override;

private:
    SecretJob *readOnlyError(const QString &key);

    QProcessEnvironment m_environment;
};

/// TRAKT_CLIENT_ID from the process environment (trimmed), or empty.
QString traktClientIdFromEnvironment();

} // namespace Tsuzuki
