#include "core/sync/synclogline.h"

#include "core/store/logrepository.h"

#include <QCoreApplication>

namespace Tsuzuki::SyncLog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::SyncLog", text);
}

/// "Manual full sync", "Scheduled completed-library sync", ...
QString runName(SyncMode mode, bool automated)
{
    switch (mode) {
    case SyncMode::Full:
        return automated ? tr("Scheduled full sync") : tr("Manual full sync");
    case SyncMode::Completed:
        return automated ? tr("Scheduled completed-library sync")
                         : tr("Manual completed-library sync");
    case SyncMode::Watching:
        return automated ? tr("Scheduled watching-library sync")
                         : tr("Manual watching-library sync");
    case SyncMode::Show:
        return automated ? tr("Scheduled one-show sync") : tr("Manual one-show sync");
    }
    return {};
}

} // namespace

SyncLogLine started(const SyncPlan &plan)
{
    return { QString::fromLatin1(LogLevel::Info),
        QCoreApplication::translate(
            "Tsuzuki::SyncLog", "%1 started: %n play(s) to post", nullptr, int(plan.plays.size()))
            .arg(runName(plan.mode, plan.options.automated)) };
}

SyncLogLine finished(const SyncPlan &plan, const SyncReport &report)
{
    const QString name = runName(plan.mode, plan.options.automated);
    if (report.status == RunStatus::Refused) {
        // In the same words as the banner, the tray and the CLI.
        return { QString::fromLatin1(LogLevel::Error),
            tr("%1 stopped, Trakt refused: %2").arg(name, report.error) };
    }
    const SyncCounters &c = report.counters;
    const bool succeeded = report.status == RunStatus::Succeeded;
    const bool needsAttention = c.notFound > 0 || c.skippedUnmapped > 0;
    QString level = QString::fromLatin1(LogLevel::Success);
    if (report.status == RunStatus::Failed)
        level = QString::fromLatin1(LogLevel::Error);
    else if (!succeeded || needsAttention)
        level = QString::fromLatin1(LogLevel::Warning);
    //: %1 = "Manual full sync", %2 = how it ended (succeeded, partial, failed, ...)
    QString message = tr("%1 %2: %3 added, %4 already on Trakt, %5 not found, %6 unmapped")
                          .arg(name, runStatusKey(report.status))
                          .arg(c.added)
                          .arg(c.alreadyOnTrakt)
                          .arg(c.notFound)
                          .arg(c.skippedUnmapped);
    if (c.rewatches || c.ratings || c.watchlistAdded || c.watchlistRemoved || c.dropped
        || c.extrasFailed)
        //: issue 16's extras, after the plays' counts
        message += u"; "
            + tr("%1 rewatches, %2 ratings, %3 to the watchlist, %4 off it, %5 dropped, %6 not "
                 "sent")
                  .arg(c.rewatches)
                  .arg(c.ratings)
                  .arg(c.watchlistAdded)
                  .arg(c.watchlistRemoved)
                  .arg(c.dropped)
                  .arg(c.extrasFailed);
    if (!succeeded && !report.error.isEmpty())
        message += u" — " + report.error;
    return { level, message };
}

SyncLogLine failed(SyncMode mode, bool automated, const Error &error)
{
    return { QString::fromLatin1(LogLevel::Error),
        tr("%1 could not run: %2").arg(runName(mode, automated), error.userMessage) };
}

} // namespace Tsuzuki::SyncLog
