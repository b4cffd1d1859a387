#pragma once

#include "core/mapping/mappingimporter.h"

namespace Tsuzuki {

/// Fribb's anime-list JSON, old flat format and current format (SOURCES.md §9, §10).
class FribbsImporter final
{
public:
    static Result<ParsedSource> parse(const QByteArray &json);
};

} // namespace Tsuzuki
