#include "core/service/importer.h"

#include "core/io/activityformat.h"
#include "core/io/sportmap.h"
#include "core/model/names.h"
#include "core/model/validation.h"
#include "core/store/database.h"
#include "core/store/shoerepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace Stridewise {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Importer", text, nullptr, n);
}

constexpr int kMaxMinutes = 600; // a session's limit (Limits::kMaxSessionMinutes)

TimeOfDay timeOfDayAt(int hour)
{
    if (hour < 11)
        return TimeOfDay::Morning;
    if (hour < 16)
        return TimeOfDay::Midday;
    return TimeOfDay::Evening;
}

QTime localTime(const RecordedActivity &a, const QTimeZone &zone)
{
    if (a.utcOffsetSeconds)
        return a.start.toUTC().addSecs(*a.utcOffsetSeconds).time();
    return a.start.toTimeZone(zone).time();
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

FailedItem failure(const QString &file, const QString &what, bool needsActivity = false)
{
    return FailedItem{ file, QStringLiteral("%1: %2").arg(displayName(file), what), needsActivity };
}

int wholeMinutes(double seconds)
{
    return int(std::lround(seconds / 60.0));
}

} // namespace

int ImportReport::ticked() const
{
    return int(std::count_if(imported.cbegin(), imported.cend(), [](const ImportedItem &i) { return i.matched; }));
}

void ImportReport::append(const ImportReport &other)
{
    imported << other.imported;
    skipped << other.skipped;
    failed << other.failed;
}

QString ImportReport::summary() const
{
    // English has no translation file: the singular is its own string, so "1 activity" reads right untranslated.
    const int n = int(imported.size());
    QString text = (n == 1 ? tr("1 activity imported") : tr("%n activities imported", n)) + QStringLiteral(", ")
        + (ticked() == 1 ? tr("1 planned session ticked") : tr("%n planned sessions ticked", ticked()));
    if (!skipped.isEmpty()) {
        text += QStringLiteral(", ") + (skipped.size() == 1 ? tr("1 skipped") : tr("%n skipped", int(skipped.size())));
    }
    if (!failed.isEmpty())
        text += QStringLiteral(", ")
            + (failed.size() == 1 ? tr("1 file refused") : tr("%n files refused", int(failed.size())));
    return text;
}

QStringList Importer::expand(const QStringList &paths, QList<FailedItem> *missing, QStringList *fromFolders)
{
    QStringList out;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (ActivityFormats::isActivityFileName(file))
                    found << file;
            }
            std::sort(found.begin(), found.end());
            out << found;
            if (fromFolders)
                *fromFolders << found;
        } else if (info.exists()) {
            out << path;
        } else if (missing) {
            *missing << FailedItem{ path, tr("%1: no such file or folder").arg(path) };
        }
    }
    return out;
}

QString Importer::fingerprint(Activity activity, const RecordedActivity &recorded)
{
    return QStringLiteral("%1|%2|%3")
        .arg(Names::activity(activity), recorded.start.toUTC().toString(Qt::ISODate))
        .arg(wholeMinutes(recorded.elapsedSeconds));
}

ImportReport Importer::importPaths(const QStringList &paths, const ImportOptions &options)
{
    ImportReport report;
    QStringList fromFolders;
    const QStringList files = expand(paths, &report.failed, &fromFolders);
    for (const QString &file : files) {
        ImportOptions fileOptions = options;
        fileOptions.fromFolder = options.fromFolder || fromFolders.contains(file);
        report.append(importFile(file, fileOptions));
    }
    return report;
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    QFile file(path);
    if (QFileInfo(path).size() > ActivityFormats::kMaxFileBytes) {
        report.failed << failure(
            path, tr("larger than %1 MB: not an activity file").arg(ActivityFormats::kMaxFileBytes >> 20));
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.failed << failure(path, tr("cannot be read: %1").arg(file.errorString()));
        return report;
    }
    return importData(path, file.readAll(), options);
}

