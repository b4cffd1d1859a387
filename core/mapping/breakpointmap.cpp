#include "breakpointmap.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

BreakpointMap BreakpointMap::build(
    qint64 traktId, const QList<TraktSeason> &seasons, const QDateTime &builtAt)
{
    BreakpointMap map;
    map.traktId = traktId;
    map.builtAt = builtAt;

    QList<TraktSeason> regular;
    bool anyAbs = false;
    for (const TraktSeason &s : seasons) {
        if (s.number < 1)
            continue; // specials are never part of the absolute run
        regular.append(s);
        for (const TraktEpisode &e : s.episodes)
            anyAbs = anyAbs || (e.numberAbs && *e.numberAbs > 0);
    }
    std::sort(regular.begin(), regular.end(),
        [](const TraktSeason &a, const TraktSeason &b) { return a.number < b.number; });
    map.basis = QString::fromLatin1(anyAbs ? BasisNumberAbs : BasisEpisodeCounts);

    int previousEnd = 0;
    for (const TraktSeason &s : regular) {
        int count = s.episodeCount;
        int start = previousEnd + 1;
        if (anyAbs) {
            int lo = 0;
            int hi = 0;
            for (const TraktEpisode &e : s.episodes) {
                if (!e.numberAbs || *e.numberAbs <= 0)
                    continue;
                lo = lo ? qMin(lo, *e.numberAbs - e.number + 1) : *e.numberAbs - e.number + 1;
                hi = qMax(hi, *e.numberAbs);
            }
            if (lo > 0) {
                start = lo;
                count = qMax(count, hi - lo + 1);
            }
        }
        if (count <= 0)
            continue;
        map.breakpoints.append({ s.number, start, start + count - 1 });
        previousEnd = qMax(previousEnd, start + count - 1);
    }
    return map;
}

std::optional<SeasonEpisode> BreakpointMap::lookup(int abs) const
{
    for (const Breakpoint &b : breakpoints) {
        if (abs >= b.start && abs <= b.end)
            return SeasonEpisode { b.season, abs - b.start + 1, 1 };
    }
    return std::nullopt;
}

QString BreakpointMap::toJson() const
{
    QJsonArray list;
    for (const Breakpoint &b : breakpoints)
        list.append(QJsonObject {
            { u"season"_s, b.season }, { u"start"_s, b.start }, { u"end"_s, b.end } });
    const QJsonObject root { { u"traktId"_s, double(traktId) }, { u"basis"_s, basis },
        { u"breakpoints"_s, list }, { u"builtAt"_s, builtAt.toUTC().toString(Qt::ISODateWithMs) } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<BreakpointMap> BreakpointMap::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !root.value(u"breakpoints"_s).isArray()) {
        return makeError(ErrorCode::BadResponse,
            QCoreApplication::translate(
                "Tsuzuki::BreakpointMap", "The cached breakpoint map is not readable."),
            error.errorString());
    }
    BreakpointMap map;
    map.traktId = qint64(root.value(u"traktId"_s).toDouble());
    map.basis = root.value(u"basis"_s).toString();
    map.builtAt = QDateTime::fromString(root.value(u"builtAt"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : root.value(u"breakpoints"_s).toArray()) {
        const QJsonObject o = v.toObject();
        map.breakpoints.append({ o.value(u"season"_s).toInt(), o.value(u"start"_s).toInt(),
            o.value(u"end"_s).toInt() });
    }
    return map;
}

} // namespace Tsuzuki
