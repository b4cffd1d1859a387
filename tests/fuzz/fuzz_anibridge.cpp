// PlexAniBridge mappings.json: the importer's parse step, and the patterns it keeps in
// id_map.extra.
#include "core/mapping/anibridgeimporter.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Tsuzuki;
    const auto parsed = AniBridgeImporter::parse(Fuzz::bytes(data, size));
    if (parsed) {
        for (const IdMapRow &row : parsed.value().rows)
            Fuzz::consume(AniBridgeImporter::patternsFromExtra(row.extra));
    }
    Fuzz::consume(AniBridgeImporter::patternsFromExtra(Fuzz::text(data, size)));
    return 0;
}
