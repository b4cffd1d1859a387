// Issue 14 on the command line: `runs` (the sync_runs list, one run's report, its export as CSV or
// JSON), `undo <runId> [--preview]` and `never` (the never-post list, with "post again"). The rules
// live in core/app (RunUndo, RunReport, AppActions); this file parses and prints.
#include "app/cli/command.h"
#include "core/app/appactions.h"
#include "core/app/runreport.h"
#include "core/app/runundo.h"
#include "core/net/services.h"
#include "core/sync/syncplan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text, disambiguation, n);
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

std::optional<qint64> runIdArg(Context &ctx, const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << tr("A run id is a positive number, got \"%1\" (see tsuzuki-cli runs).").arg(text)
                << Qt::endl;
        ctx.finish(ExitCode::Usage);
        return std::nullopt;
    }
    return id;
}

QString runLine(const SyncRun &r)
{
    QString what = r.isUndo() ? tr("undo of run %1: %2 removed").arg(*r.undoOf).arg(r.removed)
                              : tr("%1 added, %2 already on Trakt, %3 not found, %4 unmapped")
                                    .arg(r.added)
                                    .arg(r.alreadyOnTrakt)
                                    .arg(r.notFound)
                                    .arg(r.skippedUnmapped);
    if (r.undoneBy)
        what += u"  "_s + tr("(undone by run %1)").arg(*r.undoneBy);
    return u"%1  %2  %3  %4  %5"_s.arg(QString::number(r.id).rightJustified(5),
        formatLocal(r.startedAt), r.mode.leftJustified(9), runStatusKey(r.status).leftJustified(11),
        what);
}

void runs(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(u"limit"_s, tr("Runs to list (default 20)."), u"n"_s, u"20"_s);
    const QCommandLineOption exportOption(
        u"export"_s, tr("Write the run's report as csv or json."), u"format"_s);
    const QCommandLineOption output(
        u"output"_s, tr("File for --export (default: standard output)."), u"file"_s);
    parser.addOptions({ limit, exportOption, output });
    parser.addPositionalArgument(u"runId"_s, tr("One run: its report."));
    if (!ctx.parse(parser))
        return;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        if (parser.isSet(exportOption)) {
            ctx.err << tr("--export needs a run id: tsuzuki-cli runs <runId> --export csv")
                    << Qt::endl;
            ctx.finish(ExitCode::Usage);
            return;
        }
        auto list = RunRepository(ctx.database()).recent(std::max(1, parser.value(limit).toInt()));
        if (!list) {
            ctx.fail(list.error());
            return;
        }
        if (ctx.json) {
            QJsonArray array;
            for (const SyncRun &r : list.value())
                array << runJson(r);
            printJson(ctx, { { u"runs"_s, array } });
        } else if (list.value().isEmpty()) {
            ctx.out << tr("(no runs yet)") << Qt::endl;
        } else {
            for (const SyncRun &r : list.value())
                ctx.out << runLine(r) << Qt::endl;
        }
        ctx.finish(ExitCode::Success);
        return;
    }
    const auto id = runIdArg(ctx, pos.first());
    if (!id)
        return;
    if (parser.isSet(exportOption)) {
        auto bytes = RunReport::exportAs(ctx.database(), *id, parser.value(exportOption));
        if (!bytes) {
            ctx.fail(bytes.error());
            return;
        }
        if (!parser.isSet(output)) {
            ctx.out.flush();
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(*bytes) < 0) {
                ctx.fail(makeError(ErrorCode::InvalidInput, tr("Could not write the report.")));
                return;
            }
            stdoutFile.flush();
            ctx.finish(ExitCode::Success);
            return;
        }
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0 || !file.commit()) {
            ctx.fail(makeError(ErrorCode::InvalidInput,
                tr("Could not write %1: %2").arg(parser.value(output), file.errorString())));
            return;
        }
        ctx.err << tr("Report of run %1 written to %2").arg(*id).arg(parser.value(output))
                << Qt::endl;
        ctx.finish(ExitCode::Success);
        return;
    }
    auto report = RunReport::load(ctx.database(), *id);
    if (!report) {
        ctx.fail(report.error());
        return;
    }
    if (ctx.json) {
        printJson(ctx, report->toJson());
        ctx.finish(ExitCode::Success);
        return;
    }
    ctx.out << runLine(report->run) << Qt::endl;
    if (!report->run.error.isEmpty())
        ctx.out << u"  "_s << report->run.error << Qt::endl;
    for (const RunReportItem &i : report->items) {
        const QString where = i.movie ? tr("movie")
                                      : u"S%1E%2"_s.arg(i.season, 2, 10, QLatin1Char('0'))
                                            .arg(i.episode, 2, 10, QLatin1Char('0'));
        QString line = u"  %1  %2 #%3 -> %4"_s.arg(i.section.leftJustified(16), i.title)
                           .arg(i.absEpisode)
                           .arg(where);
        if (i.traktWatchedAt.isValid())
            line += u"  "_s + tr("(on Trakt since %1)").arg(formatLocal(i.traktWatchedAt));
        if (!i.reason.isEmpty())
            line += u"  "_s + i.reason;
        ctx.out << line << Qt::endl;
    }
    ctx.finish(ExitCode::Success);
}

