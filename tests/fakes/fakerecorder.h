#pragma once

#include "tests/fakes/fakeserver.h"

namespace Tsuzuki {

/// "Another host": a loopback server (normally on 127.0.0.2, a different origin from the fakes)
/// that answers `200 []` to everything and remembers what it received, so that a test can prove
/// that no token, client id or body followed a redirect to it. Raw values stay in memory only.
class FakeRecorder final : public FakeServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeRecorder)

public:
    explicit FakeRecorder(QObject *parent = nullptr);

    /// 127.0.0.2 on a free port (another origin than 127.0.0.1); 127.0.0.1 if that is refused.
    bool listenElsewhere();
    /// Whether any request line, header value or body it received contained `bytes`.
    bool received(QByteArrayView bytes) const;
    int receivedCount() const { return int(m_raw.size()); }

protected:
    FakeResponse route(const FakeRequest &request, QString *authLabel) override;

private:
    QList<QByteArray> m_raw;
};

} // namespace Tsuzuki
