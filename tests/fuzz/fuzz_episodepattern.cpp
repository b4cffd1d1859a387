// AniBridge episode patterns ("e1-e12,e13|2", "-e5", ...): parse, then locate episodes through
// them. Input: "<season key>\n<pattern>[\n<pattern key>\n<pattern>...]".
#include "core/mapping/episodepattern.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QStringList>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Tsuzuki;
    const QString input = Fuzz::text(data, size);
    Fuzz::consume(EpisodePattern::parse(input));

    const QStringList lines = input.split(u'\n');
    QList<SeasonPattern> seasons;
    for (qsizetype i = 0; i + 1 < lines.size() && seasons.size() < 8; i += 2) {
        const auto season = EpisodePattern::parseSeason(lines[i], lines[i + 1]);
        if (season)
            seasons.append(season.value());
    }
    if (seasons.isEmpty())
        return 0;
    const auto lengths = [](int season) -> std::optional<int> {
        if (season % 3 == 0)
            return std::nullopt;
        return 10 + season % 17;
    };
    for (int n : { 1, 2, 3, 12, 13, 25, 100, 1000, 100000, 0, -1 }) {
        QString why;
        const auto where = EpisodePattern::locate(seasons, n, lengths, &why);
        if (where && where->span < 1)
            std::abort();
    }
    return 0;
}
