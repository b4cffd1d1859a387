// AniList activity `progress` ("5", "3 - 5", junk): never crashes; a parsed range is bounded.
#include "core/net/anilistprogress.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = Tsuzuki::parseAniListProgress(Tsuzuki::Fuzz::text(data, size));
    if (result) {
        const QList<int> &episodes = result.value();
        if (episodes.size() > Tsuzuki::MaxProgressRangeSpan + 1)
            std::abort();
        for (qsizetype i = 0; i < episodes.size(); ++i) {
            if (episodes[i] < 1 || episodes[i] > Tsuzuki::MaxEpisodeNumber)
                std::abort();
            if (i > 0 && episodes[i] != episodes[i - 1] + 1)
                std::abort();
        }
    }
    return 0;
}
