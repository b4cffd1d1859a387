#pragma once

#include "error.h"

#include <optional>
#include <utility>

namespace Tsuzuki {

/// A value or an Error, returned across layers instead of throwing.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_ok(false)
        , m_error(std::move(error))
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

/// Shorthand for building a failed Result.
inline Error makeError(ErrorCode code, QString userMessage, QString detail = {}, int httpStatus = 0)
{
    return Error { code, std::move(userMessage), std::move(detail), httpStatus };
}

} // namespace Tsuzuki
