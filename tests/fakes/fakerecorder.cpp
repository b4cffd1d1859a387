#include "tests/fakes/fakerecorder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

FakeRecorder::FakeRecorder(QObject *parent)
    : FakeServer(u"Recorder"_s, parent)
{ }

bool FakeRecorder::listenElsewhere()
{
    return listen(QHostAddress(u"127.0.0.2"_s), 0) || listen(0);
}

bool FakeRecorder::received(QByteArrayView bytes) const
{
    for (const QByteArray &raw : m_raw) {
        if (raw.contains(bytes))
            return true;
    }
    return false;
}

FakeResponse FakeRecorder::route(const FakeRequest &request, QString *authLabel)
{
    QByteArray raw = request.method + ' ' + request.path.toUtf8() + '?'
        + request.query.toString(QUrl::FullyEncoded).toUtf8() + '\n';
    for (const auto &header : request.headers)
        raw += header.first + ": "_ba + header.second + '\n';
    raw += request.body;
    m_raw.append(raw);
    *authLabel = request.hasHeader("Authorization") ? u"authorization header"_s : u"none"_s;
    // What a misconfigured proxy or another site might answer: a 2xx that looks like JSON.
    return FakeResponse::json(QJsonArray {});
}

} // namespace Tsuzuki
