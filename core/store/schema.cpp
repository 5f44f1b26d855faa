#include "core/store/schema.h"

#include <utility>

namespace Stridewise::Schema {

QList<QStringList> migrations()
{
    // Spellings of enum values are those of core/model/names.h; CHECKs are the last line of defence
    // behind core's validation (issue 6: bad input everywhere). Dates use IS, not =: date() of a malformed
    // text such as '25.11.2026' is NULL, and a CHECK that compares to NULL lets the row in.
    const QStringList version1{
        QStringLiteral(R"(CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            experience TEXT NOT NULL CHECK (experience IN ('new', 'returning', 'regular')),
            run_minutes INTEGER NOT NULL CHECK (run_minutes BETWEEN 0 AND 2000),
            run_days INTEGER NOT NULL CHECK (run_days BETWEEN 2 AND 5),
            days TEXT NOT NULL CHECK (length(days) > 0),
            long_run_day TEXT NOT NULL CHECK (long_run_day IN ('mon','tue','wed','thu','fri','sat','sun')),
            low_impact TEXT NOT NULL CHECK (length(low_impact) > 0),
            weekday_minutes INTEGER NOT NULL CHECK (weekday_minutes BETWEEN 1 AND 1440),
            weekend_minutes INTEGER NOT NULL CHECK (weekend_minutes BETWEEN 1 AND 1440)
        ))"),
        QStringLiteral(R"(CREATE TABLE week (
            id INTEGER PRIMARY KEY,
            iso_week TEXT NOT NULL UNIQUE,
            monday TEXT NOT NULL UNIQUE CHECK (date(monday, '+0 days') IS monday),
            generator_version INTEGER NOT NULL DEFAULT 0,
            zone TEXT NOT NULL DEFAULT 'green' CHECK (zone IN ('green', 'amber', 'red')),
            red_flag INTEGER NOT NULL DEFAULT 0 CHECK (red_flag IN (0, 1)),
            urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
            adaptations TEXT NOT NULL DEFAULT '[]',
            unsatisfied TEXT NOT NULL DEFAULT '[]',
            inputs TEXT NOT NULL DEFAULT '{}',
            notes TEXT NOT NULL DEFAULT ''
        ))"),
        QStringLiteral(R"(CREATE TABLE session (
            id INTEGER PRIMARY KEY,
            week_id INTEGER NOT NULL REFERENCES week(id) ON DELETE CASCADE,
            date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
            time_of_day TEXT NOT NULL CHECK (time_of_day IN ('morning', 'midday', 'evening')),
            position INTEGER NOT NULL DEFAULT 0,
            activity TEXT NOT NULL CHECK (activity IN ('run', 'walk', 'cycle', 'swim', 'strength', 'stretch')),
            minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
            rpe INTEGER NOT NULL CHECK (rpe BETWEEN 0 AND 10),
            title TEXT NOT NULL CHECK (length(title) > 0),
            reason TEXT NOT NULL DEFAULT '',
            rule TEXT NOT NULL DEFAULT '',
            structure TEXT NOT NULL DEFAULT '[]',
            manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1))
        ))"),
        QStringLiteral("CREATE INDEX session_week ON session(week_id)"),
        QStringLiteral("CREATE INDEX session_date ON session(date, activity)"),
        QStringLiteral(R"(CREATE TABLE completion (
            session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
            skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1)),
            minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 600),
            rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
            pain INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
            note TEXT NOT NULL DEFAULT '',
            CHECK (skipped = 1 OR (minutes IS NOT NULL AND rpe IS NOT NULL))
        ))"),
        QStringLiteral(R"(CREATE TABLE pain_log (
            date TEXT PRIMARY KEY CHECK (date(date, '+0 days') IS date),
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
            symptoms TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        ))"),
    };
    // Issue 16: whose write-ahead log is this? Every commit replaces log_id with a new random id and keeps the one
    // before, so a log beside the file belongs to it only if it holds the id the file itself holds (Database).
    const QStringList version2{
        QStringLiteral(R"(CREATE TABLE file_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            log_id TEXT NOT NULL CHECK (length(log_id) = 32),
            previous_log_id TEXT NOT NULL CHECK (length(previous_log_id) = 32)
        ))"),
        QStringLiteral("INSERT INTO file_identity (id, log_id, previous_log_id) "
                       "VALUES (1, lower(hex(randomblob(16))), lower(hex(randomblob(16))))"),
    };
    // Issue 12: imported activities (remembered by fingerprint and file hash, so a re-import changes nothing),
    // distance and a shoe on completions, the "needs your effort" marker, and the runner's shoes.
    const QStringList version3{
        QStringLiteral(R"(CREATE TABLE shoe (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            comfort INTEGER CHECK (comfort IS NULL OR comfort BETWEEN 1 AND 5),
            started TEXT CHECK (started IS NULL OR date(started, '+0 days') IS started),
            retire_km INTEGER NOT NULL DEFAULT 700 CHECK (retire_km BETWEEN 1 AND 5000),
            retired TEXT CHECK (retired IS NULL OR date(retired, '+0 days') IS retired),
            is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
        ))"),
        QStringLiteral("CREATE UNIQUE INDEX shoe_one_default ON shoe(is_default) WHERE is_default = 1"),
        QStringLiteral("ALTER TABLE completion ADD COLUMN distance_m REAL "
                       "CHECK (distance_m IS NULL OR distance_m BETWEEN 0 AND 1000000)"),
        QStringLiteral("ALTER TABLE completion ADD COLUMN shoe_id INTEGER REFERENCES shoe(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE completion ADD COLUMN needs_effort INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (needs_effort IN (0, 1))"),
        QStringLiteral("CREATE INDEX completion_shoe ON completion(shoe_id)"),
        QStringLiteral(R"(CREATE TABLE imported_activity (
            id INTEGER PRIMARY KEY,
            fingerprint TEXT NOT NULL UNIQUE,
            file_hash TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            activity TEXT NOT NULL CHECK (activity IN ('run', 'walk', 'cycle', 'swim')),
            sport TEXT NOT NULL DEFAULT '',
            start_utc TEXT NOT NULL,
            moving_seconds REAL NOT NULL CHECK (moving_seconds >= 0),
            elapsed_seconds REAL NOT NULL CHECK (elapsed_seconds >= 0),
            distance_m REAL,
            avg_hr INTEGER,
            session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
            matched INTEGER NOT NULL DEFAULT 0 CHECK (matched IN (0, 1))
        ))"),
        QStringLiteral("CREATE INDEX imported_activity_file ON imported_activity(file_hash)"),
        QStringLiteral("CREATE INDEX imported_activity_session ON imported_activity(session_id)"),
    };
    // Issue 14: what the desktop reminders showed, per day and slot, so none is shown twice and Later comes back.
    const QStringList version4{
        QStringLiteral(R"(CREATE TABLE reminder (
            date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
            slot TEXT NOT NULL CHECK (length(slot) > 0),
            sent INTEGER NOT NULL DEFAULT 0 CHECK (sent >= 0),
            later INTEGER NOT NULL DEFAULT 0 CHECK (later >= 0),
            due_again TEXT CHECK (due_again IS NULL OR time(due_again) IS due_again),
            PRIMARY KEY (date, slot)
        ))"),
    };
    // Calendar export and CalDAV publishing (issue 13). calendar_event gives each exported session a UID that
    // outlives the session: a re-plan deletes and re-adds sessions, so session_id falls to NULL and the session
    // that takes its day and slot inherits the UID (with SEQUENCE raised), and a calendar updates the event
    // instead of gaining a duplicate. caldav_resource remembers what was last put on each calendar server.
    const QStringList version5{
        QStringLiteral(R"(CREATE TABLE calendar_event (
            uid TEXT PRIMARY KEY CHECK (length(uid) > 0),
            session_id INTEGER UNIQUE REFERENCES session(id) ON DELETE SET NULL,
            date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
            time_of_day TEXT NOT NULL CHECK (time_of_day IN ('morning', 'midday', 'evening')),
            activity TEXT NOT NULL CHECK (activity IN ('run', 'walk', 'cycle', 'swim', 'strength', 'stretch')),
            fingerprint TEXT NOT NULL DEFAULT '',
            sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0)
        ))"),
        QStringLiteral("CREATE INDEX calendar_event_date ON calendar_event(date)"),
        QStringLiteral(R"(CREATE TABLE caldav_resource (
            calendar TEXT NOT NULL CHECK (length(calendar) > 0),
            uid TEXT NOT NULL CHECK (length(uid) > 0),
            href TEXT NOT NULL CHECK (length(href) > 0),
            etag TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
            PRIMARY KEY (calendar, uid)
        ))"),
    };
    // Issues 9 and 17 (plans that train, plans that respond to the body): the goal and disc history of the profile,
    // each run's running minutes (a walk–run is not all running), what each week was planned from (level, goal,
    // the return ladder, the easier week, the strength rung, a pending clearance), and the clinician clearances.
    // NULL in the new week and session columns means "saved before this version": the planner then falls back to
    // what it can read from the sessions themselves.
    const QStringList version6{
        QStringLiteral("ALTER TABLE profile ADD COLUMN goal_minutes INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (goal_minutes BETWEEN 0 AND 2000)"),
        QStringLiteral(
            "ALTER TABLE profile ADD COLUMN disc_history INTEGER NOT NULL DEFAULT 0 CHECK (disc_history IN (0, 1))"),
        QStringLiteral("ALTER TABLE session ADD COLUMN run_minutes INTEGER CHECK (run_minutes IS NULL OR run_minutes "
                       "BETWEEN 0 AND 600)"),
        QStringLiteral("ALTER TABLE week ADD COLUMN level INTEGER CHECK (level IS NULL OR level BETWEEN 0 AND 2000)"),
        QStringLiteral("ALTER TABLE week ADD COLUMN goal INTEGER CHECK (goal IS NULL OR goal BETWEEN 0 AND 2000)"),
        QStringLiteral("ALTER TABLE week ADD COLUMN ladder_rung INTEGER CHECK (ladder_rung IS NULL OR ladder_rung "
                       "BETWEEN 1 AND 10)"),
        QStringLiteral(
            "ALTER TABLE week ADD COLUMN ladder_of INTEGER CHECK (ladder_of IS NULL OR ladder_of BETWEEN 1 AND 10)"),
        QStringLiteral("ALTER TABLE week ADD COLUMN ladder_reason TEXT"),
        QStringLiteral("ALTER TABLE week ADD COLUMN ladder_reference INTEGER CHECK (ladder_reference IS NULL OR "
                       "ladder_reference BETWEEN 0 AND 2000)"),
        QStringLiteral("ALTER TABLE week ADD COLUMN ladder_walk_run INTEGER CHECK (ladder_walk_run IS NULL OR "
                       "ladder_walk_run IN (0, 1))"),
        QStringLiteral("ALTER TABLE week ADD COLUMN easy INTEGER CHECK (easy IS NULL OR easy IN (0, 1))"),
        QStringLiteral("ALTER TABLE week ADD COLUMN strength_level INTEGER CHECK (strength_level IS NULL OR "
                       "strength_level BETWEEN 0 AND 20)"),
        QStringLiteral("ALTER TABLE week ADD COLUMN clearance_pending INTEGER CHECK (clearance_pending IS NULL OR "
                       "clearance_pending IN (0, 1))"),
        QStringLiteral(R"(CREATE TABLE clearance (
            date TEXT PRIMARY KEY CHECK (date(date, '+0 days') IS date),
            note TEXT NOT NULL DEFAULT ''
        ))"),
    };
    // Issue 15 (cost follows the work asked for, not the history). week.streak is how many weeks in a row end with
    // this one (itself included): the planner's "weeks planned before" is one indexed look-up instead of a walk back
    // through every week of the streak. The triggers keep it exact on every write that adds, deletes or moves a week
    // row, whoever makes it (a plan, a hand edit, an import, an undo, SQL by hand): a row added or removed changes
    // only the weeks in a row right after it, found by their streak alone (a week w after row r is in r's run exactly
    // when streak(w) = streak(r) + (w - r) / 7), so planning the next week touches no other row. Weeks are counted
    // 7 days apart, as the walk back did. The partial index finds red-flag days without reading every pain-log day
    // since the start when no clearance was ever recorded.
    const QStringList version7{
        QStringLiteral("ALTER TABLE week ADD COLUMN streak INTEGER NOT NULL DEFAULT 1 CHECK (streak >= 1)"),
        QStringLiteral(R"(UPDATE week SET streak = runs.streak FROM (
            SELECT id, row_number() OVER (PARTITION BY phase, island ORDER BY monday) AS streak FROM (
                SELECT id, monday, CAST(julianday(monday) AS INTEGER) % 7 AS phase,
                    julianday(monday) - 7 * row_number() OVER (
                        PARTITION BY CAST(julianday(monday) AS INTEGER) % 7 ORDER BY monday) AS island
                FROM week)) AS runs WHERE runs.id = week.id)"),
        QStringLiteral(R"(CREATE TRIGGER week_streak_insert AFTER INSERT ON week BEGIN
            UPDATE week SET streak = 1 + coalesce(
                (SELECT p.streak FROM week p WHERE p.monday = date(NEW.monday, '-7 days')), 0) WHERE id = NEW.id;
            UPDATE week SET streak = streak + (SELECT n.streak FROM week n WHERE n.id = NEW.id)
                WHERE monday > NEW.monday AND streak * 7 = julianday(monday) - julianday(NEW.monday);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER week_streak_delete AFTER DELETE ON week BEGIN
            UPDATE week SET streak = streak - OLD.streak
                WHERE monday > OLD.monday AND (streak - OLD.streak) * 7 = julianday(monday) - julianday(OLD.monday);
        END)"),
        QStringLiteral(R"(CREATE TRIGGER week_streak_move AFTER UPDATE OF monday ON week
            WHEN OLD.monday IS NOT NEW.monday BEGIN
            UPDATE week SET streak = streak - OLD.streak WHERE id <> NEW.id AND monday > OLD.monday
                AND (streak - OLD.streak) * 7 = julianday(monday) - julianday(OLD.monday);
            UPDATE week SET streak = 1 + coalesce(
                (SELECT p.streak FROM week p WHERE p.monday = date(NEW.monday, '-7 days')), 0) WHERE id = NEW.id;
            UPDATE week SET streak = streak + (SELECT n.streak FROM week n WHERE n.id = NEW.id)
                WHERE id <> NEW.id AND monday > NEW.monday AND streak * 7 = julianday(monday) - julianday(NEW.monday);
        END)"),
        QStringLiteral("CREATE INDEX pain_log_symptoms ON pain_log(date) WHERE symptoms <> ''"),
    };
    // Issue 15 (Progress at any history): the done load summed per ISO week (keyed by its Monday) and calendar month
    // (keyed by its 1st) and activity, kept current by triggers on every write to completion and session, so bars of
    // ten years read ~500 rows instead of joining ~9,000 sessions to their completions. Filled from the data at hand.
    // Sums go down to 0 rather than the row going away. INSERT OR REPLACE into completion removes the old row without
    // firing delete triggers (recursive_triggers is off), so a BEFORE INSERT trigger takes the old row out first; a
    // plain INSERT that fails takes its trigger's work back with it. A session's BEFORE DELETE takes its completion
    // out while the session can still be read; the completion's own delete trigger, fired by the cascade after the
    // session is gone, then finds no session and adds nothing.
    const auto addLoad = [](const QString &sign, const QString &date, const QString &activity, const QString &minutes,
                             const QString &rpe, const QString &from) {
        QString sql;
        for (const auto &[table, key] :
            { std::pair{ QStringLiteral("load_week"), QStringLiteral("date(%1, 'weekday 0', '-6 days')") },
                std::pair{ QStringLiteral("load_month"), QStringLiteral("substr(%1, 1, 7) || '-01'") } }) {
            sql +=
                QStringLiteral("INSERT INTO %1 (start, activity, minutes, load) SELECT %2, %3, %4%5, %4%5 * %6 FROM %7 "
                               "ON CONFLICT (start, activity) DO UPDATE SET minutes = minutes + excluded.minutes, "
                               "load = load + excluded.load; ")
                    .arg(table, key.arg(date), activity, sign, minutes, rpe, from);
        }
        return sql;
    };
    const QString completionSession = QStringLiteral("session s WHERE s.id = %1.session_id AND %1.skipped = 0");
    const QString sessionCompletion = QStringLiteral("completion c WHERE c.session_id = %1.id AND c.skipped = 0");
    const QString summedFromData = QStringLiteral(
        "INSERT INTO %1 (start, activity, minutes, load) SELECT %2, s.activity, SUM(c.minutes), SUM(c.minutes * c.rpe) "
        "FROM session s JOIN completion c ON c.session_id = s.id WHERE c.skipped = 0 GROUP BY 1, 2");
    const QString summaryTable = QStringLiteral(R"(CREATE TABLE %1 (
            start TEXT NOT NULL,
            activity TEXT NOT NULL,
            minutes INTEGER NOT NULL,
            load INTEGER NOT NULL,
            PRIMARY KEY (start, activity)
        ) WITHOUT ROWID)");
    const QStringList version8{
        summaryTable.arg(QStringLiteral("load_week")),
        summaryTable.arg(QStringLiteral("load_month")),
        summedFromData.arg(QStringLiteral("load_week"), QStringLiteral("date(s.date, 'weekday 0', '-6 days')")),
        summedFromData.arg(QStringLiteral("load_month"), QStringLiteral("substr(s.date, 1, 7) || '-01'")),
        QStringLiteral("CREATE TRIGGER completion_load_replace BEFORE INSERT ON completion BEGIN %1END")
            .arg(addLoad(QStringLiteral("-"), QStringLiteral("s.date"), QStringLiteral("s.activity"),
                QStringLiteral("c.minutes"), QStringLiteral("c.rpe"),
                QStringLiteral("completion c JOIN session s ON s.id = c.session_id "
                               "WHERE c.session_id = NEW.session_id AND c.skipped = 0"))),
        QStringLiteral("CREATE TRIGGER completion_load_insert AFTER INSERT ON completion BEGIN %1END")
            .arg(addLoad({}, QStringLiteral("s.date"), QStringLiteral("s.activity"), QStringLiteral("NEW.minutes"),
                QStringLiteral("NEW.rpe"), completionSession.arg(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER completion_load_update AFTER UPDATE OF session_id, skipped, minutes, rpe ON "
                       "completion BEGIN %1%2END")
            .arg(addLoad(QStringLiteral("-"), QStringLiteral("s.date"), QStringLiteral("s.activity"),
                     QStringLiteral("OLD.minutes"), QStringLiteral("OLD.rpe"),
                     completionSession.arg(QStringLiteral("OLD"))),
                addLoad({}, QStringLiteral("s.date"), QStringLiteral("s.activity"), QStringLiteral("NEW.minutes"),
                    QStringLiteral("NEW.rpe"), completionSession.arg(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER completion_load_delete AFTER DELETE ON completion BEGIN %1END")
            .arg(addLoad(QStringLiteral("-"), QStringLiteral("s.date"), QStringLiteral("s.activity"),
                QStringLiteral("OLD.minutes"), QStringLiteral("OLD.rpe"),
                completionSession.arg(QStringLiteral("OLD")))),
        QStringLiteral("CREATE TRIGGER session_load_move AFTER UPDATE OF date, activity ON session BEGIN %1%2END")
            .arg(
                addLoad(QStringLiteral("-"), QStringLiteral("OLD.date"), QStringLiteral("OLD.activity"),
                    QStringLiteral("c.minutes"), QStringLiteral("c.rpe"), sessionCompletion.arg(QStringLiteral("OLD"))),
                addLoad({}, QStringLiteral("NEW.date"), QStringLiteral("NEW.activity"), QStringLiteral("c.minutes"),
                    QStringLiteral("c.rpe"), sessionCompletion.arg(QStringLiteral("NEW")))),
        QStringLiteral("CREATE TRIGGER session_load_delete BEFORE DELETE ON session BEGIN %1END")
            .arg(addLoad(QStringLiteral("-"), QStringLiteral("OLD.date"), QStringLiteral("OLD.activity"),
                QStringLiteral("c.minutes"), QStringLiteral("c.rpe"), sessionCompletion.arg(QStringLiteral("OLD")))),
    };
    return { version1, version2, version3, version4, version5, version6, version7, version8 };
}

} // namespace Stridewise::Schema
