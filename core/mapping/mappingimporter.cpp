#include "mappingimporter.h"

#include "core/log/logging.h"
#include "core/mapping/anibridgeimporter.h"
#include "core/mapping/anibridgev3importer.h"
#include "core/mapping/fribbsimporter.h"
#include "core/mapping/importhelpers.h"
#include "core/mapping/otakuimporter.h"
#include "core/store/configrepository.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Result<ParsedSource> MappingImporter::parseFile(
    MappingSource source, const QString &path, const MappingFileLimits &limits)
{
    const QString name = MappingSources::displayName(source);
    auto file = MappingFile::open(name, path, limits);
    if (!file)
        return file.error();
    if (source == MappingSource::Otaku) {
        file.value().reset();
        return OtakuImporter::parse(path);
    }
    if (source == MappingSource::Fribbs) {
        auto data = file.value()->readAll();
        if (!data)
            return data.error();
        return FribbsImporter::parse(data.value());
    }
    // AniBridge: the first keys tell v3 (descriptors) from v2 (AniList ids).
    QByteArray head(64 * 1024, Qt::Uninitialized);
    qint64 got = 0;
    while (got < head.size()) {
        auto n = file.value()->read(head.data() + got, head.size() - got);
        if (!n)
            return n.error();
        if (n.value() == 0)
            break;
        got += n.value();
    }
    head.truncate(got);
    if (AniBridgeV3Importer::looksLikeV3(head)) {
        auto again = MappingFile::open(name, path, limits);
        if (!again)
            return again.error();
        auto parsed = AniBridgeV3Importer::parse(*again.value());
        if (parsed)
            parsed.value().idMapSource = AniBridgeV3Importer::idMapSource();
        return parsed;
    }
    auto rest = file.value()->readAll();
    if (!rest)
        return rest.error();
    return AniBridgeImporter::parse(head + rest.value());
}

Result<ImportSummary> MappingImporter::importFile(MappingSource source, const QString &path,
    const ImportProgress &progress, const MappingFileLimits &limits)
{
    QElapsedTimer timer;
    timer.start();
    if (progress)
        progress(u"read"_s, 0, 1);
    auto parsed = parseFile(source, path, limits);
    if (!parsed) {
        qCWarning(lcMapping) << "import" << MappingSources::key(source)
                             << "failed:" << parsed.error().toString();
        logImport(source, parsed.error());
        return parsed.error();
    }
    if (progress)
        progress(u"read"_s, 1, 1);
    const qint64 parseMs = timer.elapsed();
    auto summary = importParsed(source, parsed.value(), progress);
    if (!summary) {
        logImport(source, summary.error());
        return summary;
    }
    ImportSummary s = summary.value();
    s.parseMs = parseMs;
    logImport(source, s);
    return s;
}

void MappingImporter::logImport(MappingSource source, const Result<ImportSummary> &result)
{
    // The activity log says what changed the mapping data, as it says what a sync did.
    if (result)
        (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Success),
            QCoreApplication::translate("Tsuzuki::MappingImporter",
                "%1 mapping data imported: %n AniList id(s).", nullptr, int(result->anilistIds))
                .arg(MappingSources::displayName(source)));
    else
        (void)LogRepository(m_db).append(
            QString::fromLatin1(LogLevel::Error), result.error().userMessage);
}

Result<ImportSummary> MappingImporter::importParsed(
    MappingSource source, const ParsedSource &parsed, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString key
        = parsed.idMapSource.isEmpty() ? MappingSources::key(source) : parsed.idMapSource;
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
    summary.idMapSource = key;
    qCInfo(lcMapping) << "imported" << key << summary.anilistIds << "AniList ids in"
                      << summary.writeMs << "ms";
    return summary;
}

} // namespace Tsuzuki
