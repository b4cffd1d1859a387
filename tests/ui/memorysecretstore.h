#pragma once

#include "core/auth/secretstore.h"

#include <QHash>
#include <QStringList>

namespace Tsuzuki::Test {

/// A SecretStore in memory for GUI tests: asynchronous like the keychain (finished() queued).
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    QHash<QString, QString> values;
    QStringList writeLog;

    SecretJob *read(const QString &key) override
    {
        auto *job = new SecretJob(this);
        if (values.contains(key))
            job->setResult(values.value(key));
        else
            job->setError(
                Error { ErrorCode::NotLoggedIn, QStringLiteral("no such secret"), {}, 0 });
        job->finishLater();
        return job;
    }
    SecretJob *write(const QString &key, const QString &value) override
    {
        auto *job = new SecretJob(this);
        values.insert(key, value);
        writeLog << QStringLiteral("write:") + key;
        job->setResult({});
        job->finishLater();
        return job;
    }
    SecretJob *remove(const QString &key) override
    {
        auto *job = new SecretJob(this);
        values.remove(key);
        writeLog << QStringLiteral("remove:") + key;
        job->setResult({});
        job->finishLater();
        return job;
    }
    bool isWritable() const override { return true; }
    QString backendName() const override { return QStringLiteral("memory"); }
};

} // namespace Tsuzuki::Test
