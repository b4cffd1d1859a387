#pragma once

#include "core/common/error.h"
#include "core/store/databasespec.h"

#include <QObject>

namespace Tsuzuki {

class DatabaseThread;

/// "Test connection": opens a database (without migrating it) in a DatabaseThread of its own,
/// never the caller's thread, runs one query, closes it, and reports once through finished().
/// Deletes itself afterwards.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const DatabaseSpec &spec);

Q_SIGNALS:
    /// `ok` with a summary ("PostgreSQL 15.4, schema version 3"), or the error Database::open gave.
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    DatabaseThread *m_thread = nullptr;
};

} // namespace Tsuzuki
