// AniList GraphQL answers (activity pages, list chunks, media) as the client receives them: bytes →
// JSON → the AniListClient parsers, on every object found where the client would look.
#include "core/net/anilistclient.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Tsuzuki;

namespace {

void parseAll(const QJsonValue &value, int depth)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            parseAll(v, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    Fuzz::consume(AniListClient::parseMedia(object));
    Fuzz::consume(AniListClient::parseActivity(object));
    Fuzz::consume(AniListClient::parseListEntry(object));
    for (auto it = object.begin(); it != object.end(); ++it)
        parseAll(it.value(), depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (doc.isObject())
        parseAll(doc.object(), 0);
    else if (doc.isArray())
        parseAll(doc.array(), 0);
    return 0;
}
