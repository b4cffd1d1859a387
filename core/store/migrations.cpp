#include "migrations.h"

#include "core/store/configrepository.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

// The web version's tables (seed/database-model.md), column for column. Its PostgreSQL types are
// kept; on SQLite timestamps are ISO-8601 UTC text.
QStringList webTablesPostgres()
{
    return {
        uR"(CREATE TABLE IF NOT EXISTS mappings (
            anilist_id BIGINT PRIMARY KEY,
            trakt_id BIGINT,
            tmdb_id BIGINT,
            imdb_id TEXT,
            tvdb_id BIGINT,
            type TEXT DEFAULT 'auto',
            is_manual BOOLEAN DEFAULT FALSE,
            updated_at TIMESTAMPTZ DEFAULT now()))"_s,
        uR"(CREATE TABLE IF NOT EXISTS logs (
            id BIGSERIAL PRIMARY KEY,
            message TEXT,
            level TEXT DEFAULT 'info',
            created_at TIMESTAMPTZ DEFAULT now()))"_s,
        uR"(CREATE TABLE IF NOT EXISTS system_config (
            key TEXT PRIMARY KEY,
            value TEXT,
            updated_at TIMESTAMPTZ DEFAULT now()))"_s,
        uR"(CREATE TABLE IF NOT EXISTS sync_progress (
            anilist_id BIGINT PRIMARY KEY,
            last_abs INTEGER NOT NULL DEFAULT 0,
            updated_at TIMESTAMPTZ DEFAULT now()))"_s,
        uR"(CREATE TABLE IF NOT EXISTS episode_override (
            trakt_id BIGINT NOT NULL,
            abs INTEGER NOT NULL,
            season INTEGER NOT NULL,
            episode INTEGER NOT NULL,
            PRIMARY KEY (trakt_id, abs)))"_s,
        uR"(CREATE TABLE IF NOT EXISTS episode_map (
            trakt_id BIGINT NOT NULL,
            abs INTEGER NOT NULL,
            season INTEGER,
            episode INTEGER,
            PRIMARY KEY (trakt_id, abs)))"_s,
        uR"(CREATE TABLE IF NOT EXISTS show_map (
            anilist_id BIGINT PRIMARY KEY,
            trakt_id BIGINT,
            source TEXT,
            created_at TIMESTAMPTZ DEFAULT now()))"_s,
    };
}

QStringList webTablesSqlite()
{
    return {
        uR"(CREATE TABLE IF NOT EXISTS mappings (
            anilist_id INTEGER PRIMARY KEY,
            trakt_id INTEGER,
            tmdb_id INTEGER,
            imdb_id TEXT,
            tvdb_id INTEGER,
            type TEXT DEFAULT 'auto',
            is_manual BOOLEAN DEFAULT 0,
            updated_at TEXT))"_s,
        uR"(CREATE TABLE IF NOT EXISTS logs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            message TEXT,
            level TEXT DEFAULT 'info',
            created_at TEXT))"_s,
        uR"(CREATE TABLE IF NOT EXISTS system_config (
            key TEXT PRIMARY KEY,
            value TEXT,
            updated_at TEXT))"_s,
        uR"(CREATE TABLE IF NOT EXISTS sync_progress (
            anilist_id INTEGER PRIMARY KEY,
            last_abs INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT))"_s,
        uR"(CREATE TABLE IF NOT EXISTS episode_override (
            trakt_id INTEGER NOT NULL,
            abs INTEGER NOT NULL,
            season INTEGER NOT NULL,
            episode INTEGER NOT NULL,
            PRIMARY KEY (trakt_id, abs)))"_s,
        uR"(CREATE TABLE IF NOT EXISTS episode_map (
            trakt_id INTEGER NOT NULL,
            abs INTEGER NOT NULL,
            season INTEGER,
            episode INTEGER,
            PRIMARY KEY (trakt_id, abs)))"_s,
        uR"(CREATE TABLE IF NOT EXISTS show_map (
            anilist_id INTEGER PRIMARY KEY,
            trakt_id INTEGER,
            source TEXT,
            created_at TEXT))"_s,
    };
}

