#include "mappingupdater.h"

#include "core/mapping/mappingdownloader.h"
#include "core/mapping/mappingimporter.h"
#include "core/store/database.h"
#include "core/store/databasethread.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

MappingUpdater::MappingUpdater(DatabaseThread *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

bool MappingUpdater::isRunning() const
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it.value())
            return true;
    }
    return false;
}

void MappingUpdater::start(MappingSource source, const QString &file)
{
    if (isRunning(source))
        return;
    m_running.insert(source, true);
    m_lastPercent.insert(source, -2);
    QPointer<MappingUpdater> self(this);
    if (!file.isEmpty()) {
        m_database->post([self, source, file](Database &db) {
            // Progress goes to the GUI thread only when its percentage changes.
            int lastPercent = -1;
            auto result = MappingImporter(db).importFile(source, file,
                [self, source, &lastPercent](const QString &stage, qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(done * 100 / total) : 0;
                    if (percent == lastPercent && stage != u"read"_s)
                        return;
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, source, stage, done, total] {
                            if (self)
                                self->report(source, stage, done, total);
                        },
                        Qt::QueuedConnection);
                });
            QMetaObject::invokeMethod(
                self.data(),
                [self, source, result] {
                    if (!self)
                        return;
                    if (result)
                        self->done(source, true,
                            tr("Imported %n AniList id(s).", nullptr, int(result->anilistIds)));
                    else
                        self->done(source, false, result.error().userMessage);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    // The one download path (size cap, HTML detection, progress) runs in the database thread.
    m_database->post([self, source](Database &db) {
        auto *downloader = new MappingDownloader(db);
        connect(downloader, &MappingDownloader::finished, downloader, &QObject::deleteLater);
        if (!self) {
            downloader->deleteLater();
            return;
        }
        connect(downloader, &MappingDownloader::progressed, self.data(),
            [self, source](const QString &stage, qint64 done, qint64 total) {
                if (self)
                    self->report(source, stage, done, total);
            });
        connect(downloader, &MappingDownloader::finished, self.data(),
            [self, source](const Result<ImportSummary> &result) {
                if (!self)
                    return;
                if (result)
                    self->done(source, true,
                        tr("Imported %n AniList id(s).", nullptr, int(result->anilistIds)));
                else
                    self->done(source, false, result.error().userMessage);
            });
        downloader->start(source);
    });
    if (!m_database->isOpen())
        done(source, false, m_database->notOpenError().userMessage);
}

void MappingUpdater::report(MappingSource source, const QString &stage, qint64 done, qint64 total)
{
    if (!m_running.value(source))
        return;
    int percent = -1;
    QString shownStage = u"download"_s;
    if (stage == u"download"_s) {
        percent = total > 0 ? int(done * 100 / total) : -1;
    } else {
        // The import: reading is the first half, writing the second.
        shownStage = u"import"_s;
        const int part = total > 0 ? int(done * 100 / total) : 0;
        percent = stage == u"read"_s ? part / 2 : 50 + part / 2;
    }
    percent = qBound(-1, percent, 100);
    const int key = shownStage == u"import"_s ? 1000 + percent : percent;
    if (key == m_lastPercent.value(source))
        return;
    m_lastPercent.insert(source, key);
    Q_EMIT progressed(source, shownStage, percent);
}

void MappingUpdater::done(MappingSource source, bool ok, const QString &message)
{
    if (!m_running.value(source))
        return;
    m_running.insert(source, false);
    Q_EMIT finished(source, ok, message);
}

} // namespace Tsuzuki
