#include "agreementset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Bench {

QString titleClassKey(TitleClass c)
{
    switch (c) {
    case TitleClass::FirstSeason:
        return u"firstSeasons"_s;
    case TitleClass::LaterSeason:
        return u"laterSeasons"_s;
    case TitleClass::SplitCour:
        return u"splitCours"_s;
    case TitleClass::Special:
        return u"specials"_s;
    case TitleClass::Movie:
        return u"movies"_s;
    case TitleClass::LongRunner:
        return u"longRunners"_s;
    }
    return {};
}

namespace {

/// One Anime-Lists `<mapping anidbseason="1" tmdbseason=..>` element.
struct AlMapping
{
    int season = 0;
    std::optional<int> start;
    std::optional<int> end;
    int offset = 0;
    QHash<int, int> single; ///< ";a-t;" pairs (t = 0: no counterpart)
};

struct AlEntry
{
    qint64 tmdbTv = 0;
    QString tmdbSeason; ///< number or "a"
    int tmdbOffset = 0;
    QList<qint64> tmdbMovies;
    QList<AlMapping> mappings;

    std::optional<TmdbEpisode> place(int n) const
    {
        for (const AlMapping &m : mappings) {
            if (const auto it = m.single.constFind(n); it != m.single.constEnd()) {
                if (it.value() <= 0)
                    return std::nullopt;
                return TmdbEpisode { m.season, it.value() };
            }
        }
        for (const AlMapping &m : mappings) {
            if (m.start && m.end && n >= *m.start && n <= *m.end)
                return TmdbEpisode { m.season, n + m.offset };
        }
        bool ok = false;
        const int season = tmdbSeason.toInt(&ok);
        if (!ok)
            return std::nullopt;
        return TmdbEpisode { season, n + tmdbOffset };
    }
};

QHash<qint64, AlEntry> readAnimeLists(const QString &path, QString *error)
{
    QHash<qint64, AlEntry> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    qint64 current = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == u"anime"_s) {
            current = attrs.value(u"anidbid"_s).toLongLong();
            AlEntry e;
            e.tmdbTv = attrs.value(u"tmdbtv"_s).toLongLong();
            e.tmdbSeason = attrs.value(u"tmdbseason"_s).toString().trimmed();
            e.tmdbOffset = attrs.value(u"tmdboffset"_s).toInt();
            for (const auto &part : attrs.value(u"tmdbid"_s).toString().split(u','))
                if (const qint64 id = part.trimmed().toLongLong(); id > 0)
                    e.tmdbMovies << id;
            out.insert(current, e);
        } else if (xml.name() == u"mapping"_s && current > 0) {
            if (attrs.value(u"anidbseason"_s) != u"1"_s || !attrs.hasAttribute(u"tmdbseason"_s))
                continue;
            AlMapping m;
            m.season = attrs.value(u"tmdbseason"_s).toInt();
            if (attrs.hasAttribute(u"start"_s))
                m.start = attrs.value(u"start"_s).toInt();
            if (attrs.hasAttribute(u"end"_s))
                m.end = attrs.value(u"end"_s).toInt();
            m.offset = attrs.value(u"offset"_s).toInt();
            const QString text = xml.readElementText();
            for (const auto &pair : QStringView(text).split(u';', Qt::SkipEmptyParts)) {
                const auto parts = pair.split(u'-');
                if (parts.size() == 2)
                    m.single.insert(parts.at(0).toInt(), parts.at(1).split(u'+').first().toInt());
            }
            out[current].mappings << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QJsonDocument readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll());
}

struct Piece
{
    int first = 0;
    std::optional<int> last;
    int ratio = 1;
};

std::optional<Piece> parsePiece(QStringView text)
{
    static const QRegularExpression re(u"^(\\d+)(-(\\d*))?(?:\\|(-?\\d+))?$"_s);
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    Piece p;
    p.first = m.captured(1).toInt();
    if (m.capturedLength(2) == 0)
        p.last = p.first; // "N"
    else if (m.capturedLength(3) > 0)
        p.last = m.captured(3).toInt(); // "N-M"; "N-" stays open
    if (m.capturedLength(4) > 0)
        p.ratio = m.captured(4).toInt();
    if (p.ratio == 0)
        return std::nullopt;
    return p;
}

