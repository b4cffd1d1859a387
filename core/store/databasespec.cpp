#include "databasespec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::DatabaseSpec", text);
}
} // namespace

Result<DatabaseSpec> DatabaseSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("No database given."));

    if (text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                tr("This is not a valid PostgreSQL connection URI. Expected "
                   "postgresql://user@host:port/database."));
        }
        DatabaseSpec spec;
        spec.kind = Kind::Postgres;
        spec.host = url.host();
        spec.port = url.port(5432);
        spec.user = url.userName();
        spec.password = url.password();
        spec.databaseName = url.path().mid(1);
        if (spec.databaseName.isEmpty())
            spec.databaseName = u"postgres"_s;
        if (spec.user.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("The connection URI needs a user name (postgresql://user@host/db)."));

        QUrlQuery query(url);
        QStringList extra;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key == u"sslmode"_s)
                spec.sslMode = value;
            else if (key == u"password"_s)
                spec.password = value;
            else
                extra << (key + u'=' + value);
        }
        static const QStringList validModes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
            u"verify-ca"_s, u"verify-full"_s };
        if (!spec.sslMode.isEmpty() && !validModes.contains(spec.sslMode))
            return makeError(
                ErrorCode::InvalidInput, tr("Unknown sslmode \"%1\".").arg(spec.sslMode));
        if (spec.sslMode.isEmpty())
            spec.sslMode = spec.isLoopback() ? u"prefer"_s : u"require"_s;
        spec.extraOptions = extra.join(u';');
        return spec;
    }

    if (text.contains(u"://"_s))
        return makeError(ErrorCode::InvalidInput,
            tr("Only postgresql:// URIs and SQLite file paths are supported."));

    DatabaseSpec spec;
    spec.kind = Kind::Sqlite;
    spec.sqlitePath = QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
    return spec;
}

DatabaseSpec DatabaseSpec::defaultSqlite()
{
    DatabaseSpec spec;
    spec.kind = Kind::Sqlite;
    // <data home>/tsuzuki/tsuzuki.sqlite (~/.local/share on Linux), shared by the GUI and the CLI.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    spec.sqlitePath = QDir(dir).filePath(u"tsuzuki/tsuzuki.sqlite"_s);
    return spec;
}

Result<DatabaseSpec> DatabaseSpec::fromEnvironmentOrSettings()
{
    const QString env = qEnvironmentVariable("TSUZUKI_DATABASE");
    if (!env.isEmpty())
        return parse(env);
    const QString stored = QSettings().value(u"database/uri"_s).toString();
    if (!stored.isEmpty())
        return parse(stored);
    return defaultSqlite();
}

bool DatabaseSpec::isLoopback() const
{
    if (kind != Kind::Postgres)
        return true;
    if (host == u"localhost"_s || host.startsWith(u'/'))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool DatabaseSpec::looksLikeTransactionPooler() const
{
    return kind == Kind::Postgres && port == 6543;
}

QString DatabaseSpec::toDisplayString() const
{
    if (kind == Kind::Sqlite)
        return sqlitePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    for (const QString &option : extraOptions.split(u';', Qt::SkipEmptyParts)) {
        const QString key = option.section(u'=', 0, 0);
        if (key.contains(u"password"_s, Qt::CaseInsensitive))
            continue; // sslpassword and the like stay out of settings and logs
        query.addQueryItem(key, option.section(u'=', 1));
    }
    url.setQuery(query);
    return url.toString();
}

QString DatabaseSpec::connectOptions() const
{
    QStringList options { u"connect_timeout=10"_s, u"application_name=tsuzuki"_s };
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    const QStringList extra = extraOptions.split(u';', Qt::SkipEmptyParts);
    options << extra;
    const bool verifies = sslMode == u"verify-full"_s || sslMode == u"verify-ca"_s;
    const bool hasRoot = std::any_of(extra.cbegin(), extra.cend(),
        [](const QString &o) { return o.startsWith(u"sslrootcert="_s); });
    if (verifies && !hasRoot) {
        // libpq 15 knows no "sslrootcert=system" (16 does): name the bundle. Without one libpq
        // looks for ~/.postgresql/root.crt and refuses the connection when it is missing.
        const QString bundle = systemCaBundle();
        if (!bundle.isEmpty())
            options << u"sslrootcert="_s + bundle;
    }
    return options.join(u';');
}

QString DatabaseSpec::withSslMode(const QString &uri, const QString &mode)
{
    QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !url.scheme().startsWith(u"postgres"_s, Qt::CaseInsensitive))
        return uri;
    QUrlQuery query(url);
    query.removeAllQueryItems(u"sslmode"_s);
    QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    items.prepend({ u"sslmode"_s, mode });
    query.setQueryItems(items);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseSpec::sslModeOf(const QString &uri)
{
    const QUrl url(uri.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !url.scheme().startsWith(u"postgres"_s, Qt::CaseInsensitive))
        return {};
    return QUrlQuery(url).queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
}

QString DatabaseSpec::systemCaBundle()
{
    for (const char *path : { "/etc/ssl/certs/ca-certificates.crt",
             "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem" }) {
        if (QFileInfo(QString::fromLatin1(path)).isReadable())
            return QString::fromLatin1(path);
    }
    return {};
}

} // namespace Tsuzuki
