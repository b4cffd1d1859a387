#include "otakuimporter.h"

#include "core/mapping/importhelpers.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using namespace ImportHelpers;

namespace {

const QString Source = u"Otaku"_s;

struct Range
{
    int first = 0;
    int last = 0;
};

/// "13 - 22" or "5" → {13, 22}.
std::optional<Range> parseRange(const QVariant &value)
{
    static const QRegularExpression re(u"^\\s*(\\d+)\\s*(?:-\\s*(\\d+))?\\s*$"_s);
    const auto m = re.match(value.toString());
    if (!m.hasMatch())
        return std::nullopt;
    Range r { m.captured(1).toInt(), m.captured(1).toInt() };
    if (m.hasCaptured(2))
        r.last = m.captured(2).toInt();
    return r;
}

/// An integer column that may hold text: a number, "a,b" (first), or nothing.
std::optional<qint64> looseId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toString().split(u',').first().trimmed().toLongLong(&ok);
    return ok && n > 0 ? std::optional<qint64>(n) : std::nullopt;
}

Result<ParsedSource> readDatabase(QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (!tables.contains(u"anime"_s)) {
        return inputError(Source,
            tr("the database has no \"anime\" table (tables: %1).")
                .arg(tables.isEmpty() ? tr("none") : tables.join(u", "_s)));
    }
    const QSqlRecord record = db.record(u"anime"_s);
    if (record.indexOf(u"anilist_id"_s) < 0)
        return inputError(Source, tr("the \"anime\" table has no anilist_id column."));

    ParsedSource out;
    {
        QSqlQuery count(db);
        if (count.exec(u"SELECT COUNT(*) FROM anime"_s) && count.next())
            out.entries = count.value(0).toLongLong();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT * FROM anime WHERE anilist_id IS NOT NULL ORDER BY anilist_id"_s))
        return inputError(Source, tr("the \"anime\" table cannot be read."), q.lastError().text());
    const QSqlRecord r = q.record();
    const int cMal = r.indexOf(u"mal_id"_s), cAnilist = r.indexOf(u"anilist_id"_s),
              cAnidb = r.indexOf(u"anidb_id"_s), cTvdb = r.indexOf(u"thetvdb_id"_s),
              cTmdb = r.indexOf(u"themoviedb_id"_s), cImdb = r.indexOf(u"imdb_id"_s),
              cTrakt = r.indexOf(u"trakt_id"_s), cSeason = r.indexOf(u"thetvdb_season"_s),
              cPart = r.indexOf(u"thetvdb_part"_s), cMedia = r.indexOf(u"anime_media_type"_s),
              cGlobal = r.indexOf(u"global_media_type"_s),
              cEps = r.indexOf(u"anime_media_episodes"_s),
              cTvdbEps = r.indexOf(u"globel_media_episodes"_s);
    auto col = [&](int index) { return index < 0 ? QVariant() : q.value(index); };

    qint64 previous = -1;
    while (q.next()) {
        bool ok = false;
        const QVariant rawAnilist = q.value(cAnilist);
        const qint64 anilistId = rawAnilist.toLongLong(&ok);
        if (!ok || anilistId <= 0) {
            return inputError(Source,
                tr("row with mal_id %1: anilist_id \"%2\" is not a number.")
                    .arg(col(cMal).toString(), rawAnilist.toString().left(40)));
        }
        if (anilistId == previous) {
            ++out.duplicates;
            continue;
        }
        previous = anilistId;
        IdMapRow row;
        row.source = u"otaku"_s;
        row.anilistId = anilistId;
        row.malId = looseId(col(cMal));
        row.anidbId = looseId(col(cAnidb));
        row.mediaType = col(cMedia).toString();
        const QString global = col(cGlobal).toString();
        QJsonObject extra;

        const QVariant tvdb = col(cTvdb);
        if (!tvdb.isNull()) {
            row.tvdbId = looseId(tvdb);
            if (!row.tvdbId && !tvdb.toString().trimmed().isEmpty())
                extra.insert(u"tvdbMarker"_s,
                    tvdb.toString()); // "movie", "OVA", ... (Anime-Lists type markers)
        }
        row.tmdbId = looseId(col(cTmdb));
        if (row.tmdbId) {
            const bool movie
                = global == u"movie"_s || (global.isEmpty() && row.mediaType == u"MOVIE"_s);
            row.tmdbType = movie ? u"movie"_s : u"tv"_s;
        }
        row.imdbId = col(cImdb).toString().split(u',').first().trimmed();
        row.traktId = looseId(col(cTrakt));
        if (row.traktId)
            row.traktType = global == u"movie"_s ? u"movie"_s : u"show"_s;

        const QVariant season = col(cSeason);
        if (!season.isNull() && row.tvdbId) {
            const QString text = season.toString().trimmed();
            if (text.compare(u"a"_s, Qt::CaseInsensitive) == 0) {
                row.tvdbSeason = -1;
            } else {
                bool seasonOk = false;
                const int n = text.toInt(&seasonOk);
                if (!seasonOk) {
                    return inputError(Source,
                        tr("AniList %1: thetvdb_season \"%2\" is neither a number nor \"a\".")
                            .arg(anilistId)
                            .arg(text.left(20)));
                }
                row.tvdbSeason = n;
            }
        }
        const QVariant tvdbEpisodes = col(cTvdbEps);
        if (const auto range = parseRange(tvdbEpisodes); range && row.tvdbSeason) {
            row.tvdbOffset = range->first - 1;
            extra.insert(u"tvdbEpisodes"_s, tvdbEpisodes.toString());
        }
        const QVariant ownEpisodes = col(cEps);
        if (const auto range = parseRange(ownEpisodes)) {
            row.episodes = range->last - range->first + 1;
            extra.insert(u"episodes"_s, ownEpisodes.toString());
        }
        if (const auto part = looseId(col(cPart)); part && row.tvdbSeason)
            extra.insert(u"tvdbPart"_s, double(*part));
        if (!global.isEmpty())
            extra.insert(u"globalMediaType"_s, global);
        if (!extra.isEmpty())
            row.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
        out.rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return inputError(Source, tr("the \"anime\" table cannot be read."), q.lastError().text());
    if (out.rows.isEmpty())
        return inputError(Source, tr("the \"anime\" table has no row with an AniList id."));

    if (tables.contains(u"activities"_s)) {
        QSqlQuery a(db);
        if (a.exec(u"SELECT MAX(CAST(last_updated AS INTEGER)) FROM activities"_s) && a.next()
            && !a.value(0).isNull())
            out.lastActivity = QDateTime::fromSecsSinceEpoch(a.value(0).toLongLong(), Qt::UTC);
    }
    return out;
}

} // namespace

Result<ParsedSource> OtakuImporter::parse(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(Source, tr("cannot open \"%1\": %2").arg(path, file.errorString()));
    const QByteArray head = file.read(4096);
    file.close();
    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        QString what = describeBytes(head);
        if (what.isEmpty() || head.startsWith("SQLite"))
            what = tr("the file is not a SQLite database.");
        return inputError(Source, what);
    }

    static QAtomicInt counter;
    const QString connection = u"tsuzuki-otaku-import-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    Result<ParsedSource> result = inputError(Source, tr("the database could not be opened."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(QFileInfo(path).absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = inputError(
                Source, tr("the database could not be opened."), db.lastError().text());
        } else {
            result = readDatabase(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace Tsuzuki
