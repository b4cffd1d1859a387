// The seed's runbook (section 7) as commands: progress, progress reset, reset-window, override,
// mappings set, logs.
#include "app/cli/command.h"
#include "core/app/appactions.h"
#include "core/app/titlelookup.h"
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
#include <QRegularExpression>
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

/// "Trakt 37696 → One Piece (1999)" on standard error, so --json output stays one object.
void sayFound(Context &ctx, const QString &service, const TitleMatch &match)
{
    //: %1 = AniList or Trakt, %2 = the id, %3 = "Title (year)"
    ctx.err << tr("%1 %2 → %3").arg(service).arg(match.id).arg(match.display()) << Qt::endl;
}

/// Looks the pasted Trakt show (id, address, slug, TMDB address) up, or takes a plain id as it is
/// with --no-check. `done` gets the Trakt id; a title Trakt does not know fails the command.
void resolveTrakt(Context &ctx, const QString &text, TitleLookup::Kind kind, bool noCheck,
    std::function<void(qint64, const TitleMatch &)> done)
{
    const auto query = TitleLookup::parseTrakt(text, kind);
    if (query.type == TitleLookup::TraktQuery::Type::Invalid) {
        ctx.err << query.error << Qt::endl;
        ctx.finish(2);
        return;
    }
    if (noCheck) {
        if (query.type != TitleLookup::TraktQuery::Type::TraktId) {
            ctx.err << tr("--no-check takes a numeric Trakt id only; \"%1\" has to be looked up.")
                           .arg(text)
                    << Qt::endl;
            ctx.finish(2);
            return;
        }
        done(query.id, TitleMatch {});
        return;
    }
    auto *lookup = new TitleLookup(ctx.services(), qApp);
    lookup->trakt(text, kind, lookup, [&ctx, lookup, done](const Result<TitleMatch> &match) {
        lookup->deleteLater();
        if (!match) {
            ctx.fail(match.error());
            return;
        }
        sayFound(ctx, u"Trakt"_s, match.value());
        done(match->id, match.value());
    });
}

void overrideSet(Context &ctx, const QStringList &pos, bool noCheck)
{
    QList<int> n;
    for (int i = 2; i < pos.size(); ++i) {
        bool ok = false;
        n << pos.at(i).toInt(&ok);
        if (!ok) {
            ctx.err << tr("\"%1\" is not a number").arg(pos.at(i)) << Qt::endl;
            ctx.finish(2);
            return;
        }
    }
    // The numbers are checked before anyone is asked about the show.
    if (auto valid = OverrideRepository::validate({ 1, n.at(0), n.at(1), n.at(2) }); !valid) {
        ctx.fail(valid.error());
        return;
    }
    resolveTrakt(ctx, pos.at(1), TitleLookup::Kind::Show, noCheck,
        [&ctx, n](qint64 traktId, const TitleMatch &) {
            const EpisodeOverride row { traktId, n.at(0), n.at(1), n.at(2) };
            if (auto r = AppActions(ctx.database()).setOverride(row); !r) {
                ctx.fail(r.error());
                return;
            }
            if (ctx.json)
                printJson(ctx, { { u"ok"_s, true }, { u"traktId"_s, traktId } });
            else
                ctx.out << tr("Done.") << Qt::endl;
            ctx.finish(0);
        });
}