/// Source range → first target episode of each source episode (the yardstick's own reading of
/// the v3 range grammar). False when it cannot be read.
bool expandRange(
    const QString &source, const QString &target, std::optional<int> count, QMap<int, int> &out)
{
    const auto src = parsePiece(source);
    if (!src)
        return false;
    const int a = src->first;
    int b = src->last.value_or(count.value_or(-1));
    if (b < a)
        return false;
    QList<Piece> pieces;
    for (const auto &part : QStringView(target).split(u',')) {
        const auto p = parsePiece(part);
        if (!p)
            return false;
        pieces << *p;
    }
    int closedTotal = 0;
    bool plain = true;
    for (const Piece &p : pieces) {
        plain = plain && p.ratio == 1 && p.last;
        if (p.last)
            closedTotal += *p.last - p.first + 1;
    }
    if (plain && a == b) {
        out.insert(a, pieces.first().first);
        return true;
    }
    int n = a;
    for (const Piece &p : pieces) {
        if (n > b)
            break;
        if (!p.last) {
            for (int k = 0; n <= b; ++k, ++n)
                out.insert(n, p.ratio > 0 ? p.first + k * p.ratio : p.first + k / -p.ratio);
            break;
        }
        const int len = *p.last - p.first + 1;
        if (p.ratio > 0) {
            const int consumed = (len + p.ratio - 1) / p.ratio;
            for (int k = 0; k < consumed && n <= b; ++k, ++n)
                out.insert(n, p.first + k * p.ratio);
        } else {
            const int consumed = len * -p.ratio;
            for (int k = 0; k < consumed && n <= b; ++k, ++n)
                out.insert(n, p.first + k / -p.ratio);
        }
    }
    Q_UNUSED(closedTotal)
    return true;
}

} // namespace