// Our own tables (DESIGN.md section 2). {serial} is the auto-increment key, {timestamp} the
// timestamp type, {bigint} the integer type for ids.
QStringList ownTables(const QString &serialKey, const QString &timestamp, const QString &bigint)
{
    QStringList statements {
        uR"(CREATE TABLE IF NOT EXISTS id_map (
            source TEXT NOT NULL,
            anilist_id {bigint} NOT NULL,
            mal_id {bigint},
            anidb_id {bigint},
            trakt_id {bigint},
            trakt_type TEXT,
            tmdb_id {bigint},
            tmdb_type TEXT,
            imdb_id TEXT,
            tvdb_id {bigint},
            tvdb_season INTEGER,
            tvdb_offset INTEGER,
            tmdb_season INTEGER,
            tmdb_offset INTEGER,
            media_type TEXT,
            episodes INTEGER,
            extra TEXT,
            imported_at {timestamp},
            PRIMARY KEY (source, anilist_id)))"_s,
        u"CREATE INDEX IF NOT EXISTS id_map_anilist_idx ON id_map (anilist_id)"_s,
        uR"(CREATE TABLE IF NOT EXISTS sync_runs (
            id {serial},
            mode TEXT NOT NULL,
            automated BOOLEAN NOT NULL DEFAULT FALSE,
            preview BOOLEAN NOT NULL DEFAULT FALSE,
            host TEXT,
            pid INTEGER,
            status TEXT NOT NULL,
            started_at {timestamp},
            finished_at {timestamp},
            found INTEGER DEFAULT 0,
            synced INTEGER DEFAULT 0,
            already_synced INTEGER DEFAULT 0,
            skipped_unmapped INTEGER DEFAULT 0,
            added INTEGER DEFAULT 0,
            not_found INTEGER DEFAULT 0,
            requests TEXT,
            error TEXT))"_s,
        uR"(CREATE TABLE IF NOT EXISTS sync_ledger (
            id {serial},
            run_id {bigint},
            anilist_id {bigint} NOT NULL,
            abs_episode INTEGER NOT NULL,
            target_kind TEXT NOT NULL,
            trakt_id {bigint},
            target_ids TEXT,
            season INTEGER,
            episode INTEGER,
            watched_at {timestamp},
            outcome TEXT NOT NULL,
            rule TEXT,
            source TEXT,
            title TEXT,
            created_at {timestamp},
            updated_at {timestamp},
            UNIQUE (anilist_id, abs_episode)))"_s,
        u"CREATE INDEX IF NOT EXISTS sync_ledger_outcome_idx ON sync_ledger (outcome)"_s,
        u"CREATE INDEX IF NOT EXISTS sync_ledger_run_idx ON sync_ledger (run_id)"_s,
    };
    for (QString &statement : statements) {
        statement.replace(u"{serial}"_s, serialKey);
        statement.replace(u"{timestamp}"_s, timestamp);
        statement.replace(u"{bigint}"_s, bigint);
    }
    return statements;
}

/// Earlier Tsuzuki versions wrote their breakpoint maps and episode lists under the web version's
/// keys (`map:<id>`, `trakt:show:<id>:episodes`) in a format the web version may not read. Rows of
/// exactly that shape move to Tsuzuki's own keys; anything else under those keys is the web
/// version's and stays as it is.
Result<void> moveOwnCachesOffWebKeys(Database &db)
{
    ConfigRepository config(db);
    auto maps = config.withPrefix(u"map:"_s);
    if (!maps)
        return maps.error();
    const QSet<QString> bases { u"number_abs"_s, u"episode_counts"_s };
    for (const ConfigEntry &entry : maps.value()) {
        bool isId = false;
        const qint64 id = entry.key.mid(4).toLongLong(&isId);
        const QJsonObject o = QJsonDocument::fromJson(entry.value.toUtf8()).object();
        if (!isId || !bases.contains(o.value(u"basis"_s).toString())
            || !o.value(u"breakpoints"_s).isArray() || !o.value(u"builtAt"_s).isString())
            continue;
        if (auto r = config.set(ConfigKey::breakpointMap(id), entry.value); !r)
            return r;
        if (auto r = config.remove(entry.key); !r)
            return r;
    }
    auto shows = config.withPrefix(u"trakt:show:"_s);
    if (!shows)
        return shows.error();
    const QSet<QString> ownFields { u"season"_s, u"number"_s, u"number_abs"_s, u"trakt"_s,
        u"title"_s };
    for (const ConfigEntry &entry : shows.value()) {
        const QStringList parts = entry.key.split(u':');
        bool isId = false;
        const qint64 id = parts.value(2).toLongLong(&isId);
        if (parts.size() != 4 || parts.at(3) != u"episodes"_s || !isId)
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(entry.value.toUtf8());
        const QJsonArray episodes = doc.array();
        const bool ours = doc.isArray() && !episodes.isEmpty()
            && std::all_of(episodes.begin(), episodes.end(), [&](const QJsonValue &v) {
                   const QStringList keys = v.toObject().keys();
                   return QSet<QString>(keys.cbegin(), keys.cend()) == ownFields;
               });
        if (!ours)
            continue;
        if (auto r = config.set(ConfigKey::showEpisodes(id), entry.value); !r)
            return r;
        if (auto r = config.remove(entry.key); !r)
            return r;
    }
    return {};
}

