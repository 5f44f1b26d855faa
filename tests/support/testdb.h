#pragma once

#include "core/store/database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Stridewise::Test {

/** A fresh folder per test, removed afterwards (STYLE.md: each test its own database). */
class TempDir
{
public:
    TempDir();
    QString path(const QString &name = QStringLiteral("stridewise.db")) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

/** Opens (creating) a database in dir; fails the calling test's assertion via the returned null on error. */
std::unique_ptr<Database> openDb(const QString &path);

/**
 * The migrations that come before the one creating `table`, so a migration test builds "the file from before"
 * whatever number its migration has after merges (the brief: never hard-code a schema version).
 */
QList<QStringList> migrationsBefore(const QString &table);

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

} // namespace Stridewise::Test
