#pragma once

#include "core/auth/secretstore.h"

#include <QHash>
#include <QMetaObject>
#include <QStringList>

namespace Tsuzuki {

/// A SecretStore in memory for network tests: asynchronous like the real ones (finished() queued),
/// records the order of writes, and can be told to fail writes.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    QHash<QString, QString> values;
    QStringList writeLog; ///< "write:<key>" / "remove:<key>" in the order they completed
    bool failWrites = false;
    bool writable = true;

    SecretJob *read(const QString &key) override
    {
        auto *job = new SecretJob(this);
        if (values.contains(key))
            job->setResult(values.value(key));
        else
            job->setError(
                Error { ErrorCode::NotLoggedIn, QStringLiteral("no such secret"), {}, 0 });
        finishLater(job);
        return job;
    }

    SecretJob *write(const QString &key, const QString &value) override
    {
        auto *job = new SecretJob(this);
        if (failWrites) {
            job->setError(
                Error { ErrorCode::Keychain, QStringLiteral("the keychain said no"), {}, 0 });
        } else {
            values.insert(key, value);
            writeLog << QStringLiteral("write:") + key;
            job->setResult({});
        }
        finishLater(job);
        return job;
    }

    SecretJob *remove(const QString &key) override
    {
        auto *job = new SecretJob(this);
        values.remove(key);
        writeLog << QStringLiteral("remove:") + key;
        job->setResult({});
        finishLater(job);
        return job;
    }

    bool isWritable() const override { return writable; }
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    static void finishLater(SecretJob *job)
    {
        QMetaObject::invokeMethod(
            job,
            [job] {
                Q_EMIT job->finished();
                job->deleteLater();
            },
            Qt::QueuedConnection);
    }
};

} // namespace Tsuzuki
