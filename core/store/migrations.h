#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tsuzuki {

class Database;

/// One step of the schema. Each statement is idempotent (IF NOT EXISTS), so a database that the web
/// version created, or a half-applied step, is brought forward without touching its rows.
struct Migration
{
    int version;
    QString description;
    QStringList sqlite;
    QStringList postgres;
    /// Row work that SQL alone cannot do portably, run after the statements in the same
    /// transaction (may be empty).
    std::function<Result<void>(Database &)> rows = {};
};

/// All migrations, oldest first.
const QList<Migration> &migrations();

} // namespace Tsuzuki
