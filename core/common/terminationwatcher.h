#pragma once

#include <QObject>

class QSocketNotifier;

namespace Tsuzuki {

/// Turns SIGTERM, SIGINT and SIGHUP into a queued Qt signal, so that `kill`, a logout or Ctrl+C
/// end the program through its event loop (settings saved, sync worker and database closed in
/// order) instead of mid-work. POSIX only; elsewhere it never fires. One per process.
class TerminationWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationWatcher)

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override; ///< restores the default handlers

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Tsuzuki
