// The seed's runbook (section 7) as commands: progress, progress reset, reset-window, override,
// mappings set, logs.
#include "app/cli/command.h"
#include "core/app/appactions.h"
#include "core/store/configrepository.h"
#include "core/store/ledgerrepository.h"
#include "core/store/logrepository.h"
#include "core/store/mappingrepository.h"
#include "core/store/overriderepository.h"
#include "core/store/progressrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

std::optional<qint64> positiveId(Context &ctx, const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << tr("%1 must be a positive number, got \"%2\"").arg(what, text) << Qt::endl;
        ctx.finish(2);
        return std::nullopt;
    }
    return id;
}

void progress(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption idOption(u"anilist-id"_s, tr("One AniList id."), u"id"_s);
    const QCommandLineOption limitOption(u"limit"_s, tr("Rows (default 50)."), u"n"_s, u"50"_s);
    parser.addOptions({ idOption, limitOption });
    parser.addPositionalArgument(
        u"reset"_s, tr("progress reset <anilistId>: force a resync of one show"));
    if (!ctx.parse(parser))
        return;
    ProgressRepository repo(ctx.database());
    const QStringList pos = parser.positionalArguments();
    if (!pos.isEmpty() && pos.first() == u"reset"_s) {
        if (pos.size() != 2) {
            ctx.err << tr("usage: progress reset <anilistId>") << Qt::endl;
            ctx.finish(2);
            return;
        }
        const auto id = positiveId(ctx, pos.at(1), tr("AniList id"));
        if (!id)
            return;
        if (auto r = AppActions(ctx.database()).forceResync(*id); !r) {
            ctx.fail(r.error());
            return;
        }
        if (ctx.json)
            printJson(ctx, { { u"reset"_s, *id } });
        else
            ctx.out << tr(
                "Progress of %1 removed: the next completed/watching sync looks at it from episode "
                "1 and posts what Trakt does not have (--include-watched: every episode again).")
                           .arg(*id)
                    << Qt::endl;
        ctx.finish(0);
        return;
    }
    QList<Progress> rows;
    if (parser.isSet(idOption)) {
        const auto id = positiveId(ctx, parser.value(idOption), tr("AniList id"));
        if (!id)
            return;
        auto row = repo.get(*id);
        if (!row) {
            ctx.fail(row.error());
            return;
        }
        if (row.value())
            rows << *row.value();
    } else {
        auto list = repo.list(parser.value(limitOption).toInt());
        if (!list) {
            ctx.fail(list.error());
            return;
        }
        rows = list.value();
    }
    if (ctx.json) {
        QJsonArray array;
        for (const Progress &p : rows)
            array << QJsonObject { { u"anilistId"_s, p.anilistId }, { u"lastAbs"_s, p.lastAbs },
                { u"updatedAt"_s, p.updatedAt.toUTC().toString(Qt::ISODate) } };
        printJson(ctx, { { u"progress"_s, array } });
    } else {
        if (rows.isEmpty())
            ctx.out << tr("(no progress rows)") << Qt::endl;
        for (const Progress &p : rows)
            ctx.out << QString::number(p.anilistId).leftJustified(10) << u" last_abs "_s
                    << p.lastAbs << u"  "_s << formatLocal(p.updatedAt) << Qt::endl;
    }
    ctx.finish(0);
}

void resetWindow(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    if (auto r = AppActions(ctx.database()).reprocessWindow(); !r) {
        ctx.fail(r.error());
        return;
    }
    if (ctx.json)
        printJson(ctx, { { u"lastSyncTimestamp"_s, u"0"_s } });
    else
        ctx.out << tr("lastSyncTimestamp set to 0: the next full sync reads every activity again "
                      "(episodes already on Trakt are skipped).")
                << Qt::endl;
    ctx.finish(0);
}

void overrideCmd(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"action"_s, u"set <traktId> <abs> <season> <episode> | remove <traktId> <abs> | list"_s);
    if (!ctx.parse(parser))
        return;
    const QStringList pos = parser.positionalArguments();
    OverrideRepository repo(ctx.database());
    const QString action = pos.value(0);
    if (action == u"list"_s) {
        auto list = repo.list();
        if (!list) {
            ctx.fail(list.error());
            return;
        }
        QJsonArray array;
        for (const EpisodeOverride &o : list.value()) {
            if (ctx.json)
                array << QJsonObject { { u"traktId"_s, o.traktId }, { u"abs"_s, o.abs },
                    { u"season"_s, o.season }, { u"episode"_s, o.episode } };
            else
                ctx.out << o.traktId << u" #"_s << o.abs << u" -> S"_s << o.season << u"E"_s
                        << o.episode << Qt::endl;
        }
        if (ctx.json)
            printJson(ctx, { { u"overrides"_s, array } });
        ctx.finish(0);
        return;
    }
    if ((action == u"set"_s && pos.size() == 5) || (action == u"remove"_s && pos.size() == 3)) {
        QList<int> n;
        for (int i = 1; i < pos.size(); ++i) {
            bool ok = false;
            n << pos.at(i).toInt(&ok);
            if (!ok) {
                ctx.err << tr("\"%1\" is not a number").arg(pos.at(i)) << Qt::endl;
                ctx.finish(2);
                return;
            }
        }
        if (action == u"set"_s) {
            const EpisodeOverride row { n.at(0), n.at(1), n.at(2), n.at(3) };
            if (auto r = AppActions(ctx.database()).setOverride(row); !r) {
                ctx.fail(r.error());
                return;
            }
        } else if (auto r = AppActions(ctx.database()).removeOverride(n.at(0), n.at(1)); !r) {
            ctx.fail(r.error());
            return;
        }
        if (ctx.json)
            printJson(ctx, { { u"ok"_s, true } });
        else
            ctx.out << tr("Done.") << Qt::endl;
        ctx.finish(0);
        return;
    }
    ctx.err << tr(
        "usage: override set <traktId> <abs> <season> <episode> | remove <traktId> <abs> | list")
            << Qt::endl;
    ctx.finish(2);
}

