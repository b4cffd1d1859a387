#include "fribbsimporter.h"

#include "core/mapping/importhelpers.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using namespace ImportHelpers;

namespace {

const QString Source = u"Fribbs"_s;

Error fieldError(qsizetype index, const QString &field, const QJsonValue &value)
{
    const QString shown
        = QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
              .mid(1)
              .chopped(1)
              .left(60);
    return inputError(
        Source, tr("entry %1: \"%2\" has the wrong type (%3).").arg(index + 1).arg(field, shown));
}

/// Anime-Lists gives a TVDB and a TMDB placement per entry. Where every entry of a TVDB series that
/// has both puts its episodes at the same season and offset in both, and names one TMDB show, that
/// series is numbered like TMDB (= Trakt): TVDB-numbered data of its entries may be used. Marked on
/// every row of the series as extra {"tvdbMatchesTmdb": <tmdb show id>}.
void markSameNumbering(QList<IdMapRow> &rows)
{
    struct Series
    {
        std::optional<qint64> tmdb;
        bool agrees = true;
        int compared = 0;
    };
    QHash<qint64, Series> series;
    for (const IdMapRow &row : std::as_const(rows)) {
        if (!row.tvdbId)
            continue;
        Series &s = series[*row.tvdbId];
        if (!row.tvdbSeason || !row.tmdbSeason || row.tmdbType != u"tv"_s || !row.tmdbId)
            continue;
        ++s.compared;
        if (s.tmdb && *s.tmdb != *row.tmdbId)
            s.agrees = false;
        s.tmdb = row.tmdbId;
        if (*row.tvdbSeason != *row.tmdbSeason
            || row.tvdbOffset.value_or(0) != row.tmdbOffset.value_or(0))
            s.agrees = false;
    }
    for (IdMapRow &row : rows) {
        if (!row.tvdbId)
            continue;
        const Series s = series.value(*row.tvdbId);
        if (s.agrees && s.compared > 0 && s.tmdb)
            row.extra = QString::fromUtf8(QJsonDocument(
                QJsonObject { { u"tvdbMatchesTmdb"_s,
                    double(*s.tmdb) } }).toJson(QJsonDocument::Compact));
    }
}

} // namespace

Result<ParsedSource> FribbsImporter::parse(const QByteArray &json)
{
    auto doc = parseJson(Source, json);
    if (!doc)
        return doc.error();
    if (!doc->isArray()) {
        return inputError(Source,
            tr("expected a JSON array of entries (Fribb's anime-list-full.json), found %1.")
                .arg(doc->isObject() ? tr("an object") : tr("something else")));
    }
    const QJsonArray entries = doc->array();
    ParsedSource out;
    out.entries = entries.size();
    out.rows.reserve(entries.size() / 2);
    QSet<qint64> seen;
    seen.reserve(entries.size());

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue value = entries.at(i);
        if (!value.isObject())
            return inputError(Source, tr("entry %1 is not an object.").arg(i + 1));
        const QJsonObject o = value.toObject();
        bool ok = true;
        const auto anilist = readId(o.value(u"anilist_id"_s), &ok);
        if (!ok || o.value(u"anilist_id"_s).isString())
            return fieldError(i, u"anilist_id"_s, o.value(u"anilist_id"_s));
        if (!anilist)
            continue;
        if (seen.contains(*anilist)) {
            ++out.duplicates;
            continue;
        }
        seen.insert(*anilist);

        IdMapRow row;
        row.source = u"fribbs"_s;
        row.anilistId = *anilist;
        row.mediaType = o.value(u"type"_s).toString();

        auto id = [&](const QString &field, std::optional<qint64> &target) -> bool {
            target = readId(o.value(field), &ok);
            return ok;
        };
        if (!id(u"mal_id"_s, row.malId))
            return fieldError(i, u"mal_id"_s, o.value(u"mal_id"_s));
        if (!id(u"anidb_id"_s, row.anidbId))
            return fieldError(i, u"anidb_id"_s, o.value(u"anidb_id"_s));
        // Current format: tvdb_id; old format: thetvdb_id.
        const QString tvdbField = o.contains(u"tvdb_id"_s) ? u"tvdb_id"_s : u"thetvdb_id"_s;
        if (!id(tvdbField, row.tvdbId))
            return fieldError(i, tvdbField, o.value(tvdbField));

        const QJsonValue tmdb = o.value(u"themoviedb_id"_s);
        if (tmdb.isObject()) {
            const QJsonObject t = tmdb.toObject();
            if (t.contains(u"tv"_s)) {
                row.tmdbId = readId(t.value(u"tv"_s), &ok);
                row.tmdbType = u"tv"_s;
            } else if (t.contains(u"movie"_s)) {
                row.tmdbId = readId(t.value(u"movie"_s), &ok);
                row.tmdbType = u"movie"_s;
            }
            if (!ok)
                return fieldError(i, u"themoviedb_id"_s, tmdb);
        } else {
            row.tmdbId
                = readId(tmdb, &ok); // old format: a bare id; the entry's type says movie or show
            if (!ok)
                return fieldError(i, u"themoviedb_id"_s, tmdb);
            if (row.tmdbId)
                row.tmdbType = row.mediaType.compare(u"MOVIE"_s, Qt::CaseInsensitive) == 0
                    ? u"movie"_s
                    : u"tv"_s;
        }
        if (!row.tmdbId)
            row.tmdbType.clear();

        row.imdbId = readText(o.value(u"imdb_id"_s), &ok);
        if (!ok)
            return fieldError(i, u"imdb_id"_s, o.value(u"imdb_id"_s));

        for (const auto &[field, tvdbTarget, tmdbTarget] :
            { std::tuple { u"season"_s, &row.tvdbSeason, &row.tmdbSeason },
                std::tuple { u"episode_offset"_s, &row.tvdbOffset, &row.tmdbOffset } }) {
            const QJsonValue v = o.value(field);
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isObject())
                return fieldError(i, field, v);
            *tvdbTarget = readSmall(v.toObject().value(u"tvdb"_s), &ok);
            if (!ok)
                return fieldError(i, field + u".tvdb"_s, v.toObject().value(u"tvdb"_s));
            *tmdbTarget = readSmall(v.toObject().value(u"tmdb"_s), &ok);
            if (!ok)
                return fieldError(i, field + u".tmdb"_s, v.toObject().value(u"tmdb"_s));
        }
        // An offset without a season means the default season 1 in Anime-Lists terms; keep it as
        // given.
        out.rows.append(std::move(row));
    }
    markSameNumbering(out.rows);
    if (out.rows.isEmpty()) {
        return inputError(Source,
            tr("none of the %1 entries has an anilist_id (is this Fribb's AniList-keyed list?).")
                .arg(entries.size()));
    }
    return out;
}

} // namespace Tsuzuki
