#pragma once
// Mapping data for a generated library, in the three sources' real formats, for tests that
// download it as a first start does: an Otaku SQLite file, Fribb's anime-list JSON and an
// AniBridge v3 JSON. One movie can be made "broken": its data names a TMDB id Trakt does not
// know and an Otaku Trakt id that does not exist, so Trakt answers not_found for its play until
// someone fixes its mapping.
#include "tests/fakes/fakedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

namespace Tsuzuki::Test {

struct JourneyMappingFiles
{
    QByteArray otaku; ///< anime_mappings.db (SQLite)
    QByteArray fribbs; ///< anime-list-full.json
    QByteArray anibridge; ///< mappings.json (v3)

    static constexpr qint64 BrokenTraktId = 9'999'999;
    static constexpr qint64 BrokenTmdbOffset = 900'000;

    static JourneyMappingFiles build(
        const FakeLibrary &library, qint64 brokenMovieAnilistId, const QTemporaryDir &dir)
    {
        using namespace Qt::StringLiterals;
        JourneyMappingFiles files;
        QJsonArray fribbs;
        QJsonObject anibridge { { u"$meta"_s,
            QJsonObject {
                { u"schema_version"_s, u"3.0.0"_s }, { u"note"_s, u"generated for a test"_s } } } };
        const QString otakuPath = dir.filePath(u"anime_mappings.db"_s);
        const QString connection = u"journey-otaku-%1"_s.arg(quintptr(&files));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(otakuPath);
            if (db.open()) {
                QSqlQuery(db).exec(
                    u"CREATE TABLE anime (mal_id INTEGER PRIMARY KEY, anilist_id INTEGER, "
                    u"anidb_id INTEGER, thetvdb_id INTEGER, themoviedb_id INTEGER, imdb_id "
                    u"INTEGER, trakt_id INTEGER, thetvdb_season INTEGER, thetvdb_part INTEGER, "
                    u"anime_media_type TEXT, global_media_type TEXT, anime_media_episodes "
                    u"INTEGER, globel_media_episodes INTEGER, score REAL, status TEXT)"_s);
                QSqlQuery(db).exec(
                    u"CREATE TABLE activities (sync_id INTEGER PRIMARY KEY, last_updated TEXT)"_s);
                QSqlQuery(db).exec(u"INSERT INTO activities VALUES (1, '1767225600')"_s);
                for (const FakeIdPair &p : library.idPairs) {
                    const bool broken = p.anilistId == brokenMovieAnilistId;
                    const qint64 tmdb = broken ? p.tmdbId + BrokenTmdbOffset : p.tmdbId;
                    QSqlQuery q(db);
                    q.prepare(u"INSERT INTO anime (mal_id, anilist_id, themoviedb_id, trakt_id, "
                              u"global_media_type, anime_media_episodes) VALUES (?, ?, ?, ?, ?, "
                              u"?)"_s);
                    q.addBindValue(p.malId > 0 ? p.malId : 700000 + p.anilistId);
                    q.addBindValue(p.anilistId);
                    q.addBindValue(tmdb);
                    q.addBindValue(broken ? BrokenTraktId : p.traktId);
                    q.addBindValue(p.isMovie ? u"movie"_s : u"tv"_s);
                    q.addBindValue(p.episodes);
                    q.exec();

                    QJsonObject row { { u"anilist_id"_s, p.anilistId },
                        { u"type"_s, p.isMovie ? u"MOVIE"_s : u"TV"_s },
                        { u"themoviedb_id"_s,
                            QJsonObject { { p.isMovie ? u"movie"_s : u"tv"_s, tmdb } } } };
                    if (p.malId > 0)
                        row.insert(u"mal_id"_s, p.malId);
                    QJsonObject targets;
                    if (p.isMovie) {
                        targets.insert(
                            u"tmdb_movie:%1"_s.arg(tmdb), QJsonObject { { u"1"_s, u"1"_s } });
                    } else {
                        row.insert(u"season"_s, QJsonObject { { u"tmdb"_s, p.season } });
                        row.insert(
                            u"episode_offset"_s, QJsonObject { { u"tmdb"_s, p.episodeOffset } });
                        const int n = qMax(1, p.episodes);
                        const QString from = n == 1 ? u"1"_s : u"1-%1"_s.arg(n);
                        const QString to = n == 1
                            ? QString::number(1 + p.episodeOffset)
                            : u"%1-%2"_s.arg(1 + p.episodeOffset).arg(n + p.episodeOffset);
                        targets.insert(u"tmdb_show:%1:s%2"_s.arg(tmdb).arg(p.season),
                            QJsonObject { { from, to } });
                    }
                    fribbs.append(row);
                    anibridge.insert(u"anilist:%1"_s.arg(p.anilistId), targets);
                }
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        QFile otaku(otakuPath);
        if (otaku.open(QIODevice::ReadOnly))
            files.otaku = otaku.readAll();
        files.fribbs = QJsonDocument(fribbs).toJson(QJsonDocument::Compact);
        files.anibridge = QJsonDocument(anibridge).toJson(QJsonDocument::Compact);
        return files;
    }
};

} // namespace Tsuzuki::Test
