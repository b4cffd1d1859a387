#include "mappingimporter.h"

#include "core/log/logging.h"
#include "core/mapping/anibridgeimporter.h"
#include "core/mapping/fribbsimporter.h"
#include "core/mapping/importhelpers.h"
#include "core/mapping/otakuimporter.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"

#include <QElapsedTimer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Result<ParsedSource> MappingImporter::parseFile(MappingSource source, const QString &path)
{
    if (source == MappingSource::Otaku)
        return OtakuImporter::parse(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ImportHelpers::inputError(MappingSources::displayName(source),
            ImportHelpers::tr("cannot open \"%1\": %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    return source == MappingSource::Fribbs ? FribbsImporter::parse(data)
                                           : AniBridgeImporter::parse(data);
}

Result<ImportSummary> MappingImporter::importFile(
    MappingSource source, const QString &path, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (progress)
        progress(u"read"_s, 0, 1);
    auto parsed = parseFile(source, path);
    if (!parsed) {
        qCWarning(lcMapping) << "import" << MappingSources::key(source)
                             << "failed:" << parsed.error().toString();
        return parsed.error();
    }
    if (progress)
        progress(u"read"_s, 1, 1);
    const qint64 parseMs = timer.elapsed();
    auto summary = importParsed(source, parsed.value(), progress);
    if (!summary)
        return summary;
    ImportSummary s = summary.value();
    s.parseMs = parseMs;
    return s;
}

Result<ImportSummary> MappingImporter::importParsed(
    MappingSource source, const ParsedSource &parsed, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString key = MappingSources::key(source);
    IdMapRepository repo(m_db);
    ConfigRepository config(m_db);
    auto written = m_db.transaction([&]() -> Result<void> {
        auto replaced = repo.replaceSource(key, parsed.rows, [&](qsizetype done, qsizetype total) {
            if (progress)
                progress(u"write"_s, done, total);
        });
        if (!replaced)
            return replaced;
        if (auto set = config.setTimestamp(MappingSources::lastSyncKey(source), Database::nowUtc());
            !set)
            return set;
        if (parsed.lastActivity) {
            if (auto set = config.setTimestamp(
                    QString::fromLatin1(ConfigKey::OtakuLastActivity), *parsed.lastActivity);
                !set)
                return set;
        }
        return {};
    });
    if (!written) {
        Error e = written.error();
        e.userMessage
            = ImportHelpers::tr("%1 mappings: saving failed; the previous data is unchanged. %2")
                  .arg(MappingSources::displayName(source), e.userMessage);
        return e;
    }
    ImportSummary summary;
    summary.source = source;
    summary.anilistIds = parsed.rows.size();
    summary.entries = parsed.entries;
    summary.writeMs = timer.elapsed();
    qCInfo(lcMapping) << "imported" << key << summary.anilistIds << "AniList ids in"
                      << summary.writeMs << "ms";
    return summary;
}

} // namespace Tsuzuki
