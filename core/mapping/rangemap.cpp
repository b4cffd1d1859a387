#include "rangemap.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tsuzuki::RangeMap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::MappingImporter", text);
}

struct Part
{
    int first = 0;
    std::optional<int> last;
    int ratio = 1;
};

constexpr int MaxEpisode = 1'000'000;

std::optional<int> number(QStringView text)
{
    if (text.isEmpty() || text.size() > 7)
        return std::nullopt;
    for (QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
    }
    return text.toInt();
}

/// `N`, `N-M`, `N-`, each with an optional `|R`.
std::optional<Part> parsePart(QStringView text)
{
    Part p;
    QStringView base = text.trimmed();
    if (const qsizetype bar = base.indexOf(u'|'); bar >= 0) {
        bool ok = false;
        p.ratio = base.mid(bar + 1).toInt(&ok);
        if (!ok || p.ratio == 0 || p.ratio > 1000 || p.ratio < -1000)
            return std::nullopt;
        base = base.left(bar);
    }
    const qsizetype dash = base.indexOf(u'-');
    const auto first = number(dash < 0 ? base : base.left(dash));
    if (!first)
        return std::nullopt;
    p.first = *first;
    if (dash < 0) {
        p.last = p.first;
    } else if (dash + 1 < base.size()) {
        p.last = number(base.mid(dash + 1));
        if (!p.last || *p.last < p.first)
            return std::nullopt;
    }
    return p;
}

} // namespace

Result<QList<RangePiece>> parse(QStringView source, std::optional<QStringView> target)
{
    const auto src = parsePart(source);
    if (!src) {
        return makeError(ErrorCode::InvalidInput,
            tr("the source range \"%1\" is not N, N-M or N-.").arg(source.left(40)));
    }
    if (!target)
        return QList<RangePiece> { { src->first, src->last, 0, 0 } };
    QList<Part> parts;
    for (const QStringView piece : target->split(u',')) {
        const auto p = parsePart(piece);
        if (!p) {
            return makeError(ErrorCode::InvalidInput,
                tr("the target range \"%1\" is not N, N-M or N- (with |R or commas).")
                    .arg(target->left(40)));
        }
        parts << *p;
    }
    QList<RangePiece> out;
    const bool oneSource = src->last && *src->last == src->first;
    if (oneSource) {
        // One source episode: it covers the first piece (its ratio, or all of a plain range).
        const Part &p = parts.first();
        const int len = p.last ? *p.last - p.first + 1 : 1;
        out << RangePiece { src->first, src->first, p.first, p.ratio != 1 ? p.ratio : len };
        return out;
    }
    int n = src->first;
    for (const Part &p : parts) {
        if (src->last && n > *src->last)
            break;
        if (!p.last) {
            out << RangePiece { n, src->last, p.first, p.ratio };
            return out;
        }
        const int len = *p.last - p.first + 1;
        const int consumed = p.ratio > 0 ? (len + p.ratio - 1) / p.ratio : len * -p.ratio;
        int last = n + consumed - 1;
        if (src->last)
            last = std::min(last, *src->last);
        out << RangePiece { n, last, p.first, p.ratio };
        n = last + 1;
        if (n > MaxEpisode)
            break;
    }
    return out;
}

std::optional<RangeHit> locate(const QList<RangePiece> &pieces, int n)
{
    for (const RangePiece &p : pieces) {
        if (!p.contains(n))
            continue;
        if (p.ratio == 0)
            return RangeHit { 0, 0, true };
        if (p.ratio > 0)
            return RangeHit { p.target + (n - p.first) * p.ratio, p.ratio, false };
        return RangeHit { p.target + (n - p.first) / -p.ratio, 1, false };
    }
    return std::nullopt;
}

QList<RangePiece> compose(const QList<RangePiece> &sToA, const QList<RangePiece> &sToT)
{
    QList<RangePiece> out;
    for (const RangePiece &a : sToA) {
        if (a.ratio != 1)
            continue; // only 1:1 links between the shared source and AniList invert exactly
        for (const RangePiece &t : sToT) {
            const int lo = std::max(a.first, t.first);
            std::optional<int> hi;
            if (a.last && t.last)
                hi = std::min(*a.last, *t.last);
            else
                hi = a.last ? a.last : t.last;
            if (hi && *hi < lo)
                continue;
            RangePiece piece;
            piece.first = a.target + (lo - a.first);
            if (hi)
                piece.last = a.target + (*hi - a.first);
            piece.ratio = t.ratio;
            if (t.ratio > 0)
                piece.target = t.target + (lo - t.first) * t.ratio;
            else if (t.ratio < 0)
                piece.target = t.target + (lo - t.first) / -t.ratio;
            out << piece;
        }
    }
    return out;
}

QJsonArray toJson(const QList<RangePiece> &pieces)
{
    QJsonArray out;
    for (const RangePiece &p : pieces) {
        out << QJsonArray { p.first, p.last ? QJsonValue(*p.last) : QJsonValue(), p.target,
            p.ratio };
    }
    return out;
}

QList<RangePiece> fromJson(const QJsonArray &array)
{
    QList<RangePiece> out;
    for (const QJsonValue &v : array) {
        const QJsonArray a = v.toArray();
        if (a.size() != 4)
            continue;
        RangePiece p;
        p.first = a.at(0).toInt();
        if (!a.at(1).isNull())
            p.last = a.at(1).toInt();
        p.target = a.at(2).toInt();
        p.ratio = a.at(3).toInt();
        out << p;
    }
    return out;
}

} // namespace Tsuzuki::RangeMap
