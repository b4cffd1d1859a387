// Benchmark: import time of each real mapping file on SQLite and PostgreSQL, and the peak RSS.
// Prints one JSON object, plus the time to resolve every imported AniList id offline. PostgreSQL
// runs when TSUZUKI_TEST_PG_URI is set (otherwise its entries say why they are missing).

#include "core/mapping/idresolver.h"
#include "core/mapping/mappingimporter.h"
#include "core/store/database.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("TSUZUKI_SHARED_DIR"))
        qputenv("TSUZUKI_SHARED_DIR", TSUZUKI_SHARED_DIR_DEFAULT);
    const QList<std::pair<MappingSource, QString>> files { { MappingSource::Otaku,
                                                               u"otaku-anime_mappings.db"_s },
        { MappingSource::Fribbs, u"fribb-anime-list-full.reconstructed.json"_s },
        { MappingSource::Fribbs, u"fribb-anime-list-mini-2024-05-07.json"_s },
        { MappingSource::AniBridge, u"anibridge-mappings.json"_s } };
    QJsonObject out;
    QJsonArray results;
    QJsonArray resolves;
    int exitCode = 0;
    for (const Test::Backend backend : { Test::Backend::Sqlite, Test::Backend::Postgres }) {
        const QString name = Test::backendName(backend);
        if (backend == Test::Backend::Postgres
            && qEnvironmentVariableIsEmpty("TSUZUKI_TEST_PG_URI")) {
            out.insert(u"postgres"_s, u"skipped: TSUZUKI_TEST_PG_URI is not set"_s);
            continue;
        }
        Test::TestDatabase tdb(backend);
        if (!tdb.isValid()) {
            out.insert(name, tdb.error());
            exitCode = 1;
            continue;
        }
        auto db = tdb.open(u"bench-"_s + name);
        MappingImporter importer(*db);
        for (const auto &[source, file] : files) {
            QElapsedTimer timer;
            timer.start();
            auto summary = importer.importFile(source, Test::sharedDataPath(u"mappings/"_s + file));
            QJsonObject r { { u"backend"_s, name }, { u"source"_s, MappingSources::key(source) },
                { u"file"_s, file }, { u"ms"_s, double(timer.elapsed()) } };
            if (summary) {
                r.insert(u"anilistIds"_s, double(summary->anilistIds));
                r.insert(u"parseMs"_s, double(summary->parseMs));
                r.insert(u"writeMs"_s, double(summary->writeMs));
            } else {
                r.insert(u"error"_s, summary.error().toString());
                exitCode = 1;
            }
            results.append(r);
        }
        // A whole library resolved offline: every AniList id the sources know, in one
        // resolveOffline().
        auto ids = db->exec(u"SELECT DISTINCT anilist_id FROM id_map ORDER BY anilist_id"_s);
        if (ids) {
            QList<AniListEntry> entries;
            while (ids.value().next())
                entries.append({ ids.value().value(0).toLongLong(), u"TV"_s });
            IdResolver resolver(*db, nullptr);
            QElapsedTimer timer;
            timer.start();
            auto resolved = resolver.resolveOffline(entries);
            QJsonObject r { { u"backend"_s, name }, { u"ids"_s, double(entries.size()) },
                { u"ms"_s, double(timer.elapsed()) } };
            if (resolved) {
                qint64 withTrakt = 0;
                for (const ResolvedId &id : resolved.value())
                    withTrakt += id.traktId.has_value();
                r.insert(u"withTraktId"_s, double(withTrakt));
            } else {
                r.insert(u"error"_s, resolved.error().toString());
                exitCode = 1;
            }
            resolves.append(r);
        }
    }
    struct rusage usage
    { };
    getrusage(RUSAGE_SELF, &usage);
    out.insert(u"imports"_s, results);
    out.insert(u"resolveOffline"_s, resolves);
    out.insert(u"peakRssKiB"_s, double(usage.ru_maxrss));
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return exitCode;
}
