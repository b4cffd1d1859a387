#include "core/common/idparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tsuzuki;
using Kind = IdParser::ParsedId::Kind;

Q_DECLARE_METATYPE(Kind)

class TestIdParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aniList_data();
    void aniList();
    void trakt_data();
    void trakt();
    void tmdb_data();
    void tmdb();
    void tvdb_data();
    void tvdb();
    void imdb_data();
    void imdb();
};

static void addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("slug");
}

void TestIdParser::aniList_data()
{
    addColumns();
    QTest::newRow("bare") << u"21"_s << Kind::Numeric << qint64(21) << QString();
    QTest::newRow("spaces") << u"  154587 "_s << Kind::Numeric << qint64(154587) << QString();
    QTest::newRow("url") << u"https://anilist.co/anime/21/ONE-PIECE/"_s << Kind::Numeric
                         << qint64(21) << QString();
    QTest::newRow("no scheme") << u"anilist.co/anime/1535"_s << Kind::Numeric << qint64(1535)
                               << QString();
    QTest::newRow("www + query") << u"https://www.anilist.co/anime/20/Naruto?x=1#top"_s
                                 << Kind::Numeric << qint64(20) << QString();
    QTest::newRow("manga") << u"https://anilist.co/manga/30013/One-Piece"_s << Kind::Invalid
                           << qint64(0) << QString();
    QTest::newRow("other host") << u"https://myanimelist.net/anime/21"_s << Kind::Invalid
                                << qint64(0) << QString();
    QTest::newRow("lookalike host")
        << u"https://evilanilist.co/anime/21"_s << Kind::Invalid << qint64(0) << QString();
    QTest::newRow("zero") << u"0"_s << Kind::Invalid << qint64(0) << QString();
    QTest::newRow("negative") << u"-5"_s << Kind::Invalid << qint64(0) << QString();
    QTest::newRow("empty") << QString() << Kind::Invalid << qint64(0) << QString();
    QTest::newRow("huge") << u"99999999999999999999"_s << Kind::Invalid << qint64(0) << QString();
    QTest::newRow("words") << u"one piece"_s << Kind::Invalid << qint64(0) << QString();
    QTest::newRow("user page") << u"https://anilist.co/user/someone"_s << Kind::Invalid << qint64(0)
                               << QString();
}

void TestIdParser::aniList()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(qint64, id);
    const auto parsed = IdParser::parseAniList(input);
    QCOMPARE(parsed.kind, kind);
    QCOMPARE(parsed.id, id);
    QCOMPARE(parsed.error.isEmpty(), kind != Kind::Invalid);
}

void TestIdParser::trakt_data()
{
    addColumns();
    QTest::newRow("bare") << u"37696"_s << Kind::Numeric << qint64(37696) << QString();
    QTest::newRow("numeric url") << u"https://trakt.tv/shows/37696"_s << Kind::Numeric
                                 << qint64(37696) << QString();
    QTest::newRow("slug") << u"https://trakt.tv/shows/one-piece"_s << Kind::Slug << qint64(0)
                          << u"one-piece"_s;
    QTest::newRow("season page") << u"https://trakt.tv/shows/attack-on-titan/seasons/2"_s
                                 << Kind::Slug << qint64(0) << u"attack-on-titan"_s;
    QTest::newRow("movie") << u"trakt.tv/movies/12345"_s << Kind::Numeric << qint64(12345)
                           << QString();
    QTest::newRow("app subdomain")
        << u"https://app.trakt.tv/shows/1390"_s << Kind::Numeric << qint64(1390) << QString();
    QTest::newRow("user page") << u"https://trakt.tv/users/me/history"_s << Kind::Invalid
                               << qint64(0) << QString();
    QTest::newRow("other host") << u"https://anilist.co/anime/21"_s << Kind::Invalid << qint64(0)
                                << QString();
    QTest::newRow("garbage") << u"tt123"_s << Kind::Invalid << qint64(0) << QString();
}

void TestIdParser::trakt()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(qint64, id);
    QFETCH(QString, slug);
    const auto parsed = IdParser::parseTrakt(input);
    QCOMPARE(parsed.kind, kind);
    QCOMPARE(parsed.id, id);
    QCOMPARE(parsed.slug, slug);
}

void TestIdParser::tmdb_data()
{
    addColumns();
    QTest::newRow("bare") << u"37854"_s << Kind::Numeric << qint64(37854) << QString();
    QTest::newRow("tv url") << u"https://www.themoviedb.org/tv/1429-attack-on-titan"_s
                            << Kind::Numeric << qint64(1429) << QString();
    QTest::newRow("movie url") << u"https://www.themoviedb.org/movie/372058-your-name?language=en"_s
                               << Kind::Numeric << qint64(372058) << QString();
    QTest::newRow("season url") << u"themoviedb.org/tv/1429/season/2"_s << Kind::Numeric
                                << qint64(1429) << QString();
    QTest::newRow("person") << u"https://www.themoviedb.org/person/1-george"_s << Kind::Invalid
                            << qint64(0) << QString();
}

void TestIdParser::tmdb()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(qint64, id);
    const auto parsed = IdParser::parseTmdb(input);
    QCOMPARE(parsed.kind, kind);
    QCOMPARE(parsed.id, id);
}

void TestIdParser::tvdb_data()
{
    addColumns();
    QTest::newRow("bare") << u"81797"_s << Kind::Numeric << qint64(81797) << QString();
    QTest::newRow("dereferrer") << u"https://thetvdb.com/dereferrer/series/81797"_s << Kind::Numeric
                                << qint64(81797) << QString();
    QTest::newRow("query id") << u"https://thetvdb.com/?tab=series&id=81797"_s << Kind::Numeric
                              << qint64(81797) << QString();
    QTest::newRow("slug") << u"https://thetvdb.com/series/one-piece"_s << Kind::Slug << qint64(0)
                          << u"one-piece"_s;
    QTest::newRow("other") << u"https://example.com/series/1"_s << Kind::Invalid << qint64(0)
                           << QString();
}

void TestIdParser::tvdb()
{
    QFETCH(QString, input);
    QFETCH(Kind, kind);
    QFETCH(qint64, id);
    QFETCH(QString, slug);
    const auto parsed = IdParser::parseTvdb(input);
    QCOMPARE(parsed.kind, kind);
    QCOMPARE(parsed.id, id);
    QCOMPARE(parsed.slug, slug);
}

void TestIdParser::imdb_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << u"tt0388629"_s << u"tt0388629"_s;
    QTest::newRow("url") << u"https://www.imdb.com/title/tt0388629/"_s << u"tt0388629"_s;
    QTest::newRow("url with ref") << u"https://m.imdb.com/title/tt2560140/?ref_=nv_sr_1"_s
                                  << u"tt2560140"_s;
    QTest::newRow("too short") << u"tt12"_s << QString();
    QTest::newRow("name id") << u"nm0000123"_s << QString();
    QTest::newRow("embedded") << u"xtt0388629"_s << QString();
}

void TestIdParser::imdb()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(IdParser::parseImdb(input, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestIdParser)
#include "tst_idparser.moc"
