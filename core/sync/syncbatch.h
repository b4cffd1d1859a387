#pragma once

#include "core/net/trakttypes.h"
#include "core/sync/syncplan.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Tsuzuki {

struct LedgerEntry;

/// One batch of plays on its way to POST /sync/history: the body, and what Trakt's answer says
/// about each play. Pure functions (the engine's I/O-free part).
namespace SyncBatch {

using Key = QPair<qint64, int>; ///< (AniList id, absolute episode)

/// {shows:[{ids, seasons:[{number, episodes:[{number, watched_at}]}]}], movies:[{ids,
/// watched_at}]}: explicit seasons and episodes, never a bare show.
QJsonObject payload(const QList<PlannedPlay> &batch);
/// Groups plays by the show (or movie) they are posted to.
QString showKey(const PlannedPlay &play);
qint64 minuteOf(const QDateTime &time);
/// A ledger row as the play it recorded (to settle it from history).
PlannedPlay playFromLedger(const LedgerEntry &entry);
/// The ledger row of a play (outcome Pending; the caller sets another).
LedgerEntry ledgerEntry(const PlannedPlay &play, qint64 runId);

/// What the answer to one POST says about each play of the batch.
struct Answer
{
    QList<Key> added;
    QList<Key> notFound;
    /// not_found echoes that could be one of several of our shows: checked against history.
    QList<PlannedPlay> verify;
    /// Trakt's `added` counts equal the plays we count as added. When they do not, the answer is
    /// not Trakt's answer to this request (or Trakt did something else): the batch's outcome is
    /// unknown and is settled from history instead.
    bool countsAgree = true;
};
Answer classify(const QList<PlannedPlay> &batch, const TraktHistoryAddResult &result);

} // namespace SyncBatch

} // namespace Tsuzuki
