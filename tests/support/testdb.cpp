#include "tests/support/testdb.h"

#include "core/store/schema.h"

#include <QFile>

#include <gtest/gtest.h>

namespace Stridewise::Test {

TempDir::TempDir()
{
    m_dir.setAutoRemove(true);
}

std::unique_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    EXPECT_TRUE(db.ok()) << db.message().toStdString();
    if (!db)
        return nullptr;
    return std::move(db).value();
}

QList<QStringList> migrationsBefore(const QString &table)
{
    const QList<QStringList> all = Schema::migrations();
    const QString create = QStringLiteral("CREATE TABLE ") + table + QLatin1Char(' ');
    for (qsizetype version = 0; version < all.size(); ++version) {
        for (const QString &statement : all.at(version)) {
            if (statement.startsWith(create))
                return all.mid(0, version);
        }
    }
    qFatal("no migration creates the table %s", qPrintable(table));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

} // namespace Stridewise::Test