ImportReport Importer::importData(const QString &fileName, const QByteArray &data, const ImportOptions &options)
{
    ImportReport report;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    ImportRepository repo(m_db);
    auto known = repo.hasFile(hash);
    if (!known) {
        report.failed << failure(fileName, known.message());
        return report;
    }
    if (*known) {
        report.skipped << SkippedItem{ fileName, tr("already imported") };
        return report;
    }
    const ActivityFormat *format = ActivityFormats::forFile(fileName, data.left(1024));
    if (!format) {
        if (!options.fromFolder)
            report.failed << failure(fileName, tr("not a FIT, TCX or GPX file"));
        return report;
    }
    auto read = format->read(data);
    if (!read) {
        if (read.kind() == ErrorKind::NotFound && options.fromFolder)
            report.skipped << SkippedItem{ fileName, read.message() };
        else
            report.failed << failure(fileName, read.message() + tr("; nothing from it was imported"));
        return report;
    }
    QList<RecordedActivity> activities = *read;
    std::stable_sort(activities.begin(), activities.end(),
        [](const RecordedActivity &a, const RecordedActivity &b) { return a.start < b.start; });

    // Check every activity before writing anything: a file is imported whole or not at all.
    QList<ImportedItem> items;
    for (const RecordedActivity &a : activities) {
        std::optional<Activity> activity = SportMap::activityFor(a.sport, a.subSport);
        if (!activity)
            activity = options.activity;
        if (!activity) {
            report.failed << failure(fileName,
                a.sport.isEmpty() ? tr("it does not say which sport it is; say which activity it was (run, walk, "
                                       "cycle or swim)")
                                  : tr("the sport \"%1\" is not run, walk, cycle or swim; say which activity it was")
                                        .arg(a.subSport.isEmpty() || a.subSport == QLatin1String("generic")
                                                ? a.sport
                                                : a.sport + QLatin1Char('/') + a.subSport),
                true);
            return report;
        }
        const double longest = 60.0 * (kMaxMinutes + 1);
        if (!std::isfinite(a.movingSeconds) || !std::isfinite(a.elapsedSeconds) || a.movingSeconds > longest
            || a.elapsedSeconds > 100 * longest) {
            report.failed << failure(fileName,
                tr("a recording of more than %1 minutes: a session can be at most %1 minutes").arg(kMaxMinutes));
            return report;
        }
        if (a.movingSeconds < 1 && a.elapsedSeconds < 1) {
            report.failed << failure(fileName, tr("no time recorded: cannot tell how long"));
            return report;
        }
        ImportedItem item;
        item.file = fileName;
        item.activity = *activity;
        item.recorded = a;
        if (a.distanceMeters && !(*a.distanceMeters >= 0 && *a.distanceMeters <= Limits::kMaxDistanceMeters))
            item.recorded.distanceMeters.reset(); // a broken distance is left out, the recording still counts
        item.date = a.localDate(options.zone);
        item.minutes = std::max(1, wholeMinutes(a.movingSeconds >= 1 ? a.movingSeconds : a.elapsedSeconds));
        item.elapsedMinutes = std::max(item.minutes, wholeMinutes(a.elapsedSeconds));
        if (item.minutes > kMaxMinutes) {
            report.failed << failure(fileName,
                tr("a recording of %1 minutes: a session can be at most %2 minutes")
                    .arg(item.minutes)
                    .arg(kMaxMinutes));
            return report;
        }
        if (options.today.isValid() && item.date > options.today) {
            report.failed << failure(fileName,
                tr("dated %1, after today (%2): is the device's clock right?")
                    .arg(item.date.toString(Qt::ISODate), options.today.toString(Qt::ISODate)));
            return report;
        }
        items << item;
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        report.failed << failure(fileName, tx.error().message);
        return report;
    }
    auto shoe = ShoeRepository(m_db).defaultShoe();
    if (!shoe) {
        report.failed << failure(fileName, shoe.message());
        return report;
    }
    QList<ImportedItem> done;
    QList<SkippedItem> skipped;
    for (ImportedItem item : items) {
        const QString fp = fingerprint(item.activity, item.recorded);
        auto seen = repo.byFingerprint(fp);
        if (!seen) {
            report.failed << failure(fileName, seen.message());
            return report;
        }
        if (seen->has_value()) {
            skipped << SkippedItem{ fileName,
                tr("already imported: %1 on %2 from %3")
                    .arg(Labels::activity(item.activity).toLower(), item.date.toString(Qt::ISODate),
                        displayName((*seen)->fileName)) };
            continue;
        }
        Completion c;
        c.minutes = item.minutes;
        c.distanceMeters = item.recorded.distanceMeters;
        if (item.activity == Activity::Run && shoe->has_value())
            c.shoeId = (*shoe)->id;
        c.needsEffort = true;

        auto open = repo.openSessions(item.date, item.activity);
        if (!open) {
            report.failed << failure(fileName, open.message());
            return report;
        }
        if (!open->isEmpty()) {
            const auto nearest =
                std::min_element(open->cbegin(), open->cend(), [&](const PlannedSession &x, const PlannedSession &y) {
                    return std::abs(x.minutes - item.minutes) < std::abs(y.minutes - item.minutes);
                });
            c.sessionId = nearest->id;
            c.rpe = nearest->rpe; // planned effort counts for load until the runner gives theirs
            if (auto r = repo.insertCompletion(c); !r) {
                report.failed << failure(fileName, r.message());
                return report;
            }
            item.sessionId = nearest->id;
            item.sessionTitle = nearest->title;
            item.matched = true;
        } else {
            PlannedSession s;
            s.date = item.date;
            s.timeOfDay = timeOfDayAt(localTime(item.recorded, options.zone).hour());
            s.activity = item.activity;
            s.minutes = item.minutes;
            s.rpe = kUnplannedEffort;
            s.title = tr("%1 (recorded)").arg(Labels::activity(item.activity));
            s.reason = tr("Recorded by your watch or phone (%1); it was not in the plan.").arg(displayName(fileName));
            s.rule = QStringLiteral("imported");
            s.manual = true;
            c.rpe = kUnplannedEffort;
            s.completion = c;
            auto id = repo.insertSession(s);
            if (!id) {
                report.failed << failure(fileName, id.message());
                return report;
            }
            item.sessionId = *id;
            item.sessionTitle = s.title;
        }
        ImportRecord record;
        record.fingerprint = fp;
        record.fileHash = hash;
        record.fileName = fileName;
        record.activity = item.activity;
        record.sport = item.recorded.sport;
        record.start = item.recorded.start;
        record.movingSeconds = item.recorded.movingSeconds;
        record.elapsedSeconds = item.recorded.elapsedSeconds;
        record.distanceMeters = item.recorded.distanceMeters;
        record.averageHeartRate = item.recorded.averageHeartRate;
        record.sessionId = item.sessionId;
        record.matched = item.matched;
        if (auto r = repo.insertRecord(record); !r) {
            report.failed << failure(fileName, r.message());
            return report;
        }
        item.record = record;
        done << item;
    }
    if (auto committed = tx.commit(); !committed) {
        report.failed << failure(fileName, committed.message());
        return report;
    }
    report.imported = done;
    report.skipped << skipped;
    return report;
}

Result<void> Importer::undo(const ImportReport &report)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    ImportRepository repo(m_db);
    for (auto it = report.imported.crbegin(); it != report.imported.crend(); ++it) {
        if (auto r = repo.removeImport(it->record); !r)
            return r;
    }
    return tx.commit();
}

} // namespace Stridewise
