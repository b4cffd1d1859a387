// `tsuzuki-cli status`: the database in use, its schema version, row counts and the status:* keys,
// from the same snapshot the dashboard shows (AppActions::statusSnapshot()).
#include "app/cli/command.h"
#include "core/app/appactions.h"

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
    auto snapshot = AppActions(ctx.database()).statusSnapshot();
    if (!snapshot) {
        ctx.fail(snapshot.error());
        return;
    }
    const StatusSnapshot &s = snapshot.value();

    if (ctx.json) {
        QJsonObject counts;
        for (const auto &[table, rows] : s.tableRows)
            counts.insert(table, rows);
        QJsonObject keys;
        for (const ConfigEntry &entry : s.statusKeys)
            keys.insert(entry.key, entry.value);
        const QJsonObject object { { u"database"_s, s.database },
            { u"backend"_s, s.postgres ? u"postgresql"_s : u"sqlite"_s },
            { u"schemaVersion"_s, s.schemaVersion }, { u"tables"_s, counts }, { u"status"_s, keys },
            { u"lastSyncTimestamp"_s, s.lastSyncTimestamp },
            { u"needsMapping"_s, s.needsMapping } };
        ctx.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        ctx.finish(0);
        return;
    }

    ctx.out
        << tr("Database:       %1 (%2)").arg(s.database, s.postgres ? u"PostgreSQL"_s : u"SQLite"_s)
        << Qt::endl;
    ctx.out << tr("Schema version: %1 (latest %2)").arg(s.schemaVersion).arg(s.latestSchemaVersion)
            << Qt::endl;
    ctx.out << Qt::endl << tr("Rows:") << Qt::endl;
    for (const auto &[table, rows] : s.tableRows)
        ctx.out << u"  "_s << table.leftJustified(18) << rows << Qt::endl;
    ctx.out << Qt::endl << tr("Status keys:") << Qt::endl;
    if (s.statusKeys.isEmpty())
        ctx.out << u"  "_s << tr("(none yet: no sync or import has run)") << Qt::endl;
    for (const ConfigEntry &entry : s.statusKeys) {
        const QDateTime when = Database::fromDb(entry.value);
        ctx.out << u"  "_s << entry.key.leftJustified(34)
                << (when.isValid() ? formatLocal(when) : entry.value) << Qt::endl;
    }
    ctx.out << u"  "_s << QString::fromLatin1(ConfigKey::LastSyncTimestamp).leftJustified(34)
            << (s.lastSyncTimestamp.isEmpty() ? tr("never") : s.lastSyncTimestamp) << Qt::endl;
    ctx.out << Qt::endl << tr("Needs mapping:  %1").arg(s.needsMapping) << Qt::endl;
    ctx.finish(0);
}

const Registration registration([] {
    return QList<Command> { { { u"status"_s }, {},
        QT_TRANSLATE_NOOP(
            "Tsuzuki::Cli", "Show the database in use, schema version, row counts and status keys"),
        true, status } };
});

} // namespace

} // namespace Tsuzuki::Cli
