#include "querycounter.h"

#include "core/store/database.h"

#include <QByteArray>
#include <QSqlDriver>

#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Tsuzuki::Test {

namespace {

int onSqliteTrace(unsigned type, void *context, void *, void *)
{
    if (type == SQLITE_TRACE_STMT)
        ++*static_cast<int *>(context);
    return 0;
}

} // namespace

QueryCounter::QueryCounter(Database &db)
    : m_db(db)
{
    const QVariant handle = db.connection().driver()->handle();
    const QByteArray type = handle.typeName() ? QByteArray(handle.typeName()) : QByteArray();
    if (type == "sqlite3*") {
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_trace_v2(
            static_cast<sqlite3 *>(m_handle), SQLITE_TRACE_STMT, onSqliteTrace, &m_count);
    } else if (type == "PGconn*" || type == "pg_conn*") {
        m_postgres = true;
        m_handle = *static_cast<PGconn *const *>(handle.constData());
        reset();
    } else {
        m_error = u"no driver handle to trace (type %1)"_s.arg(QString::fromLatin1(type));
    }
}

QueryCounter::~QueryCounter()
{
    stop();
    if (m_handle && !m_postgres)
        sqlite3_trace_v2(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

void QueryCounter::stop()
{
    if (m_postgres && m_trace) {
        PQuntrace(static_cast<PGconn *>(m_handle));
        std::fclose(m_trace);
        m_trace = nullptr;
    }
}

void QueryCounter::reset()
{
    m_count = 0;
    if (!m_postgres)
        return;
    stop();
    m_trace = std::tmpfile();
    if (!m_trace) {
        m_error = u"tmpfile() failed"_s;
        return;
    }
    PQtrace(static_cast<PGconn *>(m_handle), m_trace);
    PQsetTraceFlags(static_cast<PGconn *>(m_handle), PQTRACE_SUPPRESS_TIMESTAMPS);
}

int QueryCounter::count()
{
    if (!m_postgres || !m_trace)
        return m_count;
    // Frontend messages, one per line: "F\t<length>\t<Message>\t...". A statement runs as one
    // simple "Query" or one extended-protocol "Execute".
    std::fflush(m_trace);
    std::rewind(m_trace);
    int statements = 0;
    char line[4096];
    bool lineStart = true;
    while (std::fgets(line, sizeof line, m_trace)) {
        const QByteArray text(line);
        if (lineStart) {
            const QList<QByteArray> fields = text.split('\t');
            if (fields.size() >= 3 && fields.at(0) == "F"
                && (fields.at(2).startsWith("Query") || fields.at(2).startsWith("Execute")))
                ++statements;
        }
        lineStart = text.endsWith('\n');
    }
    std::fseek(m_trace, 0, SEEK_END);
    return statements;
}

} // namespace Tsuzuki::Test
