#include "mappingsource.h"

#include "core/store/configrepository.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Tsuzuki::MappingSources {

QList<MappingSource> all()
{
    return { MappingSource::Otaku, MappingSource::Fribbs, MappingSource::AniBridge };
}

QString key(MappingSource source)
{
    switch (source) {
    case MappingSource::Otaku:
        return u"otaku"_s;
    case MappingSource::Fribbs:
        return u"fribbs"_s;
    case MappingSource::AniBridge:
        return u"anibridge"_s;
    }
    return {};
}

QString displayName(MappingSource source)
{
    switch (source) {
    case MappingSource::Otaku:
        return u"Otaku"_s;
    case MappingSource::Fribbs:
        return u"Fribbs"_s;
    case MappingSource::AniBridge:
        return u"AniBridge"_s;
    }
    return {};
}

std::optional<MappingSource> fromKey(QStringView text)
{
    for (MappingSource s :
        { MappingSource::Otaku, MappingSource::Fribbs, MappingSource::AniBridge }) {
        if (text.compare(key(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    if (text.compare(u"fribb", Qt::CaseInsensitive) == 0)
        return MappingSource::Fribbs;
    return std::nullopt;
}

QString lastSyncKey(MappingSource source)
{
    switch (source) {
    case MappingSource::Otaku:
        return QString::fromLatin1(ConfigKey::OtakuLastSync);
    case MappingSource::Fribbs:
        return QString::fromLatin1(ConfigKey::FribbsLastSync);
    case MappingSource::AniBridge:
        return QString::fromLatin1(ConfigKey::AniBridgeLastSync);
    }
    return {};
}

QString urlEnvironmentVariable(MappingSource source)
{
    switch (source) {
    case MappingSource::Otaku:
        return u"TSUZUKI_OTAKU_URL"_s;
    case MappingSource::Fribbs:
        return u"TSUZUKI_FRIBBS_URL"_s;
    case MappingSource::AniBridge:
        return u"TSUZUKI_ANIBRIDGE_URL"_s;
    }
    return {};
}

QString settingsKey(MappingSource source)
{
    return u"mapping/"_s + key(source) + u"Url"_s;
}

QUrl downloadUrl(MappingSource source, const QProcessEnvironment &env)
{
    const QString overridden = env.value(urlEnvironmentVariable(source));
    if (!overridden.isEmpty())
        return QUrl(overridden);
    // Then the URL chosen in the app's settings (Settings → Mapping sources), then upstream.
    const QString setting = QSettings().value(settingsKey(source)).toString().trimmed();
    if (!setting.isEmpty())
        return QUrl(setting);
    switch (source) {
    case MappingSource::Otaku:
        return QUrl(
            u"https://raw.githubusercontent.com/Goldenfreddy0703/Otaku-Mappings/main/anime_mappings.db"_s);
    case MappingSource::Fribbs:
        return QUrl(
            u"https://raw.githubusercontent.com/Fribb/anime-lists/master/anime-list-full.json"_s);
    case MappingSource::AniBridge:
        // The maintained v3 dataset (TMDB targets in TMDB numbering), zstd-compressed. v2 files
        // given by URL or --file still import.
        return QUrl(
            u"https://github.com/anibridge/anibridge-mappings/releases/download/v3/mappings.json.zst"_s);
    }
    return {};
}

} // namespace Tsuzuki::MappingSources
