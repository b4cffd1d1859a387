#include "jsonstreamreader.h"

#include <QCoreApplication>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::MappingImporter", text);
}

constexpr qsizetype ChunkSize = 256 * 1024;
constexpr int MaxDepth = 64;

} // namespace

JsonStreamReader::JsonStreamReader(Source source)
    : m_source(std::move(source))
    , m_buffer(ChunkSize, Qt::Uninitialized)
{ }

void JsonStreamReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_ended = true;
    m_pos = m_size = 0;
}

bool JsonStreamReader::fill()
{
    if (m_pos < m_size)
        return true;
    if (m_ended)
        return false;
    m_consumed += m_size;
    m_pos = 0;
    const qint64 n = m_source(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        fail(tr("the file could not be read."));
        return false;
    }
    m_size = qsizetype(n);
    if (n == 0)
        m_ended = true;
    return n > 0;
}

void JsonStreamReader::skipSpace()
{
    while (fill()) {
        const char *data = m_buffer.constData();
        while (m_pos < m_size) {
            const char c = data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }
}

char JsonStreamReader::peek()
{
    skipSpace();
    return fill() ? m_buffer.at(m_pos) : '\0';
}

bool JsonStreamReader::atEnd()
{
    return peek() == '\0' && !hasError();
}

bool JsonStreamReader::expect(char c)
{
    if (peek() != c) {
        if (!hasError()) {
            fail(m_ended ? tr("the JSON ends early at byte %1 (a truncated file?).").arg(offset())
                         : tr("the file is not valid JSON (expected '%1' at byte %2).")
                               .arg(QLatin1Char(c))
                               .arg(offset()));
        }
        return false;
    }
    ++m_pos;
    return true;
}

bool JsonStreamReader::beginObject()
{
    m_afterValue = false;
    return expect('{');
}

std::optional<QByteArray> JsonStreamReader::nextKey()
{
    if (peek() == '}') {
        ++m_pos;
        m_afterValue = true; // the object itself was a value of its parent
        return std::nullopt;
    }
    if (m_afterValue && !expect(','))
        return std::nullopt;
    auto key = readString();
    if (!key || !expect(':'))
        return std::nullopt;
    m_afterValue = false;
    return key;
}

std::optional<QByteArray> JsonStreamReader::readString()
{
    if (!expect('"'))
        return std::nullopt;
    QByteArray out;
    while (fill()) {
        // Copy the plain run up to the next quote or backslash in one go.
        const char *data = m_buffer.constData();
        qsizetype end = m_pos;
        while (end < m_size && data[end] != '"' && data[end] != '\\' && uchar(data[end]) >= 0x20)
            ++end;
        if (end > m_pos) {
            out.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (out.size() > 1024 * 1024) {
                fail(tr("a string at byte %1 is longer than 1 MiB.").arg(offset()));
                return std::nullopt;
            }
            if (m_pos >= m_size)
                continue;
        }
        const char c = m_buffer.at(m_pos++);
        if (c == '"') {
            m_afterValue = true;
            return out;
        }
        if (uchar(c) < 0x20) {
            fail(tr("the file is not valid JSON (control character in a string at byte %1).")
                     .arg(offset()));
            return std::nullopt;
        }
        if (c != '\\') {
            out.append(c);
            if (out.size() > 1024 * 1024) {
                fail(tr("a string at byte %1 is longer than 1 MiB.").arg(offset()));
                return std::nullopt;
            }
            continue;
        }
        if (!fill())
            break;
        const char e = m_buffer.at(m_pos++);
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out.append(e);
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            char hex[5] = {};
            for (int i = 0; i < 4; ++i) {
                if (!fill()) {
                    fail(tr("the JSON ends early at byte %1 (a truncated file?).").arg(offset()));
                    return std::nullopt;
                }
                hex[i] = m_buffer.at(m_pos++);
            }
            bool ok = false;
            const uint code = QByteArray(hex, 4).toUInt(&ok, 16);
            if (!ok) {
                fail(tr("the file is not valid JSON (bad \\u escape at byte %1).").arg(offset()));
                return std::nullopt;
            }
            out.append(QString(QChar(char16_t(code))).toUtf8());
            break;
        }
        default:
            fail(tr("the file is not valid JSON (bad escape at byte %1).").arg(offset()));
            return std::nullopt;
        }
    }
    fail(tr("the JSON ends early at byte %1 (a truncated file?).").arg(offset()));
    return std::nullopt;
}

bool JsonStreamReader::skipLiteral(const char *word)
{
    for (const char *p = word; *p; ++p) {
        if (!fill() || m_buffer.at(m_pos) != *p) {
            fail(tr("the file is not valid JSON (unexpected text at byte %1).").arg(offset()));
            return false;
        }
        ++m_pos;
    }
    m_afterValue = true;
    return true;
}

bool JsonStreamReader::readNull()
{
    if (peek() != 'n')
        return false;
    return skipLiteral("null");
}

bool JsonStreamReader::skipNumber()
{
    qsizetype n = 0;
    while (fill()) {
        const char c = m_buffer.at(m_pos);
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
            break;
        ++m_pos;
        ++n;
    }
    if (n == 0) {
        fail(tr("the file is not valid JSON (unexpected text at byte %1).").arg(offset()));
        return false;
    }
    m_afterValue = true;
    return true;
}

bool JsonStreamReader::skipValue()
{
    // Iterative, with a depth limit: a hostile file of "[[[[..." cannot overflow the stack.
    QVarLengthArray<char, 16> open;
    for (;;) {
        const char c = peek();
        if (hasError())
            return false;
        if (c == '{' || c == '[') {
            ++m_pos;
            const char close = c == '{' ? '}' : ']';
            if (peek() == close) {
                ++m_pos;
            } else {
                if (open.size() >= MaxDepth) {
                    fail(tr("the JSON is nested more than %1 levels deep.").arg(MaxDepth));
                    return false;
                }
                open.append(c);
                if (c == '{' && (!readString() || !expect(':')))
                    return false;
                continue;
            }
        } else if (c == '"') {
            if (!readString())
                return false;
        } else if (c == 'n' || c == 't' || c == 'f') {
            if (!skipLiteral(c == 'n' ? "null" : c == 't' ? "true" : "false"))
                return false;
        } else if (c == '\0') {
            fail(tr("the JSON ends early at byte %1 (a truncated file?).").arg(offset()));
            return false;
        } else if (!skipNumber()) {
            return false;
        }
        // After a value: close the containers it ends, or move on to the next element.
        for (;;) {
            if (open.isEmpty()) {
                m_afterValue = true;
                return true;
            }
            const char next = peek();
            if (next == ',') {
                ++m_pos;
                if (open.last() == '{' && (!readString() || !expect(':')))
                    return false;
                break;
            }
            if (next == (open.last() == '{' ? '}' : ']')) {
                ++m_pos;
                open.removeLast();
                continue;
            }
            fail(next == '\0' && !hasError()
                    ? tr("the JSON ends early at byte %1 (a truncated file?).").arg(offset())
                    : tr("the file is not valid JSON (expected ',' at byte %1).").arg(offset()));
            return false;
        }
    }
}

} // namespace Tsuzuki
