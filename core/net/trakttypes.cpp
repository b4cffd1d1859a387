#include "trakttypes.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

qint64 idNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

} // namespace

QDateTime parseTraktTime(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

TraktIds TraktIds::fromJson(const QJsonObject &ids)
{
    TraktIds result;
    result.trakt = idNumber(ids.value(u"trakt"_s));
    result.slug = ids.value(u"slug"_s).toString();
    result.tvdb = idNumber(ids.value(u"tvdb"_s));
    result.tmdb = idNumber(ids.value(u"tmdb"_s));
    result.imdb = ids.value(u"imdb"_s).toString();
    return result;
}

QJsonObject TraktIds::toJson() const
{
    QJsonObject o;
    if (trakt)
        o.insert(u"trakt"_s, trakt);
    if (!slug.isEmpty())
        o.insert(u"slug"_s, slug);
    if (tvdb)
        o.insert(u"tvdb"_s, tvdb);
    if (tmdb)
        o.insert(u"tmdb"_s, tmdb);
    if (!imdb.isEmpty())
        o.insert(u"imdb"_s, imdb);
    return o;
}

TraktSyncCounts TraktSyncCounts::fromJson(const QJsonValue &value)
{
    TraktSyncCounts counts;
    if (!value.isObject())
        return counts;
    const QJsonObject o = value.toObject();
    counts.present = true;
    counts.movies = o.value(u"movies"_s).toInt();
    counts.episodes = o.value(u"episodes"_s).toInt();
    counts.shows = o.value(u"shows"_s).toInt();
    counts.seasons = o.value(u"seasons"_s).toInt();
    return counts;
}

int TraktWriteResult::total() const
{
    int sum = 0;
    for (const int n : changed)
        sum += n;
    return sum;
}

} // namespace Tsuzuki
