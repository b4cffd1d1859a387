#include "core/app/runresult.h"

#include "core/store/database.h"
#include "core/store/extrasrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

constexpr auto TraktSite = "https://trakt.tv";

/// Headings and help per skip kind, by the kind's key: a table, not a switch, so a kind added
/// later still compiles and shows up (as its key in words) without an entry here.
struct KindText
{
    const char *key;
    const char *title;
    const char *help;
};

constexpr KindText KindTexts[] = {
    { "alreadySynced", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Already synced"),
        QT_TRANSLATE_NOOP(
            "Tsuzuki::RunResult", "Posted by an earlier run or already on Trakt: nothing to do.") },
    { "alreadyOnTrakt", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Already on Trakt"),
        QT_TRANSLATE_NOOP(
            "Tsuzuki::RunResult", "Trakt already has these plays; they are not posted again.") },
    { "unmapped", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "No place on Trakt"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "No mapping data places these episodes on Trakt: add a mapping in the Mappings tab.") },
    { "needsMapping", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Waiting for a mapping"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "Trakt did not find these before; they wait until their mapping changes.") },
    { "invalidProgress", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Unreadable progress"),
        QT_TRANSLATE_NOOP(
            "Tsuzuki::RunResult", "AniList activities whose episode number cannot be read.") },
    { "invalidTime", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Dated in the future"),
        QT_TRANSLATE_NOOP(
            "Tsuzuki::RunResult", "Activities dated later than now; check the computer's clock.") },
    { "noEpisodes", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Nothing watched"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Entries without a watched episode.") },
    { "notWatched", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Not a watch"),
        QT_TRANSLATE_NOOP(
            "Tsuzuki::RunResult", "Activities that are not watches (planning, dropping, ...).") },
    { "partOfMovie", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Part of a movie"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "Episodes of a title Trakt files as one movie: the movie is posted once.") },
    { "neverPost", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Never post"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "You chose never to post these; Progress → Never post offers them again.") },
    { "watchOnlyOnce", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Rewatches not sent"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "\"Watch only once\" is on in your Trakt settings: Trakt keeps one play per "
            "episode, so rewatches are not sent. Turn it off on trakt.tv to send them.") },
    { "watchlistFull", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "Watchlist full"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "These do not fit under your Trakt account's watchlist limit; nothing of them was "
            "sent. Make room on trakt.tv (or upgrade) and sync again.") },
    { "extraNotPlaced", QT_TRANSLATE_NOOP("Tsuzuki::RunResult", "No place for a rating or list"),
        QT_TRANSLATE_NOOP("Tsuzuki::RunResult",
            "Ratings, watchlist or dropped entries Tsuzuki could not place on Trakt: add a "
            "mapping in the Mappings tab.") },
};

const KindText *kindText(SkipKind kind)
{
    const QString key = skipKindKey(kind);
    for (const KindText &k : KindTexts) {
        if (key == QLatin1StringView(k.key))
            return &k;
    }
    return nullptr;
}

/// "alreadyOnTrakt" → "Already on trakt": a readable heading for a kind without one.
QString keyInWords(const QString &key)
{
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty())
            words += u' ';
        words += words.isEmpty() ? c.toUpper() : c.toLower();
    }
    return words;
}

QString playKey(qint64 anilistId, int ledgerEpisode)
{
    return PlannedPlay::itemIdForLedger(anilistId, ledgerEpisode);
}

} // namespace

int RunResult::count(RunResultItem::Outcome outcome) const
{
    int n = 0;
    for (const RunResultItem &item : items)
        n += item.outcome == outcome ? 1 : 0;
    return n;
}

