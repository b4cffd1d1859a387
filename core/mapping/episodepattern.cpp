#include "episodepattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::EpisodePattern", text);
}

} // namespace

Result<QList<EpisodeRange>> EpisodePattern::parse(QStringView text)
{
    QList<EpisodeRange> ranges;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        ranges.append(EpisodeRange {});
        return ranges;
    }
    // eA | eA-eB | eA- | -eB, optional |R. The upstream file also has "eA-B" (no second "e").
    static const QRegularExpression piece(
        u"^(?:e(\\d+)(?:(-)(?:e?(\\d+))?)?|-e(\\d+))(?:\\|(-?\\d+))?$"_s);
    const auto parts = trimmed.split(u',');
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        const auto m = piece.match(part);
        if (!m.hasMatch()) {
            return makeError(ErrorCode::InvalidInput,
                tr("Episode pattern \"%1\": \"%2\" is not eA, eA-eB, eA- or -eB.")
                    .arg(trimmed, part));
        }
        EpisodeRange r;
        if (m.hasCaptured(4)) {
            r.first = 1;
            r.last = m.captured(4).toInt();
        } else {
            r.first = m.captured(1).toInt();
            if (m.hasCaptured(3))
                r.last = m.captured(3).toInt();
            else if (!m.hasCaptured(2))
                r.last = r.first;
        }
        if (m.hasCaptured(5)) {
            r.ratio = m.captured(5).toInt();
            if (r.ratio == 0) {
                return makeError(ErrorCode::InvalidInput,
                    tr("Episode pattern \"%1\": a ratio of 0 in \"%2\".").arg(trimmed, part));
            }
        }
        if (r.first < 0 || (r.last && *r.last < r.first)) {
            return makeError(ErrorCode::InvalidInput,
                tr("Episode pattern \"%1\": the range \"%2\" ends before it starts.")
                    .arg(trimmed, part));
        }
        ranges.append(r);
    }
    return ranges;
}

Result<SeasonPattern> EpisodePattern::parseSeason(const QString &key, const QString &text)
{
    static const QRegularExpression seasonKey(u"^s(\\d+)$"_s);
    const auto m = seasonKey.match(key);
    if (!m.hasMatch())
        return makeError(
            ErrorCode::InvalidInput, tr("\"%1\" is not a season key like s1.").arg(key));
    auto ranges = parse(text);
    if (!ranges)
        return ranges.error();
    return SeasonPattern { m.captured(1).toInt(), ranges.value(), text };
}

std::optional<SeasonEpisode> EpisodePattern::locate(const QList<SeasonPattern> &seasons, int n,
    const std::function<std::optional<int>(int)> &seasonLength, QString *why)
{
    if (n < 1) {
        if (why)
            *why = tr("Episode %1 is not a valid episode number.").arg(n);
        return std::nullopt;
    }
    qint64 remaining = n;
    for (const SeasonPattern &season : seasons) {
        for (const EpisodeRange &r : season.ranges) {
            std::optional<qint64> tvdbCount; // TVDB episodes in this piece, when bounded
            if (r.last) {
                tvdbCount = *r.last - r.first + 1;
            } else if (seasonLength) {
                if (const auto len = seasonLength(season.season))
                    tvdbCount = qMax<qint64>(0, *len - r.first + 1);
            }
            std::optional<qint64> aniCount;
            if (tvdbCount)
                aniCount = r.ratio > 0 ? *tvdbCount / r.ratio : *tvdbCount * -r.ratio;
            if (!aniCount || remaining <= *aniCount) {
                const qint64 k = remaining - 1; // 0-based inside this piece
                SeasonEpisode out;
                out.season = season.season;
                if (r.ratio > 0) {
                    out.episode = int(r.first + k * r.ratio);
                    out.span = r.ratio;
                } else {
                    out.episode = int(r.first + k / -r.ratio);
                }
                return out;
            }
            remaining -= *aniCount;
        }
    }
    if (why)
        *why = tr("Episode %1 is past the end of the episode pattern.").arg(n);
    return std::nullopt;
}

} // namespace Tsuzuki