void undo(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption preview(
        u"preview"_s, tr("Show what would be removed from Trakt, remove nothing."));
    parser.addOption(preview);
    parser.addPositionalArgument(u"runId"_s, tr("The run to undo (tsuzuki-cli runs)."));
    if (!ctx.parse(parser))
        return;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << tr("usage: tsuzuki-cli undo <runId> [--preview]") << Qt::endl;
        ctx.finish(ExitCode::Usage);
        return;
    }
    const auto id = runIdArg(ctx, parser.positionalArguments().first());
    if (!id)
        return;
    auto plan = RunUndo::plan(ctx.database(), *id);
    if (!plan) {
        ctx.fail(plan.error());
        return;
    }
    if (parser.isSet(preview)) {
        if (ctx.json) {
            printJson(ctx, plan->toJson());
        } else {
            ctx.out << tr("Undo of run %1 (preview): %n play(s) would be removed from Trakt",
                nullptr, int(plan->remove.size()))
                           .arg(*id)
                    << Qt::endl;
            for (const LedgerEntry &e : plan->remove) {
                const QString where = e.targetKind == u"movie"_s
                    ? tr("movie")
                    : u"S%1E%2"_s.arg(e.season.value_or(0), 2, 10, QLatin1Char('0'))
                          .arg(e.episode.value_or(0), 2, 10, QLatin1Char('0'));
                ctx.out << u"  - %1 #%2 -> %3  %4"_s.arg(e.title)
                               .arg(e.absEpisode)
                               .arg(where, formatLocal(e.watchedAt))
                        << Qt::endl;
            }
            if (!plan->keep.isEmpty())
                ctx.out << tr("%n play(s) were on Trakt before this run and stay.", nullptr,
                    int(plan->keep.size()))
                        << Qt::endl;
            for (const ExtraEntry &e : plan->revert) {
                QString what;
                if (e.action == extraActionKey(ExtraAction::Rate))
                    what = e.previousRating > 0
                        ? tr("rating %1/10 back to %2/10").arg(e.rating).arg(e.previousRating)
                        : tr("rating %1/10 removed").arg(e.rating);
                else if (e.action == extraActionKey(ExtraAction::WatchlistAdd))
                    what = tr("off the watchlist again");
                else if (e.action == extraActionKey(ExtraAction::WatchlistRemove))
                    what = tr("back on the watchlist");
                else
                    what = tr("off the dropped list again");
                ctx.out << u"  * %1: %2"_s.arg(e.title, what) << Qt::endl;
            }
            if (!plan->canUndo())
                ctx.out << plan->refusal << Qt::endl;
        }
        ctx.finish(plan->canUndo() ? ExitCode::Success : ExitCode::Failure);
        return;
    }
    Services *services = ctx.services();
    UndoOptions options;
    options.postSpacingMs = services->timings().postSpacingMs;
    if (services->timings().relaxedReadLimits)
        options.retryDelayMs = 100;
    auto *undo = new RunUndo(ctx.database(), services, qApp);
    undo->undo(*id, options, [&ctx](const Result<UndoReport> &report) {
        if (!report) {
            ctx.fail(report.error());
            return;
        }
        if (ctx.json) {
            printJson(ctx, report->toJson());
        } else {
            ctx.out << tr("Undo of run %1 (run %2): %3 — %4 removed from Trakt, %5 were gone "
                          "already, %6 still there")
                           .arg(report->runId)
                           .arg(report->undoRunId)
                           .arg(runStatusKey(report->status))
                           .arg(report->removed)
                           .arg(report->alreadyGone)
                           .arg(report->left)
                    << Qt::endl;
            if (report->reverted || report->revertFailed)
                ctx.out << tr("%1 rating(s) and list change(s) put back, %2 not")
                               .arg(report->reverted)
                               .arg(report->revertFailed)
                        << Qt::endl;
            if (!report->error.isEmpty())
                ctx.err << report->error << Qt::endl;
        }
        switch (report->status) {
        case RunStatus::Succeeded:
            ctx.finish(ExitCode::Success);
            break;
        case RunStatus::Locked:
            ctx.finish(ExitCode::Locked);
            break;
        case RunStatus::Refused:
            ctx.finish(exitCodeFor(report->errorCode));
            break;
        default:
            ctx.finish(ExitCode::Failure);
            break;
        }
    });
}

