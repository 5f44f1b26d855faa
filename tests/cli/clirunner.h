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

/** Runs the built stridewise executable with args and no input; waits up to 60 s. */
inline CliResult runCli(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(STRIDEWISE_EXE));
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Stridewise::Test
