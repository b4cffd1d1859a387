#include "mappingdownloader.h"

#include "core/log/logging.h"
#include "core/net/httpclient.h"
#include "core/store/logrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

bool looksLikeHtml(const QByteArray &head)
{
    const QByteArray h = head.trimmed().left(256).toLower();
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head")
        || h.startsWith("<body") || (h.startsWith("<") && h.contains("<html"));
}

} // namespace

MappingDownloader::MappingDownloader(Database &db, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

MappingDownloader::~MappingDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

Error MappingDownloader::sourceError(
    ErrorCode code, const QString &problem, const QString &detail) const
{
    //: %1 = mapping source (Otaku, Fribbs, AniBridge), %2 = URL, %3 = what went wrong
    return makeError(code,
        tr("%1 mappings: the download from %2 failed: %3")
            .arg(MappingSources::displayName(m_source), HttpClient::redactedUrl(m_url), problem),
        detail);
}

void MappingDownloader::start(MappingSource source, const QUrl &url)
{
    if (m_reply) {
        qCWarning(lcMapping) << "a mapping download is already running";
        return;
    }
    m_source = source;
    m_url = url.isEmpty() ? MappingSources::downloadUrl(source) : url;
    m_head.clear();
    m_received = 0;
    m_tooLarge = false;
    m_writeFailed = false;
    m_cancelled = false;
    if (!m_url.isValid() || m_url.scheme().isEmpty()) {
        const Error e = sourceError(ErrorCode::InvalidInput,
            tr("the URL is not valid (check %1).")
                .arg(MappingSources::urlEnvironmentVariable(source)));
        QMetaObject::invokeMethod(
            this, [this, e] { finishWith(e); }, Qt::QueuedConnection);
        return;
    }
    m_file = std::make_unique<QTemporaryFile>(
        QDir::tempPath() + u"/tsuzuki-"_s + MappingSources::key(source) + u"-XXXXXX"_s);
    if (!m_file->open()) {
        const Error e = sourceError(ErrorCode::Unknown,
            tr("cannot create a temporary file: %1").arg(m_file->errorString()));
        m_file.reset();
        QMetaObject::invokeMethod(
            this, [this, e] { finishWith(e); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    qCInfo(lcMapping) << "downloading" << MappingSources::key(source) << "from"
                      << HttpClient::redactedUrl(m_url);
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &MappingDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (total > m_options.maxBytes && !m_tooLarge && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
            return;
        }
        Q_EMIT progressed(u"download"_s, received, total > 0 ? total : -1);
    });
    connect(m_reply, &QNetworkReply::finished, this, &MappingDownloader::onReplyFinished);
}

void MappingDownloader::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort();
}

void MappingDownloader::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_head.size() < 512)
        m_head += chunk.left(512 - m_head.size());
    if (m_received > m_options.maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (m_file->write(chunk) != chunk.size()) {
        m_writeFailed = true;
        m_reply->abort();
    }
}

void MappingDownloader::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_cancelled) {
        fail(makeError(ErrorCode::Cancelled,
            tr("%1 mappings: the download was cancelled; nothing was changed.")
                .arg(MappingSources::displayName(m_source))));
        return;
    }
    if (m_writeFailed) {
        fail(sourceError(ErrorCode::Unknown,
            tr("cannot write the temporary file: %1").arg(m_file->errorString())));
        return;
    }
    if (m_tooLarge) {
        fail(sourceError(ErrorCode::InvalidInput,
            tr("the file is larger than %1; nothing was changed.")
                .arg(QLocale::system().formattedDataSize(m_options.maxBytes))));
        return;
    }
    if (reply->error() == QNetworkReply::NoError)
        onReadyRead(); // whatever is still buffered
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        fail(sourceError(ErrorCode::Timeout,
            tr("no data for %n second(s); nothing was changed.", nullptr,
                (m_options.timeoutMs + 999) / 1000)));
        return;
    }
    if (status != 0 && (status < 200 || status > 299)) {
        Error e = sourceError(status == 404 ? ErrorCode::NotFound : ErrorCode::Http,
            tr("the server answered HTTP %1; nothing was changed.").arg(status));
        e.httpStatus = status;
        fail(e);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const bool cut = reply->error() == QNetworkReply::RemoteHostClosedError
            || reply->error() == QNetworkReply::ProxyConnectionClosedError;
        fail(sourceError(cut ? ErrorCode::BadResponse : ErrorCode::Network,
            cut ? tr("the connection closed before the whole file arrived (truncated); nothing was "
                     "changed.")
                : tr("%1; nothing was changed.").arg(reply->errorString())));
        return;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_received
        && !reply->rawHeader("Content-Encoding").size()) {
        fail(sourceError(ErrorCode::BadResponse,
            tr("%1 of %2 bytes arrived (truncated); nothing was changed.")
                .arg(m_received)
                .arg(length.toLongLong())));
        return;
    }
    if (m_received == 0) {
        fail(sourceError(
            ErrorCode::BadResponse, tr("the server sent an empty file; nothing was changed.")));
        return;
    }
    const QByteArray contentType
        = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (contentType.startsWith("text/html") || looksLikeHtml(m_head)) {
        fail(sourceError(ErrorCode::BadResponse,
            tr("the server sent an HTML page instead of the data file (wrong URL, or an error "
               "page); nothing was "
               "changed.")));
        return;
    }
    if (!m_file->flush()) {
        fail(sourceError(ErrorCode::Unknown,
            tr("cannot write the temporary file: %1").arg(m_file->errorString())));
        return;
    }
    m_file->close();
    qCInfo(lcMapping) << "downloaded" << m_received << "bytes of" << MappingSources::key(m_source);

    MappingImporter importer(m_db);
    auto summary = importer.importFile(
        m_source, m_file->fileName(), [this](const QString &stage, qint64 done, qint64 total) {
            Q_EMIT progressed(stage, done, total);
        });
    if (!summary) {
        Error e = summary.error();
        //: %1 = the importer's message (names the source and the problem), %2 = URL
        e.userMessage
            = tr("%1 (downloaded from %2)").arg(e.userMessage, HttpClient::redactedUrl(m_url));
        finishWith(e);
        return;
    }
    finishWith(summary);
}

void MappingDownloader::fail(const Error &error)
{
    qCWarning(lcMapping) << "mapping download failed:" << error.toString();
    if (error.code != ErrorCode::Cancelled)
        (void)LogRepository(m_db).append(QString::fromLatin1(LogLevel::Error), error.userMessage);
    finishWith(error);
}

void MappingDownloader::finishWith(const Result<ImportSummary> &result)
{
    m_file.reset();
    Q_EMIT finished(result);
}

} // namespace Tsuzuki
