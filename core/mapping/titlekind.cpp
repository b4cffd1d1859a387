#include "titlekind.h"

#include "core/mapping/anibridgev3importer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::TitleKind", text);
}

struct Vote
{
    QString source;
    std::optional<bool> movie;
    std::optional<qint64> tmdbId;
};

Vote voteOf(const IdMapRow &row, const QString &format)
{
    Vote v { row.source, std::nullopt, std::nullopt };
    if (row.source == AniBridgeV3Importer::idMapSource()) {
        bool show = false;
        bool movie = false;
        std::optional<qint64> showId;
        std::optional<qint64> movieId;
        for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(row.extra)) {
            if (t.provider == u"tmdb_show"_s) {
                show = true;
                showId = showId ? showId : std::optional<qint64>(t.id);
            } else if (t.provider == u"tmdb_movie"_s) {
                movie = true;
                movieId = movieId ? movieId : std::optional<qint64>(t.id);
            }
        }
        if (show && movie) // both: AniList's own format settles it
            v.movie = format.compare(u"MOVIE"_s, Qt::CaseInsensitive) == 0;
        else if (show || movie)
            v.movie = movie;
        if (v.movie)
            v.tmdbId = *v.movie ? movieId : showId;
        return v;
    }
    if (row.source == u"otaku"_s) {
        // Otaku files TMDB movie ids of ONA/OVA rows as shows; only its own show/movie root
        // type counts.
        const QString global = QJsonDocument::fromJson(row.extra.toUtf8())
                                   .object()
                                   .value(u"globalMediaType"_s)
                                   .toString();
        if (global == u"movie"_s || global == u"show"_s)
            v.movie = global == u"movie"_s;
        else if (!row.traktType.isEmpty())
            v.movie = row.traktType == u"movie"_s;
        if (v.movie && row.tmdbId)
            v.tmdbId = row.tmdbId;
        return v;
    }
    if (row.tmdbId && (row.tmdbType == u"movie"_s || row.tmdbType == u"tv"_s)) {
        v.movie = row.tmdbType == u"movie"_s;
        v.tmdbId = row.tmdbId;
    }
    return v;
}

} // namespace

QStringList TitleKind::tmdbSourceOrder()
{
    return { AniBridgeV3Importer::idMapSource(), u"fribbs"_s, u"anibridge"_s, u"otaku"_s };
}

KindDecision TitleKind::decide(const QString &format, const QList<IdMapRow> &rows)
{
    QString effective = format.trimmed().toUpper();
    if (effective.isEmpty()) {
        // No AniList format given (the CLI's `map` without --format): the sources' media type.
        for (const QString &source : { u"otaku"_s, u"fribbs"_s }) {
            for (const IdMapRow &row : rows) {
                if (row.source == source && !row.mediaType.isEmpty() && effective.isEmpty())
                    effective = row.mediaType.toUpper();
            }
        }
    }
    KindDecision d;
    std::optional<bool> decided;
    for (const QString &source : tmdbSourceOrder()) {
        for (const IdMapRow &row : rows) {
            if (row.source != source)
                continue;
            const Vote v = voteOf(row, effective);
            if (!v.movie)
                continue;
            if (!decided) {
                decided = v.movie;
                d.source = source;
                d.tmdbId = v.tmdbId;
            } else if (*decided != *v.movie) {
                d.conflict = true;
            }
        }
    }
    if (decided) {
        d.kind = *decided ? ResolvedId::Kind::Movie : ResolvedId::Kind::Show;
        d.reason = *decided ? tr("%1 files it as a TMDB movie.").arg(d.source)
                            : tr("%1 places it in a TMDB show.").arg(d.source);
        return d;
    }
    const bool movie = effective == u"MOVIE"_s;
    d.kind = movie ? ResolvedId::Kind::Movie : ResolvedId::Kind::Show;
    d.source = u"anilist-format"_s;
    d.reason = effective.isEmpty()
        ? tr("No source gives a TMDB kind; treated as a show.")
        : tr("No source gives a TMDB kind; the format %1 decides.").arg(effective);
    return d;
}

} // namespace Tsuzuki
