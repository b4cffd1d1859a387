#include "anibridgev3importer.h"

#include "core/mapping/importhelpers.h"
#include "core/mapping/jsonstreamreader.h"
#include "core/mapping/mappingfile.h"

#include <QJsonObject>

#include <map>

using namespace Qt::StringLiterals;

namespace Tsuzuki {

using namespace ImportHelpers;

namespace {

const QString Source = u"AniBridge v3"_s;

struct Descriptor
{
    QByteArray provider;
    QByteArray id;
    QByteArray scope;

    qint64 number() const { return id.toLongLong(); }
    std::optional<int> season() const
    {
        if (scope.size() < 2 || scope.at(0) != 's')
            return std::nullopt;
        bool ok = false;
        const int n = scope.mid(1).toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    }
};

std::optional<Descriptor> parseDescriptor(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() < 2 || parts.size() > 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    for (const QByteArray &p : parts) {
        for (char c : p) {
            if (!(std::isalnum(uchar(c)) || c == '_'))
                return std::nullopt;
        }
    }
    return Descriptor { parts.at(0), parts.at(1), parts.value(2) };
}

bool keptTarget(const QByteArray &provider)
{
    return provider == "tmdb_show" || provider == "tmdb_movie" || provider == "tvdb_show";
}

/// What one AniList id collects while the file is read.
struct Entry
{
    std::map<QByteArray, V3Target> direct; ///< by descriptor text
    std::map<QByteArray, V3Target> composed;
    std::optional<qint64> mal;
    std::optional<qint64> anidb;
    QString imdb;
    QByteArray via; ///< the shared source a composition went through
};

void noteIds(Entry &e, const Descriptor &t)
{
    if (t.provider == "mal" && !e.mal)
        e.mal = t.number();
    else if (t.provider == "anidb" && !e.anidb)
        e.anidb = t.number();
    else if ((t.provider == "imdb_movie" || t.provider == "imdb_show") && e.imdb.isEmpty())
        e.imdb = QString::fromLatin1(t.id);
}

} // namespace

QString V3Target::descriptor() const
{
    QString out = provider + u':' + QString::number(id);
    if (season)
        out += u":s"_s + QString::number(*season);
    return out;
}

QString AniBridgeV3Importer::idMapSource()
{
    return u"anibridge-v3"_s;
}

bool AniBridgeV3Importer::looksLikeV3(const QByteArray &head)
{
    qsizetype pos = 0;
    JsonStreamReader reader([&head, &pos](char *data, qint64 max) -> qint64 {
        const qint64 n = std::min<qint64>(max, head.size() - pos);
        memcpy(data, head.constData() + pos, size_t(n));
        pos += qsizetype(n);
        return n;
    });
    // Only a v2 file has AniList ids as keys; any other object (including a head that ends before
    // the first key) goes to the v3 reader, which streams and names what is wrong. What is not an
    // object at all (empty, HTML, SQLite) gets the v2 reader's description of it.
    if (reader.peek() != '{')
        return false;
    reader.beginObject();
    while (auto key = reader.nextKey()) {
        if (!key->startsWith('$'))
            return key->contains(':');
        if (!reader.skipValue())
            return true;
    }
    return true;
}

Result<ParsedSource> AniBridgeV3Importer::parse(MappingFile &file)
{
    QString readError;
    JsonStreamReader reader([&file, &readError](char *data, qint64 max) -> qint64 {
        auto n = file.read(data, max);
        if (!n) {
            readError = n.error().userMessage;
            return -1;
        }
        return n.value();
    });
    return parseStream(reader, readError);
}

Result<ParsedSource> AniBridgeV3Importer::parseData(const QByteArray &json)
{
    qsizetype pos = 0;
    JsonStreamReader reader([&json, &pos](char *data, qint64 max) -> qint64 {
        const qint64 n = std::min<qint64>(max, json.size() - pos);
        memcpy(data, json.constData() + pos, size_t(n));
        pos += qsizetype(n);
        return n;
    });
    return parseStream(reader, QString());
}

Result<ParsedSource> AniBridgeV3Importer::parseStream(
    JsonStreamReader &reader, const QString &readError)
{
    auto failed = [&]() -> Error {
        if (!readError.isEmpty())
            return makeError(ErrorCode::InvalidInput, readError);
        return inputError(Source, reader.error());
    };
    if (reader.peek() != '{') {
        if (reader.hasError() || reader.peek() == '\0')
            return reader.hasError() ? failed() : inputError(Source, tr("the file is empty."));
        return inputError(Source, tr("expected a JSON object of source descriptors."));
    }
    reader.beginObject();

    ParsedSource out;
    QHash<qint64, Entry> entries;
    qint64 sharedLinks = 0;
    while (auto key = reader.nextKey()) {
        if (key->startsWith('$')) {
            if (*key == "$meta" && reader.peek() == '{') {
                reader.beginObject();
                while (auto field = reader.nextKey()) {
                    if (*field == "schema_version" && reader.peek() == '"') {
                        const QByteArray version = reader.readString().value_or(QByteArray());
                        if (!version.startsWith("3.") && version != "3") {
                            return inputError(Source,
                                tr("the file is schema version %1; this Tsuzuki reads version 3.")
                                    .arg(QString::fromUtf8(version.left(20))));
                        }
                    } else if (!reader.skipValue()) {
                        return failed();
                    }
                }
                if (reader.hasError())
                    return failed();
            } else if (!reader.skipValue()) {
                return failed();
            }
            continue;
        }
        const auto source = parseDescriptor(*key);
        if (!source) {
            return inputError(Source,
                tr("the key \"%1\" is not a descriptor provider:id[:scope].")
                    .arg(QString::fromUtf8(key->left(40))));
        }
        ++out.entries;
        if (reader.peek() != '{')
            return inputError(Source,
                tr("%1: the value is not an object of targets.").arg(QString::fromUtf8(*key)));
        reader.beginObject();
        const bool fromAnilist = source->provider == "anilist";
        Entry *self = nullptr;
        if (fromAnilist) {
            bool ok = false;
            const qint64 id = source->id.toLongLong(&ok);
            if (!ok || id <= 0)
                return inputError(Source,
                    tr("the key \"%1\" is not an AniList id.").arg(QString::fromUtf8(*key)));
            self = &entries[id];
        }
        // A shared source: remember its AniList links and the targets to compose.
        QList<std::pair<qint64, QList<RangePiece>>> links;
        QList<std::pair<Descriptor, QList<RangePiece>>> targets;
        while (auto targetKey = reader.nextKey()) {
            const auto target = parseDescriptor(*targetKey);
            if (!target) {
                return inputError(Source,
                    tr("%1: the target \"%2\" is not a descriptor provider:id[:scope].")
                        .arg(QString::fromUtf8(*key), QString::fromUtf8(targetKey->left(40))));
            }
            const bool wanted = keptTarget(target->provider) || target->provider == "anilist";
            if (self)
                noteIds(*self, *target);
            if (!wanted) {
                if (!reader.skipValue())
                    return failed();
                continue;
            }
            if (reader.peek() != '{') {
                if (reader.hasError())
                    return failed();
                return inputError(Source,
                    tr("%1 → %2: the range map is not an object.")
                        .arg(QString::fromUtf8(*key), QString::fromUtf8(*targetKey)));
            }
            reader.beginObject();
            QList<RangePiece> pieces;
            while (auto range = reader.nextKey()) {
                std::optional<QByteArray> value;
                if (reader.peek() == 'n') {
                    reader.readNull();
                } else if (reader.peek() == '"') {
                    value = reader.readString();
                    if (!value)
                        return failed();
                } else {
                    if (reader.hasError())
                        return failed();
                    return inputError(Source,
                        tr("%1 → %2: the range \"%3\" maps to something that is neither text nor "
                           "null.")
                            .arg(QString::fromUtf8(*key), QString::fromUtf8(*targetKey),
                                QString::fromUtf8(range->left(20))));
                }
                const QString sourceRange = QString::fromUtf8(*range);
                const QString targetRange = value ? QString::fromUtf8(*value) : QString();
                auto parsed = RangeMap::parse(
                    sourceRange, value ? std::optional<QStringView>(targetRange) : std::nullopt);
                if (!parsed) {
                    return inputError(Source,
                        tr("%1 → %2: %3")
                            .arg(QString::fromUtf8(*key), QString::fromUtf8(*targetKey),
                                parsed.error().userMessage));
                }
                pieces += parsed.value();
            }
            if (reader.hasError())
                return failed();
            std::sort(pieces.begin(), pieces.end(),
                [](const RangePiece &a, const RangePiece &b) { return a.first < b.first; });
            if (target->provider == "anilist") {
                bool ok = false;
                const qint64 id = target->id.toLongLong(&ok);
                if (ok && id > 0 && !fromAnilist)
                    links << std::pair { id, pieces };
                continue;
            }
            if (self) {
                V3Target t { QString::fromLatin1(target->provider), target->number(),
                    target->season(), pieces };
                self->direct[*targetKey] = std::move(t);
            } else {
                targets << std::pair { *target, pieces };
            }
        }
        if (reader.hasError())
            return failed();
        for (const auto &[anilist, toAnilist] : std::as_const(links)) {
            Entry &e = entries[anilist];
            ++sharedLinks;
            if (e.via.isEmpty())
                e.via = *key;
            if (source->provider == "anidb" && !e.anidb)
                e.anidb = source->number();
            else if (source->provider == "mal" && !e.mal)
                e.mal = source->number();
            for (const auto &[target, toTarget] : std::as_const(targets)) {
                const QByteArray text = target.provider + ':' + target.id
                    + (target.scope.isEmpty() ? QByteArray() : ':' + target.scope);
                V3Target &t = e.composed[text];
                t.provider = QString::fromLatin1(target.provider);
                t.id = target.number();
                t.season = target.season();
                t.pieces += RangeMap::compose(toAnilist, toTarget);
            }
        }
    }
    if (reader.hasError() || !readError.isEmpty())
        return failed();
    if (!reader.atEnd())
        return inputError(Source, tr("there is text after the end of the JSON object."));
    if (entries.isEmpty())
        return inputError(Source, tr("the file maps no AniList id."));

    out.rows.reserve(entries.size());
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const Entry &e = it.value();
        std::map<QByteArray, V3Target> all = e.composed;
        for (const auto &[text, target] : e.direct)
            all[text] = target; // the AniList key's own ranges win
        IdMapRow row;
        row.source = idMapSource();
        row.anilistId = it.key();
        row.malId = e.mal;
        row.anidbId = e.anidb;
        row.imdbId = e.imdb;
        QList<V3Target> list;
        for (const auto &[text, target] : all) {
            if (!target.pieces.isEmpty())
                list << target;
        }
        // TMDB shows by season (specials first), then movies, then TVDB.
        std::stable_sort(list.begin(), list.end(), [](const V3Target &a, const V3Target &b) {
            auto rank = [](const V3Target &t) {
                return t.provider == u"tmdb_show"_s ? 0 : t.provider == u"tmdb_movie"_s ? 1 : 2;
            };
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            if (a.id != b.id)
                return a.id < b.id;
            return a.season.value_or(0) < b.season.value_or(0);
        });
        QJsonArray targets;
        for (const V3Target &t : list) {
            targets << QJsonObject { { u"t"_s, t.descriptor() },
                { u"p"_s, RangeMap::toJson(t.pieces) } };
            if (t.provider == u"tmdb_show"_s && (!row.tmdbId || row.tmdbType == u"movie"_s)) {
                row.tmdbId = t.id;
                row.tmdbType = u"tv"_s;
            } else if (t.provider == u"tmdb_movie"_s && !row.tmdbId) {
                row.tmdbId = t.id;
                row.tmdbType = u"movie"_s;
            } else if (t.provider == u"tvdb_show"_s && !row.tvdbId) {
                row.tvdbId = t.id;
            }
        }
        if (targets.isEmpty() && !row.malId && !row.anidbId && row.imdbId.isEmpty())
            continue;
        QJsonObject extra { { u"v3"_s, targets } };
        if (!e.via.isEmpty())
            extra.insert(u"via"_s, QString::fromUtf8(e.via));
        row.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
        out.rows << std::move(row);
    }
    std::sort(out.rows.begin(), out.rows.end(),
        [](const IdMapRow &a, const IdMapRow &b) { return a.anilistId < b.anilistId; });
    out.composedLinks = sharedLinks;
    return out;
}

QList<V3Target> AniBridgeV3Importer::targetsFromExtra(const QString &extra)
{
    QList<V3Target> out;
    if (!extra.contains(u"\"v3\""_s))
        return out;
    const QJsonArray list
        = QJsonDocument::fromJson(extra.toUtf8()).object().value(u"v3"_s).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QStringList parts = o.value(u"t"_s).toString().split(u':');
        if (parts.size() < 2)
            continue;
        V3Target t;
        t.provider = parts.at(0);
        t.id = parts.at(1).toLongLong();
        if (parts.size() == 3 && parts.at(2).startsWith(u's'))
            t.season = parts.at(2).mid(1).toInt();
        t.pieces = RangeMap::fromJson(o.value(u"p"_s).toArray());
        out << t;
    }
    return out;
}

} // namespace Tsuzuki
