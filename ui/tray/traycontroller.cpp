#include "traycontroller.h"

#include "core/common/timeformat.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

TrayController::TrayController(QObject *parent)
    : TrayController(QSystemTrayIcon::isSystemTrayAvailable(), parent)
{ }

TrayController::TrayController(bool available, QObject *parent)
    : QObject(parent)
    , m_available(available)
{
    setObjectName(u"trayController"_s);
    m_menu = new QMenu;
    m_menu->setObjectName(u"trayMenu"_s);
    m_syncNow = m_menu->addAction(tr("&Sync now"));
    m_syncNow->setObjectName(u"traySyncNowAction"_s);
    m_open = m_menu->addAction(tr("&Open Tsuzuki"));
    m_open->setObjectName(u"trayOpenAction"_s);
    m_pause = m_menu->addAction(tr("&Pause schedule"));
    m_pause->setObjectName(u"trayPauseAction"_s);
    m_pause->setCheckable(true);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(u"trayQuitAction"_s);
    connect(m_syncNow, &QAction::triggered, this, &TrayController::syncNowRequested);
    connect(m_open, &QAction::triggered, this, &TrayController::openRequested);
    connect(m_pause, &QAction::toggled, this, &TrayController::pauseToggled);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);

    if (m_available) {
        m_icon = new QSystemTrayIcon(iconFor(m_state), this);
        m_icon->setContextMenu(m_menu);
        connect(
            m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::notificationClicked);
        connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
        m_icon->show();
    }
    updateToolTip();
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::setState(State state, const QString &detail)
{
    const bool changed = state != m_state;
    m_state = state;
    m_detail = detail;
    m_syncNow->setEnabled(state != State::Syncing);
    if (m_icon)
        m_icon->setIcon(iconFor(state));
    updateToolTip();
    if (changed)
        Q_EMIT stateChanged(state);
}

void TrayController::setPaused(bool paused)
{
    m_pause->setChecked(paused);
    updateToolTip();
}

bool TrayController::isPaused() const
{
    return m_pause->isChecked();
}

void TrayController::updateToolTip()
{
    QStringList lines { tr("Tsuzuki") };
    switch (m_state) {
    case State::Idle:
        lines << tr("Idle");
        break;
    case State::Syncing:
        lines << tr("Syncing…");
        break;
    case State::Error:
        lines << tr("Last sync failed");
        break;
    }
    if (!m_detail.isEmpty())
        lines << m_detail;
    lines << tr("Last run: %1").arg(m_lastRun.isValid() ? formatLocalTime(m_lastRun) : tr("never"));
    if (m_pause && m_pause->isChecked())
        lines << tr("Schedule paused");
    else if (!m_nextRun.isValid())
        lines << tr("Schedule off");
    else if (m_nextRun <= QDateTime::currentDateTimeUtc()
        || (m_lastRun.isValid() && m_nextRun <= m_lastRun))
        lines << tr("Next run: due now");
    else
        lines << tr("Next run: %1").arg(formatLocalTime(m_nextRun));
    m_toolTip = lines.join(u'\n');
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void TrayController::notify(const QString &title, const QString &message, bool error)
{
    m_lastNotification = title + u": "_s + message;
    if (m_icon && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(
            title, message, error ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 8000);
}

QIcon TrayController::iconFor(State state)
{
    // A ring (続き: a continuing loop) in the state's colour; a badge for syncing / error.
    QIcon icon;
    for (int size : { 16, 22, 32, 48, 64 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal pen = qMax(2.0, size / 8.0);
        QColor colour(0x3d, 0x7e, 0xdb); // idle: calm blue
        if (state == State::Syncing)
            colour = QColor(0x2e, 0xa0, 0x5a);
        else if (state == State::Error)
            colour = QColor(0xd0, 0x3b, 0x2f);
        p.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
        const QRectF ring(pen, pen, size - 2 * pen, size - 2 * pen);
        if (state == State::Syncing) {
            p.drawArc(ring, 30 * 16, 300 * 16); // an open ring: in motion
            QPainterPath arrow;
            const qreal cx = ring.center().x() + ring.width() / 2 * 0.87;
            const qreal cy = ring.center().y() - ring.height() / 2 * 0.5;
            arrow.moveTo(cx - pen * 1.4, cy - pen * 0.6);
            arrow.lineTo(cx + pen * 0.9, cy - pen * 0.9);
            arrow.lineTo(cx + pen * 0.2, cy + pen * 1.3);
            arrow.closeSubpath();
            p.setBrush(colour);
            p.setPen(Qt::NoPen);
            p.drawPath(arrow);
        } else {
            p.drawEllipse(ring);
        }
        if (state == State::Error) {
            p.setPen(QPen(colour, pen, Qt::SolidLine, Qt::RoundCap));
            const qreal c = size / 2.0;
            p.drawLine(QPointF(c, size * 0.3), QPointF(c, size * 0.56));
            p.drawPoint(QPointF(c, size * 0.72));
        } else if (state == State::Idle) {
            p.setBrush(colour);
            p.setPen(Qt::NoPen);
            const qreal r = size / 7.0;
            p.drawEllipse(QPointF(size / 2.0, size / 2.0), r, r);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Tsuzuki
