#include "tests/export/exportfixture.h"

#include "core/model/profile.h"
#include "core/service/planner.h"
#include "core/store/profilerepository.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace Stridewise::Test {

void planWeeks(Database &db, int weeks, QDate firstMonday)
{
    Profile profile;
    profile.experience = Experience::Returning;
    profile.runMinutes = 90;
    profile.runDays = 3;
    profile.lowImpact = { Activity::Walk, Activity::Swim };
    ASSERT_TRUE(ProfileRepository(db).save(profile).ok());
    Planner planner(db);
    for (int w = 0; w < weeks; ++w) {
        auto week = planner.planWeek(firstMonday.addDays(7 * w));
        ASSERT_TRUE(week.ok()) << week.message().toStdString();
    }
}

QString debianPython()
{
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

ProcessResult runPython(const QString &script, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProgram(debianPython());
    p.setArguments(QStringList{ QStringLiteral(STRIDEWISE_SOURCE_DIR "/tests/") + script } + args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

bool pythonHas(const QStringList &modules, QString *missing)
{
    static QStringList s_found; // each module is looked for once per test program
    for (const QString &m : modules) {
        if (s_found.contains(m))
            continue;
        QProcess p;
        p.start(debianPython(), { QStringLiteral("-c"), QStringLiteral("import ") + m });
        p.waitForFinished(30000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            if (missing)
                *missing = m;
            return false;
        }
        s_found << m;
    }
    return true;
}

ProcessResult runStridewise(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(extra);
    p.setProcessEnvironment(env);
    p.setProgram(QStringLiteral(STRIDEWISE_EXE));
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start();
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace Stridewise::Test
