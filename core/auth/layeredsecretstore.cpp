#include "layeredsecretstore.h"

#include "core/auth/envsecretstore.h"
#include "core/auth/secretkeys.h"
#include "core/common/result.h"
#include "core/log/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

LayeredSecretStore::LayeredSecretStore(
    EnvSecretStore *environment, SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_environment(environment)
    , m_keychain(keychain)
{
    Q_ASSERT(m_environment);
    m_environment->setParent(this);
    if (m_keychain)
        m_keychain->setParent(this);
}

QString LayeredSecretStore::sourceOf(const QString &key) const
{
    if (m_environment->owns(key))
        return tr("environment variable %1").arg(EnvSecretStore::variableFor(key));
    return m_keychain ? m_keychain->backendName() : m_environment->backendName();
}

SecretJob *LayeredSecretStore::read(const QString &key)
{
    if (m_environment->owns(key) || !m_keychain)
        return m_environment->read(key);
    return m_keychain->read(key);
}

SecretJob *LayeredSecretStore::write(const QString &key, const QString &value)
{
    if (!m_keychain)
        return noKeychain(key);
    if (m_environment->contains(key))
        qCInfo(lcAuth).noquote() << "Storing" << key << "in the keychain; the environment variable"
                                 << EnvSecretStore::variableFor(key)
                                 << "still takes precedence when reading";
    return m_keychain->write(key, value);
}

SecretJob *LayeredSecretStore::remove(const QString &key)
{
    if (!m_keychain)
        return noKeychain(key);
    return m_keychain->remove(key);
}

bool LayeredSecretStore::isWritable() const
{
    return m_keychain && m_keychain->isWritable();
}

QString LayeredSecretStore::backendName() const
{
    if (!m_keychain)
        return m_environment->backendName();
    return tr("%1, overridden by environment variables").arg(m_keychain->backendName());
}

SecretJob *LayeredSecretStore::noKeychain(const QString &key)
{
    auto *job = new SecretJob(this);
    job->setError(makeError(ErrorCode::Unsupported,
        tr("The system keychain is turned off, so the %1 cannot be saved. Set it as an "
           "environment variable where Tsuzuki is started.")
            .arg(secretKeyLabel(key)),
        u"no keychain configured (%1)"_s.arg(key)));
    job->finishLater();
    return job;
}

} // namespace Tsuzuki