RunResult RunResult::build(const SyncPlan &plan, const QStringList &approvedItemIds,
    const SyncReport &report, const std::optional<QList<LedgerEntry>> &ledgerRows)
{
    RunResult result;
    result.report = report;
    const QSet<QString> approved(approvedItemIds.cbegin(), approvedItemIds.cend());
    QSet<QString> notFound;
    for (const NotFoundPlay &p : report.notFound)
        notFound.insert(playKey(p.anilistId, p.absEpisode)); // first plays (a rewatch's target is
                                                             // its first play's)
    QHash<QString, LedgerEntry> rows;
    if (ledgerRows) {
        for (const LedgerEntry &row : *ledgerRows)
            rows.insert(playKey(row.anilistId, row.absEpisode), row);
    }
    const QSet<QString> never(plan.neverPost.cbegin(), plan.neverPost.cend());
    for (const PlannedPlay &play : plan.plays) {
        if (never.contains(play.itemId)) {
            ++result.neverPost;
            continue;
        }
        if (!approved.contains(play.itemId)) {
            ++result.unticked;
            continue;
        }
        RunResultItem item;
        item.play = play;
        item.traktUrl = traktPageUrl(play);
        const QString key = playKey(play.anilistId, play.ledgerEpisode());
        if (report.runId == 0) {
            item.outcome = RunResultItem::Outcome::NotSent; // the run never started
        } else if (ledgerRows) {
            const auto row = rows.constFind(key);
            if (row == rows.constEnd()) {
                item.outcome = RunResultItem::Outcome::NotSent;
            } else if ((row->runId != report.runId && row->outcome == LedgerOutcome::Added)
                || row->outcome == LedgerOutcome::AlreadyOnTrakt) {
                // An earlier run posted it, or Trakt had it when the run checked again.
                item.outcome = RunResultItem::Outcome::AlreadyOnTrakt;
            } else if (row->outcome == LedgerOutcome::NotFound
                || row->outcome == LedgerOutcome::Unmapped) {
                item.outcome = RunResultItem::Outcome::NotFound;
            } else if (row->outcome == LedgerOutcome::Failed
                || row->outcome == LedgerOutcome::Pending) {
                item.outcome = RunResultItem::Outcome::Failed;
            } else {
                item.outcome = RunResultItem::Outcome::Posted;
            }
        } else if (notFound.contains(key)) {
            item.outcome = RunResultItem::Outcome::NotFound;
        } else {
            item.outcome = report.status == RunStatus::Succeeded ? RunResultItem::Outcome::Posted
                                                                 : RunResultItem::Outcome::Failed;
        }
        result.items << item;
    }
    for (const PlannedExtra &x : plan.extras) {
        if (!approved.contains(x.itemId))
            ++result.untickedExtras;
    }
    return result;
}

Result<RunResult> RunResult::load(Database &db, const SyncPlan &plan,
    const QStringList &approvedItemIds, const SyncReport &report)
{
    if (report.runId == 0)
        return build(plan, approvedItemIds, report, QList<LedgerEntry>());
    QSet<qint64> ids;
    for (const PlannedPlay &play : plan.plays)
        ids.insert(play.anilistId);
    auto rows = LedgerRepository(db).forAnilistIds(QList<qint64>(ids.cbegin(), ids.cend()));
    if (!rows)
        return rows.error();
    QList<LedgerEntry> all;
    for (const QList<LedgerEntry> &list : std::as_const(rows.value()))
        all += list;
    RunResult result = build(plan, approvedItemIds, report, all);
    auto extras = ExtrasRepository(db).forRun(report.runId);
    if (!extras)
        return extras.error();
    result.extras = extras.value();
    return result;
}

QUrl traktTitleUrl(bool movie, const QString &idOrSlug)
{
    return QUrl(QString::fromLatin1(TraktSite) + (movie ? u"/movies/"_s : u"/shows/"_s)
        + QString::fromUtf8(QUrl::toPercentEncoding(idOrSlug)));
}

QUrl traktPageUrl(const PlannedPlay &play)
{
    if (play.traktId) {
        QUrl url = traktTitleUrl(play.movie, QString::number(*play.traktId));
        if (!play.movie)
            url.setPath(
                url.path() + u"/seasons/%1/episodes/%2"_s.arg(play.season).arg(play.episode));
        return url;
    }
    // No Trakt id (posted by external ids): Trakt's own search by that id finds the page.
    const QString type = play.movie ? u"movie"_s : u"show"_s;
    QString idType;
    QString id;
    if (play.tmdbId) {
        idType = u"tmdb"_s;
        id = QString::number(*play.tmdbId);
    } else if (!play.imdbId.isEmpty()) {
        idType = u"imdb"_s;
        id = play.imdbId;
    } else if (play.tvdbId) {
        idType = u"tvdb"_s;
        id = QString::number(*play.tvdbId);
    } else {
        return {};
    }
    return QUrl(
        QString::fromLatin1(TraktSite) + u"/search/%1/%2?id_type=%3"_s.arg(idType, id, type));
}

QString skipKindTitle(SkipKind kind)
{
    if (const KindText *text = kindText(kind))
        return QCoreApplication::translate("Tsuzuki::RunResult", text->title);
    return keyInWords(skipKindKey(kind));
}

QString skipKindHelp(SkipKind kind)
{
    if (const KindText *text = kindText(kind))
        return QCoreApplication::translate("Tsuzuki::RunResult", text->help);
    return {};
}

} // namespace Tsuzuki