/// "<anilistId>:<episode>" (a preview's item id) into a key.
std::optional<LedgerKey> itemArg(Context &ctx, const QString &text)
{
    const QStringList parts = text.split(u':');
    bool okId = false;
    bool okEpisode = false;
    const qint64 id = parts.value(0).toLongLong(&okId);
    const int episode = parts.value(1).toInt(&okEpisode);
    if (parts.size() != 2 || !okId || !okEpisode || id <= 0 || episode <= 0) {
        ctx.err << tr(
            "A play is <anilistId>:<episode>, e.g. 21:5 (as in sync --preview --json), got "
            "\"%1\".")
                       .arg(text)
                << Qt::endl;
        ctx.finish(ExitCode::Usage);
        return std::nullopt;
    }
    return LedgerKey(id, episode);
}

void never(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"list|add|remove"_s, tr("list (default), add or remove plays."));
    if (!ctx.parse(parser))
        return;
    QStringList pos = parser.positionalArguments();
    const QString verb = pos.isEmpty() ? u"list"_s : pos.takeFirst();
    AppActions actions(ctx.database());
    if (verb == u"list"_s && pos.isEmpty()) {
        auto rows = actions.neverPostList();
        if (!rows) {
            ctx.fail(rows.error());
            return;
        }
        if (ctx.json) {
            QJsonArray array;
            for (const LedgerEntry &e : rows.value())
                array << QJsonObject { { u"anilistId"_s, e.anilistId },
                    { u"absEpisode"_s, e.absEpisode }, { u"title"_s, e.title },
                    { u"since"_s, e.updatedAt.toUTC().toString(Qt::ISODate) } };
            printJson(ctx, { { u"never"_s, array } });
        } else if (rows.value().isEmpty()) {
            ctx.out << tr("(nothing marked \"never post\")") << Qt::endl;
        } else {
            for (const LedgerEntry &e : rows.value())
                ctx.out << u"%1:%2  %3  %4"_s.arg(e.anilistId)
                               .arg(e.absEpisode)
                               .arg(e.title, formatLocal(e.updatedAt))
                        << Qt::endl;
        }
        ctx.finish(ExitCode::Success);
        return;
    }
    if ((verb != u"add"_s && verb != u"remove"_s) || pos.isEmpty()) {
        ctx.err << tr("usage: tsuzuki-cli never [list] | add <anilistId:episode>... | remove "
                      "<anilistId:episode>...")
                << Qt::endl;
        ctx.finish(ExitCode::Usage);
        return;
    }
    QList<LedgerKey> keys;
    for (const QString &arg : std::as_const(pos)) {
        const auto key = itemArg(ctx, arg);
        if (!key)
            return;
        keys << *key;
    }
    if (verb == u"add"_s) {
        QList<PlannedPlay> plays;
        for (const LedgerKey &k : std::as_const(keys)) {
            PlannedPlay p;
            p.itemId = PlannedPlay::makeItemId(k.first, k.second);
            p.anilistId = k.first;
            p.absEpisode = k.second;
            plays << p;
        }
        if (auto r = actions.neverPost(plays); !r) {
            ctx.fail(r.error());
            return;
        }
        ctx.out << tr("%n play(s) will never be posted (tsuzuki-cli never remove … to undo).",
            nullptr, int(plays.size()))
                << Qt::endl;
        ctx.finish(ExitCode::Success);
        return;
    }
    auto forgotten = actions.allowAgain(keys);
    if (!forgotten) {
        ctx.fail(forgotten.error());
        return;
    }
    ctx.out << tr("%n play(s) will be offered again by the next sync.", nullptr, forgotten.value())
            << Qt::endl;
    ctx.finish(ExitCode::Success);
}

const Registration registration([] {
    return QList<Command> {
        { { u"runs"_s }, u"[--limit N] | <runId> [--export csv|json [--output FILE]]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli",
                "List sync runs with their counts, or one run's report (posted, skipped and why, "
                "not found, already on Trakt)"),
            true, runs },
        { { u"undo"_s }, u"<runId> [--preview]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli",
                "Remove the plays a run posted from Trakt (never plays that were there before) "
                "and roll the ledger back"),
            true, undo },
        { { u"never"_s }, u"[list] | add|remove <anilistId:episode>..."_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli",
                "The never-post list: plays no sync offers until they are removed from it"),
            true, never },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
