// Fribb's anime-list JSON (old and current format): the importer's parse step.
#include "core/mapping/fribbsimporter.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = Tsuzuki::FribbsImporter::parse(Tsuzuki::Fuzz::bytes(data, size));
    if (parsed && parsed.value().entries < parsed.value().rows.size())
        std::abort(); // more rows than entries read: impossible
    return 0;
}
