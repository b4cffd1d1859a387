#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Tsuzuki {

/// A request body that Qt can read once, but never rewind after it has read all of it.
///
/// QNetworkAccessManager (Qt 6.4) silently re-sends a request, POST included, when a kept-alive
/// connection closes before the first response byte. For a write the server may already have
/// applied (a Trakt play) that is a duplicate. Qt re-sends only after rewinding the body
/// (reset()/seek(0)); this device refuses that once the whole body has been handed out, so Qt
/// reports QNetworkReply::ContentReSendError instead and HttpClient says "outcome unknown".
/// Rewinding before the body was fully read is allowed: a request whose body was never complete
/// cannot have been applied, and Qt may reset the device before the first send.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override;
    qint64 size() const override;
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    bool seek(qint64 pos) override;
    bool reset() override;

    /// True once every byte was read: from then on, no rewind.
    bool fullyRead() const { return m_fullyRead; }
    /// How many rewinds were refused (a resend Qt wanted to do).
    int refusedRewinds() const { return m_refusedRewinds; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_fullyRead = false;
    int m_refusedRewinds = 0;
};

} // namespace Tsuzuki
