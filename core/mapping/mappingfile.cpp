#include "mappingfile.h"

#include "core/mapping/importhelpers.h"

#include <QFileInfo>

#include <zstd.h>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using namespace ImportHelpers;

namespace {

constexpr char ZstdMagic[] = { '\x28', '\xB5', '\x2F', '\xFD' };

} // namespace

MappingFile::~MappingFile()
{
    if (m_zstd)
        ZSTD_freeDStream(static_cast<ZSTD_DStream *>(m_zstd));
}

Result<std::unique_ptr<MappingFile>> MappingFile::open(
    const QString &sourceName, const QString &path, const MappingFileLimits &limits)
{
    // Only regular files: /dev/zero, a FIFO or a directory would be read for ever or not at all.
    std::error_code ec;
    const auto status = std::filesystem::status(QFile::encodeName(path).toStdString(), ec);
    if (ec || status.type() == std::filesystem::file_type::not_found)
        return inputError(sourceName, tr("cannot open \"%1\": the file does not exist.").arg(path));
    if (status.type() != std::filesystem::file_type::regular) {
        const QString what = status.type() == std::filesystem::file_type::directory ? tr("a folder")
            : status.type() == std::filesystem::file_type::fifo ? tr("a pipe (FIFO)")
            : status.type() == std::filesystem::file_type::character
                || status.type() == std::filesystem::file_type::block
            ? tr("a device")
            : tr("not a regular file");
        //: %1 = path, %2 = what it is (a folder, a pipe, a device)
        return inputError(sourceName,
            tr("\"%1\" is %2; give the path of a downloaded mapping file.").arg(path, what));
    }
    std::unique_ptr<MappingFile> file(new MappingFile);
    file->m_sourceName = sourceName;
    file->m_path = path;
    file->m_limits = limits;
    file->m_file.setFileName(path);
    if (!file->m_file.open(QIODevice::ReadOnly))
        return inputError(
            sourceName, tr("cannot open \"%1\": %2").arg(path, file->m_file.errorString()));
    file->m_fileSize = file->m_file.size();
    if (file->m_fileSize > limits.maxFileBytes) {
        //: %1 = path, %2 = size in MiB, %3 = the limit in MiB
        return inputError(sourceName,
            tr("\"%1\" is %2 MiB, more than any mapping file (limit %3 MiB).")
                .arg(path)
                .arg(file->m_fileSize / (1024 * 1024))
                .arg(limits.maxFileBytes / (1024 * 1024)));
    }
    const QByteArray head = file->m_file.peek(4);
    if (head.size() == 4 && memcmp(head.constData(), ZstdMagic, 4) == 0) {
        file->m_zstd = ZSTD_createDStream();
        if (!file->m_zstd)
            return makeError(ErrorCode::Unknown, tr("Out of memory."));
        ZSTD_initDStream(static_cast<ZSTD_DStream *>(file->m_zstd));
    }
    return file;
}

Error MappingFile::tooLarge() const
{
    return inputError(m_sourceName,
        tr("\"%1\" holds more than %2 MiB of data, more than any mapping file.")
            .arg(m_path)
            .arg(m_limits.maxDataBytes / (1024 * 1024)));
}

Result<qint64> MappingFile::read(char *data, qint64 max)
{
    if (max <= 0)
        return qint64(0);
    if (!m_zstd) {
        const qint64 n = m_file.read(data, max);
        if (n < 0)
            return inputError(
                m_sourceName, tr("cannot read \"%1\": %2").arg(m_path, m_file.errorString()));
        m_dataRead += n;
        if (m_dataRead > m_limits.maxFileBytes)
            return tooLarge(); // the file grew while we read it
        return n;
    }
    auto *stream = static_cast<ZSTD_DStream *>(m_zstd);
    ZSTD_outBuffer out { data, size_t(max), 0 };
    while (out.pos == 0) {
        if (m_inPos >= m_in.size()) {
            if (m_inputEnded)
                break;
            m_in = m_file.read(qint64(ZSTD_DStreamInSize()));
            m_inPos = 0;
            if (m_in.isEmpty()) {
                m_inputEnded = true;
                if (m_file.error() != QFileDevice::NoError)
                    return inputError(m_sourceName,
                        tr("cannot read \"%1\": %2").arg(m_path, m_file.errorString()));
                continue;
            }
        }
        ZSTD_inBuffer in { m_in.constData(), size_t(m_in.size()), size_t(m_inPos) };
        const size_t rc = ZSTD_decompressStream(stream, &out, &in);
        m_inPos = qsizetype(in.pos);
        if (ZSTD_isError(rc))
            return inputError(m_sourceName,
                tr("\"%1\" is not valid zstd data (%2).")
                    .arg(m_path, QString::fromLatin1(ZSTD_getErrorName(rc))));
        m_frameDone = rc == 0;
    }
    if (out.pos == 0 && !m_frameDone)
        return inputError(m_sourceName,
            tr("the compressed file \"%1\" ends early (a truncated download?).").arg(m_path));
    m_dataRead += qint64(out.pos);
    if (m_dataRead > m_limits.maxDataBytes)
        return tooLarge();
    return qint64(out.pos);
}

Result<QByteArray> MappingFile::readAll()
{
    QByteArray all;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        auto n = read(chunk.data(), chunk.size());
        if (!n)
            return n.error();
        if (n.value() == 0)
            return all;
        all.append(chunk.constData(), n.value());
    }
}

} // namespace Tsuzuki
