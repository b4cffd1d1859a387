#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace Tsuzuki {

/// How much a mapping file may hold. The largest legitimate file is AniBridge v3's mappings.json
/// (tens of MB); the caps keep a wrong or hostile file (/dev/zero, a zstd bomb) from eating memory.
struct MappingFileLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024; ///< the file on disk
    qint64 maxDataBytes = 1024LL * 1024 * 1024; ///< after zstd decompression
};

/// A mapping-source file opened for streaming: regular files only, size-capped, zstd-compressed
/// files (`.json.zst`, detected by their magic bytes) decompressed on the fly.
class MappingFile final
{
    Q_DISABLE_COPY_MOVE(MappingFile)

public:
    ~MappingFile();

    /// Fails with ErrorCode::InvalidInput naming `sourceName` when the path is missing, is not a
    /// regular file (directory, FIFO, device such as /dev/zero) or is larger than the cap.
    static Result<std::unique_ptr<MappingFile>> open(
        const QString &sourceName, const QString &path, const MappingFileLimits &limits = {});

    /// Up to `max` bytes of (decompressed) data; 0 at the end. Fails on corrupt zstd data or when
    /// the data grows past `maxDataBytes`.
    Result<qint64> read(char *data, qint64 max);
    /// The rest of the data in memory (for formats that are not parsed as a stream).
    Result<QByteArray> readAll();
    bool isCompressed() const { return m_zstd != nullptr; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 dataRead() const { return m_dataRead; }

private:
    MappingFile() = default;
    Error tooLarge() const;

    QString m_sourceName;
    QString m_path;
    MappingFileLimits m_limits;
    QFile m_file;
    qint64 m_fileSize = 0;
    qint64 m_dataRead = 0;
    void *m_zstd = nullptr; ///< ZSTD_DStream while decompressing
    QByteArray m_in; ///< compressed input not yet consumed
    qsizetype m_inPos = 0;
    bool m_inputEnded = false;
    bool m_frameDone = true;
};

} // namespace Tsuzuki
