#pragma once

#include "core/store/database.h"

#include <QDate>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace Stridewise::Test {

/** Monday of the first planned week in these tests: 2026-W49. */
inline const QDate kFirstMonday(2026, 11, 30);

/** A profile (returning runner, every day available) and `weeks` planned weeks from kFirstMonday, by the real planner.
 */
void planWeeks(Database &db, int weeks, QDate firstMonday = kFirstMonday);

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    /** stdout parsed as JSON (an empty document when it is not). */
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/**
 * Debian's python3 (/usr/bin/python3), whose python3-icalendar, python3-caldav and radicale the tests read back
 * with; a python3 on PATH otherwise.
 */
QString debianPython();

/** Runs a script from this folder or tests/sync (path relative to the source tree's tests/) with python3. */
ProcessResult runPython(const QString &script, const QStringList &args, int timeoutMs = 60000);

/** Whether python3 can import every module named (e.g. "icalendar"). */
bool pythonHas(const QStringList &modules, QString *missing = nullptr);

/** Runs the built stridewise with args on the offscreen platform. */
ProcessResult runStridewise(const QStringList &args, const QProcessEnvironment &extra = {});

} // namespace Stridewise::Test
