#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Tsuzuki {

/// A message across the top of the main window, with one action button and a close button: what
/// went wrong and the next step ("Log in to AniList first. [Log in…]"). Never modal: background
/// work and manual actions report here, not in dialogs that stop the user.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows `text`; with `actionText`, a button that emits actionTriggered() and hides the banner.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
};

} // namespace Tsuzuki
