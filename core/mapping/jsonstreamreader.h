#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Tsuzuki {

/// A pull reader for large JSON documents read in chunks: the caller walks the structure it
/// expects (objects, keys, strings, null) and skips the rest, so a file is never held whole nor
/// turned into a DOM. Errors stop the reader; `error()` says what and where.
class JsonStreamReader final
{
public:
    /// `source(buffer, max)` fills up to `max` bytes and returns the count (0 at the end, < 0 on
    /// an error the source reports itself).
    using Source = std::function<qint64(char *, qint64)>;

    explicit JsonStreamReader(Source source);

    /// The next value's first character ('{', '[', '"', 'n', 't', 'f', '-', digit), 0 at the end
    /// or after an error.
    char peek();
    bool beginObject();
    /// The next key of the current object (after '{' or a value); nullopt at its '}' (consumed)
    /// or on an error.
    std::optional<QByteArray> nextKey();
    std::optional<QByteArray> readString();
    bool readNull();
    /// Skips one value of any type.
    bool skipValue();
    /// True when only whitespace is left.
    bool atEnd();

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    qint64 offset() const { return m_consumed + m_pos; }
    void fail(const QString &message);

private:
    bool fill();
    void skipSpace();
    bool expect(char c);
    bool skipLiteral(const char *word);
    bool skipNumber();

    Source m_source;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
    qint64 m_consumed = 0;
    bool m_ended = false;
    bool m_afterValue = false; ///< inside an object: a value was read, a ',' or '}' comes next
    QString m_error;
};

} // namespace Tsuzuki
