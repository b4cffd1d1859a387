#pragma once

#include "core/common/error.h"

#include <QByteArray>
#include <QString>

namespace Tsuzuki {

/// What redact() puts where a secret was.
inline constexpr auto RedactedPlaceholder = "[redacted]";

/// The one redaction helper: returns \a text with secrets replaced by "[redacted]".
/// Removes every registered secret value (see registerSecret()), bearer tokens, `Authorization`
/// header values, values of access_token / refresh_token / client_secret / device_code / code /
/// password / api_key (and names ending in them, e.g. TRAKT_ACCESS_TOKEN) in JSON, form bodies,
/// query strings and `name=value` text, and passwords in `scheme://user:password@host` URIs.
/// Idempotent; thread-safe.
QString redact(const QString &text);
/// UTF-8 bytes (HTTP bodies, raw headers) through redact().
QByteArray redact(const QByteArray &text);
/// An Error with its userMessage and detail redacted.
Error redact(Error error);

/// Remembers \a value so that redact() scrubs it wherever it appears (also percent-encoded).
/// Every secret the app loads or receives goes through here. Values shorter than 4 characters are
/// ignored: they would scrub ordinary words and numbers and hide nothing worth hiding. Thread-safe.
void registerSecret(const QString &value);
/// Forgets \a value (after logout, when the token is revoked). Thread-safe.
void unregisterSecret(const QString &value);
/// Forgets all registered values (tests).
void clearRegisteredSecrets();

/// Installs (once; later calls do nothing) a Qt message handler that passes every
/// qDebug/qInfo/qWarning/ qCritical/qFatal message through redact() before the previously installed
/// handler prints it. redact() stays usable for the whole life of the process (also from static
/// and thread-local destructors), so the handler may stay installed until exit.
void installRedactingMessageHandler();
/// Puts the previous handler back (when ours is still the current one).
void uninstallRedactingMessageHandler();

/// What main() holds: the redacting handler from construction to destruction, so that it is gone
/// before the process tears down (Qt logs again while it unloads plugins after main() returned).
class RedactingMessageHandlerScope final
{
    Q_DISABLE_COPY_MOVE(RedactingMessageHandlerScope)

public:
    RedactingMessageHandlerScope();
    ~RedactingMessageHandlerScope();
};

} // namespace Tsuzuki
