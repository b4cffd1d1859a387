#pragma once
// A SecretStore in memory for sync tests (tokens of the fakes; nothing leaves the process).
#include "core/auth/secretstore.h"
#include "core/common/result.h"

#include <QHash>

namespace Tsuzuki::Test {

class MemorySecrets final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    QHash<QString, QString> values;

    SecretJob *read(const QString &key) override
    {
        auto *job = new SecretJob(this);
        if (values.contains(key))
            job->setResult(values.value(key));
        else
            job->setError(makeError(ErrorCode::NotLoggedIn, QStringLiteral("no such secret")));
        job->finishLater();
        return job;
    }
    SecretJob *write(const QString &key, const QString &value) override
    {
        values.insert(key, value);
        auto *job = new SecretJob(this);
        job->finishLater();
        return job;
    }
    SecretJob *remove(const QString &key) override
    {
        values.remove(key);
        auto *job = new SecretJob(this);
        job->finishLater();
        return job;
    }
    bool isWritable() const override { return true; }
    QString backendName() const override { return QStringLiteral("memory"); }
};

} // namespace Tsuzuki::Test
