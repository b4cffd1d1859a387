#include "traktauthrelay.h"

#include "core/net/traktauth.h"

#include <QAtomicInteger>

namespace Tsuzuki {

namespace {
QAtomicInteger<quint64> s_relayIds = 1;
} // namespace

TraktAuthRelay::TraktAuthRelay(TraktAuth *auth, QObject *parent)
    : QObject(parent)
    , m_relayId(s_relayIds.fetchAndAddRelaxed(1))
{
    qRegisterMetaType<Tsuzuki::Error>();
    if (!auth)
        return;
    m_connected = true;
    // Runs in the TraktAuth's thread (the lambda's context is `auth`); the answer is a signal of
    // `auth`, queued back here. Qt drops both connections when either object dies.
    connect(this, &TraktAuthRelay::requested, auth,
        [auth, relay = m_relayId](
            quint64 id, bool afterUnauthorized, const QString &rejectedToken) {
            const auto answer = [auth, relay, id](const Result<QString> &token) {
                Q_EMIT auth->relayAnswered(
                    relay, id, token.ok(), token.ok() ? token.value() : QString(), token.error());
            };
            if (afterUnauthorized)
                auth->refreshAfterUnauthorized(rejectedToken, auth, answer);
            else
                auth->accessToken(auth, answer);
        });
    connect(auth, &TraktAuth::relayAnswered, this, &TraktAuthRelay::onAnswered);
    connect(auth, &QObject::destroyed, this, [this] {
        m_connected = false;
        failAll(makeError(ErrorCode::NotLoggedIn, tr("Not logged in to Trakt.")));
    });
}

void TraktAuthRelay::accessToken(QObject *context, TokenCallback done)
{
    start(false, {}, context, std::move(done));
}

void TraktAuthRelay::refreshAfterUnauthorized(
    const QString &rejectedToken, QObject *context, TokenCallback done)
{
    start(true, rejectedToken, context, std::move(done));
}

void TraktAuthRelay::start(
    bool afterUnauthorized, const QString &rejectedToken, QObject *context, TokenCallback done)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending { context, std::move(done) });
    if (!m_connected) {
        QMetaObject::invokeMethod(
            this,
            [this] { failAll(makeError(ErrorCode::NotLoggedIn, tr("Not logged in to Trakt."))); },
            Qt::QueuedConnection);
        return;
    }
    Q_EMIT requested(id, afterUnauthorized, rejectedToken);
}

void TraktAuthRelay::onAnswered(
    quint64 relay, quint64 id, bool ok, const QString &token, const Tsuzuki::Error &error)
{
    if (relay != m_relayId)
        return;
    const Pending pending = m_pending.take(id);
    if (!pending.context || !pending.done)
        return;
    pending.done(ok ? Result<QString>(token) : Result<QString>(error));
}

void TraktAuthRelay::failAll(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.context && p.done)
            p.done(error);
    }
}

} // namespace Tsuzuki
