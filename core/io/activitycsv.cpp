#include "core/io/activitycsv.h"

#include "core/io/csv.h"
#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QHash>

namespace Stridewise {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::ActivityCsv", text, nullptr, n);
}

/** English needs its own singular: without a plural translation installed, "%n day(s)" would show as is. */
QString trn(const char *one, const char *many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

enum class Column
{
    Date,
    Activity,
    Minutes,
    Effort,
    Distance,
    Note
};

/** Header spellings the reader accepts, lower case. */
const QHash<QString, Column> &headerNames()
{
    static const QHash<QString, Column> names{
        { QStringLiteral("date"), Column::Date },
        { QStringLiteral("activity"), Column::Activity },
        { QStringLiteral("minutes"), Column::Minutes },
        { QStringLiteral("effort"), Column::Effort },
        { QStringLiteral("rpe"), Column::Effort },
        { QStringLiteral("distance_km"), Column::Distance },
        { QStringLiteral("distance"), Column::Distance },
        { QStringLiteral("note"), Column::Note },
        { QStringLiteral("notes"), Column::Note },
    };
    return names;
}

/** How many problems a failed read lists before "and N more". */
constexpr int kMaxListed = 20;

constexpr int kMaxDistanceKm = 1000;

} // namespace

QString CsvProblem::describe(const QString &fileName) const
{
    const QString where = column > 0
        ? (columnName.isEmpty() ? tr("%1, line %2, column %3").arg(fileName).arg(line).arg(column)
                                : tr("%1, line %2, column %3 (%4)").arg(fileName).arg(line).arg(column).arg(columnName))
        : tr("%1, line %2").arg(fileName).arg(line);
    return tr("%1: %2").arg(where, message);
}

QStringList ActivityCsv::columns()
{
    return { QStringLiteral("date"), QStringLiteral("activity"), QStringLiteral("minutes"), QStringLiteral("effort"),
        QStringLiteral("distance_km"), QStringLiteral("note") };
}

