#pragma once

#include <QDateTime>
#include <QIcon>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Tsuzuki {

/// The tray icon: its image shows idle / syncing / error, the tooltip the progress of a run and the
/// last and next run, the menu Sync now / Open / Pause schedule / Quit; notifications for
/// background syncs (a click on one emits notificationClicked). Without a
/// system tray (some desktops, offscreen) it keeps its state and menu but shows nothing:
/// isAvailable() says so.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class State { Idle, Syncing, Error };
    Q_ENUM(State)

    /// `available`: whether to use a real tray icon (default:
    /// QSystemTrayIcon::isSystemTrayAvailable()).
    explicit TrayController(QObject *parent = nullptr);
    TrayController(bool available, QObject *parent);
    ~TrayController() override;

    bool isAvailable() const { return m_available; }
    State state() const { return m_state; }
    void setState(State state, const QString &detail = {});
    void setLastRun(const QDateTime &when)
    {
        m_lastRun = when;
        updateToolTip();
    }
    void setNextRun(const QDateTime &when)
    {
        m_nextRun = when;
        updateToolTip();
    }
    void setPaused(bool paused);
    bool isPaused() const;
    QString toolTip() const { return m_toolTip; }
    QMenu *menu() const { return m_menu; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *openAction() const { return m_open; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }
    /// The image for a state (drawn, so it exists without an icon theme).
    static QIcon iconFor(State state);
    QIcon currentIcon() const { return iconFor(m_state); }

    /// Shows a notification (when the tray is available); records it for tests either way.
    void notify(const QString &title, const QString &message, bool error = false);
    QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void syncNowRequested();
    void openRequested();
    void pauseToggled(bool paused);
    void quitRequested();
    void stateChanged(Tsuzuki::TrayController::State state);
    /// The user clicked the last notification (open what it was about).
    void notificationClicked();

private:
    void updateToolTip();

    bool m_available = false;
    State m_state = State::Idle;
    QString m_detail;
    QDateTime m_lastRun;
    QDateTime m_nextRun;
    QString m_toolTip;
    QString m_lastNotification;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_open = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace Tsuzuki
