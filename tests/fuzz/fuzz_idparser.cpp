// The manual-mapping form's id/URL fields (ui/idparser.h): bare ids and pasted URLs of every
// service.
#include "tests/fuzz/fuzzsupport.h"
#include "ui/idparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Tsuzuki;
    const QString input = Fuzz::text(data, size);
    for (const auto parse : { &IdParser::parseAniList, &IdParser::parseTrakt, &IdParser::parseTmdb,
             &IdParser::parseTvdb }) {
        const IdParser::ParsedId id = parse(input);
        if (id.kind == IdParser::ParsedId::Kind::Numeric && id.id <= 0)
            std::abort(); // a numeric id is positive
        if (id.kind == IdParser::ParsedId::Kind::Invalid && id.error.isEmpty())
            std::abort(); // an invalid field always says why
    }
    QString error;
    Fuzz::consume(IdParser::parseImdb(input, &error));
    return 0;
}
