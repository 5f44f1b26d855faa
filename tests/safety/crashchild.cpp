// A child process for the safety tests (issue 6), killed by its parent at random moments.
//
//   stridewise_crashchild work DB SEED   ticks, pain logs and whole-week saves in a loop, printing each
//                                         after its commit returned ("P date score", "T id minutes rpe",
//                                         "W monday sessions"); it never stops on its own
//   stridewise_crashchild migrate DB     opens DB with a slow extra migration (version 2) added
//   stridewise_crashchild lock DB        takes the database lock and sleeps
//
// Each acknowledgement is written with write(2) after the commit returned, so a line the parent reads
// is a promise: that write must survive the kill.
#include "core/store/database.h"
#include "core/store/lock.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/store/schema.h"
#include "tests/safety/slowmigration.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>
#include <cstring>

#include <unistd.h>

using namespace Stridewise;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    // Unbuffered: what the parent reads was said after the commit, and nothing said is lost in a buffer.
    if (::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size())) != bytes.size())
        std::_Exit(3);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

int work(const QString &path, quint32 seed)
{
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Database &db = *opened.value();
    LogRepository log(db);
    PlanRepository plans(db);
    QRandomGenerator rng(seed);
    const QDate firstDay(2000, 1, 1);
    const QDate firstMonday(2001, 1, 1);
    QVariant lastPain = scalar(db, QStringLiteral("SELECT max(date) FROM pain_log"));
    QDate nextPainDay = lastPain.isNull() ? firstDay : QDate::fromString(lastPain.toString(), Qt::ISODate).addDays(1);
    QVariant lastWeek = scalar(db, QStringLiteral("SELECT max(monday) FROM week"));
    QDate nextMonday = lastWeek.isNull() ? firstMonday : QDate::fromString(lastWeek.toString(), Qt::ISODate).addDays(7);
    say(QStringLiteral("ready"));
    for (;;) {
        const int op = int(rng.bounded(100));
        if (op < 40) {
            PainEntry e;
            e.date = nextPainDay;
            e.score = int(rng.bounded(11));
            e.note = QStringLiteral("pain note %1").arg(rng.generate());
            if (auto r = log.logPain(e); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                return 2;
            }
            say(QStringLiteral("P %1 %2").arg(e.date.toString(Qt::ISODate)).arg(e.score));
            nextPainDay = nextPainDay.addDays(1);
        } else if (op < 65) {
            Week w;
            w.monday = nextMonday;
            const int count = 3 + int(rng.bounded(8));
            w.notes = QString::number(count); // the verifier compares the saved sessions with this
            for (int i = 0; i < count; ++i) {
                PlannedSession s;
                s.date = w.monday.addDays(i % 7);
                s.activity = i % 2 ? Activity::Run : Activity::Walk;
                s.minutes = 10 + int(rng.bounded(50));
                s.rpe = int(rng.bounded(11));
                s.title = QStringLiteral("Session %1").arg(i);
                s.reason = QStringLiteral("crash test");
                w.sessions << s;
            }
            if (auto r = plans.saveWeek(w); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                return 2;
            }
            say(QStringLiteral("W %1 %2").arg(w.monday.toString(Qt::ISODate)).arg(count));
            nextMonday = nextMonday.addDays(7);
        } else {
            const QVariant id = scalar(db, QStringLiteral("SELECT id FROM session WHERE id NOT IN (SELECT session_id FROM "
                                                          "completion) ORDER BY random() LIMIT 1"));
            if (id.isNull())
                continue;
            Completion c;
            c.sessionId = id.toLongLong();
            c.minutes = 1 + int(rng.bounded(600));
            c.rpe = int(rng.bounded(11));
            if (auto r = log.complete(c); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message()));
                return 2;
            }
            say(QStringLiteral("T %1 %2 %3").arg(c.sessionId).arg(c.minutes).arg(c.rpe));
        }
    }
}

int migrate(const QString &path)
{
    Database::setMigrationsForTesting(Test::withSlowMigration(Schema::migrations()));
    say(QStringLiteral("ready"));
    OpenOptions options;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(9, 0));
    auto db = Database::open(path, Database::Mode::ReadWrite, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    say(QStringLiteral("migrated"));
    return 0;
}

int lock(const QString &path)
{
    auto held = DatabaseLock::acquire(path);
    if (!held) {
        std::fprintf(stderr, "%s\n", qPrintable(held.message()));
        return 1;
    }
    say(QStringLiteral("locked"));
    for (;;)
        QThread::sleep(1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("work") && args.size() == 4)
        return work(args.at(2), args.at(3).toUInt());
    if (mode == QLatin1String("migrate") && args.size() == 3)
        return migrate(args.at(2));
    if (mode == QLatin1String("lock") && args.size() == 3)
        return lock(args.at(2));
    std::fprintf(stderr, "usage: stridewise_crashchild work DB SEED | migrate DB | lock DB\n");
    return 64;
}
