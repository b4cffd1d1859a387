// `tsuzuki-cli auth trakt|anilist|status|logout`: logins in a terminal. The rules (token checks,
// where tokens go, expiry warnings) are core/app's Accounts, shared with the desktop app.
#include "app/cli/command.h"
#include "core/app/accounts.h"
#include "core/log/redact.h"
#include "core/net/services.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

Accounts *accounts(Context &ctx)
{
    return new Accounts(ctx.services(), qApp);
}

QJsonObject accountJson(const AccountStatus &status)
{
    QJsonObject o { { u"loggedIn"_s, status.isLoggedIn() }, { u"text"_s, status.text() } };
    if (!status.user.isEmpty())
        o.insert(u"user"_s, status.user);
    if (status.expiresAt.isValid())
        o.insert(u"expiresAt"_s, status.expiresAt.toUTC().toString(Qt::ISODate));
    return o;
}

void authTrakt(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    Services *services = ctx.services();
    services->loadSecrets(qApp, [&ctx, services] {
        auto login = accounts(ctx)->startTraktLogin();
        if (!login) {
            ctx.fail(login.error());
            return;
        }
        QObject::connect(login.value(), &TraktDeviceLogin::codeReceived, qApp,
            [&ctx](const QString &code, const QUrl &url, int expiresIn) {
                ctx.out
                    << tr("To sign in to Trakt, open %1 and enter the code:").arg(url.toString())
                    << Qt::endl
                    << Qt::endl
                    << u"    "_s << code << Qt::endl
                    << Qt::endl
                    << QCoreApplication::translate("Tsuzuki::Cli",
                           "Waiting for approval (the code expires in %n minute(s))…", nullptr,
                           (expiresIn + 59) / 60)
                    << Qt::endl;
            });
        QObject::connect(login.value(), &TraktDeviceLogin::finished, qApp,
            [&ctx, services, job = login.value()] {
                if (!job->ok()) {
                    ctx.fail(job->error());
                    return;
                }
                services->trakt()->userSettings(
                    qApp, [&ctx, services](const Result<TraktUserSettings> &user) {
                        AccountStatus status;
                        status.state = AccountStatus::State::LoggedIn;
                        status.user = user ? user->username : QString();
                        status.expiresAt = services->traktAuth()->expiresAt();
                        ctx.out << tr("Signed in to Trakt as %1; %2.")
                                       .arg(user ? user->username : tr("(user name not available)"),
                                           status.text())
                                << Qt::endl;
                        ctx.finish(0);
                    });
            });
    });
}

void authAniList(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    const QString clientId = QSettings().value(u"anilist/clientId"_s).toString();
    if (!clientId.isEmpty()) {
        ctx.err << tr("Open https://anilist.co/api/v2/oauth/authorize?client_id=%1&response_type="
                      "token, approve, and paste the token shown.")
                       .arg(clientId)
                << Qt::endl;
    } else {
        ctx.err << tr("Paste your AniList access token (from the PIN page of your AniList API "
                      "client).")
                << Qt::endl;
    }
    ctx.err << tr("Token: ") << Qt::flush;
    QTextStream in(stdin);
    const QString token = in.readLine().trimmed();
    if (token.isEmpty()) {
        ctx.fail(makeError(ErrorCode::InvalidInput, tr("No token given; nothing was changed.")));
        return;
    }
    registerSecret(token);
    accounts(ctx)->logInAniList(token, qApp, [&ctx](const Result<AccountStatus> &status) {
        if (!status) {
            ctx.fail(status.error());
            return;
        }
        ctx.out << tr("Signed in to AniList as %1; %2.").arg(status->user, status->text())
                << Qt::endl;
        ctx.finish(0);
    });
}

void authStatus(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    Services *services = ctx.services();
    services->loadSecrets(qApp, [&ctx] {
        accounts(ctx)->check(true, qApp, [&ctx](const AccountsStatus &status) {
            if (ctx.json) {
                const QJsonObject report { { u"secretStore"_s, status.secretStore },
                    { u"tmdbKey"_s, status.tmdbKey }, { u"anilist"_s, accountJson(status.aniList) },
                    { u"trakt"_s, accountJson(status.trakt) } };
                ctx.out << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                const auto line = [](const AccountStatus &account, const QString &hint) {
                    return account.state == AccountStatus::State::NotLoggedIn
                        ? tr("not signed in (%1)").arg(hint)
                        : redact(account.text());
                };
                ctx.out << tr("Secrets:  %1").arg(status.secretStore) << Qt::endl;
                ctx.out
                    << tr("AniList:  %1").arg(line(status.aniList, u"tsuzuki-cli auth anilist"_s))
                    << Qt::endl;
                ctx.out << tr("Trakt:    %1").arg(line(status.trakt, u"tsuzuki-cli auth trakt"_s))
                        << Qt::endl;
                ctx.out << tr("TMDB:     %1")
                               .arg(
                                   status.tmdbKey ? tr("API key set") : tr("no API key (optional)"))
                        << Qt::endl;
            }
            ctx.finish(0);
        });
    });
}

void authLogout(Context &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"service"_s, tr("trakt or anilist"));
    if (!ctx.parse(parser))
        return;
    const QString service = parser.positionalArguments().value(0);
    if (service == u"trakt"_s) {
        ctx.services()->loadSecrets(qApp, [&ctx] {
            accounts(ctx)->logOutTrakt(qApp, [&ctx](const Result<void> &done) {
                if (!done) {
                    ctx.fail(done.error());
                    return;
                }
                ctx.out << tr("Signed out of Trakt; the token was revoked and removed.")
                        << Qt::endl;
                ctx.finish(0);
            });
        });
    } else if (service == u"anilist"_s) {
        accounts(ctx)->logOutAniList(qApp, [&ctx](const Result<void> &done) {
            if (!done) {
                ctx.fail(done.error());
                return;
            }
            ctx.out << tr("Signed out of AniList; the token was removed.") << Qt::endl;
            ctx.finish(0);
        });
    } else {
        ctx.err << tr("Say which service: tsuzuki-cli auth logout trakt|anilist") << Qt::endl;
        ctx.finish(2);
    }
}

const Registration registration([] {
    return QList<Command> {
        { { u"auth"_s, u"trakt"_s }, {},
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Sign in to Trakt with a device code"), false,
            authTrakt },
        { { u"auth"_s, u"anilist"_s }, {},
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Store an AniList token read from standard input"),
            false, authAniList },
        { { u"auth"_s, u"status"_s }, {},
            QT_TRANSLATE_NOOP(
                "Tsuzuki::Cli", "Who is signed in where, and when each token expires"),
            false, authStatus },
        { { u"auth"_s, u"logout"_s }, u"trakt|anilist"_s,
            QT_TRANSLATE_NOOP("Tsuzuki::Cli", "Revoke and forget a service's tokens"), false,
            authLogout },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
