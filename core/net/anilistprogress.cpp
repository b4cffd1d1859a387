#include "anilistprogress.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

Result<QList<int>> parseAniListProgress(const QString &progress)
{
    const QString text = progress.trimmed();
    if (text.isEmpty())
        return QList<int> {};

    static const QRegularExpression pattern(uR"(^(\d{1,9})(?:\s*[-–]\s*(\d{1,9}))?$)"_s);
    const auto invalid = [&](const char *why) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Tsuzuki::AniListProgress", "Unreadable AniList progress \"%1\".")
                .arg(text.left(40)),
            QString::fromLatin1(why));
    };

    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return invalid("not an episode number or range");

    const qint64 first = match.captured(1).toLongLong();
    const qint64 last = match.hasCaptured(2) ? match.captured(2).toLongLong() : first;
    if (first < 1 || last < 1)
        return invalid("episodes start at 1");
    if (first > MaxEpisodeNumber || last > MaxEpisodeNumber)
        return invalid("episode number out of range");
    if (last < first)
        return invalid("range goes backwards");
    if (last - first + 1 > MaxProgressRangeSpan)
        return invalid("range too wide");

    QList<int> episodes;
    episodes.reserve(int(last - first + 1));
    for (qint64 e = first; e <= last; ++e)
        episodes.append(int(e));
    return episodes;
}

} // namespace Tsuzuki
