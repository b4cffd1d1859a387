#pragma once

#include "core/common/result.h"

#include <QString>
#include <QUrl>

namespace Tsuzuki {

/// Which database to open: the embedded SQLite file or a PostgreSQL server given by URI.
/// The password is never part of the spec as stored; it is put in from the secret store at open
/// time.
struct DatabaseSpec
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString sqlitePath; ///< Sqlite: absolute file path
    QString host; ///< Postgres
    int port = 5432;
    QString user;
    QString databaseName;
    QString sslMode; ///< disable, allow, prefer, require, verify-ca, verify-full
    QString password; ///< only in memory, from the keychain or TSUZUKI_DATABASE_PASSWORD
    QString extraOptions; ///< other URI query parameters, passed to libpq as connect options

    /// Parses a `postgresql://` / `postgres://` URI or a SQLite file path. A password inside the
    /// URI is taken out into `password` (the caller should move it to the keychain). Remote hosts
    /// default to sslmode=require, loopback to prefer.
    static Result<DatabaseSpec> parse(const QString &text);
    /// The default embedded database: <GenericDataLocation>/tsuzuki/tsuzuki.sqlite.
    static DatabaseSpec defaultSqlite();
    /// TSUZUKI_DATABASE if set, else the settings value `database/uri`, else the default SQLite
    /// file.
    static Result<DatabaseSpec> fromEnvironmentOrSettings();

    bool isPostgres() const { return kind == Kind::Postgres; }
    bool isLoopback() const;
    /// Supabase's transaction pooler (port 6543 or a *.pooler.supabase.com host on 6543) drops
    /// server-side prepared statements between transactions.
    bool looksLikeTransactionPooler() const;
    /// The URI without password (what settings and logs may hold), with its other parameters
    /// (sslmode, sslrootcert, ...), or the SQLite path.
    QString toDisplayString() const;
    /// libpq connection options (QSqlDatabase::setConnectOptions): timeouts, sslmode and the URI's
    /// other parameters. verify-ca / verify-full without an sslrootcert use the system's CA store
    /// (systemCaBundle()), so that a server certificate from a public CA is checked, name and all.
    QString connectOptions() const;
    /// The system's CA bundle (Debian/Ubuntu, Fedora/RHEL, openSUSE, Alpine/macOS paths), or empty.
    static QString systemCaBundle();
    /// `uri` with its sslmode parameter set to `mode`, every other part kept (the Settings
    /// dialog's "verify the certificate" switch); unchanged when it is not a postgresql:// URI.
    static QString withSslMode(const QString &uri, const QString &mode);
    /// The sslmode a postgresql:// URI asks for ("" when none or not such a URI).
    static QString sslModeOf(const QString &uri);
};

} // namespace Tsuzuki
