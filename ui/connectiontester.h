#pragma once

#include "core/common/error.h"
#include "core/store/databasespec.h"

#include <QObject>

namespace Tsuzuki {

/// "Test connection": opens a database in a thread of its own (never the GUI thread), runs one
/// query, closes it, and reports once through finished(). Deletes itself afterwards.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);

    void start(const DatabaseSpec &spec);

Q_SIGNALS:
    /// `ok` with a summary ("PostgreSQL 15.4, schema version 3"), or the error Database::open gave.
    void finished(bool ok, const QString &message);
};

} // namespace Tsuzuki