Result<CsvActivities> ActivityCsv::read(const QByteArray &data, const QString &fileName, bool skipBadLines)
{
    const QList<Csv::Record> records = Csv::parse(data);
    if (records.isEmpty()) {
        return Result<CsvActivities>::failure(ErrorKind::Invalid,
            tr("%1 is empty: it needs a header line (%2) and one line per activity.")
                .arg(fileName, columns().join(QStringLiteral(","))));
    }
    const Csv::Record &header = records.first();
    if (!header.error.isEmpty()) {
        return Result<CsvActivities>::failure(ErrorKind::Invalid,
            CsvProblem{ header.line, header.errorColumn, QString(), header.error }.describe(fileName));
    }

    CsvActivities result;
    QHash<Column, int> index;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed().toLower();
        const auto known = headerNames().constFind(name);
        if (known == headerNames().cend()) {
            result.ignoredColumns << header.fields.at(c).trimmed();
            continue;
        }
        if (index.contains(*known)) {
            return Result<CsvActivities>::failure(ErrorKind::Invalid,
                CsvProblem{ header.line, c + 1, name, tr("this column appears twice in the header") }.describe(
                    fileName));
        }
        index.insert(*known, c);
    }
    QStringList missing;
    if (!index.contains(Column::Date))
        missing << QStringLiteral("date");
    if (!index.contains(Column::Activity))
        missing << QStringLiteral("activity");
    if (!index.contains(Column::Minutes))
        missing << QStringLiteral("minutes");
    if (!missing.isEmpty()) {
        return Result<CsvActivities>::failure(ErrorKind::Invalid,
            tr("%1, line %2: the header lacks %3. The first line must name the columns, for example: %4")
                .arg(fileName)
                .arg(header.line)
                .arg(missing.join(QStringLiteral(", ")), columns().join(QStringLiteral(","))));
    }

    QList<CsvProblem> problems;
    for (int r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records.at(r);
        auto problem = [&](int column, const QString &message) {
            const QString name =
                column > 0 && column <= header.fields.size() ? header.fields.at(column - 1).trimmed() : QString();
            problems << CsvProblem{ record.line, column, name, message };
        };
        if (!record.error.isEmpty()) {
            problem(record.errorColumn, record.error);
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            problem(0,
                trn("it has 1 field; the header has %1", "it has %n fields; the header has %1",
                    int(record.fields.size()))
                    .arg(header.fields.size()));
            continue;
        }
        auto cell = [&](Column column) { return record.fields.at(index.value(column)).trimmed(); };
        auto columnOf = [&](Column column) { return index.value(column) + 1; };
        CsvActivity a;
        a.line = record.line;
        bool ok = true;

        const QString dateText = cell(Column::Date);
        if (auto date = IsoWeek::parseDate(dateText)) {
            a.date = *date;
        } else {
            problem(columnOf(Column::Date),
                tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30").arg(dateText));
            ok = false;
        }

        const QString activityText = cell(Column::Activity).toLower();
        if (auto activity = Names::parseActivity(activityText)) {
            a.activity = *activity;
        } else if (auto word = Names::parseLowImpact(activityText)) {
            a.activity = *word;
        } else if (activityText == QLatin1String("running")) {
            a.activity = Activity::Run;
        } else {
            problem(columnOf(Column::Activity),
                tr("\"%1\" is not an activity; use one of %2")
                    .arg(cell(Column::Activity), Names::allActivities().join(QStringLiteral(", "))));
            ok = false;
        }

        const QString minutesText = cell(Column::Minutes);
        bool isNumber = false;
        a.minutes = minutesText.toInt(&isNumber);
        if (!isNumber) {
            problem(columnOf(Column::Minutes), tr("\"%1\" is not a whole number of minutes").arg(minutesText));
            ok = false;
        } else if (a.minutes < 1 || a.minutes > Limits::kMaxSessionMinutes) {
            problem(columnOf(Column::Minutes),
                tr("%1 minutes is outside 1–%2").arg(a.minutes).arg(Limits::kMaxSessionMinutes));
            ok = false;
        }

        if (index.contains(Column::Effort) && !cell(Column::Effort).isEmpty()) {
            const QString text = cell(Column::Effort);
            const int effort = text.toInt(&isNumber);
            if (!isNumber || effort < Limits::kMinScore || effort > Limits::kMaxScore) {
                problem(columnOf(Column::Effort), tr("\"%1\" is not an effort from 0 to 10").arg(text));
                ok = false;
            } else {
                a.effort = effort;
            }
        }

        if (index.contains(Column::Distance) && !cell(Column::Distance).isEmpty()) {
            const QString text = cell(Column::Distance);
            const double km = text.toDouble(&isNumber);
            if (!isNumber || !(km >= 0) || km > kMaxDistanceKm) {
                problem(columnOf(Column::Distance),
                    text.contains(QLatin1Char(','))
                        ? tr("\"%1\" is not a distance; write kilometres with a decimal point, e.g. 5.2").arg(text)
                        : tr("\"%1\" is not a distance in kilometres from 0 to %2").arg(text).arg(kMaxDistanceKm));
                ok = false;
            } else {
                a.distanceKm = km;
            }
        }

        if (index.contains(Column::Note)) {
            a.note = record.fields.at(index.value(Column::Note));
            if (a.note.size() > Limits::kMaxNoteLength) {
                problem(columnOf(Column::Note),
                    tr("the note has %1 characters; at most %2 fit").arg(a.note.size()).arg(Limits::kMaxNoteLength));
                ok = false;
            }
        }
        if (ok)
            result.activities << a;
    }

    if (!problems.isEmpty() && !skipBadLines) {
        QStringList lines;
        for (int i = 0; i < problems.size() && i < kMaxListed; ++i)
            lines << problems.at(i).describe(fileName);
        if (problems.size() > kMaxListed)
            lines << trn("… and 1 more problem.", "… and %n more problems.", int(problems.size()) - kMaxListed);
        QList<int> badLines;
        for (const CsvProblem &p : problems) {
            if (!badLines.contains(p.line))
                badLines << p.line;
        }
        return Result<CsvActivities>::failure(ErrorKind::Invalid,
            trn("Nothing was imported: 1 line could not be read (fix it, or leave it out with --skip-bad-lines).",
                "Nothing was imported: %n lines could not be read (fix them, or leave them out with --skip-bad-lines).",
                int(badLines.size()))
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    result.skipped = problems;
    return result;
}

} // namespace Stridewise
