#include "core/app/appactions.h"

#include "core/mapping/anibridgev3importer.h"
#include "core/store/database.h"
#include "core/store/idmaprepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/sync/syncbatch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Tsuzuki::AppActions", text, disambiguation, n);
}

/// The work and its activity-log line commit together or not at all.
Result<void> inTransaction(
    Database &db, const QString &logLine, const std::function<Result<void>()> &work)
{
    return db.transaction([&]() -> Result<void> {
        if (auto done = work(); !done)
            return done;
        if (auto logged = LogRepository(db).append(QString::fromLatin1(LogLevel::Info), logLine);
            !logged)
            return logged.error();
        return {};
    });
}

} // namespace

Result<void> AppActions::saveManualMapping(const Mapping &mapping)
{
    Mapping manual = mapping;
    manual.isManual = true;
    const QString line = manual.traktId
        ? tr("Manual mapping saved: AniList %1 → Trakt %2")
              .arg(manual.anilistId)
              .arg(*manual.traktId)
        : tr("Manual mapping saved for AniList %1").arg(manual.anilistId);
    return inTransaction(m_db, line, [&]() -> Result<void> {
        if (auto saved = MappingRepository(m_db).saveManual(manual); !saved)
            return saved;
        return LedgerRepository(m_db).clearNeedsMapping(manual.anilistId);
    });
}

Result<void> AppActions::removeMapping(qint64 anilistId)
{
    return inTransaction(m_db, tr("Mapping of AniList %1 removed").arg(anilistId),
        [&] { return MappingRepository(m_db).remove(anilistId); });
}

Result<void> AppActions::setOverride(const EpisodeOverride &row)
{
    if (auto valid = OverrideRepository::validate(row); !valid)
        return valid;
    return inTransaction(m_db,
        tr("Episode override saved: Trakt %1 episode %2 → S%3E%4")
            .arg(row.traktId)
            .arg(row.abs)
            .arg(row.season)
            .arg(row.episode),
        [&] { return OverrideRepository(m_db).upsert(row); });
}

Result<void> AppActions::removeOverride(qint64 traktId, int abs)
{
    return inTransaction(m_db,
        tr("Episode override removed: Trakt %1 episode %2").arg(traktId).arg(abs),
        [&] { return OverrideRepository(m_db).remove(traktId, abs); });
}

Result<void> AppActions::forceResync(qint64 anilistId)
{
    return inTransaction(m_db,
        tr("Force resync of AniList %1: progress and posted-plays record forgotten").arg(anilistId),
        [&]() -> Result<void> {
            if (auto reset = ProgressRepository(m_db).reset(anilistId); !reset)
                return reset;
            // Without its ledger rows too, the show's plays would still count as on Trakt.
            return LedgerRepository(m_db).forget(anilistId);
        });
}

Result<void> AppActions::reprocessWindow()
{
    return inTransaction(
        m_db, tr("Activity window reset: the next full sync reads every activity"), [&] {
            return ConfigRepository(m_db).set(
                QString::fromLatin1(ConfigKey::LastSyncTimestamp), u"0"_s);
        });
}

Result<void> AppActions::neverPost(const QList<PlannedPlay> &plays)
{
    if (plays.isEmpty())
        return {};
    QList<LedgerEntry> rows;
    for (const PlannedPlay &p : plays)
        rows << SyncBatch::ledgerEntry(p, 0);
    const QString line = plays.size() == 1
        ? tr("Never post: %1 episode %2").arg(plays.first().title).arg(plays.first().absEpisode)
        : tr("Never post: %n play(s)", nullptr, int(plays.size()));
    return inTransaction(m_db, line, [&] { return LedgerRepository(m_db).markNever(rows); });
}

Result<int> AppActions::allowAgain(const QList<LedgerKey> &keys)
{
    int forgotten = 0;
    auto r = inTransaction(m_db,
        tr("Post again: %n play(s) offered by the next sync", nullptr, int(keys.size())),
        [&]() -> Result<void> {
            auto removed = LedgerRepository(m_db).allowAgain(keys);
            if (!removed)
                return removed.error();
            forgotten = removed.value();
            return {};
        });
    if (!r)
        return r.error();
    return forgotten;
}

