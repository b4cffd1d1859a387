#pragma once

#include "core/mapping/mappingimporter.h"

namespace Tsuzuki {

/// Otaku-Mappings SQLite database (`anime`, `activities`), opened read-only on its own QSQLITE
/// connection.
class OtakuImporter final
{
public:
    static Result<ParsedSource> parse(const QString &path);
};

} // namespace Tsuzuki
