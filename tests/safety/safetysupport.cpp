#include "tests/safety/safetysupport.h"

#include "core/store/database.h"

#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QSqlRecord>

#include <unistd.h>

namespace Stridewise::Test {

QString dumpTables(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return QStringLiteral("cannot open: ") + db.message();
    QString out;
    QSqlQuery tables(db.value()->connection());
    // file_identity is bookkeeping, not data: every commit and every copy gives it new ids.
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'file_identity' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        out += QStringLiteral("== %1\n").arg(table);
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

std::unique_ptr<QProcess> startChild(const QStringList &args)
{
    auto child = std::make_unique<QProcess>();
    child->setProgram(QStringLiteral(STRIDEWISE_CRASHCHILD));
    child->setArguments(args);
    child->setStandardInputFile(QProcess::nullDevice());
    child->start();
    if (!child->waitForStarted(10000))
        return nullptr;
    return child;
}

bool waitForLine(QProcess &child, const QString &line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    while (!deadline.hasExpired()) {
        if (child.canReadLine()) {
            if (QString::fromUtf8(child.readLine()).trimmed() == line)
                return true;
            continue;
        }
        if (child.state() != QProcess::Running)
            return false;
        child.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return false;
}

void killChild(QProcess &child)
{
    child.kill(); // SIGKILL on Unix
    child.waitForFinished(10000);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

namespace {

CliResult runProcess(const QString &program, const QStringList &args, const QStringList &extraEnv)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &pair : extraEnv)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

CliResult runCliWithEnv(const QStringList &args, const QStringList &extraEnv)
{
    return runProcess(QStringLiteral(STRIDEWISE_EXE), args, extraEnv);
}

CliResult runCliUnprivileged(const QStringList &args)
{
    if (!runningAsRoot())
        return runCli(args);
    // nobody:nogroup, no supplementary groups; HOME somewhere it may write so Qt does not complain.
    return runProcess(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                  QStringLiteral(STRIDEWISE_EXE)}
                          + args,
                      {QStringLiteral("HOME=/tmp"), QStringLiteral("XDG_RUNTIME_DIR=")});
}

} // namespace Stridewise::Test
