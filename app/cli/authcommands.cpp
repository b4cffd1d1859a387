// `tsuzuki-cli auth trakt|anilist|status|logout`: logins in a terminal, tokens into the secret
// store.
#include "app/cli/command.h"
#include "core/auth/tokenexpiry.h"
#include "core/log/redact.h"
#include "core/net/anilistclient.h"
#include "core/net/services.h"
#include "core/net/tmdbclient.h"
#include "core/net/traktauth.h"
#include "core/net/traktclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::Cli", text);
}

Services *makeServices(Context &ctx)
{
    QSettings settings;
    return new Services(ServiceConfig::load(&settings), ctx.secrets, qApp);
}

QString expiryText(const QDateTime &expiry)
{
    if (!expiry.isValid())
        return tr("unknown expiry");
    switch (tokenExpiryState(expiry, QDateTime::currentDateTimeUtc())) {
    case TokenExpiryState::Expired:
        return tr("EXPIRED on %1: log in again").arg(formatLocal(expiry));
    case TokenExpiryState::ExpiringSoon:
        return tr("expires soon, on %1: log in again before then").arg(formatLocal(expiry));
    case TokenExpiryState::Valid:
        break;
    }
    return tr("expires %1").arg(formatLocal(expiry));
}

void authTrakt(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    Services *services = makeServices(ctx);
    if (services->config().traktClientId.isEmpty()) {
        ctx.fail(makeError(ErrorCode::NotLoggedIn,
            tr("No Trakt client id. Create an app at trakt.tv/oauth/applications and set "
               "TRAKT_CLIENT_ID (or "
               "the client id in the app's settings), and store its secret with "
               "TRAKT_CLIENT_SECRET or the app.")));
        return;
    }
    services->loadSecrets(qApp, [&ctx, services] {
        TraktDeviceLogin *login = services->traktAuth()->startDeviceLogin();
        QObject::connect(login, &TraktDeviceLogin::codeReceived, qApp,
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
        QObject::connect(login, &TraktDeviceLogin::finished, qApp, [&ctx, services, login] {
            if (!login->ok()) {
                ctx.fail(login->error());
                return;
            }
            services->trakt()->userSettings(
                qApp, [&ctx, services](const Result<TraktUserSettings> &user) {
                    const QString who = user ? user->username : tr("(user name not available)");
                    ctx.out << tr("Signed in to Trakt as %1; token %2.")
                                   .arg(who, expiryText(services->traktAuth()->expiresAt()))
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
        ctx.err << tr(
            "Open https://anilist.co/api/v2/oauth/authorize?client_id=%1&response_type=token, "
            "approve, "
            "and paste the token shown.")
                       .arg(clientId)
                << Qt::endl;
    } else {
        ctx.err << tr(
            "Paste your AniList access token (from the PIN page of your AniList API client).")
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
    Services *services = makeServices(ctx);
    services->aniList()->setAccessToken(token);
    services->aniList()->viewer(qApp, [&ctx, token](const Result<AniListViewer> &viewer) {
        if (!viewer) {
            ctx.fail(viewer.error());
            return;
        }
        if (!ctx.secrets->isWritable()) {
            ctx.fail(
                makeError(ErrorCode::Keychain, tr("The secret store cannot be written here.")));
            return;
        }
        SecretJob *job = ctx.secrets->write(QString::fromLatin1(SecretKey::AniListToken), token);
        QObject::connect(job, &SecretJob::finished, qApp, [&ctx, job, token, name = viewer->name] {
            if (!job->ok()) {
                ctx.fail(job->error());
                return;
            }
            const auto expiry = jwtExpiry(token);
            ctx.out << tr("Signed in to AniList as %1; token %2.")
                           .arg(name, expiryText(expiry ? expiry.value() : QDateTime()))
                    << Qt::endl;
            ctx.finish(0);
        });
    });
}

void authStatus(Context &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return;
    Services *services = makeServices(ctx);
    services->loadSecrets(qApp, [&ctx, services] {
        auto report = std::make_shared<QJsonObject>();
        report->insert(u"secretStore"_s, ctx.secrets->backendName());
        report->insert(u"tmdbKey"_s, services->hasTmdbKey());
        auto finishReport = [&ctx, report] {
            if (ctx.json) {
                ctx.out << QJsonDocument(*report).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                const QJsonObject a = report->value(u"anilist"_s).toObject();
                const QJsonObject t = report->value(u"trakt"_s).toObject();
                ctx.out << tr("Secrets:  %1").arg(report->value(u"secretStore"_s).toString())
                        << Qt::endl;
                ctx.out << tr("AniList:  %1").arg(a.value(u"text"_s).toString()) << Qt::endl;
                ctx.out << tr("Trakt:    %1").arg(t.value(u"text"_s).toString()) << Qt::endl;
                ctx.out << tr("TMDB:     %1")
                               .arg(report->value(u"tmdbKey"_s).toBool()
                                       ? tr("API key set")
                                       : tr("no API key (optional)"))
                        << Qt::endl;
            }
            ctx.finish(0);
        };

        auto traktPart = [&ctx, services, report, finishReport] {
            services->traktAuth()->accessToken(
                qApp, [&ctx, services, report, finishReport](const Result<QString> &token) {
                    if (!token) {
                        report->insert(u"trakt"_s,
                            QJsonObject { { u"loggedIn"_s, false },
                                { u"text"_s,
                                    token.error().code == ErrorCode::NotLoggedIn
                                        ? tr("not signed in (tsuzuki-cli auth trakt)")
                                        : redact(token.error()).toString() } });
                        finishReport();
                        return;
                    }
                    services->trakt()->userSettings(qApp,
                        [services, report, finishReport](const Result<TraktUserSettings> &user) {
                            const QDateTime expiry = services->traktAuth()->expiresAt();
                            report->insert(u"trakt"_s,
                                QJsonObject { { u"loggedIn"_s, true },
                                    { u"user"_s, user ? user->username : QString() },
                                    { u"expiresAt"_s, expiry.toString(Qt::ISODate) },
                                    { u"text"_s,
                                        user ? tr("signed in as %1; token %2")
                                                   .arg(user->username, expiryText(expiry))
                                             : tr("token stored (%1), but Trakt did not answer: %2")
                                                   .arg(expiryText(expiry),
                                                       redact(user.error()).userMessage) } });
                            finishReport();
                        });
                });
        };

        if (!services->hasAniListToken()) {
            report->insert(u"anilist"_s,
                QJsonObject { { u"loggedIn"_s, false },
                    { u"text"_s, tr("not signed in (tsuzuki-cli auth anilist)") } });
            traktPart();
            return;
        }
        services->aniList()->viewer(
            qApp, [services, report, traktPart](const Result<AniListViewer> &viewer) {
                const auto expiry = jwtExpiry(services->aniListToken());
                const QDateTime when = expiry ? expiry.value() : QDateTime();
                report->insert(u"anilist"_s,
                    QJsonObject { { u"loggedIn"_s, viewer.ok() },
                        { u"user"_s, viewer ? viewer->name : QString() },
                        { u"expiresAt"_s, when.toString(Qt::ISODate) },
                        { u"text"_s,
                            viewer ? tr("signed in as %1; token %2")
                                         .arg(viewer->name, expiryText(when))
                                   : redact(viewer.error()).userMessage } });
                traktPart();
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
    Services *services = makeServices(ctx);
    if (service == u"trakt"_s) {
        services->loadSecrets(qApp, [&ctx, services] {
            services->traktAuth()->logout(qApp, [&ctx](const Result<void> &done) {
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
        SecretJob *job = ctx.secrets->remove(QString::fromLatin1(SecretKey::AniListToken));
        QObject::connect(job, &SecretJob::finished, qApp, [&ctx, job] {
            if (!job->ok() && job->error().code != ErrorCode::NotLoggedIn) {
                ctx.fail(job->error());
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
        { { u"auth"_s, u"trakt"_s }, {}, tr("Sign in to Trakt with a device code"), false,
            authTrakt },
        { { u"auth"_s, u"anilist"_s }, {}, tr("Store an AniList token read from standard input"),
            false, authAniList },
        { { u"auth"_s, u"status"_s }, {}, tr("Who is signed in where, and when each token expires"),
            false, authStatus },
        { { u"auth"_s, u"logout"_s }, u"trakt|anilist"_s,
            tr("Revoke and forget a service's tokens"), false, authLogout },
    };
});

} // namespace

} // namespace Tsuzuki::Cli
