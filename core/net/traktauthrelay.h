#pragma once

#include "core/net/tokensource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Tsuzuki {

class TraktAuth;

/// The process's one TraktAuth as seen from another thread (the sync worker): each request is a
/// queued call to the TraktAuth's thread, and the answer comes back queued. Create it in the thread
/// that uses it. Either side may be destroyed first; an answer to a dead relay is dropped.
class TraktAuthRelay final : public QObject, public TraktTokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktAuthRelay)

public:
    explicit TraktAuthRelay(TraktAuth *auth, QObject *parent = nullptr);

    void accessToken(QObject *context, TokenCallback done) override;
    void refreshAfterUnauthorized(
        const QString &rejectedToken, QObject *context, TokenCallback done) override;

Q_SIGNALS:
    /// To the TraktAuth's thread (internal).
    void requested(quint64 id, bool afterUnauthorized, const QString &rejectedToken);

private:
    void start(
        bool afterUnauthorized, const QString &rejectedToken, QObject *context, TokenCallback done);
    void onAnswered(
        quint64 relay, quint64 id, bool ok, const QString &token, const Tsuzuki::Error &error);
    void failAll(const Error &error);

    struct Pending
    {
        QPointer<QObject> context;
        TokenCallback done;
    };
    const quint64 m_relayId;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    bool m_connected = false;
};

} // namespace Tsuzuki