Result<QList<LedgerEntry>> AppActions::neverPostList() const
{
    return LedgerRepository(m_db).withOutcome(LedgerOutcome::Never);
}

Result<StatusSnapshot> AppActions::statusSnapshot(int recentRows) const
{
    StatusSnapshot s;
    s.database = m_db.spec().toDisplayString();
    s.postgres = m_db.isPostgres();
    s.schemaVersion = m_db.schemaVersion();
    s.latestSchemaVersion = Database::latestSchemaVersion();
    const QStringList tables { u"mappings"_s, u"logs"_s, u"system_config"_s, u"sync_progress"_s,
        u"episode_override"_s, u"id_map"_s, u"sync_runs"_s, u"sync_ledger"_s, u"trakt_watched"_s,
        u"episode_map"_s, u"show_map"_s };
    for (const QString &table : tables)
        s.tableRows.append({ table, m_db.rowCount(table) });

    ConfigRepository config(m_db);
    auto statusKeys = config.withPrefix(u"status:"_s);
    if (!statusKeys)
        return statusKeys.error();
    s.statusKeys = statusKeys.value();
    s.lastSyncTimestamp = config.value(QString::fromLatin1(ConfigKey::LastSyncTimestamp));

    IdMapRepository idMap(m_db);
    for (MappingSource source : MappingSources::all()) {
        SourceStatus status;
        status.source = source;
        // AniBridge's v3 release lands under its own id_map source next to the v2 rows.
        QStringList keys { MappingSources::key(source) };
        if (source == MappingSource::AniBridge)
            keys.prepend(AniBridgeV3Importer::idMapSource());
        for (const QString &key : std::as_const(keys)) {
            auto count = idMap.count(key);
            if (!count)
                return count.error();
            status.count = std::max(status.count, count.value());
            if (!status.importedAt.isValid())
                status.importedAt = idMap.importedAt(key).valueOr(QDateTime());
        }
        const QDateTime stamped = config.timestamp(MappingSources::lastSyncKey(source));
        if (stamped.isValid())
            status.importedAt = stamped;
        s.sources << status;
    }
    s.otakuLastActivity = config.timestamp(QString::fromLatin1(ConfigKey::OtakuLastActivity));
    s.lastManualRun = config.timestamp(QString::fromLatin1(ConfigKey::SyncLastRun));
    s.lastAutomatedRun = config.timestamp(QString::fromLatin1(ConfigKey::SyncLastRunAuto));
    s.lastCompletedRun = config.timestamp(QString::fromLatin1(ConfigKey::SyncCompletedLastRun));
    s.lastWatchingRun = config.timestamp(QString::fromLatin1(ConfigKey::SyncWatchingLastRun));

    LedgerRepository ledger(m_db);
    auto notFound = ledger.count(LedgerOutcome::NotFound);
    auto unmapped = ledger.count(LedgerOutcome::Unmapped);
    if (!notFound || !unmapped)
        return !notFound ? notFound.error() : unmapped.error();
    s.needsMapping = notFound.value() + unmapped.value();

    auto recent = ProgressRepository(m_db).list(recentRows);
    if (!recent)
        return recent.error();
    s.recentProgress = recent.value();
    QList<qint64> ids;
    for (const Progress &p : std::as_const(s.recentProgress))
        ids << p.anilistId;
    auto entries = ledger.forAnilistIds(ids);
    if (!entries)
        return entries.error();
    for (auto it = entries->cbegin(); it != entries->cend(); ++it) {
        for (const LedgerEntry &e : it.value()) {
            if (!e.title.isEmpty()) {
                s.titles.insert(it.key(), e.title);
                break;
            }
        }
    }
    return s;
}

} // namespace Tsuzuki
