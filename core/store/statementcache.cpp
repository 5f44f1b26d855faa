#include "core/store/statementcache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

#include <utility>

namespace Stridewise {

Statement::Statement(QSqlQuery *query, bool *busy, std::unique_ptr<QSqlQuery> owned)
    : m_query(query)
    , m_busy(busy)
    , m_owned(std::move(owned))
{
}

Statement Statement::own(QSqlQuery query)
{
    auto owned = std::make_unique<QSqlQuery>(std::move(query));
    QSqlQuery *q = owned.get();
    return Statement(q, nullptr, std::move(owned));
}

Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_busy(std::exchange(other.m_busy, nullptr))
    , m_owned(std::move(other.m_owned))
{
}

Statement::~Statement()
{
    if (!m_query)
        return;
    // Reset now: a statement left stepping would hold a read open on the file (a stale snapshot, no checkpoint).
    m_query->finish();
    if (m_busy)
        *m_busy = false;
}

StatementCache::StatementCache(QString connectionName)
    : m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
{
}

StatementCache::~StatementCache()
{
    clear();
}

QSqlQuery StatementCache::fresh(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Rows are read once, in order: Qt then keeps one row, not a copy of the whole result.
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

Statement StatementCache::take(const QString &sql)
{
    if (QThread::currentThread() == m_thread) {
        auto found = m_entries.find(sql);
        if (found == m_entries.end()) {
            auto entry = std::make_unique<Entry>(Entry{ fresh(sql), false });
            // A statement that did not prepare is not kept: its exec() reports the error, every time.
            if (entry->query.lastError().isValid())
                return Statement::own(std::move(entry->query));
            found = m_entries.emplace(sql, std::move(entry)).first;
        }
        Entry &entry = *found->second;
        if (!entry.busy) {
            entry.busy = true;
            return Statement(&entry.query, &entry.busy, nullptr);
        }
    }
    return Statement::own(fresh(sql));
}

void StatementCache::clear()
{
    for (auto &[sql, entry] : m_entries) {
        Q_ASSERT(!entry->busy);
        entry->query.finish();
    }
    m_entries.clear();
}

} // namespace Stridewise
