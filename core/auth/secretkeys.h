#pragma once

#include <QString>
#include <QStringList>

namespace Tsuzuki {

/// Every SecretKey:: name, in a stable order (for `auth status` and tests).
QStringList allSecretKeys();

/// A translated, human name for a SecretKey:: name ("Trakt access token"); the key itself when
/// unknown.
QString secretKeyLabel(const QString &key);

/// False for keys whose value is not itself a secret (token expiry timestamps): those are not
/// registered for redaction, or every log line with that date would lose it.
bool isSecretValueKey(const QString &key);

} // namespace Tsuzuki
