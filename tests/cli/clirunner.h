#pragma once

#include <QProcess>
#include <QStringList>

namespace Stridewise::Test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs the built stridewise executable with args, no input and env; waits up to 60 s. */
inline CliResult runCliIn(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProgram(QStringLiteral(STRIDEWISE_EXE));
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setProcessEnvironment(env);
    p.start();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/** Runs the built stridewise executable with args and no input on the offscreen platform; waits up to 60 s. */
inline CliResult runCli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return runCliIn(args, env);
}

/**
 * Runs it as on a machine without a display: QT_QPA_PLATFORM=xcb and no DISPLAY or WAYLAND_DISPLAY, where building
 * a QApplication aborts. Whatever must work headless has to finish before that.
 */
inline CliResult runCliWithoutDisplay(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return runCliIn(args, env);
}

/** Runs with no display and no platform chosen, as from a plain terminal or an ssh session. */
inline CliResult runCliWithNoScreen(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return runCliIn(args, env);
}

} // namespace Stridewise::Test
