#pragma once

#include "core/auth/secretstore.h"
#include "core/common/result.h"

#include <QHash>
#include <QStringList>

namespace Tsuzuki::Test {

/// A SecretStore in memory, for unit tests of ONE class (TraktAuth, LayeredSecretStore, the sync
/// engine): asynchronous like the keychain (finished() queued), records reads and the order of
/// writes, and can be told to fail writes. Tests of the program as shipped use the real keychain
/// (tests/scripts/keyring-session.sh), never this.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    using SecretStore::SecretStore;

    QHash<QString, QString> values;
    QStringList writeLog; ///< "write:<key>" / "remove:<key>" in the order they were asked for
    int reads = 0;
    bool failWrites = false;
    bool writable = true;

    SecretJob *read(const QString &key) override
    {
        auto *job = new SecretJob(this);
        ++reads;
        if (values.contains(key))
            job->setResult(values.value(key));
        else
            job->setError(makeError(ErrorCode::NotLoggedIn, QStringLiteral("no such secret")));
        job->finishLater();
        return job;
    }
    SecretJob *write(const QString &key, const QString &value) override
    {
        auto *job = new SecretJob(this);
        if (failWrites) {
            job->setError(makeError(ErrorCode::Keychain, QStringLiteral("the keychain said no")));
        } else {
            values.insert(key, value);
            writeLog << QStringLiteral("write:") + key;
            job->setResult({});
        }
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
    bool isWritable() const override { return writable; }
    QString backendName() const override { return QStringLiteral("memory"); }
};

} // namespace Tsuzuki::Test
