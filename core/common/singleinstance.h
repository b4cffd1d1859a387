#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Tsuzuki {

/// One running app per user: the first launch listens on a local socket; a later launch finds it,
/// asks it to come forward, and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    /// `key` defaults to the application id, the user name and the settings file; tests may pass
    /// their own.
    explicit SingleInstance(const QString &key = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// True if another instance answered and was asked to activate (then this one should exit).
    bool notifyRunningInstance(int timeoutMs = 1000);
    /// Starts listening; false if the name could not be taken (the message is in errorString()).
    bool listen();
    QString serverName() const { return m_name; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A second launch asked this one to come forward.
    void activationRequested();

private:
    void onNewConnection();

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace Tsuzuki
