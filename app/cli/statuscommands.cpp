// `tsuzuki-cli status`: the database in use, its schema version, row counts and the status:* keys.
#include "app/cli/command.h"
#include "core/store/configrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

void status(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    Database &db = ctx.database();
    const QStringList tables { u"mappings"_s, u"logs"_s, u"system_config"_s, u"sync_progress"_s,
        u"episode_override"_s, u"id_map"_s, u"sync_runs"_s, u"sync_ledger"_s, u"episode_map"_s,
        u"show_map"_s };
    auto statusKeys = ConfigRepository(db).withPrefix(u"status:"_s);
    if (!statusKeys) {
        ctx.fail(statusKeys.error());
        return;
    }
    const QString lastSync
        = ConfigRepository(db).value(QString::fromLatin1(ConfigKey::LastSyncTimestamp));

    if (ctx.json) {
        QJsonObject counts;
        for (const QString &table : tables)
            counts.insert(table, db.rowCount(table));
        QJsonObject keys;
        for (const ConfigEntry &entry : statusKeys.value())
            keys.insert(entry.key, entry.value);
        const QJsonObject object { { u"database"_s, db.spec().toDisplayString() },
            { u"backend"_s, db.isPostgres() ? u"postgresql"_s : u"sqlite"_s },
            { u"schemaVersion"_s, db.schemaVersion() }, { u"tables"_s, counts },
            { u"status"_s, keys }, { u"lastSyncTimestamp"_s, lastSync } };
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        ctx.finish(0);
        return;
    }

    ctx.out << tr("Database:       %1 (%2)")
                   .arg(
                       db.spec().toDisplayString(), db.isPostgres() ? u"PostgreSQL"_s : u"SQLite"_s)
            << Qt::endl;
    ctx.out << tr("Schema version: %1 (latest %2)")
                   .arg(db.schemaVersion())
                   .arg(Database::latestSchemaVersion())
            << Qt::endl;
    ctx.out << Qt::endl << tr("Rows:") << Qt::endl;
    for (const QString &table : tables)
        ctx.out << u"  "_s << table.leftJustified(18) << db.rowCount(table) << Qt::endl;
    ctx.out << Qt::endl << tr("Status keys:") << Qt::endl;
    if (statusKeys.value().isEmpty())
        ctx.out << u"  "_s << tr("(none yet: no sync or import has run)") << Qt::endl;
    for (const ConfigEntry &entry : statusKeys.value()) {
        const QDateTime when = Database::fromDb(entry.value);
        ctx.out << u"  "_s << entry.key.leftJustified(34)
                << (when.isValid() ? formatLocal(when) : entry.value) << Qt::endl;
    }
    ctx.out << u"  "_s << QString::fromLatin1(ConfigKey::LastSyncTimestamp).leftJustified(34)
            << (lastSync.isEmpty() ? tr("never") : lastSync) << Qt::endl;
    ctx.finish(0);
}

const Registration registration([] {
    return QList<Command> { { { u"status"_s }, {},
        tr("Show the database in use, schema version, row counts and status keys"), true,
        status } };
});

} // namespace

} // namespace Tsuzuki::Cli
