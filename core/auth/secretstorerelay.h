#pragma once

#include "secretstore.h"

#include <QHash>
#include <QPointer>

namespace Tsuzuki {

/// A SecretStore for a thread that must not touch the real one: every read, write and remove is a
/// queued call to the thread that owns `target` (QtKeychain's job queue is a process-wide singleton
/// with no locking, so all keychain jobs run on that one thread), and the answer comes back queued
/// to this thread as an ordinary SecretJob. Create it in the thread that uses it. Only Qt's own
/// cross-thread connections join the two sides, so either may be destroyed first.
class SecretStoreRelay final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStoreRelay)

public:
    /// `target` lives in another thread (or this one; then it works the same way, queued).
    explicit SecretStoreRelay(SecretStore *target, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &value) override;
    SecretJob *remove(const QString &key) override;
    bool isWritable() const override { return m_writable; }
    QString backendName() const override { return m_backendName; }

Q_SIGNALS:
    /// To the target's thread (internal).
    void requested(quint64 id, int operation, const QString &key, const QString &value);

private:
    SecretJob *start(int operation, const QString &key, const QString &value);
    void onAnswered(
        quint64 relay, quint64 id, bool ok, const QString &value, const Tsuzuki::Error &error);

    const quint64 m_relayId;
    QHash<quint64, QPointer<SecretJob>> m_pending;
    quint64 m_nextId = 1;
    bool m_connected = false;
    bool m_writable = false;
    QString m_backendName;
};

} // namespace Tsuzuki
