#pragma once

#include <QList>
#include <QStringList>

namespace Stridewise::Test {

/** Rows the slow test migration writes: enough that a kill lands inside it, little enough to stay fast. */
constexpr int kSlowMigrationRows = 60000;

/**
 * The real migrations plus a version 2 that takes a while (it fills a table and changes pain_log), so the
 * crash test can kill a process in the middle of a migration.
 */
inline QList<QStringList> withSlowMigration(QList<QStringList> migrations)
{
    migrations << QStringList{
        QStringLiteral("CREATE TABLE slow_fill (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO slow_fill (payload) SELECT randomblob(100) FROM n")
            .arg(kSlowMigrationRows),
        QStringLiteral("ALTER TABLE pain_log ADD COLUMN mood INTEGER NOT NULL DEFAULT 5"),
        QStringLiteral("UPDATE pain_log SET mood = score"),
    };
    return migrations;
}

} // namespace Stridewise::Test
