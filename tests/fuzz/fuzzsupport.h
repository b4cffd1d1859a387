#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Tsuzuki::Fuzz {

/// The input as bytes, without copying (libFuzzer owns the buffer during the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input as text, the way a QString from JSON or a text field would hold it.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Keeps the optimiser from dropping a result.
template<typename T> inline void consume(const T &value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

} // namespace Tsuzuki::Fuzz
