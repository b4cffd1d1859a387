#include "core/net/serviceconfig.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;

class TestServiceConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void settingsThenEnvironment();
    void badValuesIgnored();
};

void TestServiceConfig::defaults()
{
    const ServiceConfig c = ServiceConfig::load(nullptr, QProcessEnvironment());
    QCOMPARE(c.aniListUrl, QUrl(u"https://graphql.anilist.co"_s));
    QCOMPARE(c.traktUrl, QUrl(u"https://api.trakt.tv"_s));
    QCOMPARE(c.traktAuthUrl, QUrl(u"https://auth.trakt.tv"_s));
    QCOMPARE(c.tmdbUrl, QUrl(u"https://api.themoviedb.org/3"_s));
    QCOMPARE(c.traktClientId, QString::fromUtf8(TSUZUKI_DEFAULT_TRAKT_CLIENT_ID));
}

void TestServiceConfig::settingsThenEnvironment()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    settings.setValue(QLatin1StringView(ServiceConfig::TraktUrlKey), u"http://127.0.0.1:8001/"_s);
    settings.setValue(QLatin1StringView(ServiceConfig::TmdbUrlKey), u"http://127.0.0.1:8003/3"_s);
    settings.setValue(QLatin1StringView(ServiceConfig::TraktClientIdKey), u"from-settings"_s);

    QProcessEnvironment env;
    ServiceConfig c = ServiceConfig::load(&settings, env);
    QCOMPARE(c.traktUrl, QUrl(u"http://127.0.0.1:8001"_s)); // trailing slash trimmed
    QCOMPARE(c.tmdbUrl, QUrl(u"http://127.0.0.1:8003/3"_s));
    QCOMPARE(c.aniListUrl, QUrl(u"https://graphql.anilist.co"_s));
    QCOMPARE(c.traktClientId, u"from-settings"_s);

    env.insert(u"TSUZUKI_TRAKT_URL"_s, u"http://127.0.0.1:9001"_s);
    env.insert(u"TSUZUKI_TRAKT_AUTH_URL"_s, u"http://127.0.0.1:9001"_s);
    env.insert(u"TSUZUKI_ANILIST_URL"_s, u"http://127.0.0.1:9000"_s);
    env.insert(u"TSUZUKI_TMDB_URL"_s, u"http://127.0.0.1:9002"_s);
    env.insert(u"TRAKT_CLIENT_ID"_s, u"from-env"_s);
    c = ServiceConfig::load(&settings, env);
    QCOMPARE(c.traktUrl, QUrl(u"http://127.0.0.1:9001"_s));
    QCOMPARE(c.traktAuthUrl, QUrl(u"http://127.0.0.1:9001"_s));
    QCOMPARE(c.aniListUrl, QUrl(u"http://127.0.0.1:9000"_s));
    QCOMPARE(c.tmdbUrl, QUrl(u"http://127.0.0.1:9002"_s));
    QCOMPARE(c.traktClientId, u"from-env"_s);
}

void TestServiceConfig::badValuesIgnored()
{
    QProcessEnvironment env;
    env.insert(u"TSUZUKI_TRAKT_URL"_s, u"not a url"_s);
    env.insert(u"TSUZUKI_ANILIST_URL"_s, u"   "_s);
    const ServiceConfig c = ServiceConfig::load(nullptr, env);
    QCOMPARE(c.traktUrl, QUrl(u"https://api.trakt.tv"_s));
    QCOMPARE(c.aniListUrl, QUrl(u"https://graphql.anilist.co"_s));
}

QTEST_GUILESS_MAIN(TestServiceConfig)
#include "tst_serviceconfig.moc"
