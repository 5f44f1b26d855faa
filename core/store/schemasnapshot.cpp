// Build-time program: applies this build's migrations (core/store/schema.cpp) to an in-memory database and writes
// the schema each version has, as C++ source, for FileChecks::compareSchema (issue 15: a window's open no longer
// replays every migration to learn what "exactly ours" looks like). Usage: stridewise_schemasnapshot OUT.cpp

#include "core/store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace {

/** The rows compareSchema reads of a connection, in its order and format. */
QStringList schemaRows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList rows;
    if (!q.exec(
            QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")))
        return { QStringLiteral("?") };
    while (q.next()) {
        rows << q.value(0).toString() + QChar(0x1f) + q.value(1).toString() + QChar(0x1f) + q.value(2).toString()
                + QChar(0x1f) + q.value(3).toString();
    }
    return rows;
}

/** row as a C string literal: printable ASCII as is, everything else as octal escapes of its UTF-8 bytes. */
QByteArray literal(const QString &row)
{
    QByteArray out = "\"";
    for (const char c : row.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\')
            out += '\\' + QByteArray(1, c);
        else if (u >= 0x20 && u < 0x7f && u != '?') // '?' escaped too: no trigraphs
            out += c;
        else
            out += QByteArray("\\") + QByteArray::number(u, 8).rightJustified(3, '0');
    }
    return out + '"';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: stridewise_schemasnapshot OUT.cpp\n");
        return 2;
    }
    QByteArray source =
        "// Generated at build time by core/store/schemasnapshot.cpp from core/store/schema.cpp: do not edit.\n"
        "#include \"core/store/filechecks.h\"\n\n"
        "namespace Stridewise::FileChecks {\n\n"
        "QList<QStringList> builtSchemas()\n{\n    return {\n        {},\n";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            std::fprintf(stderr, "stridewise_schemasnapshot: %s\n", qPrintable(db.lastError().text()));
            return 1;
        }
        int version = 0;
        for (const QStringList &migration : Stridewise::Schema::migrations()) {
            ++version;
            for (const QString &statement : migration) {
                QSqlQuery q(db);
                if (!q.exec(statement)) {
                    std::fprintf(stderr, "stridewise_schemasnapshot: migration %d: %s\n", version,
                        qPrintable(q.lastError().text()));
                    return 1;
                }
            }
            source += "        {\n";
            for (const QString &row : schemaRows(db))
                source += "            QString::fromUtf8(" + literal(row) + "),\n";
            source += "        },\n";
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    source += "    };\n}\n\n} // namespace Stridewise::FileChecks\n";
    QFile out(QString::fromLocal8Bit(argv[1]));
    // Rewritten only when it changed, so an unchanged schema rebuilds nothing.
    if (out.open(QIODevice::ReadOnly) && out.readAll() == source)
        return 0;
    out.close();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(source) != source.size()) {
        std::fprintf(stderr, "stridewise_schemasnapshot: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