/// Issue 14: what Trakt already has (one row per show or movie, with when it was read), the
/// history id of each play we posted, Trakt's date for plays it had before, and what a run needs
/// to be reported and undone.
QStringList traktStateTable(const QString &timestamp, const QString &bigint)
{
    QString table = uR"(CREATE TABLE IF NOT EXISTS trakt_watched (
            kind TEXT NOT NULL,
            trakt_id {bigint} NOT NULL,
            tmdb_id {bigint},
            tvdb_id {bigint},
            imdb_id TEXT,
            title TEXT,
            plays INTEGER NOT NULL DEFAULT 0,
            last_watched_at {timestamp},
            episodes TEXT,
            read_at {timestamp},
            PRIMARY KEY (kind, trakt_id)))"_s;
    table.replace(u"{timestamp}"_s, timestamp);
    table.replace(u"{bigint}"_s, bigint);
    return { table,
        u"CREATE INDEX IF NOT EXISTS trakt_watched_tmdb_idx ON trakt_watched (kind, tmdb_id)"_s };
}

/// Columns added by issue 14: (table, column, type with the {timestamp}/{bigint} placeholders).
const QList<std::array<const char *, 3>> &issue14Columns()
{
    static const QList<std::array<const char *, 3>> columns {
        { "sync_ledger", "trakt_history_id", "{bigint}" },
        { "sync_ledger", "trakt_watched_at", "{timestamp}" },
        { "sync_runs", "already_on_trakt", "INTEGER DEFAULT 0" },
        { "sync_runs", "removed", "INTEGER DEFAULT 0" },
        { "sync_runs", "undo_of", "{bigint}" },
        { "sync_runs", "undone_by", "{bigint}" },
        { "sync_runs", "error_code", "TEXT" },
        { "sync_runs", "skipped", "TEXT" },
        { "sync_runs", "progress_before", "TEXT" },
    };
    return columns;
}

QStringList issue14PostgresColumns()
{
    QStringList statements;
    for (const auto &[table, column, type] : issue14Columns()) {
        QString t = QString::fromLatin1(type);
        t.replace(u"{timestamp}"_s, u"TIMESTAMPTZ"_s);
        t.replace(u"{bigint}"_s, u"BIGINT"_s);
        statements << u"ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3"_s.arg(
            QString::fromLatin1(table), QString::fromLatin1(column), t);
    }
    statements
        << u"CREATE INDEX IF NOT EXISTS sync_ledger_history_idx ON sync_ledger (trakt_history_id)"_s;
    return statements;
}

/// SQLite has no ADD COLUMN IF NOT EXISTS: add what table_info does not list.
Result<void> addIssue14SqliteColumns(Database &db)
{
    if (db.isPostgres())
        return {};
    for (const auto &[table, column, type] : issue14Columns()) {
        auto info = db.exec(u"PRAGMA table_info(%1)"_s.arg(QString::fromLatin1(table)));
        if (!info)
            return info.error();
        bool present = false;
        while (info.value().next())
            present = present || info.value().value(1).toString() == QLatin1StringView(column);
        if (present)
            continue;
        QString t = QString::fromLatin1(type);
        t.replace(u"{timestamp}"_s, u"TEXT"_s);
        t.replace(u"{bigint}"_s, u"INTEGER"_s);
        if (auto added = db.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(
                QString::fromLatin1(table), QString::fromLatin1(column), t));
            !added)
            return added.error();
    }
    auto index = db.exec(
        u"CREATE INDEX IF NOT EXISTS sync_ledger_history_idx ON sync_ledger (trakt_history_id)"_s);
    if (!index)
        return index.error();
    return {};
}

