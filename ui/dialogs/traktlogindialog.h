#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Tsuzuki {

class Accounts;
class AddressBox;
class TraktDeviceLogin;

/// Trakt's device-code login: the code in large type with a copy button, the activation page opened
/// in the browser (its address with a Copy button when no browser can be started), a countdown to
/// the code's expiry, and Cancel. Closes itself with accept() once Trakt confirms and the login is
/// stored. A login Trakt accepted that the keyring could not store is kept: the dialog names the
/// keyring's problem and offers Retry.
class TraktLoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraktLoginDialog)

public:
    /// How the activation page is opened (true: a browser started); default UrlOpener::open.
    using UrlOpener = std::function<bool(const QUrl &)>;

    TraktLoginDialog(Accounts *accounts, QWidget *parent = nullptr);
    ~TraktLoginDialog() override;

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }
    /// Starts the login (call after show/open).
    void start();

    QString userCode() const { return m_code; }
    QString errorText() const;
    /// Stores a login Trakt accepted but the keyring refused (the Retry button).
    void retrySave();

Q_SIGNALS:
    /// Trakt confirmed; the token pair is stored.
    void loggedIn();
    void loginFailed(const QString &message);

protected:
    void reject() override;

private:
    void onCodeReceived(const QString &code, const QUrl &url, int expiresInSeconds);
    void onFinished();
    void updateCountdown();

    Accounts *m_accounts;
    QPointer<TraktDeviceLogin> m_login;
    UrlOpener m_opener;
    QString m_code;
    QUrl m_url;
    int m_expiresInSeconds = 0;
    QElapsedTimer m_elapsed;
    QTimer m_tick;

    QLabel *m_intro = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_openBrowser = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    AddressBox *m_address = nullptr;
};

} // namespace Tsuzuki
