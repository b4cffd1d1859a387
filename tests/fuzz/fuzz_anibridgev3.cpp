// AniBridge v3 mappings.json: the stream reader, descriptors, range grammar and composition, and
// the targets kept in id_map.extra.
#include "core/mapping/anibridgev3importer.h"
#include "core/mapping/rangemap.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Tsuzuki;
    const auto parsed = AniBridgeV3Importer::parseData(Fuzz::bytes(data, size));
    if (parsed) {
        for (const IdMapRow &row : parsed.value().rows) {
            for (const V3Target &t : AniBridgeV3Importer::targetsFromExtra(row.extra))
                Fuzz::consume(RangeMap::locate(t.pieces, 7).has_value());
        }
    }
    // The same bytes as one range pair: "source=target".
    const QString text = Fuzz::text(data, size);
    const qsizetype eq = text.indexOf(u'=');
    if (eq > 0) {
        const QString target = text.mid(eq + 1);
        const auto pieces = RangeMap::parse(QStringView(text).left(eq), QStringView(target));
        if (pieces)
            Fuzz::consume(RangeMap::locate(pieces.value(), 3).has_value());
    }
    return 0;
}
