#include "core/app/runreport.h"

#include "core/store/database.h"
#include "core/store/ledgerrepository.h"
#include "core/sync/extrasrules.h"
#include "core/sync/syncplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Tsuzuki::RunReport", text, disambiguation, n);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString sectionOf(LedgerOutcome outcome)
{
    switch (outcome) {
    case LedgerOutcome::Added:
        return u"posted"_s;
    default:
        return ledgerOutcomeKey(outcome);
    }
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    // A cell starting like a formula is a spreadsheet's business, not ours: quote it as text.
    if (v.startsWith(u'=') || v.startsWith(u'+') || v.startsWith(u'-') || v.startsWith(u'@'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')
        || v != value)
        return '"' + v.replace(u'"', u"\"\""_s).toUtf8() + '"';
    return v.toUtf8();
}

} // namespace

QJsonObject runJson(const SyncRun &r)
{
    QJsonObject o { { u"id"_s, r.id }, { u"mode"_s, r.mode }, { u"automated"_s, r.automated },
        { u"status"_s, runStatusKey(r.status) }, { u"startedAt"_s, iso(r.startedAt) },
        { u"finishedAt"_s, iso(r.finishedAt) }, { u"found"_s, r.found }, { u"synced"_s, r.synced },
        { u"added"_s, r.added }, { u"alreadySynced"_s, r.alreadySynced },
        { u"alreadyOnTrakt"_s, r.alreadyOnTrakt }, { u"skippedUnmapped"_s, r.skippedUnmapped },
        { u"notFound"_s, r.notFound }, { u"removed"_s, r.removed }, { u"host"_s, r.host } };
    if (r.undoOf)
        o.insert(u"undoOf"_s, *r.undoOf);
    if (r.undoneBy)
        o.insert(u"undoneBy"_s, *r.undoneBy);
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    if (!r.errorCode.isEmpty())
        o.insert(u"errorCode"_s, r.errorCode);
    return o;
}

Result<RunReport> RunReport::load(Database &db, qint64 runId)
{
    auto run = RunRepository(db).get(runId);
    if (!run)
        return run.error();
    if (!run.value())
        return makeError(ErrorCode::InvalidInput, tr("There is no run %1.").arg(runId));
    RunReport report;
    report.run = *run.value();
    auto rows = LedgerRepository(db).forRun(runId);
    if (!rows)
        return rows.error();
    for (const LedgerEntry &e : rows.value()) {
        RunReportItem item;
        item.section = sectionOf(e.outcome);
        item.anilistId = e.anilistId;
        item.title = e.title;
        item.absEpisode = ExtrasRules::episodeOfKey(e.absEpisode);
        item.rewatch = ExtrasRules::rewatchOfKey(e.absEpisode);
        item.movie = e.targetKind == u"movie"_s;
        item.traktId = e.traktId;
        item.season = e.season.value_or(0);
        item.episode = e.episode.value_or(0);
        item.watchedAt = e.watchedAt;
        item.traktWatchedAt = e.traktWatchedAt;
        item.historyId = e.traktHistoryId;
        if (e.outcome == LedgerOutcome::Unmapped)
            item.reason = e.source;
        report.items << item;
    }
    const QJsonArray skipped = QJsonDocument::fromJson(report.run.skipped.toUtf8()).array();
    for (const QJsonValue &v : skipped) {
        const SkippedItem s = SkippedItem::fromJson(v.toObject());
        // Unmapped items are ledger rows already; the rest only the plan knew.
        if (s.kind == SkipKind::Unmapped && s.absEpisode > 0)
            continue;
        RunReportItem item;
        item.section = u"skipped"_s;
        item.kind = skipKindKey(s.kind);
        item.anilistId = s.anilistId;
        item.title = s.title;
        item.absEpisode = ExtrasRules::episodeOfKey(s.absEpisode);
        item.rewatch = ExtrasRules::rewatchOfKey(s.absEpisode);
        item.movie = s.movie;
        item.traktId = s.traktId;
        item.season = s.season;
        item.episode = s.episode;
        item.watchedAt = s.watchedAt;
        item.traktWatchedAt = s.traktWatchedAt;
        item.reason = s.reason;
        report.items << item;
    }
    auto extras = ExtrasRepository(db).forRun(runId);
    if (!extras)
        return extras.error();
    report.extras = extras.value();
    return report;
}

