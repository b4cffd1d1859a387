#include "core/sync/extrasrules.h"

#include <QSettings>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tsuzuki::ExtrasRules {

namespace {
constexpr SyncExtra AllExtras[]
    = { SyncExtra::Rewatches, SyncExtra::Ratings, SyncExtra::Watchlist, SyncExtra::Dropped };
constexpr auto ExtrasSetting = "sync/extras";
constexpr auto RoundingSetting = "sync/ratingRounding";
} // namespace

int ledgerEpisode(int absEpisode, int rewatch)
{
    return rewatch > 0 ? rewatch * RewatchStride + absEpisode : absEpisode;
}

int episodeOfKey(int ledgerEpisode)
{
    return ledgerEpisode % RewatchStride;
}

int rewatchOfKey(int ledgerEpisode)
{
    return ledgerEpisode / RewatchStride;
}

QString key(SyncExtra extra)
{
    switch (extra) {
    case SyncExtra::Rewatches:
        return u"rewatches"_s;
    case SyncExtra::Ratings:
        return u"ratings"_s;
    case SyncExtra::Watchlist:
        return u"watchlist"_s;
    case SyncExtra::Dropped:
        return u"dropped"_s;
    }
    return {};
}

QStringList keys(SyncExtras extras)
{
    QStringList list;
    for (SyncExtra e : AllExtras) {
        if (extras.testFlag(e))
            list << key(e);
    }
    return list;
}

std::optional<SyncExtras> fromKeys(const QString &list, QString *bad)
{
    SyncExtras extras;
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString word = raw.trimmed().toLower();
        if (word.isEmpty() || word == u"none"_s)
            continue;
        if (word == u"all"_s) {
            for (SyncExtra e : AllExtras)
                extras |= e;
            continue;
        }
        bool known = false;
        for (SyncExtra e : AllExtras) {
            if (word == key(e)) {
                extras |= e;
                known = true;
            }
        }
        if (!known) {
            if (bad)
                *bad = word;
            return std::nullopt;
        }
    }
    return extras;
}

QString roundingKey(RatingRounding rounding)
{
    switch (rounding) {
    case RatingRounding::Nearest:
        return u"nearest"_s;
    case RatingRounding::Down:
        return u"down"_s;
    case RatingRounding::Up:
        return u"up"_s;
    }
    return u"nearest"_s;
}

RatingRounding roundingFromKey(QStringView key)
{
    for (RatingRounding r : { RatingRounding::Down, RatingRounding::Up }) {
        if (key == roundingKey(r))
            return r;
    }
    return RatingRounding::Nearest;
}

SyncExtras configured(const QSettings &settings)
{
    return fromKeys(settings.value(QString::fromLatin1(ExtrasSetting)).toStringList().join(u','))
        .value_or(SyncExtras());
}

RatingRounding configuredRounding(const QSettings &settings)
{
    return roundingFromKey(settings.value(QString::fromLatin1(RoundingSetting)).toString());
}

void configure(QSettings &settings, SyncExtras extras, RatingRounding rounding)
{
    settings.setValue(QString::fromLatin1(ExtrasSetting), keys(extras));
    settings.setValue(QString::fromLatin1(RoundingSetting), roundingKey(rounding));
}

double scoreMax(QStringView scoreFormat)
{
    if (scoreFormat == u"POINT_100"_s)
        return 100;
    if (scoreFormat == u"POINT_10_DECIMAL"_s || scoreFormat == u"POINT_10"_s)
        return 10;
    if (scoreFormat == u"POINT_5"_s)
        return 5;
    if (scoreFormat == u"POINT_3"_s)
        return 3;
    return 0;
}

int traktRating(double score, QStringView scoreFormat, RatingRounding rounding)
{
    const double max = scoreMax(scoreFormat);
    if (max <= 0 || !(score > 0))
        return 0;
    // Whole-number arithmetic where it can be: 75/100 is exactly 7.5, not 7.4999.
    const double tenths = std::round(std::min(score, max) / max * 1000.0) / 100.0;
    double rating = 0;
    switch (rounding) {
    case RatingRounding::Nearest:
        rating = std::floor(tenths + 0.5);
        break;
    case RatingRounding::Down:
        rating = std::floor(tenths);
        break;
    case RatingRounding::Up:
        rating = std::ceil(tenths);
        break;
    }
    return int(std::clamp(rating, 1.0, 10.0));
}

QString scoreText(double score, QStringView scoreFormat)
{
    const double max = scoreMax(scoreFormat);
    const QString value = scoreFormat == u"POINT_10_DECIMAL"_s ? QString::number(score, 'f', 1)
                                                               : QString::number(qRound(score));
    return max > 0 ? value + u'/' + QString::number(int(max)) : value;
}

} // namespace Tsuzuki::ExtrasRules
