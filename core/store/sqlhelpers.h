#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Tsuzuki::Sql {

/// Bound-parameter lists are chunked: SQLite allows 32,766 parameters, PostgreSQL 65,535; 500 keeps
/// statements small and plans cached.
inline constexpr int ChunkSize = 500;

/// "?, ?, ?" for n values.
inline QString placeholders(qsizetype n)
{
    QString text;
    text.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            text += QStringLiteral(", ");
        text += QLatin1Char('?');
    }
    return text;
}

template<typename T> QList<QList<T>> chunks(const QList<T> &items, qsizetype size = ChunkSize)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < items.size(); i += size)
        out.append(items.mid(i, size));
    return out;
}

/// NULL for absent optional ids.
template<typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

inline QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

/// Reads an optional integer column.
inline std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace Tsuzuki::Sql
