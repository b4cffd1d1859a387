#include "secretstorerelay.h"

#include "core/common/result.h"

#include <QAtomicInteger>

namespace Tsuzuki {

namespace {
enum Operation : int { Read, Write, Remove };
QAtomicInteger<quint64> s_relayIds = 1;
} // namespace

SecretStoreRelay::SecretStoreRelay(SecretStore *target, QObject *parent)
    : SecretStore(parent)
    , m_relayId(s_relayIds.fetchAndAddRelaxed(1))
    , m_writable(target && target->isWritable())
    , m_backendName(target ? target->backendName() : QString())
{
    qRegisterMetaType<Tsuzuki::Error>();
    if (!target)
        return;
    m_connected = true;
    // The request runs in the target's thread (the lambda's context is the target); the answer is
    // a signal of the target, queued back to this thread. Qt removes both connections when either
    // object is destroyed, so a late answer to a dead relay is dropped, never delivered.
    connect(this, &SecretStoreRelay::requested, target,
        [target, relay = m_relayId](
            quint64 id, int operation, const QString &key, const QString &value) {
            SecretJob *job = operation == Read ? target->read(key)
                : operation == Write           ? target->write(key, value)
                                               : target->remove(key);
            connect(job, &SecretJob::finished, target, [target, job, relay, id] {
                Q_EMIT target->relayAnswered(relay, id, job->ok(), job->value(), job->error());
            });
        });
    connect(target, &SecretStore::relayAnswered, this, &SecretStoreRelay::onAnswered);
    connect(target, &QObject::destroyed, this, [this] {
        m_connected = false;
        const auto pending = std::exchange(m_pending, {});
        for (const QPointer<SecretJob> &job : pending) {
            if (!job)
                continue;
            job->setError(makeError(ErrorCode::KeychainUnavailable,
                SecretStoreRelay::tr("The secret store is no longer available.")));
            job->finishLater();
        }
    });
}

SecretJob *SecretStoreRelay::read(const QString &key)
{
    return start(Read, key, {});
}

SecretJob *SecretStoreRelay::write(const QString &key, const QString &value)
{
    return start(Write, key, value);
}

SecretJob *SecretStoreRelay::remove(const QString &key)
{
    return start(Remove, key, {});
}

SecretJob *SecretStoreRelay::start(int operation, const QString &key, const QString &value)
{
    auto *job = new SecretJob(this);
    if (!m_connected) {
        job->setError(makeError(ErrorCode::KeychainUnavailable,
            SecretStoreRelay::tr("The secret store is no longer available.")));
        job->finishLater();
        return job;
    }
    const quint64 id = m_nextId++;
    m_pending.insert(id, job);
    Q_EMIT requested(id, operation, key, value);
    return job;
}

void SecretStoreRelay::onAnswered(
    quint64 relay, quint64 id, bool ok, const QString &value, const Tsuzuki::Error &error)
{
    if (relay != m_relayId)
        return;
    const QPointer<SecretJob> job = m_pending.take(id);
    if (!job)
        return;
    if (ok)
        job->setResult(value);
    else
        job->setError(error);
    job->finishLater();
}

} // namespace Tsuzuki