QJsonObject RunReport::toJson() const
{
    QJsonArray items;
    for (const RunReportItem &i : this->items) {
        QJsonObject o { { u"section"_s, i.section }, { u"anilistId"_s, i.anilistId },
            { u"title"_s, i.title }, { u"absEpisode"_s, i.absEpisode },
            { u"type"_s, i.movie ? u"movie"_s : u"episode"_s } };
        if (!i.kind.isEmpty())
            o.insert(u"kind"_s, i.kind);
        if (i.rewatch > 0)
            o.insert(u"rewatch"_s, i.rewatch);
        if (i.traktId)
            o.insert(u"traktId"_s, *i.traktId);
        if (!i.movie && i.season + i.episode > 0) {
            o.insert(u"season"_s, i.season);
            o.insert(u"episode"_s, i.episode);
        }
        if (i.watchedAt.isValid())
            o.insert(u"watchedAt"_s, iso(i.watchedAt));
        if (i.traktWatchedAt.isValid())
            o.insert(u"traktWatchedAt"_s, iso(i.traktWatchedAt));
        if (i.historyId)
            o.insert(u"historyId"_s, *i.historyId);
        if (!i.reason.isEmpty())
            o.insert(u"reason"_s, i.reason);
        items << o;
    }
    QJsonArray extraArray;
    for (const ExtraEntry &e : extras)
        extraArray << e.toJson();
    QJsonObject o { { u"run"_s, runJson(run) }, { u"items"_s, items } };
    if (!extraArray.isEmpty())
        o.insert(u"extras"_s, extraArray);
    return o;
}

QByteArray RunReport::toCsv() const
{
    QByteArray csv = "run_id,section,kind,anilist_id,title,abs_episode,type,trakt_id,season,"
                     "episode,watched_at,trakt_watched_at,history_id,reason,rewatch,rating,"
                     "previous_rating\r\n";
    for (const RunReportItem &i : items) {
        const QStringList cells { QString::number(run.id), i.section, i.kind,
            QString::number(i.anilistId), i.title, QString::number(i.absEpisode),
            i.movie ? u"movie"_s : u"episode"_s,
            i.traktId ? QString::number(*i.traktId) : QString(),
            i.movie ? QString() : QString::number(i.season),
            i.movie ? QString() : QString::number(i.episode), iso(i.watchedAt),
            iso(i.traktWatchedAt), i.historyId ? QString::number(*i.historyId) : QString(),
            i.reason, i.rewatch > 0 ? QString::number(i.rewatch) : QString(), QString(),
            QString() };
        QByteArrayList fields;
        for (const QString &cell : cells)
            fields << csvField(cell);
        csv += fields.join(',') + "\r\n";
    }
    // Ratings and list changes: section "extra", kind = the action, outcome in `reason`.
    for (const ExtraEntry &e : extras) {
        const QStringList cells { QString::number(run.id), u"extra"_s, e.action,
            QString::number(e.anilistId), e.title, QString(), e.targetKind,
            e.traktId ? QString::number(*e.traktId) : QString(),
            e.season > 0 ? QString::number(e.season) : QString(), QString(), QString(), QString(),
            QString(), extraOutcomeKey(e.outcome), QString(),
            e.rating > 0 ? QString::number(e.rating) : QString(),
            e.rating > 0 ? QString::number(e.previousRating) : QString() };
        QByteArrayList fields;
        for (const QString &cell : cells)
            fields << csvField(cell);
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

Result<QByteArray> RunReport::exportAs(Database &db, qint64 runId, const QString &format)
{
    if (format != u"csv"_s && format != u"json"_s)
        return makeError(ErrorCode::InvalidInput,
            tr("A run report is exported as csv or json, not \"%1\".").arg(format));
    auto report = load(db, runId);
    if (!report)
        return report.error();
    if (format == u"csv"_s)
        return report->toCsv();
    return QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
}

} // namespace Tsuzuki
