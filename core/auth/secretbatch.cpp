#include "secretbatch.h"

#include "core/auth/secretstore.h"

#include <memory>

namespace Tsuzuki {

void readSecrets(SecretStore *store, const QStringList &keys, QObject *context,
    std::function<void(const Result<QHash<QString, QString>> &)> done)
{
    struct State
    {
        QHash<QString, QString> values;
        int remaining = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->remaining = int(keys.size());
    if (keys.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(QHash<QString, QString>()); }, Qt::QueuedConnection);
        return;
    }
    for (const QString &key : keys) {
        SecretJob *job = store->read(key);
        QObject::connect(job, &SecretJob::finished, context, [job, key, state, done] {
            if (state->failed)
                return;
            if (job->ok())
                state->values.insert(key, job->value());
            else if (job->error().code != ErrorCode::NotLoggedIn) {
                state->failed = true;
                done(job->error());
                return;
            }
            if (--state->remaining == 0)
                done(state->values);
        });
    }
}

void writeSecrets(SecretStore *store, const QList<std::pair<QString, QString>> &items,
    QObject *context, std::function<void(const Result<void> &)> done)
{
    struct State
    {
        int remaining = 0;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->remaining = int(items.size());
    if (items.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(Result<void>()); }, Qt::QueuedConnection);
        return;
    }
    for (const auto &[key, value] : items) {
        SecretJob *job = value.isEmpty() ? store->remove(key) : store->write(key, value);
        const bool removing = value.isEmpty();
        QObject::connect(job, &SecretJob::finished, context, [job, removing, state, done] {
            if (state->failed)
                return;
            if (!job->ok() && !(removing && job->error().code == ErrorCode::NotLoggedIn)) {
                state->failed = true;
                done(job->error());
                return;
            }
            if (--state->remaining == 0)
                done(Result<void>());
        });
    }
}

} // namespace Tsuzuki
