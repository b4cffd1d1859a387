#include "oneshotbody.h"

#include <algorithm>
#include <cstring>

namespace Tsuzuki {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::isSequential() const
{
    // Sequential: Qt must not assume it can seek around in it.
    return true;
}

qint64 OneShotBody::size() const
{
    return m_data.size();
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

bool OneShotBody::seek(qint64 pos)
{
    if (pos != 0 || m_fullyRead) {
        ++m_refusedRewinds;
        return false;
    }
    m_pos = 0;
    return true;
}

bool OneShotBody::reset()
{
    return seek(0);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0) {
        m_fullyRead = true;
        return m_pos >= m_data.size() ? -1 : 0;
    }
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    if (m_pos >= m_data.size())
        m_fullyRead = true;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Tsuzuki
