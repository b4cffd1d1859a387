#include "configrepository.h"

#include "core/store/database.h"
#include "core/store/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace Tsuzuki {

QString ConfigKey::breakpointMap(qint64 traktId)
{
    return u"tsuzuki:map:%1"_s.arg(traktId);
}

QString ConfigKey::showEpisodes(qint64 traktId)
{
    return u"tsuzuki:trakt:show:%1:episodes"_s.arg(traktId);
}

QString ConfigKey::webBreakpointMap(qint64 traktId)
{
    return u"map:%1"_s.arg(traktId);
}

QString ConfigKey::webShowEpisodes(qint64 traktId)
{
    return u"trakt:show:%1:episodes"_s.arg(traktId);
}

namespace {
ConfigEntry entryFrom(const QSqlQuery &q)
{
    return ConfigEntry { q.value(0).toString(), q.value(1).toString(),
        Database::fromDb(q.value(2)) };
}
} // namespace

Result<std::optional<ConfigEntry>> ConfigRepository::get(const QString &key) const
{
    auto q
        = m_db.exec(u"SELECT key, value, updated_at FROM system_config WHERE key = ?"_s, { key });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ConfigEntry>();
    return std::optional<ConfigEntry>(entryFrom(q.value()));
}

QString ConfigRepository::value(const QString &key, const QString &fallback) const
{
    auto entry = get(key);
    if (!entry || !entry.value())
        return fallback;
    return entry.value()->value;
}

Result<void> ConfigRepository::set(const QString &key, const QString &value)
{
    auto q = m_db.exec(
        u"INSERT INTO system_config (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s,
        { key, value, m_db.toDb(Database::nowUtc()) });
    if (!q)
        return q.error();
    return {};
}

Result<void> ConfigRepository::remove(const QString &key)
{
    auto q = m_db.exec(u"DELETE FROM system_config WHERE key = ?"_s, { key });
    if (!q)
        return q.error();
    return {};
}

Result<QList<ConfigEntry>> ConfigRepository::withPrefix(const QString &prefix) const
{
    // substr comparison instead of LIKE: keys contain ':' and may contain '_' or '%'.
    auto q = m_db.exec(
        u"SELECT key, value, updated_at FROM system_config WHERE substr(key, 1, ?) = ? ORDER BY key"_s,
        { int(prefix.size()), prefix });
    if (!q)
        return q.error();
    QList<ConfigEntry> entries;
    while (q.value().next())
        entries << entryFrom(q.value());
    return entries;
}

Result<QHash<QString, ConfigEntry>> ConfigRepository::getMany(const QStringList &keys) const
{
    QHash<QString, ConfigEntry> found;
    for (const QStringList &chunk : Sql::chunks(keys)) {
        QVariantList values;
        for (const QString &key : chunk)
            values << key;
        auto q
            = m_db.exec(u"SELECT key, value, updated_at FROM system_config WHERE key IN (%1)"_s.arg(
                            Sql::placeholders(chunk.size())),
                values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            ConfigEntry entry = entryFrom(q.value());
            found.insert(entry.key, entry);
        }
    }
    return found;
}

Result<void> ConfigRepository::setTimestamp(const QString &key, const QDateTime &time)
{
    return set(key, time.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime ConfigRepository::timestamp(const QString &key) const
{
    return Database::fromDb(value(key));
}

} // namespace Tsuzuki
