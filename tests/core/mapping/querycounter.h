#pragma once

#include <QString>

#include <cstdio>

namespace Tsuzuki {
class Database;
}

namespace Tsuzuki::Test {

/// Counts the SQL statements one connection executes, at the driver level: sqlite3_trace_v2 on
/// SQLite, libpq's protocol trace (Query and Execute messages) on PostgreSQL. Nothing in core needs
/// to know.
class QueryCounter final
{
public:
    explicit QueryCounter(Database &db);
    ~QueryCounter();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// Statements since construction (or the last reset()).
    int count();
    void reset();

private:
    void stop();

    Database &m_db;
    QString m_error;
    void *m_handle = nullptr;
    bool m_postgres = false;
    std::FILE *m_trace = nullptr;
    int m_count = 0;
};

} // namespace Tsuzuki::Test
