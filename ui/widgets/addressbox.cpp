#include "addressbox.h"

#include "ui/widgets/urlopener.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

AddressBox::AddressBox(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_address(new QLabel(this))
    , m_copy(new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Copy address"), this))
{
    setObjectName(u"addressBox"_s);
    setFrameShape(QFrame::StyledPanel);
    m_message->setObjectName(u"addressBoxMessage"_s);
    m_message->setWordWrap(true);
    m_address->setObjectName(u"addressBoxAddress"_s);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_copy->setObjectName(u"addressBoxCopyButton"_s);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_copy->setText(tr("Copied"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_address, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_message);
    layout->addLayout(row);
    hide();
}

void AddressBox::showAddress(const QUrl &url, const QString &message)
{
    m_url = url;
    m_message->setText(message.isEmpty()
            ? tr("No web browser could be opened. Open this address in a browser yourself:")
            : message);
    m_address->setText(url.toDisplayString());
    m_copy->setText(tr("Copy address"));
    show();
}

bool AddressBox::openOrShow(const QUrl &url)
{
    if (UrlOpener::open(url)) {
        hide();
        return true;
    }
    showAddress(url);
    return false;
}

} // namespace Tsuzuki