/// Issue 16: the ledger of ratings, watchlist and dropped-list changes (rewatch plays are in
/// sync_ledger, keyed by ExtrasRules::ledgerEpisode). One row per change a run made, with what
/// it replaced, so that an undo puts Trakt back as it was.
QStringList extrasTable(const QString &serial, const QString &timestamp, const QString &bigint)
{
    QString table = uR"(CREATE TABLE IF NOT EXISTS sync_extras (
            id {serial},
            run_id {bigint},
            action TEXT NOT NULL,
            anilist_id {bigint} NOT NULL,
            title TEXT,
            target_kind TEXT NOT NULL,
            trakt_id {bigint},
            target_ids TEXT,
            season INTEGER,
            rating INTEGER,
            previous_rating INTEGER,
            outcome TEXT NOT NULL,
            created_at {timestamp},
            updated_at {timestamp}))"_s;
    table.replace(u"{serial}"_s, serial);
    table.replace(u"{timestamp}"_s, timestamp);
    table.replace(u"{bigint}"_s, bigint);
    return {
        table, u"CREATE INDEX IF NOT EXISTS sync_extras_run_idx ON sync_extras (run_id)"_s,
        u"CREATE INDEX IF NOT EXISTS sync_extras_anilist_idx ON sync_extras (anilist_id, action)"_s
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = [] {
        QList<Migration> list;
        list.append({ 1, u"web version tables"_s, webTablesSqlite(), webTablesPostgres() });
        list.append({ 2, u"id_map, sync_runs, sync_ledger"_s,
            ownTables(u"INTEGER PRIMARY KEY AUTOINCREMENT"_s, u"TEXT"_s, u"INTEGER"_s),
            ownTables(u"BIGSERIAL PRIMARY KEY"_s, u"TIMESTAMPTZ"_s, u"BIGINT"_s) });
        // New log rows are announced on PostgreSQL so that every window showing the log sees them
        // at once, including rows the web version writes. SQLite is polled instead.
        list.append({ 3, u"log notifications"_s, {},
            { uR"(CREATE OR REPLACE FUNCTION tsuzuki_logs_notify() RETURNS trigger AS $$
                 BEGIN PERFORM pg_notify('tsuzuki_logs', NEW.id::text); RETURN NEW; END;
                 $$ LANGUAGE plpgsql)"_s,
                u"DROP TRIGGER IF EXISTS tsuzuki_logs_notify ON logs"_s,
                u"CREATE TRIGGER tsuzuki_logs_notify AFTER INSERT ON logs FOR EACH ROW EXECUTE FUNCTION tsuzuki_logs_notify()"_s,
                u"CREATE INDEX IF NOT EXISTS logs_created_at_idx ON logs (created_at)"_s } });
        list.append({ 4, u"progress and mapping lookups"_s,
            { u"CREATE INDEX IF NOT EXISTS mappings_trakt_idx ON mappings (trakt_id)"_s },
            { u"CREATE INDEX IF NOT EXISTS mappings_trakt_idx ON mappings (trakt_id)"_s } });
        list.append(
            { 5, u"Tsuzuki's caches under its own keys"_s, {}, {}, moveOwnCachesOffWebKeys });
        list.append({ 6, u"Trakt's watched state, history ids, run reports and undo"_s,
            traktStateTable(u"TEXT"_s, u"INTEGER"_s),
            traktStateTable(u"TIMESTAMPTZ"_s, u"BIGINT"_s) + issue14PostgresColumns(),
            addIssue14SqliteColumns });
        list.append({ 7, u"ratings, watchlist and dropped shows sent (sync_extras)"_s,
            extrasTable(u"INTEGER PRIMARY KEY AUTOINCREMENT"_s, u"TEXT"_s, u"INTEGER"_s),
            extrasTable(u"BIGSERIAL PRIMARY KEY"_s, u"TIMESTAMPTZ"_s, u"BIGINT"_s) });
        return list;
    }();
    return all;
}

} // namespace Tsuzuki