void mappingsSet(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption tmdb(u"tmdb"_s, tr("TMDB id."), u"id"_s);
    const QCommandLineOption imdb(u"imdb"_s, tr("IMDb id (tt...)."), u"id"_s);
    const QCommandLineOption tvdb(u"tvdb"_s, tr("TVDB id."), u"id"_s);
    parser.addOptions({ tmdb, imdb, tvdb });
    parser.addPositionalArgument(u"anilistId"_s, tr("AniList id (required)"));
    parser.addPositionalArgument(u"traktId"_s, tr("Trakt id (required)"));
    if (!ctx.parse(parser))
        return;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        ctx.err << tr(
            "usage: mappings set <anilistId> <traktId> [--tmdb N] [--imdb tt..] [--tvdb N]")
                << Qt::endl;
        ctx.finish(2);
        return;
    }
    const auto anilistId = positiveId(ctx, pos.at(0), tr("AniList id"));
    if (!anilistId)
        return;
    const auto traktId = positiveId(ctx, pos.at(1), tr("Trakt id"));
    if (!traktId)
        return;
    Mapping m;
    m.anilistId = *anilistId;
    m.traktId = *traktId;
    m.isManual = true;
    if (parser.isSet(tmdb)) {
        const auto id = positiveId(ctx, parser.value(tmdb), tr("TMDB id"));
        if (!id)
            return;
        m.tmdbId = *id;
    }
    if (parser.isSet(tvdb)) {
        const auto id = positiveId(ctx, parser.value(tvdb), tr("TVDB id"));
        if (!id)
            return;
        m.tvdbId = *id;
    }
    m.imdbId = parser.value(imdb);
    // One action with the GUI's: saved and the waiting plays retried, in one transaction.
    if (auto r = AppActions(ctx.database()).saveManualMapping(m); !r) {
        ctx.fail(r.error());
        return;
    }
    if (ctx.json)
        printJson(ctx,
            { { u"anilistId"_s, *anilistId }, { u"traktId"_s, *traktId },
                { u"type"_s, u"manual"_s } });
    else
        ctx.out
            << tr("AniList %1 is now mapped to Trakt %2 (manual).").arg(*anilistId).arg(*traktId)
            << Qt::endl;
    ctx.finish(0);
}

void printLog(Context &ctx, const LogEntry &e)
{
    if (ctx.json)
        printJson(ctx,
            { { u"id"_s, e.id }, { u"level"_s, e.level }, { u"message"_s, e.message },
                { u"createdAt"_s, e.createdAt.toUTC().toString(Qt::ISODateWithMs) } });
    else
        ctx.out << formatLocal(e.createdAt) << u"  "_s << e.level.leftJustified(7) << u" "_s
                << e.message << Qt::endl;
}

void logs(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(u"limit"_s, tr("Rows (default 50)."), u"n"_s, u"50"_s);
    const QCommandLineOption follow(u"follow"_s, tr("Keep printing new rows."));
    parser.addOptions({ limitOption, follow });
    if (!ctx.parse(parser))
        return;
    LogRepository repo(ctx.database());
    auto tail = repo.tail(std::max(1, parser.value(limitOption).toInt()));
    if (!tail) {
        ctx.fail(tail.error());
        return;
    }
    qint64 last = 0;
    for (qsizetype i = tail.value().size() - 1; i >= 0; --i) {
        printLog(ctx, tail.value().at(i));
        last = std::max(last, tail.value().at(i).id);
    }
    ctx.out.flush();
    if (!parser.isSet(follow)) {
        ctx.finish(0);
        return;
    }
    auto *watcher = new LogWatcher(ctx.database(), qApp);
    auto lastSeen = std::make_shared<qint64>(last);
    QObject::connect(watcher, &LogWatcher::logsAdded, qApp, [&ctx, lastSeen] {
        auto rows = LogRepository(ctx.database()).since(*lastSeen);
        if (!rows)
            return;
        for (const LogEntry &e : rows.value()) {
            printLog(ctx, e);
            *lastSeen = std::max(*lastSeen, e.id);
        }
        ctx.out.flush();
    });
    watcher->start(1000);
}

const Registration registration([] {
    return QList<Command> {
        { { u"progress"_s }, u"[--anilist-id N] [--limit N] | reset <anilistId>"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Show sync_progress, or force a resync of one show"),
            true, progress },
        { { u"reset-window"_s }, {},
            QT_TRANSLATE_NOOP(
                "Tsuzuki::Cli", "Reprocess the whole activity window (lastSyncTimestamp = 0)"),
            true, resetWindow },
        { { u"override"_s },
            u"set <traktId> <abs> <season> <episode> | remove <traktId> <abs> | list"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Episode corrections (episode_override)"), true,
            overrideCmd },
        { { u"mappings"_s, u"set"_s },
            u"<anilistId> <traktId> [--tmdb N] [--imdb tt..] [--tvdb N]"_s,
            QT_TRANSLATE_NOOP(
                "Tsuzuki::Cli", "Manual mapping of an AniList entry to a Trakt show or movie"),
            true, mappingsSet },
        { { u"logs"_s }, u"[--limit N] [--follow]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Show the activity log"), true, logs },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
