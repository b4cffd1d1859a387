#pragma once

#include "core/mapping/mappingsource.h"
#include "core/store/configrepository.h"
#include "core/store/progressrepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Tsuzuki {

/// One imported mapping source as the dashboard and `tsuzuki-cli status` show it.
struct SourceStatus
{
    MappingSource source = MappingSource::Otaku;
    qint64 count = 0; ///< AniList ids in `id_map`
    QDateTime importedAt; ///< invalid: never imported
};

/// What the database says about the state of syncing: the Dashboard and `tsuzuki-cli status`
/// read this one snapshot (AppActions::statusSnapshot()).
struct StatusSnapshot
{
    QString database; ///< URI without password, or the SQLite path
    bool postgres = false;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QList<std::pair<QString, qint64>> tableRows; ///< every table Tsuzuki knows, in a fixed order
    QList<ConfigEntry> statusKeys; ///< `status:*`
    QString lastSyncTimestamp; ///< raw value; empty: never
    QList<SourceStatus> sources;
    QDateTime otakuLastActivity;
    QDateTime lastManualRun;
    QDateTime lastAutomatedRun;
    QDateTime lastCompletedRun;
    QDateTime lastWatchingRun;
    qint64 needsMapping = 0; ///< ledger rows not found on Trakt or unmapped
    QList<Progress> recentProgress; ///< newest first
    QHash<qint64, QString> titles; ///< AniList id → title, for recentProgress
};

} // namespace Tsuzuki
