#pragma once

#include "core/common/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QObject;

namespace Tsuzuki {

class SecretStore;

/// Reads several secrets at once; `done` runs once in `context`'s thread. Absent entries
/// (NotLoggedIn) are left out of the hash; any other failure ends it with that error.
void readSecrets(SecretStore *store, const QStringList &keys, QObject *context,
    std::function<void(const Result<QHash<QString, QString>> &)> done);

/// Writes (or, for empty values, removes) several secrets; `done` once all are confirmed.
void writeSecrets(SecretStore *store, const QList<std::pair<QString, QString>> &items,
    QObject *context, std::function<void(const Result<void> &)> done);

} // namespace Tsuzuki
