#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"messageBannerAction"_s);
    m_close->setObjectName(u"messageBannerClose"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT actionTriggered();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    // Colours from the palette's families, readable in light and dark themes.
    QPalette p = palette();
    const QColor tint = kind == Kind::Error ? QColor(0xc0, 0x39, 0x2b)
        : kind == Kind::Warning             ? QColor(0xd3, 0x8b, 0x13)
                                            : p.color(QPalette::Highlight);
    QColor background = p.color(QPalette::Window);
    background = QColor::fromRgbF(background.redF() * 0.85 + tint.redF() * 0.15,
        background.greenF() * 0.85 + tint.greenF() * 0.15,
        background.blueF() * 0.85 + tint.blueF() * 0.15);
    p.setColor(QPalette::Window, background);
    setPalette(p);
    setBackgroundRole(QPalette::Window);
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace Tsuzuki
