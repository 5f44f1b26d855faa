#pragma once

#include "core/io/recordedactivity.h"
#include "core/model/enums.h"
#include "core/result.h"
#include "core/store/importrepository.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace Stridewise {

class Database;

/** How to import: where the runner lives, and what the runner said on the command line or in a prompt. */
struct ImportOptions
{
    /** The runner's time zone: the local date of a recording whose file does not state its offset. */
    QTimeZone zone = QTimeZone::utc();
    /** The activity of recordings whose sport is not run, walk, cycle or swim (recognised sports keep theirs). */
    std::optional<Activity> activity;
    /** Recordings dated after this day are refused (a device clock gone wrong); no check when invalid. */
    QDate today;
    /** The file was found by scanning a folder: a file holding no activity (a monitoring file) is skipped quietly. */
    bool fromFolder = false;
};

/** An activity imported: what was read and what it did to the plan. */
struct ImportedItem
{
    QString file; ///< the path as given
    Activity activity = Activity::Run;
    RecordedActivity recorded;
    QDate date; ///< local date of the start
    int minutes = 0; ///< moving time, whole minutes
    int elapsedMinutes = 0;
    qint64 sessionId = 0;
    QString sessionTitle;
    bool matched = false; ///< ticked a planned session; else added an unplanned one
    ImportRecord record; ///< what undo() needs
};

/** A file or activity left alone: already imported, or (in a folder) no activity in it. */
struct SkippedItem
{
    QString file;
    QString reason;
};

/** A file refused: nothing from it was imported. */
struct FailedItem
{
    QString file;
    QString message; ///< names the file and what is wrong: "run.fit: CRC mismatch: the file is damaged"
    bool needsActivity = false; ///< would import once the runner says which activity it was
};

struct ImportReport
{
    QList<ImportedItem> imported;
    QList<SkippedItem> skipped;
    QList<FailedItem> failed;

    int ticked() const;
    void append(const ImportReport &other);
    /** "3 activities imported, 2 planned sessions ticked" (plus skipped and failed counts when there are any). */
    QString summary() const;
};

/**
 * Imports recorded activities (DESIGN.md "Ways data flows", issue 12): each file is read by its format,
 * every activity in it is matched to the planned session of that local date and activity that has no record
 * yet (the nearest planned minutes when several) and ticked with the recorded moving minutes, or added as an
 * unplanned done session. One transaction per file; a file that fails changes nothing.
 *
 * Effort and pain after are the runner's to give: the tick carries the planned effort, which counts for load
 * until then, and a "needs your effort" marker. Imported runs get the default shoe. Each activity is remembered
 * by a fingerprint (activity, start, duration) and its file's SHA-256, so importing again changes nothing.
 */
class Importer
{
public:
    /** Effort counted for an unplanned recorded session until the runner gives theirs: Borg CR-10 "moderate" (our
     * choice). */
    static constexpr int kUnplannedEffort = 3;

    explicit Importer(Database &db)
        : m_db(db)
    {
    }

    /** The activity files under paths: files as given, folders searched recursively for .fit/.tcx/.gpx, sorted. */
    static QStringList expand(
        const QStringList &paths, QList<FailedItem> *missing = nullptr, QStringList *fromFolders = nullptr);
    /** "run|2026-11-30T06:30:00Z|35": activity, UTC start to the second, elapsed time to the minute. */
    static QString fingerprint(Activity activity, const RecordedActivity &recorded);

    /** Imports files and folders (recursively), each file in its own transaction. */
    ImportReport importPaths(const QStringList &paths, const ImportOptions &options);
    ImportReport importFile(const QString &path, const ImportOptions &options);
    /** Imports one file's bytes; fileName picks the format (and names the file in messages). */
    ImportReport importData(const QString &fileName, const QByteArray &data, const ImportOptions &options);

    /** Takes back what a report imported, in one transaction (the window's undo). */
    Result<void> undo(const ImportReport &report);

private:
    Database &m_db;
};

} // namespace Stridewise
