#include "traktlogindialog.h"

#include "core/app/accounts.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "ui/widgets/addressbox.h"
#include "ui/widgets/urlopener.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

TraktLoginDialog::TraktLoginDialog(Accounts *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_opener(&Tsuzuki::UrlOpener::open)
{
    setObjectName(u"traktLoginDialog"_s);
    setWindowTitle(tr("Log in to Trakt"));

    m_intro = new QLabel(tr("Asking Trakt for a code…"), this);
    m_intro->setObjectName(u"traktLoginIntro"_s);
    m_intro->setWordWrap(true);

    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(u"traktUserCode"_s);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    big.setStyleHint(QFont::Monospace);
    big.setFamily(u"monospace"_s);
    m_codeLabel->setFont(big);
    m_codeLabel->setMinimumHeight(QFontMetrics(big).height() + 16);

    m_copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy code"), this);
    m_copy->setObjectName(u"traktCopyCodeButton"_s);
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_code);
        m_copy->setText(tr("Copied"));
    });
    m_openBrowser = new QPushButton(
        QIcon::fromTheme(u"internet-web-browser"_s), tr("&Open activation page"), this);
    m_openBrowser->setObjectName(u"traktOpenBrowserButton"_s);
    m_openBrowser->setEnabled(false);
    connect(m_openBrowser, &QPushButton::clicked, this, [this] {
        if (!m_opener(m_url))
            m_address->showAddress(m_url);
    });
    m_address = new AddressBox(this);

    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(u"traktVerificationUrl"_s);
    m_urlLabel->setAlignment(Qt::AlignCenter);
    m_urlLabel->setOpenExternalLinks(true);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"traktCountdown"_s);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"traktWaitingBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_error = new QLabel(this);
    m_error->setObjectName(u"traktLoginError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"traktLoginCancelButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, &TraktLoginDialog::reject);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(u"traktLoginRetryButton"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &TraktLoginDialog::retrySave);

    auto *codeRow = new QHBoxLayout;
    codeRow->addStretch(1);
    codeRow->addWidget(m_copy);
    codeRow->addWidget(m_openBrowser);
    codeRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_codeLabel);
    layout->addLayout(codeRow);
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_countdown);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    resize(480, 340);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TraktLoginDialog::updateCountdown);
}

TraktLoginDialog::~TraktLoginDialog()
{
    if (m_login && !m_login->isFinished())
        m_login->cancel();
}

QString TraktLoginDialog::errorText() const
{
    return m_error->isVisibleTo(const_cast<TraktLoginDialog *>(this)) ? m_error->text() : QString();
}

void TraktLoginDialog::start()
{
    m_error->hide();
    auto login = m_accounts->startTraktLogin();
    if (!login) {
        m_busy->hide();
        m_error->setText(login.error().userMessage);
        m_error->show();
        return;
    }
    m_login = login.value();
    connect(m_login, &TraktDeviceLogin::codeReceived, this, &TraktLoginDialog::onCodeReceived);
    connect(m_login, &TraktDeviceLogin::finished, this, &TraktLoginDialog::onFinished);
}

void TraktLoginDialog::onCodeReceived(const QString &code, const QUrl &url, int expiresInSeconds)
{
    m_code = code;
    m_url = url;
    m_expiresInSeconds = expiresInSeconds;
    m_elapsed.start();
    m_intro->setText(
        tr("Enter this code on Trakt's activation page. The page opens in your browser; "
           "this window closes by itself once you approve."));
    m_codeLabel->setText(code);
    m_urlLabel->setText(u"<a href=\"%1\">%2</a>"_s.arg(
        url.toString(QUrl::FullyEncoded).toHtmlEscaped(), url.toDisplayString().toHtmlEscaped()));
    m_copy->setEnabled(true);
    m_openBrowser->setEnabled(true);
    updateCountdown();
    m_tick.start();
    if (!m_opener(url))
        m_address->showAddress(url,
            tr("No web browser could be opened. Open this address in a browser and enter the "
               "code there:"));
}

void TraktLoginDialog::updateCountdown()
{
    // Device-flow "seconds" may be shortened in tests; the countdown follows the real clock of the
    // code.
    const int unit = qMax(1, m_accounts->services()->traktAuth()->deviceTimeUnitMs());
    const qint64 left = qMax<qint64>(0, m_expiresInSeconds - m_elapsed.elapsed() / unit);
    m_countdown->setText(
        tr("The code expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void TraktLoginDialog::onFinished()
{
    m_tick.stop();
    m_busy->hide();
    if (!m_login)
        return;
    if (m_login->ok()) {
        Q_EMIT loggedIn();
        accept();
        return;
    }
    if (m_login->error().code == ErrorCode::Cancelled)
        return;
    m_error->setText(m_login->error().userMessage);
    m_error->show();
    m_countdown->clear();
    m_cancel->setText(tr("Close"));
    // Trakt accepted the code but the keyring said no: the login waits in memory for a Retry.
    m_retry->setVisible(m_accounts->hasUnsavedTraktLogin());
    if (m_retry->isVisible()) {
        m_retry->setDefault(true);
        // The code did its work; what is left is storing the login.
        m_intro->setText(tr("Trakt accepted the login. It still has to be saved:"));
        m_codeLabel->setEnabled(false);
        m_copy->setEnabled(false);
        m_openBrowser->setEnabled(false);
    }
    Q_EMIT loginFailed(m_login->error().userMessage);
}

void TraktLoginDialog::retrySave()
{
    if (!m_accounts->hasUnsavedTraktLogin())
        return;
    m_retry->setEnabled(false);
    m_error->setText(tr("Saving the Trakt login…"));
    m_accounts->retrySaveTraktLogin(this, [this](const Result<void> &saved) {
        m_retry->setEnabled(true);
        if (!saved) {
            m_error->setText(saved.error().userMessage);
            m_error->show();
            return;
        }
        m_retry->hide();
        m_error->hide();
        Q_EMIT loggedIn();
        accept();
    });
}

void TraktLoginDialog::reject()
{
    if (m_login && !m_login->isFinished())
        m_login->cancel();
    QDialog::reject();
}

} // namespace Tsuzuki
