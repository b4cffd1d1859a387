// Benchmark: import time of each real mapping file on SQLite and PostgreSQL, and the peak RSS. Prints one JSON
// object. PostgreSQL runs when TSUZUKI_TEST_PG_URI is set (otherwise its entries say why they are missing).

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
    const QList<std::pair<MappingSource, QString>> files { { MappingSource::Otaku, u"otaku-anime_mappings.db"_s },
        { MappingSource::Fribbs, u"fribb-anime-list-full.reconstructed.json"_s },
        { MappingSource::Fribbs, u"fribb-anime-list-mini-2024-05-07.json"_s },
        { MappingSource::AniBridge, u"anibridge-mappings.json"_s } };
    QJsonObject out;
    QJsonArray results;
    int exitCode = 0;
    for (const Test::Backend backend : { Test::Backend::Sqlite, Test::Backend::Postgres }) {
        const QString name = Test::backendName(backend);
        if (backend == Test::Backend::Postgres && qEnvironmentVariableIsEmpty("TSUZUKI_TEST_PG_URI")) {
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
            QJsonObject r { { u"backend"_s, name }, { u"source"_s, MappingSources::key(source) }, { u"file"_s, file },
                { u"ms"_s, double(timer.elapsed()) } };
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
    }
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    out.insert(u"imports"_s, results);
    out.insert(u"peakRssKiB"_s, double(usage.ru_maxrss));
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return exitCode;
}
