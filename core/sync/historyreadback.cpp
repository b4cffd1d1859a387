#include "core/sync/historyreadback.h"

#include "core/net/traktclient.h"
#include "core/sync/syncbatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

bool isMovie(const LedgerEntry &e)
{
    return e.targetKind == u"movie"_s;
}

/// Whether history item `h` is the play `row` would have made (same title by any id Trakt sent).
bool sameTitle(const TraktHistoryItem &h, const LedgerEntry &row)
{
    const TraktIds &ids = isMovie(row) ? h.movieIds : h.showIds;
    if (row.traktId && ids.trakt)
        return ids.trakt == *row.traktId;
    const QJsonObject target = QJsonDocument::fromJson(row.targetIds.toUtf8()).object();
    if (target.contains(u"tmdb"_s) && ids.tmdb)
        return ids.tmdb == target.value(u"tmdb"_s).toInteger();
    if (target.contains(u"tvdb"_s) && ids.tvdb)
        return ids.tvdb == target.value(u"tvdb"_s).toInteger();
    if (target.contains(u"imdb"_s) && !ids.imdb.isEmpty())
        return ids.imdb == target.value(u"imdb"_s).toString();
    return false;
}

} // namespace

HistoryReadBack::HistoryReadBack(TraktClient *trakt, QObject *parent)
    : QObject(parent)
    , m_trakt(trakt)
{ }

void HistoryReadBack::resolve(const QList<LedgerEntry> &rows, Done done)
{
    auto groups = std::make_shared<QList<Group>>();
    QHash<QString, qsizetype> index;
    for (const LedgerEntry &e : rows) {
        if (!e.watchedAt.isValid())
            continue;
        Group g;
        g.movie = isMovie(e);
        const QString imdb
            = QJsonDocument::fromJson(e.targetIds.toUtf8()).object().value(u"imdb"_s).toString();
        g.id = e.traktId ? QString::number(*e.traktId) : imdb;
        const QString key = (g.movie ? u"m:"_s : u"s:"_s) + g.id;
        if (!index.contains(key)) {
            index.insert(key, groups->size());
            groups->append(g);
        }
        (*groups)[index.value(key)].rows << e;
    }
    next(groups, 0, std::make_shared<QHash<LedgerKey, qint64>>(), std::move(done));
}

void HistoryReadBack::next(std::shared_ptr<QList<Group>> groups, qsizetype i,
    std::shared_ptr<QHash<LedgerKey, qint64>> found, Done done)
{
    if (i >= groups->size()) {
        done(*found);
        return;
    }
    const Group &group = groups->at(i);
    QDateTime from = group.rows.first().watchedAt;
    QDateTime to = from;
    for (const LedgerEntry &e : group.rows) {
        from = std::min(from, e.watchedAt);
        to = std::max(to, e.watchedAt);
    }
    ++m_requests;
    m_trakt->history(group.movie ? TraktClient::MediaType::Movie : TraktClient::MediaType::Show,
        group.id, from.addSecs(-60), to.addSecs(120), this,
        [this, groups, i, found, done](const Result<QList<TraktHistoryItem>> &history) {
            if (!history) {
                done(history.error());
                return;
            }
            // Newest first: when two plays share an episode and a minute, ours came last.
            QList<TraktHistoryItem> items = history.value();
            std::sort(items.begin(), items.end(),
                [](const TraktHistoryItem &a, const TraktHistoryItem &b) { return a.id > b.id; });
            QSet<qint64> taken;
            for (const qint64 id : std::as_const(*found))
                taken.insert(id);
            for (const LedgerEntry &row : groups->at(i).rows) {
                for (const TraktHistoryItem &h : std::as_const(items)) {
                    if (taken.contains(h.id)
                        || SyncBatch::minuteOf(h.watchedAt) != SyncBatch::minuteOf(row.watchedAt)
                        || !sameTitle(h, row))
                        continue;
                    if (!isMovie(row)
                        && (h.type != u"episode"_s || h.episode.season != row.season.value_or(-1)
                            || h.episode.number != row.episode.value_or(-1)))
                        continue;
                    if (isMovie(row) && h.type != u"movie"_s)
                        continue;
                    taken.insert(h.id);
                    found->insert(LedgerKey(row.anilistId, row.absEpisode), h.id);
                    break;
                }
            }
            next(groups, i + 1, found, done);
        });
}

} // namespace Tsuzuki
