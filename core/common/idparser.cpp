#include "idparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Tsuzuki::IdParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tsuzuki::IdParser", text);
}

constexpr qint64 MaxId
    = 2'000'000'000'000LL; // far above any real id; keeps arithmetic and SQL safe

ParsedId invalid(const QString &message)
{
    ParsedId parsed;
    parsed.error = message;
    return parsed;
}

std::optional<qint64> positiveNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 13)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || value > MaxId)
        return std::nullopt;
    return value;
}

ParsedId numeric(qint64 id, const QString &type = {})
{
    ParsedId parsed;
    parsed.kind = ParsedId::Kind::Numeric;
    parsed.id = id;
    parsed.type = type;
    return parsed;
}

/// A URL the user pasted, with or without scheme; nullopt if the text is not URL-like.
std::optional<QUrl> asUrl(const QString &text)
{
    if (!text.contains(u'/') && !text.contains(u'.'))
        return std::nullopt;
    QString withScheme = text;
    if (!text.contains(u"://"_s))
        withScheme = u"https://"_s + text;
    QUrl url(withScheme, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return url;
}

bool hostIs(const QUrl &url, QStringView domain)
{
    const QString host = url.host().toLower();
    return host == domain || host.endsWith(u'.' + domain.toString());
}

QStringList pathParts(const QUrl &url)
{
    return url.path().split(u'/', Qt::SkipEmptyParts);
}

} // namespace

ParsedId parseAniList(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter an AniList id or paste the anime's AniList address."));
    if (auto id = positiveNumber(text))
        return numeric(*id);
    const auto url = asUrl(text);
    if (!url || !hostIs(*url, u"anilist.co"))
        return invalid(tr("Not an AniList id or anilist.co address."));
    const QStringList parts = pathParts(*url);
    if (parts.size() >= 2 && parts.at(0) == u"manga"_s)
        return invalid(tr("This is a manga; Tsuzuki syncs anime only."));
    if (parts.size() >= 2 && parts.at(0) == u"anime"_s) {
        if (auto id = positiveNumber(parts.at(1)))
            return numeric(*id, u"anime"_s);
    }
    return invalid(tr("This AniList address has no anime id (expected anilist.co/anime/<id>)."));
}

ParsedId parseTrakt(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter a Trakt id or paste the show's Trakt address."));
    if (auto id = positiveNumber(text))
        return numeric(*id);
    const auto url = asUrl(text);
    if (!url || !hostIs(*url, u"trakt.tv"))
        return invalid(tr("Not a Trakt id or trakt.tv address."));
    const QStringList parts = pathParts(*url);
    if (parts.size() >= 2 && (parts.at(0) == u"shows"_s || parts.at(0) == u"movies"_s)) {
        const QString type = parts.at(0) == u"shows"_s ? u"show"_s : u"movie"_s;
        if (auto id = positiveNumber(parts.at(1)))
            return numeric(*id, type);
        static const QRegularExpression slugPattern(u"^[a-z0-9][a-z0-9-]{0,199}$"_s);
        if (slugPattern.match(parts.at(1)).hasMatch()) {
            ParsedId parsed;
            parsed.kind = ParsedId::Kind::Slug;
            parsed.slug = parts.at(1);
            parsed.type = type;
            return parsed;
        }
    }
    return invalid(
        tr("This Trakt address is not a show or movie page (expected trakt.tv/shows/<name>)."));
}

ParsedId parseTmdb(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter a TMDB id or paste a themoviedb.org address."));
    if (auto id = positiveNumber(text))
        return numeric(*id);
    const auto url = asUrl(text);
    if (!url || !hostIs(*url, u"themoviedb.org"))
        return invalid(tr("Not a TMDB id or themoviedb.org address."));
    const QStringList parts = pathParts(*url);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) == u"tv"_s || parts.at(i) == u"movie"_s) {
            // "1429-attack-on-titan": the id is the leading number.
            const QString head = parts.at(i + 1).section(u'-', 0, 0);
            if (auto id = positiveNumber(head))
                return numeric(*id, parts.at(i));
        }
    }
    return invalid(tr("This TMDB address has no tv or movie id."));
}

ParsedId parseTvdb(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter a TVDB id or paste a thetvdb.com address."));
    if (auto id = positiveNumber(text))
        return numeric(*id);
    const auto url = asUrl(text);
    if (!url || !hostIs(*url, u"thetvdb.com"))
        return invalid(tr("Not a TVDB id or thetvdb.com address."));
    const QUrlQuery query(*url);
    if (auto id = positiveNumber(query.queryItemValue(u"id"_s)))
        return numeric(*id, u"series"_s);
    const QStringList parts = pathParts(*url);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) == u"series"_s || parts.at(i) == u"movies"_s) {
            if (auto id = positiveNumber(parts.at(i + 1)))
                return numeric(*id, parts.at(i));
            static const QRegularExpression slugPattern(u"^[a-z0-9][a-z0-9-]{0,199}$"_s);
            if (slugPattern.match(parts.at(i + 1)).hasMatch()) {
                ParsedId parsed;
                parsed.kind = ParsedId::Kind::Slug;
                parsed.slug = parts.at(i + 1);
                parsed.type = parts.at(i);
                return parsed;
            }
        }
    }
    return invalid(tr("This TVDB address has no series id."));
}

QString parseImdb(const QString &input, QString *error)
{
    static const QRegularExpression pattern(u"(?:^|/)(tt\\d{5,10})(?:$|[/?#])"_s);
    const QString text = input.trimmed();
    const auto match = pattern.match(text);
    if (match.hasMatch())
        return match.captured(1);
    if (error)
        *error = tr("An IMDb id looks like tt0388629.");
    return {};
}

} // namespace Tsuzuki::IdParser
