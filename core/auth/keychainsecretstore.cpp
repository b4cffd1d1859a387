#include "keychainsecretstore.h"

#include "core/auth/envsecretstore.h"
#include "core/auth/secretkeys.h"
#include "core/common/result.h"
#include "core/log/logging.h"
#include "core/log/redact.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

// What QtKeychain's backends say (through libsecret/GDBus, QtDBus, KWallet) when there is nobody to
// talk to.
constexpr QLatin1StringView UnavailableMarkers[] = {
    "org.freedesktop.secrets"_L1, // no Secret Service on the bus (ServiceUnknown / not activatable)
    "org.freedesktop.DBus.Error"_L1, // ServiceUnknown, NoReply, NameHasNoOwner, Spawn.*
    "ServiceUnknown"_L1,
    "autolaunch"_L1, // no session bus and no X11 to start one
    "DBUS_SESSION_BUS_ADDRESS"_L1,
    "dbus"_L1,
    "d-bus"_L1,
    "kwalletd"_L1,
    "No keychain service available"_L1,
    "not available"_L1,
    "Could not connect"_L1,
    "Connection refused"_L1,
    "Timeout was reached"_L1,
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(DefaultService), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::backendName() const
{
    return tr("system keychain");
}

bool KeychainSecretStore::isUnavailable(int keychainError, const QString &errorString)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoBackendAvailable:
        return true;
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
        for (QLatin1StringView marker : UnavailableMarkers) {
            if (errorString.contains(marker, Qt::CaseInsensitive))
                return true;
        }
        return false;
    default:
        return false;
    }
}

Error KeychainSecretStore::lockedError(const QString &label, const QString &detail)
{
    return makeError(ErrorCode::KeychainUnavailable,
        tr("The keyring is locked, so the %1 cannot be used. Unlock it (GNOME: the \"Passwords "
           "and Keys\" app, or log out and in again; KDE: KWallet), then try again.")
            .arg(label),
        detail);
}

Error KeychainSecretStore::mapKeychainError(
    int keychainError, const QString &errorString, const QString &key)
{
    const QString label = secretKeyLabel(key);
    const QString detail
        = redact(u"QtKeychain error %1 on %2 [%3]"_s.arg(keychainError).arg(key, errorString));
    if (isUnavailable(keychainError, errorString)) {
        const QString variable = EnvSecretStore::variableFor(key);
        const QString serverHint = variable.isEmpty()
            ? tr("On a server without a keyring, use the environment variables instead.")
            : tr("On a server without a keyring, set the environment variable %1 instead.")
                  .arg(variable);
        return makeError(ErrorCode::KeychainUnavailable,
            tr("The system keychain is not available, so the %1 cannot be used. Start or unlock "
               "your keyring (GNOME Keyring, KWallet or another Secret Service) and try again.")
                    .arg(label)
                % u' ' % serverHint,
            detail);
    }
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return makeError(ErrorCode::None, {});
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotLoggedIn,
            tr("No %1 is stored in the system keychain.").arg(label), detail);
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::Keychain,
            tr("Access to the system keychain was refused, so the %1 cannot be used. Allow Tsuzuki "
               "to use the keychain and try again.")
                .arg(label),
            detail);
    case QKeychain::AccessDenied:
        return lockedError(label, detail);
    case QKeychain::CouldNotDeleteEntry:
        return makeError(ErrorCode::Keychain,
            tr("The %1 could not be deleted from the system keychain.").arg(label), detail);
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::Unsupported,
            tr("This system's keychain cannot store the %1. Use the environment variables instead.")
                .arg(label),
            detail);
    case QKeychain::NoBackendAvailable: // handled above
    case QKeychain::OtherError:
        break;
    }
    // libsecret's words for a keyring that is locked, or for no default keyring at all (an empty
    // keyring: the "default" alias names no collection, so there is nowhere to write).
    if (errorString.contains(u"locked"_s, Qt::CaseInsensitive))
        return lockedError(label, detail);
    if (errorString.contains(u"does not exist at path"_s, Qt::CaseInsensitive)
        || errorString.contains(u"No such secret collection"_s, Qt::CaseInsensitive)
        || errorString.contains(u"no default collection"_s, Qt::CaseInsensitive)
        || errorString.contains(u"No such object"_s, Qt::CaseInsensitive)) {
        return makeError(ErrorCode::KeychainUnavailable,
            tr("There is no default keyring to keep the %1 in. Create one and make it the "
               "default (GNOME: the \"Passwords and Keys\" app, + → Password keyring, then \"Set "
               "as default\"; KDE: KWallet), then try again.")
                .arg(label),
            detail);
    }
    return makeError(
        ErrorCode::Keychain, tr("The system keychain could not handle the %1.").arg(label), detail);
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    startAttempt(job, Operation::Read, key, {}, 0);
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &value)
{
    auto *job = new SecretJob(this);
    if (isSecretValueKey(key))
        registerSecret(value);
    startAttempt(job, Operation::Write, key, value, 0);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this);
    startAttempt(job, Operation::Remove, key, {}, 0);
    return job;
}

void KeychainSecretStore::startAttempt(
    SecretJob *job, Operation operation, const QString &key, const QString &value, int attempt)
{
    // QtKeychain jobs have no parent and delete themselves once finished: the libsecret backend
    // keeps a raw pointer to the job until its D-Bus call answers, so a job destroyed earlier (with
    // its parent store, at shutdown or when a test drops an app) is a use-after-free inside
    // libqt6keychain. A store that is gone simply never hears the answer.
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(value);
        keychainJob = writeJob;
        break;
    }
    case Operation::Remove:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Tokens never go to a plaintext file, whatever the platform default is.
    keychainJob->setInsecureFallback(false);
    keychainJob->setAutoDelete(true);
    keychainJob->setKey(key);
    connect(keychainJob, &QKeychain::Job::finished, job,
        [this, job, operation, key, value, attempt](QKeychain::Job *finished) {
            onKeychainFinished(finished, job, operation, key, value, attempt);
        });
    keychainJob->start();
}

void KeychainSecretStore::onKeychainFinished(QKeychain::Job *keychainJob, SecretJob *job,
    Operation operation, const QString &key, const QString &value, int attempt)
{
    const QKeychain::Error code = keychainJob->error();
    if (code == QKeychain::NoError) {
        if (operation == Operation::Read) {
            const QString secret
                = static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->textData();
            if (isSecretValueKey(key))
                registerSecret(secret);
            job->setResult(secret);
        } else {
            job->setResult({});
        }
        job->finishLater();
        return;
    }
    // Deleting what is not there leaves the keychain as the caller wants it.
    if (operation == Operation::Remove && code == QKeychain::EntryNotFound) {
        job->setResult({});
        job->finishLater();
        return;
    }
    const QString errorString = keychainJob->errorString();
    if (attempt == 0 && isUnavailable(code, errorString)) {
        qCInfo(lcAuth).noquote() << "Keychain not available for" << key
                                 << u"[%1]"_s.arg(redact(errorString)) << "- retrying in"
                                 << m_retryDelay.count() << "ms";
        Q_EMIT retryScheduled(key);
        QTimer::singleShot(m_retryDelay, job,
            [this, job, operation, key, value] { startAttempt(job, operation, key, value, 1); });
        return;
    }
    Error error = mapKeychainError(code, errorString, key);
    if (error.code != ErrorCode::NotLoggedIn)
        qCWarning(lcAuth).noquote() << error.detail;
    job->setError(std::move(error));
    job->finishLater();
}

} // namespace Tsuzuki
