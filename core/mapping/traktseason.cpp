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