AgreementSet buildAgreementSet(const QString &dir, QString *error)
{
    AgreementSet set;
    auto &counts = set.counts;
    const QHash<qint64, AlEntry> animeLists
        = readAnimeLists(dir + u"/animelists-anime-list-master.xml"_s, error);
    if (!error->isEmpty())
        return set;

    // AniDB → AniList links: Fribb's list first, Kometa's where Fribb has none. An AniList id
    // linked to two AniDB ids is ambiguous and left out.
    QHash<qint64, qint64> anidbOf;
    QSet<qint64> ambiguous;
    auto link = [&](qint64 anidb, qint64 anilist) {
        if (anidb <= 0 || anilist <= 0)
            return;
        if (const auto it = anidbOf.constFind(anilist); it != anidbOf.constEnd()) {
            if (it.value() != anidb)
                ambiguous.insert(anilist);
            return;
        }
        anidbOf.insert(anilist, anidb);
    };
    const QJsonArray fribb
        = readJson(dir + u"/fribb-anime-list-full.reconstructed.json"_s, error).array();
    for (const QJsonValue &v : fribb) {
        const QJsonObject o = v.toObject();
        link(o.value(u"anidb_id"_s).toInteger(), o.value(u"anilist_id"_s).toInteger());
    }
    const QJsonObject kometa = readJson(dir + u"/kometa-anime_ids.json"_s, error).object();
    QHash<qint64, qint64> kometaLinks;
    for (auto it = kometa.constBegin(); it != kometa.constEnd(); ++it) {
        const qint64 anilist = it.value().toObject().value(u"anilist_id"_s).toInteger();
        if (anilist > 0 && !anidbOf.contains(anilist))
            kometaLinks.insert(anilist, it.key().toLongLong());
    }
    for (auto it = kometaLinks.constBegin(); it != kometaLinks.constEnd(); ++it)
        link(it.value(), it.key());

    // Episode counts for open-ended ranges.
    QHash<qint64, int> episodeCount;
    const QJsonObject counted
        = readJson(dir + u"/anibridge-anilist_episode_counts.json"_s, error).object();
    for (auto it = counted.constBegin(); it != counted.constEnd(); ++it)
        if (it.value().isDouble())
            episodeCount.insert(it.key().toLongLong(), it.value().toInt());

    // Otaku: the TMDB id it gives (type unknown) and its media type (our stand-in for AniList's
    // format).
    QHash<qint64, qint64> otakuTmdb;
    QHash<qint64, QString> format;
    {
        const QString name = u"bench-agreement-otaku"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(dir + u"/otaku-anime_mappings.db"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT anilist_id, themoviedb_id, anime_media_type FROM anime "
                       "WHERE anilist_id IS NOT NULL"_s);
                while (q.next()) {
                    const qint64 id = q.value(0).toLongLong();
                    if (const qint64 tmdb = q.value(1).toString().split(u',').first().toLongLong();
                        tmdb > 0)
                        otakuTmdb.insert(id, tmdb);
                    if (!q.value(2).toString().isEmpty())
                        format.insert(id, q.value(2).toString());
                }
            } else {
                *error = u"otaku-anime_mappings.db cannot be opened"_s;
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    // AniBridge v2's movie ids: the AniBridge vote when the v3 edits have none.
    QHash<qint64, qint64> v2Movie;
    const QJsonObject v2 = readJson(dir + u"/anibridge-mappings.json"_s, error).object();
    for (auto it = v2.constBegin(); it != v2.constEnd(); ++it) {
        const QJsonValue m = it.value().toObject().value(u"tmdb_movie_id"_s);
        const qint64 id = m.isArray() ? m.toArray().first().toInteger() : m.toInteger();
        if (id > 0)
            v2Movie.insert(it.key().toLongLong(), id);
    }

    const QJsonObject v3 = readJson(dir + u"/anibridge-v3-edits.json"_s, error).object();
    if (!error->isEmpty())
        return set;

    QSet<qint64> candidates;
    QHash<qint64, QJsonObject> v3Targets;
    for (auto it = v3.constBegin(); it != v3.constEnd(); ++it) {
        if (!it.key().startsWith(u"anilist:"_s))
            continue;
        const qint64 id = it.key().mid(8).toLongLong();
        v3Targets.insert(id, it.value().toObject());
        candidates.insert(id);
    }
    for (auto it = anidbOf.constBegin(); it != anidbOf.constEnd(); ++it) {
        const AlEntry al = animeLists.value(it.value());
        if (!al.tmdbMovies.isEmpty())
            candidates.insert(it.key());
    }

    QList<qint64> ordered(candidates.cbegin(), candidates.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const qint64 id : ordered) {
        if (ambiguous.contains(id)) {
            ++counts[u"skipped:ambiguous-anidb-link"_s];
            continue;
        }
        const bool linked = anidbOf.contains(id);
        const AlEntry al = linked ? animeLists.value(anidbOf.value(id)) : AlEntry {};
        const QJsonObject targets = v3Targets.value(id);
        QHash<qint64, QMap<int, TmdbEpisode>> v3Show; // tmdb show → episodes
        QList<qint64> v3Movies;
        bool unreadable = false;
        for (auto t = targets.constBegin(); t != targets.constEnd(); ++t) {
            const QStringList parts = t.key().split(u':');
            if (parts.first() == u"tmdb_movie"_s) {
                v3Movies << parts.value(1).toLongLong();
            } else if (parts.first() == u"tmdb_show"_s && parts.size() == 3) {
                const int season = parts.at(2).mid(1).toInt();
                const QJsonObject ranges = t.value().toObject();
                for (auto r = ranges.constBegin(); r != ranges.constEnd(); ++r) {
                    QMap<int, int> eps;
                    if (!r.value().isString()
                        || !expandRange(r.key(), r.value().toString(),
                            episodeCount.contains(id) ? std::optional<int>(episodeCount.value(id))
                                                      : std::nullopt,
                            eps)) {
                        unreadable = true;
                        continue;
                    }
                    for (auto e = eps.constBegin(); e != eps.constEnd(); ++e)
                        v3Show[parts.at(1).toLongLong()].insert(
                            e.key(), TmdbEpisode { season, e.value() });
                }
            }
        }

        // Movies: votes for one TMDB movie id.
        const bool placedInShow = !v3Show.isEmpty() || al.tmdbTv > 0;
        QHash<QString, qint64> votes;
        if (linked && !al.tmdbMovies.isEmpty())
            votes.insert(u"animelists"_s, al.tmdbMovies.first());
        if (!v3Movies.isEmpty())
            votes.insert(u"anibridge-v3"_s, v3Movies.first());
        else if (v2Movie.contains(id))
            votes.insert(u"anibridge-v2"_s, v2Movie.value(id));
        if (otakuTmdb.contains(id))
            votes.insert(u"otaku"_s, otakuTmdb.value(id));
        QHash<qint64, QStringList> byId;
        for (auto v = votes.constBegin(); v != votes.constEnd(); ++v)
            byId[v.value()] << v.key();
        if (!v3Movies.isEmpty() || (linked && !al.tmdbMovies.isEmpty())) {
            ++counts[u"candidates:movie"_s];
            if (placedInShow) {
                ++counts[u"disagree:movie-or-show"_s];
                continue;
            }
            if (byId.size() != 1) {
                ++counts[byId.size() > 1 ? u"disagree:movie-id"_s : u"skipped:no-votes"_s];
                continue;
            }
            QStringList voters = byId.cbegin().value();
            if (voters.size() < 2) {
                ++counts[u"skipped:movie-one-vote"_s];
                continue;
            }
            voters.sort();
            AgreedTitle t;
            t.anilistId = id;
            t.cls = TitleClass::Movie;
            t.movie = true;
            t.tmdbId = byId.cbegin().key();
            t.format = format.value(id, u"MOVIE"_s);
            t.votes = voters.join(u'+');
            set.titles << t;
            continue;
        }
        if (v3Show.isEmpty())
            continue;
        ++counts[u"candidates:show"_s];
        if (unreadable) {
            ++counts[u"skipped:unreadable-v3-range"_s];
            continue;
        }
        if (v3Show.size() != 1) {
            ++counts[u"skipped:v3-several-tmdb-shows"_s];
            continue;
        }
        if (!linked || al.tmdbTv <= 0) {
            ++counts[u"skipped:no-animelists-tmdb-placement"_s];
            continue;
        }
        const qint64 show = v3Show.cbegin().key();
        if (al.tmdbTv != show) {
            ++counts[u"disagree:tmdb-show"_s];
            continue;
        }
        const QMap<int, TmdbEpisode> &episodes = v3Show.cbegin().value();
        bool same = true;
        for (auto e = episodes.constBegin(); e != episodes.constEnd() && same; ++e)
            same = al.place(e.key()) == e.value();
        if (!same) {
            ++counts[u"disagree:episodes"_s];
            continue;
        }
        AgreedTitle t;
        t.anilistId = id;
        t.tmdbId = show;
        t.episodes = episodes;
        t.format = format.value(id, u"TV"_s);
        t.votes = u"animelists+anibridge-v3"_s;
        QSet<int> regularSeasons;
        bool allSpecial = true;
        for (const TmdbEpisode &e : episodes) {
            if (e.season > 0)
                regularSeasons.insert(e.season);
            allSpecial = allSpecial && e.season == 0;
        }
        TmdbEpisode first;
        for (const TmdbEpisode &e : episodes) {
            if (e.season > 0) {
                first = e;
                break;
            }
        }
        if (allSpecial)
            t.cls = TitleClass::Special;
        else if (regularSeasons.size() > 1 || episodes.size() > 100 || al.tmdbSeason == u"a"_s)
            t.cls = TitleClass::LongRunner;
        else if (first.episode > 1)
            t.cls = TitleClass::SplitCour;
        else if (first.season > 1)
            t.cls = TitleClass::LaterSeason;
        else
            t.cls = TitleClass::FirstSeason;
        set.titles << t;
    }
    return set;
}

} // namespace Tsuzuki::Bench
