#pragma once

// Shared by the importers (not a public API): reading loosely typed id fields and checking raw
// input.

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Tsuzuki::ImportHelpers {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::MappingImporter", text);
}

inline Error inputError(
    const QString &sourceName, const QString &problem, const QString &detail = {})
{
    //: %1 = mapping source (Otaku, Fribbs, AniBridge), %2 = what is wrong
    return makeError(
        ErrorCode::InvalidInput, tr("%1 mappings: %2").arg(sourceName, problem), detail);
}

/// Names what the bytes look like when they are not what we expected.
inline QString describeBytes(const QByteArray &data)
{
    const QByteArray head = data.left(512).trimmed().toLower();
    if (data.trimmed().isEmpty())
        return tr("the file is empty.");
    if (head.startsWith('<'))
        return tr("the file is an HTML or XML page, not mapping data (a download error page?).");
    if (data.startsWith("SQLite format 3"))
        return tr("the file is a SQLite database, not JSON.");
    return {};
}

/// Parses JSON, naming the source and the problem (empty, HTML, truncated, not JSON).
inline Result<QJsonDocument> parseJson(const QString &sourceName, const QByteArray &data)
{
    if (const QString what = describeBytes(data); !what.isEmpty())
        return inputError(sourceName, what);
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = error.error == QJsonParseError::UnterminatedObject
            || error.error == QJsonParseError::UnterminatedArray
            || error.error == QJsonParseError::UnterminatedString
            || error.offset >= data.size() - 1;
        const QString problem = truncated
            ? tr("the JSON ends early at byte %1 (a truncated file?).").arg(error.offset)
            : tr("the file is not valid JSON (%1 at byte %2).")
                  .arg(error.errorString())
                  .arg(error.offset);
        return inputError(sourceName, problem);
    }
    return doc;
}

/// An id given as a number, a numeric string, "1,2,3" or a list (first one). nullopt with ok=true
/// when absent. ok=false when the value has a type no source uses (object, bool, text that is not a
/// number).
inline std::optional<qint64> readId(const QJsonValue &value, bool *ok)
{
    *ok = true;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return std::nullopt;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Range first: casting 1e300 to qint64 is undefined behaviour (found by fuzz_fribbs).
        if (!(d >= 0 && d <= 9007199254740992.0) || d != double(qint64(d))) {
            *ok = false;
            return std::nullopt;
        }
        return d > 0 ? std::optional<qint64>(qint64(d)) : std::nullopt;
    }
    case QJsonValue::String: {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        for (const auto &part : QStringView(text).split(u',')) {
            bool good = false;
            const qint64 n = part.trimmed().toLongLong(&good);
            if (!good) {
                *ok = false;
                return std::nullopt;
            }
            if (n > 0)
                return n;
        }
        return std::nullopt;
    }
    case QJsonValue::Array: {
        for (const QJsonValue &item : value.toArray()) {
            const auto id = readId(item, ok);
            if (!*ok || id)
                return id;
        }
        return std::nullopt;
    }
    default:
        *ok = false;
        return std::nullopt;
    }
}

/// Text (or the first text of a list); ok=false for other types.
inline QString readText(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isString())
        return value.toString().split(u',').first().trimmed();
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QString text = readText(item, ok);
            if (!*ok || !text.isEmpty())
                return text;
        }
        return {};
    }
    if (value.isNull() || value.isUndefined())
        return {};
    *ok = false;
    return {};
}

/// A small integer (season, offset); ok=false for a non-number.
inline std::optional<int> readSmall(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool good = false;
        const int n = value.toString().toInt(&good);
        if (good)
            return n;
    }
    *ok = false;
    return std::nullopt;
}

} // namespace Tsuzuki::ImportHelpers