void overrideCmd(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption noCheck(
        u"no-check"_s, tr("Take a numeric Trakt id as it is, without asking Trakt (offline)."));
    parser.addOption(noCheck);
    parser.addPositionalArgument(u"action"_s,
        u"set <trakt id|address|slug> <abs> <season> <episode> | remove <traktId> <abs> | list"_s);
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
    if (action == u"set"_s && pos.size() == 5) {
        overrideSet(ctx, pos, parser.isSet(noCheck));
        return;
    }
    if (action == u"remove"_s && pos.size() == 3) {
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
        if (auto r = AppActions(ctx.database()).removeOverride(n.at(0), n.at(1)); !r) {
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
    ctx.err << tr("usage: override set <trakt id|address|slug> <abs> <season> <episode> | remove "
                  "<traktId> <abs> | list")
            << Qt::endl;
    ctx.finish(2);
}

void mappingsSet(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption tmdb(u"tmdb"_s, tr("TMDB id."), u"id"_s);
    const QCommandLineOption imdb(u"imdb"_s, tr("IMDb id (tt...)."), u"id"_s);
    const QCommandLineOption tvdb(u"tvdb"_s, tr("TVDB id."), u"id"_s);
    const QCommandLineOption noCheck(u"no-check"_s,
        tr("Take numeric ids as they are, without asking AniList and Trakt (offline)."));
    parser.addOptions({ tmdb, imdb, tvdb, noCheck });
    parser.addPositionalArgument(
        u"anilist"_s, tr("AniList id, anilist.co or myanimelist.net address (required)"));
    parser.addPositionalArgument(
        u"trakt"_s, tr("Trakt id, trakt.tv address or slug, or themoviedb.org address (required)"));
    if (!ctx.parse(parser))
        return;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        ctx.err << tr("usage: mappings set <anilist id|address> <trakt id|address|slug> [--tmdb N] "
                      "[--imdb tt..] [--tvdb N] [--no-check]")
                << Qt::endl;
        ctx.finish(2);
        return;
    }
    Mapping m;
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
    const bool offline = parser.isSet(noCheck);
    const auto save = [&ctx](Mapping mapping) {
        // One action with the GUI's: saved and the waiting plays retried, in one transaction.
        if (auto r = AppActions(ctx.database()).saveManualMapping(mapping); !r) {
            ctx.fail(r.error());
            return;
        }
        if (ctx.json)
            printJson(ctx,
                { { u"anilistId"_s, mapping.anilistId }, { u"traktId"_s, *mapping.traktId },
                    { u"type"_s, u"manual"_s } });
        else
            ctx.out << tr("AniList %1 is now mapped to Trakt %2 (manual).")
                           .arg(mapping.anilistId)
                           .arg(*mapping.traktId)
                    << Qt::endl;
        ctx.finish(0);
    };
    const auto withTrakt = [&ctx, offline, save, traktText = pos.at(1)](Mapping mapping) {
        resolveTrakt(ctx, traktText, TitleLookup::Kind::Any, offline,
            [save, mapping](qint64 traktId, const TitleMatch &match) mutable {
                mapping.traktId = traktId;
                // Trakt's own ids for the title fill what was not given.
                if (!mapping.tmdbId && match.tmdbId)
                    mapping.tmdbId = match.tmdbId;
                if (mapping.imdbId.isEmpty())
                    mapping.imdbId = match.imdbId;
                save(mapping);
            });
    };
    static const QRegularExpression number(u"^[-+]?\\d+$"_s);
    if (number.match(pos.at(0).trimmed()).hasMatch()
        && !positiveId(ctx, pos.at(0), tr("AniList id")))
        return;
    // Both are read before anyone is asked: a typo ends here, with exit code 2.
    const auto anilist = TitleLookup::parseAniList(pos.at(0));
    if (anilist.type == TitleLookup::AniListQuery::Type::Invalid) {
        ctx.err << anilist.error << Qt::endl;
        ctx.finish(2);
        return;
    }
    if (const auto trakt = TitleLookup::parseTrakt(pos.at(1));
        trakt.type == TitleLookup::TraktQuery::Type::Invalid) {
        ctx.err << trakt.error << Qt::endl;
        ctx.finish(2);
        return;
    }
    if (offline) {
        if (anilist.type != TitleLookup::AniListQuery::Type::AniList) {
            ctx.err << tr("--no-check takes a numeric AniList id only.") << Qt::endl;
            ctx.finish(2);
            return;
        }
        m.anilistId = anilist.id;
        withTrakt(m);
        return;
    }
    auto *lookup = new TitleLookup(ctx.services(), qApp);
    lookup->aniList(
        pos.at(0), lookup, [&ctx, lookup, m, withTrakt](const Result<TitleMatch> &match) mutable {
            lookup->deleteLater();
            if (!match) {
                ctx.fail(match.error());
                return;
            }
            sayFound(ctx, u"AniList"_s, match.value());
            m.anilistId = match->id;
            withTrakt(m);
        });
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
            u"set <trakt id|address|slug> <abs> <season> <episode> [--no-check] | remove "
            u"<traktId> <abs> | list"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Episode corrections (episode_override)"), true,
            overrideCmd },
        { { u"mappings"_s, u"set"_s },
            u"<anilist id|address> <trakt id|address|slug> [--tmdb N] [--imdb tt..] [--tvdb N] "
            u"[--no-check]"_s,
            QT_TRANSLATE_NOOP(
                "Tsuzuki::Cli", "Manual mapping of an AniList entry to a Trakt show or movie"),
            true, mappingsSet },
        { { u"logs"_s }, u"[--limit N] [--follow]"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Show the activity log"), true, logs },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
