// `tsuzuki-cli sync full|completed|watching`: preview or run a sync against the configured
// services.
#include "app/cli/command.h"
#include "core/net/services.h"
#include "core/sync/extrasrules.h"
#include "core/sync/syncsession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

void printPlan(Context &ctx, const SyncPlan &plan)
{
    if (ctx.json) {
        ctx.out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    ctx.out << tr("Preview (%1): %2 plays to post, %3 already synced, %4 already on Trakt, %5 "
                  "unmapped")
                   .arg(syncModeKey(plan.mode))
                   .arg(plan.plays.size())
                   .arg(plan.counters.alreadySynced)
                   .arg(plan.counters.alreadyOnTrakt)
                   .arg(plan.counters.skippedUnmapped)
            << Qt::endl;
    for (const QString &warning : plan.warnings)
        ctx.out << tr("Note: %1").arg(warning) << Qt::endl;
    for (const PlannedPlay &p : plan.plays) {
        const QString where = p.movie ? tr("movie")
                                      : u"S%1E%2"_s.arg(p.season, 2, 10, QLatin1Char('0'))
                                            .arg(p.episode, 2, 10, QLatin1Char('0'));
        ctx.out << u"  "_s << p.title << u" #"_s << p.absEpisode << u" -> "_s << where << u"  "_s
                << p.watchedAt.toString(Qt::ISODate) << u"  ["_s << p.rule << u", "_s << p.source
                << u"]"_s;
        if (p.rewatch > 0)
            ctx.out << u"  "_s
                    << (p.dateSource == u"spread"_s
                               ? tr("rewatch %1 (date spread: AniList keeps only the count)")
                               : tr("rewatch %1 (dated by the AniList activity)"))
                           .arg(p.rewatch);
        ctx.out << Qt::endl;
    }
    if (plan.options.extras)
        ctx.out << tr("Extras (%1): %2 rewatches, %3 ratings, %4 to the watchlist, %5 off the "
                      "watchlist, %6 dropped")
                       .arg(ExtrasRules::keys(plan.options.extras).join(u", "_s))
                       .arg(plan.counters.rewatches)
                       .arg(plan.counters.ratings)
                       .arg(plan.counters.watchlistAdded)
                       .arg(plan.counters.watchlistRemoved)
                       .arg(plan.counters.dropped)
                << Qt::endl;
    for (const PlannedExtra &x : plan.extras)
        ctx.out << u"  "_s << extraActionKey(x.action) << u": "_s << x.title << u"  "_s << x.detail
                << Qt::endl;
    // Grouped by why, "already on Trakt" last (with Trakt's date): the GUI preview's groups.
    for (const bool onTrakt : { false, true }) {
        for (const SkippedItem &s : plan.skipped) {
            if (s.kind == SkipKind::AlreadySynced
                || (s.kind == SkipKind::AlreadyOnTrakt) != onTrakt)
                continue;
            ctx.out << u"  - "_s << s.title << u" #"_s << s.absEpisode << u": "_s << s.reason
                    << Qt::endl;
        }
    }
}

void printReport(Context &ctx, const SyncReport &report)
{
    if (ctx.json) {
        ctx.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    ctx.out << tr("Sync %1 (run %2): %3 — found %4, synced %5, added %6, already synced %7, "
                  "already on Trakt %8, unmapped %9, not found %10")
                   .arg(syncModeKey(report.mode))
                   .arg(report.runId)
                   .arg(runStatusKey(report.status))
                   .arg(report.counters.found)
                   .arg(report.counters.synced)
                   .arg(report.counters.added)
                   .arg(report.counters.alreadySynced)
                   .arg(report.counters.alreadyOnTrakt)
                   .arg(report.counters.skippedUnmapped)
                   .arg(report.counters.notFound)
            << Qt::endl;
    if (report.counters.rewatches || report.counters.ratings || report.counters.watchlistAdded
        || report.counters.watchlistRemoved || report.counters.dropped
        || report.counters.extrasFailed)
        ctx.out << tr("Extras: %1 rewatches, %2 ratings, %3 to the watchlist, %4 off the "
                      "watchlist, %5 dropped, %6 not sent")
                       .arg(report.counters.rewatches)
                       .arg(report.counters.ratings)
                       .arg(report.counters.watchlistAdded)
                       .arg(report.counters.watchlistRemoved)
                       .arg(report.counters.dropped)
                       .arg(report.counters.extrasFailed)
                << Qt::endl;
    if (!report.error.isEmpty())
        (report.status == RunStatus::Refused ? ctx.err : ctx.out) << report.error << Qt::endl;
}

void runSync(Context &ctx, SyncMode mode)
{
    QCommandLineParser parser;
    const QCommandLineOption preview(u"preview"_s, tr("Show what would be posted, post nothing."));
    const QCommandLineOption automated(
        u"automated"_s, tr("Run as the scheduler does (status:sync:last-run-auto)."));
    const QCommandLineOption yes(u"yes"_s, tr("Confirm a run above the plays guard."));
    const QCommandLineOption batch(u"batch-size"_s, tr("Plays per request (default 100)."), u"n"_s);
    const QCommandLineOption guard(u"guard"_s, tr("Plays guard (default 5000)."), u"n"_s);
    const QCommandLineOption includeWatched(u"include-watched"_s,
        tr("Post plays Trakt already has, as second plays (normally they are skipped)."));
    const QCommandLineOption with(u"with"_s,
        tr("Also sync these, comma-separated: rewatches, ratings, watchlist, dropped (or all, "
           "none). Default: what Settings chose."),
        u"list"_s);
    const QCommandLineOption rounding(u"rating-rounding"_s,
        tr("How a score between two Trakt ratings is rounded: nearest (default), down, up."),
        u"how"_s);
    parser.addOptions({ preview, automated, yes, batch, guard, includeWatched, with, rounding });
    if (!ctx.parse(parser))
        return;
    QSettings settings;
    SyncExtras extras = ExtrasRules::configured(settings);
    if (parser.isSet(with)) {
        QString bad;
        const auto chosen = ExtrasRules::fromKeys(parser.value(with), &bad);
        if (!chosen) {
            ctx.fail(makeError(ErrorCode::InvalidInput,
                tr("--with: unknown \"%1\"; use rewatches, ratings, watchlist, dropped, all or "
                   "none.")
                    .arg(bad)));
            return;
        }
        extras = *chosen;
    }
    RatingRounding how = ExtrasRules::configuredRounding(settings);
    if (parser.isSet(rounding)) {
        const QString value = parser.value(rounding).trimmed().toLower();
        if (ExtrasRules::roundingKey(ExtrasRules::roundingFromKey(value)) != value) {
            ctx.fail(makeError(ErrorCode::InvalidInput,
                tr("--rating-rounding: use nearest, down or up (not \"%1\").").arg(value)));
            return;
        }
        how = ExtrasRules::roundingFromKey(value);
    }
    SyncOptions options;
    options.automated = parser.isSet(automated);
    options.confirmLarge = parser.isSet(yes);
    options.includeWatched = parser.isSet(includeWatched);
    options.extras = extras;
    options.rounding = how;
    if (parser.isSet(batch))
        options.batchSize = std::max(1, parser.value(batch).toInt());
    if (parser.isSet(guard))
        options.playsGuard = parser.value(guard).toInt();
    Services *services = ctx.services();
    options.postSpacingMs = services->timings().postSpacingMs;
    if (services->timings().relaxedReadLimits)
        options.retryDelayMs = 100;
    auto *session = new SyncSession(ctx.database(), services, qApp);
    if (parser.isSet(preview)) {
        session->preview(mode, options, [&ctx](const Result<SyncPlan> &plan) {
            if (!plan) {
                ctx.fail(plan.error());
                return;
            }
            printPlan(ctx, plan.value());
            ctx.finish(ExitCode::Success);
        });
        return;
    }
    // Preview and run under one hold of the run lock: a second process stops before it asks
    // Trakt anything.
    session->sync(mode, options, [&ctx](const Result<SyncReport> &report) {
        if (!report) {
            ctx.fail(report.error());
            return;
        }
        printReport(ctx, report.value());
        switch (report.value().status) {
        case RunStatus::Succeeded:
            ctx.finish(ExitCode::Success);
            break;
        case RunStatus::Locked:
            ctx.finish(ExitCode::Locked);
            break;
        case RunStatus::Guarded:
            ctx.finish(ExitCode::Guarded);
            break;
        case RunStatus::Refused:
            ctx.finish(exitCodeFor(report.value().errorCode));
            break;
        default:
            ctx.finish(ExitCode::Failure);
            break;
        }
    });
}

const Registration registration([] {
    return QList<Command> {
        { { u"sync"_s, u"full"_s }, u"[--preview] [--automated] [--yes] [--include-watched]"_s,
            QT_TRANSLATE_NOOP(
                "Tsuzuki::Cli", "Post every AniList activity since the last sync to Trakt"),
            true, [](Context &ctx) { runSync(ctx, SyncMode::Full); } },
        { { u"sync"_s, u"completed"_s }, u"[--preview] [--yes] [--include-watched]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Post the episodes of COMPLETED entries"), true,
            [](Context &ctx) { runSync(ctx, SyncMode::Completed); } },
        { { u"sync"_s, u"watching"_s }, u"[--preview] [--yes] [--include-watched]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Post the episodes of CURRENT entries"), true,
            [](Context &ctx) { runSync(ctx, SyncMode::Watching); } },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
