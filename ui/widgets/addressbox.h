#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;
class QPushButton;

namespace Tsuzuki {

/// Says that a page could not be opened in a browser and shows its address, selectable, with a
/// Copy button, so the user can open it by hand. Hidden until showAddress().
class AddressBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressBox)

public:
    explicit AddressBox(QWidget *parent = nullptr);

    /// Shows `url` under `message` (default: "No web browser could be opened…").
    void showAddress(const QUrl &url, const QString &message = {});
    /// Opens `url` in the browser (UrlOpener); when that fails shows the address. True if opened.
    bool openOrShow(const QUrl &url);
    QUrl url() const { return m_url; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QUrl m_url;
    QLabel *m_message;
    QLabel *m_address;
    QPushButton *m_copy;
};

} // namespace Tsuzuki
