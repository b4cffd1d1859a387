// Trakt answers as the client receives them: seasons (with episodes), POST /sync/history results
// (added/existing/not_found), history pages, ids and counts.
#include "core/net/traktclient.h"
#include "core/net/trakttypes.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Tsuzuki;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        Fuzz::consume(
            TraktClient::parseSeasons(array)); // GET /shows/{id}/seasons?extended=episodes
        for (const QJsonValue &v : array) { // GET /sync/history/... pages
            const QJsonObject o = v.toObject();
            Fuzz::consume(TraktClient::parseHistoryItem(o));
            Fuzz::consume(TraktIds::fromJson(o.value(QLatin1StringView("ids")).toObject()));
        }
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        Fuzz::consume(TraktClient::parseHistoryAdd(o)); // POST /sync/history
        Fuzz::consume(TraktClient::parseHistoryItem(o));
        Fuzz::consume(TraktSyncCounts::fromJson(o.value(QLatin1StringView("added"))));
        Fuzz::consume(TraktIds::fromJson(o));
    }
    return 0;
}
