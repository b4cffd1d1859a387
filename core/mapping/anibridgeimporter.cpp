#include "anibridgeimporter.h"

#include "core/mapping/importhelpers.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using namespace ImportHelpers;

namespace {

const QString Source = u"AniBridge"_s;

Error fieldError(const QString &key, const QString &field, const QString &problem = {})
{
    if (!problem.isEmpty())
        return inputError(Source, tr("AniList %1: \"%2\": %3").arg(key, field, problem));
    return inputError(Source, tr("AniList %1: \"%2\" has the wrong type.").arg(key, field));
}

} // namespace

Result<ParsedSource> AniBridgeImporter::parse(const QByteArray &json)
{
    auto doc = parseJson(Source, json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return inputError(
            Source, tr("expected a JSON object keyed by AniList id, found an array or value."));
    const QJsonObject root = doc->object();
    ParsedSource out;
    out.rows.reserve(root.size());
    qsizetype withKnownField = 0;

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString key = it.key();
        if (key.startsWith(u'$'))
            continue; // "$schema" and similar metadata
        ++out.entries;
        bool ok = false;
        const qint64 anilistId = key.toLongLong(&ok);
        if (!ok || anilistId <= 0)
            return inputError(Source, tr("the key \"%1\" is not an AniList id.").arg(key.left(40)));
        if (!it.value().isObject())
            return inputError(Source, tr("AniList %1: the entry is not an object.").arg(key));
        const QJsonObject o = it.value().toObject();
        if (o.contains(u"anilist_id"_s)) {
            // Kometa's and Fribb's lists carry anilist_id inside entries keyed by AniDB id: not
            // this format.
            return inputError(Source,
                tr("the entries carry their own anilist_id, so the keys are not AniList ids "
                   "(is this Kometa's or Fribb's list?)."));
        }
        static const QStringList known { u"mal_id"_s, u"anidb_id"_s, u"tvdb_id"_s,
            u"tmdb_show_id"_s, u"tmdb_movie_id"_s, u"imdb_id"_s, u"tvdb_mappings"_s };
        for (const QString &field : known) {
            if (o.contains(field)) {
                ++withKnownField;
                break;
            }
        }

        IdMapRow row;
        row.source = u"anibridge"_s;
        row.anilistId = anilistId;
        auto id = [&](const QString &field, std::optional<qint64> &target) -> bool {
            target = readId(o.value(field), &ok);
            return ok;
        };
        for (const auto &[field, target] :
            { std::pair { u"mal_id"_s, &row.malId }, std::pair { u"anidb_id"_s, &row.anidbId },
                std::pair { u"tvdb_id"_s, &row.tvdbId } }) {
            if (!id(field, *target))
                return fieldError(key, field);
        }
        std::optional<qint64> tmdbShow;
        std::optional<qint64> tmdbMovie;
        if (!id(u"tmdb_show_id"_s, tmdbShow))
            return fieldError(key, u"tmdb_show_id"_s);
        if (!id(u"tmdb_movie_id"_s, tmdbMovie))
            return fieldError(key, u"tmdb_movie_id"_s);
        if (tmdbShow) {
            row.tmdbId = tmdbShow;
            row.tmdbType = u"tv"_s;
        } else if (tmdbMovie) {
            row.tmdbId = tmdbMovie;
            row.tmdbType = u"movie"_s;
        }
        row.imdbId = readText(o.value(u"imdb_id"_s), &ok);
        if (!ok)
            return fieldError(key, u"imdb_id"_s);

        const QJsonValue mappings = o.value(u"tvdb_mappings"_s);
        if (!mappings.isUndefined() && !mappings.isNull()) {
            if (!mappings.isObject())
                return fieldError(key, u"tvdb_mappings"_s);
            QList<SeasonPattern> seasons;
            const QJsonObject m = mappings.toObject();
            for (auto s = m.constBegin(); s != m.constEnd(); ++s) {
                if (!s.value().isString())
                    return fieldError(key, u"tvdb_mappings."_s + s.key());
                auto parsed = EpisodePattern::parseSeason(s.key(), s.value().toString());
                if (!parsed)
                    return fieldError(
                        key, u"tvdb_mappings."_s + s.key(), parsed.error().userMessage);
                seasons.append(parsed.value());
            }
            // QJsonObject sorts keys as text (s10 before s2); the upstream file lists seasons in
            // numeric order with s0 first (checked over every entry of the 2025-02 copy), so
            // numeric order is file order.
            std::stable_sort(seasons.begin(), seasons.end(),
                [](const SeasonPattern &a, const SeasonPattern &b) { return a.season < b.season; });
            QJsonArray list;
            for (const SeasonPattern &s : seasons)
                list.append(QJsonObject { { u"season"_s, s.season }, { u"pattern"_s, s.text } });
            if (!list.isEmpty())
                row.extra = QString::fromUtf8(QJsonDocument(
                    QJsonObject { { u"tvdbMappings"_s,
                        list } }).toJson(QJsonDocument::Compact));
            // A single regular season with one plain range is a TVDB season + offset as well.
            QList<SeasonPattern> regular;
            for (const SeasonPattern &s : seasons) {
                if (s.season > 0)
                    regular.append(s);
            }
            if (regular.size() == 1 && regular.first().ranges.size() == 1
                && regular.first().ranges.first().ratio == 1) {
                row.tvdbSeason = regular.first().season;
                row.tvdbOffset = regular.first().ranges.first().first - 1;
            } else if (regular.isEmpty() && seasons.size() == 1) {
                row.tvdbSeason = 0;
                row.tvdbOffset = seasons.first().ranges.first().first - 1;
            }
        }
        out.rows.append(std::move(row));
    }
    if (out.rows.isEmpty())
        return inputError(Source, tr("the file has no AniList entries."));
    if (withKnownField == 0) {
        return inputError(Source,
            tr("none of the %1 entries has a mapping field (mal_id, tvdb_id, tvdb_mappings, ...).")
                .arg(out.rows.size()));
    }
    return out;
}

QList<SeasonPattern> AniBridgeImporter::patternsFromExtra(const QString &extra)
{
    QList<SeasonPattern> out;
    if (extra.isEmpty())
        return out;
    const QJsonArray list
        = QJsonDocument::fromJson(extra.toUtf8()).object().value(u"tvdbMappings"_s).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        auto parsed = EpisodePattern::parse(o.value(u"pattern"_s).toString());
        if (parsed)
            out.append(SeasonPattern {
                o.value(u"season"_s).toInt(), parsed.value(), o.value(u"pattern"_s).toString() });
    }
    return out;
}

} // namespace Tsuzuki
