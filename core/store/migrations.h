#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Tsuzuki {

/// One step of the schema. Each statement is idempotent (IF NOT EXISTS), so a database that the web
/// version created, or a half-applied step, is brought forward without touching its rows.
struct Migration
{
    int version;
    QString description;
    QStringList sqlite;
    QStringList postgres;
};

/// All migrations, oldest first.
const QList<Migration> &migrations();

} // namespace Tsuzuki
