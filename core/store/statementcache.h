#pragma once

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

class QThread;

namespace Stridewise {

class StatementCache;

/**
 * A prepared statement lent by a StatementCache (issue 15: statements parsed once per connection, not on every
 * call). Use it as a QSqlQuery: bind, exec, read. When it goes out of scope it is finished (SQLite's statement is
 * reset, so no read stays open) and goes back to the cache for the next caller with the same SQL.
 */
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    friend class StatementCache;
    Statement(QSqlQuery *query, bool *busy, std::unique_ptr<QSqlQuery> owned);
    /** A statement outside the cache, dropped after use. */
    static Statement own(QSqlQuery query);

    QSqlQuery *m_query = nullptr;
    bool *m_busy = nullptr; ///< the cache entry's "lent out" flag; null for a statement of its own
    std::unique_ptr<QSqlQuery> m_owned; ///< a statement outside the cache (see StatementCache::take)
};

/**
 * The prepared statements of one connection, keyed by their SQL. Only for the connection's own thread: asked from
 * another thread (or for SQL already lent out, as by a nested call), it hands out a statement of its own that is
 * dropped after use, so a statement never crosses connections or threads. Clear it before the connection closes.
 * Statements prepared with sqlite3_prepare_v2 are re-prepared by SQLite itself after a schema change.
 */
class StatementCache
{
public:
    explicit StatementCache(QString connectionName);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    /** The statement sql, forward only, prepared on this connection (a failed prepare shows in exec()'s error). */
    Statement take(const QString &sql);
    /** Finishes and drops every statement (before the connection closes). None may be lent out then. */
    void clear();
    /** How many statements are kept (for tests). */
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QSqlQuery query;
        bool busy = false;
    };
    QSqlQuery fresh(const QString &sql) const;

    QString m_connectionName;
    QThread *m_thread = nullptr;
    std::unordered_map<QString, std::unique_ptr<Entry>> m_entries;
};

} // namespace Stridewise
