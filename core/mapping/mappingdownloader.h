#pragma once

#include "core/common/result.h"
#include "core/mapping/mappingimporter.h"
#include "core/mapping/mappingsource.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace Tsuzuki {

class Database;

/// Limits of one mapping download; the defaults are the production values.
struct MappingDownloadOptions
{
    int timeoutMs = 120'000; ///< transfer timeout (no byte for this long ends the download)
    qint64 maxBytes
        = 256ll * 1024 * 1024; ///< a larger file is refused (the real ones are a few MB)
};

/// Downloads one mapping source (MappingSources::downloadUrl(), or a given URL) into a temporary
/// file and imports it with MappingImporter. One job per download: progressed() while it runs,
/// finished() once. An HTTP error, an HTML page, a truncated or oversized file fails with an error
/// naming the source; the previously imported rows stay as they were.
class MappingDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MappingDownloader)

public:
    /// `db` must outlive the download. `nam` may be null (the downloader owns one).
    explicit MappingDownloader(
        Database &db, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~MappingDownloader() override;

    void setOptions(const MappingDownloadOptions &options) { m_options = options; }
    const MappingDownloadOptions &options() const { return m_options; }

    /// Starts the download of `source` from `url` (empty: MappingSources::downloadUrl(source)).
    void start(MappingSource source, const QUrl &url = {});
    /// Stops a running download: finished() with ErrorCode::Cancelled; nothing is imported.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    MappingSource source() const { return m_source; }
    QUrl url() const { return m_url; }
    /// Bytes received by the last download.
    qint64 bytesReceived() const { return m_received; }

Q_SIGNALS:
    /// `stage`: "download" (total -1 when the server sent no length), then the importer's "read"
    /// and "write".
    void progressed(const QString &stage, qint64 done, qint64 total);
    void finished(const Tsuzuki::Result<Tsuzuki::ImportSummary> &result);

private:
    void onReadyRead();
    void onReplyFinished();
    void fail(const Error &error);
    void finishWith(const Result<ImportSummary> &result);
    Error sourceError(ErrorCode code, const QString &problem, const QString &detail = {}) const;

    Database &m_db;
    QPointer<QNetworkAccessManager> m_nam;
    MappingDownloadOptions m_options;
    MappingSource m_source = MappingSource::Otaku;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;
    std::unique_ptr<QTemporaryFile> m_file;
    QByteArray m_head; ///< first bytes, to recognise an HTML page
    qint64 m_received = 0;
    bool m_tooLarge = false;
    bool m_writeFailed = false;
    bool m_cancelled = false;
};

} // namespace Tsuzuki
