#include "traktseason.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

bool TraktSeasons::hasEpisode(const TraktSeason &season, int episode)
{
    if (episode < 1)
        return false;
    if (season.episodes.isEmpty())
        return episode <= season.episodeCount;
    for (const TraktEpisode &e : season.episodes) {
        if (e.number == episode)
            return true;
    }
    return false;
}

Result<QList<TraktSeason>> TraktSeasons::fromTraktJson(const QJsonArray &array)
{
    QList<TraktSeason> out;
    for (const QJsonValue &value : array) {
        const QJsonObject s = value.toObject();
        if (!value.isObject() || !s.value(u"number"_s).isDouble()) {
            return makeError(ErrorCode::BadResponse,
                QCoreApplication::translate("Tsuzuki::TraktSeasons",
                    "Trakt's season list has an entry without a season number."));
        }
        TraktSeason season;
        season.number = s.value(u"number"_s).toInt();
        const QJsonArray episodes = s.value(u"episodes"_s).toArray();
        for (const QJsonValue &ev : episodes) {
            const QJsonObject e = ev.toObject();
            TraktEpisode ep;
            ep.season = e.value(u"season"_s).toInt(season.number);
            ep.number = e.value(u"number"_s).toInt();
            if (e.value(u"number_abs"_s).isDouble())
                ep.numberAbs = e.value(u"number_abs"_s).toInt();
            const QJsonValue trakt = e.value(u"ids"_s).toObject().value(u"trakt"_s);
            if (trakt.isDouble())
                ep.ids.trakt = qint64(trakt.toDouble());
            ep.title = e.value(u"title"_s).toString();
            season.episodes.append(ep);
        }
        season.episodeCount = s.value(u"episode_count"_s).isDouble()
            ? s.value(u"episode_count"_s).toInt()
            : int(season.episodes.size());
        if (season.episodeCount < season.episodes.size())
            season.episodeCount = int(season.episodes.size());
        out.append(season);
    }
    std::sort(out.begin(), out.end(),
        [](const TraktSeason &a, const TraktSeason &b) { return a.number < b.number; });
    return out;
}

QJsonArray TraktSeasons::normalisedEpisodes(const QList<TraktSeason> &seasons)
{
    QJsonArray out;
    for (const TraktSeason &s : seasons) {
        for (const TraktEpisode &e : s.episodes) {
            QJsonObject o { { u"season"_s, e.season }, { u"number"_s, e.number } };
            o.insert(u"number_abs"_s, e.numberAbs ? QJsonValue(*e.numberAbs) : QJsonValue());
            o.insert(u"trakt"_s, e.ids.trakt ? QJsonValue(double(e.ids.trakt)) : QJsonValue());
            o.insert(u"title"_s, e.title.isEmpty() ? QJsonValue() : QJsonValue(e.title));
            out.append(o);
        }
    }
    return out;
}

QList<TraktSeason> TraktSeasons::fromNormalisedEpisodes(const QJsonArray &episodes)
{
    QMap<int, TraktSeason> bySeason;
    for (const QJsonValue &v : episodes) {
        const QJsonObject o = v.toObject();
        TraktEpisode e;
        e.season = o.value(u"season"_s).toInt();
        e.number = o.value(u"number"_s).toInt();
        if (o.value(u"number_abs"_s).isDouble())
            e.numberAbs = o.value(u"number_abs"_s).toInt();
        if (o.value(u"trakt"_s).isDouble())
            e.ids.trakt = qint64(o.value(u"trakt"_s).toDouble());
        e.title = o.value(u"title"_s).toString();
        TraktSeason &s = bySeason[e.season];
        s.number = e.season;
        s.episodes.append(e);
        s.episodeCount = int(s.episodes.size());
    }
    return bySeason.values();
}

const TraktSeason *TraktSeasons::find(const QList<TraktSeason> &seasons, int number)
{
    for (const TraktSeason &s : seasons) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

} // namespace Tsuzuki
