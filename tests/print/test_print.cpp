#include "core/model/isoweek.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "ui/print/printcanvas.h"
#include "ui/print/weekprinter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include "tests/export/exportfixture.h"
#include "tests/support/testdb.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

/** Runs a poppler-utils tool (pdfinfo, pdftotext, pdfimages) and returns its output. */
QString poppler(const QString &tool, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    EXPECT_FALSE(program.isEmpty()) << tool.toStdString() << " is missing: apt-get install poppler-utils";
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << tool.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(poppler(QStringLiteral("pdfinfo"), { pdf })).captured(1).toInt();
}

QString pageSize(const QString &pdf)
{
    const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+ x [\\d.]+) pts"));
    return size.match(poppler(QStringLiteral("pdfinfo"), { pdf })).captured(1);
}

QString text(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

/** Lines of `pdfimages -list` after its two header lines: one per raster image in the PDF. */
int rasterImages(const QString &pdf)
{
    return int(poppler(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf })
                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   .size())
        - 2;
}

/** pdftotext breaks words at line ends; compare with all whitespace squeezed. */
QString squeezed(const QString &s)
{
    return s.simplified();
}

class WeekPdf : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openDb(dir.path());
        ASSERT_TRUE(db);
        planWeeks(*db, 1);
        sessions = PlanRepository(*db).sessionsBetween(kFirstMonday, kFirstMonday.addDays(6)).value();
        path = db->path();
    }
    ProcessResult exportPdf(const QString &out, QStringList extra = {}, const QProcessEnvironment &env = {})
    {
        return runStridewise(
            QStringList{ QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--week"),
                QStringLiteral("2026-W49"), QStringLiteral("--out"), out, QStringLiteral("--db"), path }
                + extra,
            env);
    }
    TempDir dir;
    std::unique_ptr<Database> db;
    QList<PlannedSession> sessions;
    QString path;
};

} // namespace

TEST_F(WeekPdf, OneVectorPageWithEveryDaySessionStretchBoxAndTheClinicianLine)
{
    // One session done, so its box prints ticked; the record shows under it.
    const PlannedSession *done = nullptr;
    for (const PlannedSession &s : sessions) {
        if (s.activity != Activity::Stretch) {
            done = &s;
            break;
        }
    }
    ASSERT_NE(done, nullptr);
    ASSERT_TRUE(LogRepository(*db).complete(Completion{ done->id, false, done->minutes, 4, 1, {} }).ok());

    const QString pdf = dir.path(QStringLiteral("week.pdf"));
    auto r = exportPdf(pdf, { QStringLiteral("--page"), QStringLiteral("a4") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2026-W49 (A4, one page)"))) << r.out.toStdString();
    EXPECT_EQ(pageCount(pdf), 1);
    EXPECT_EQ(pageSize(pdf), QStringLiteral("842 x 595")) << "A4 landscape";
    EXPECT_EQ(rasterImages(pdf), 0) << "drawn as vectors and text, not a picture";

    const QString all = squeezed(text(pdf));
    for (const QString &day :
        { QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
            QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday") })
        EXPECT_TRUE(all.contains(day)) << day.toStdString();
    for (const PlannedSession &s : sessions) {
        if (s.activity == Activity::Stretch)
            continue;
        EXPECT_TRUE(all.contains(QStringLiteral("%1 min").arg(s.minutes))) << s.minutes;
    }
    EXPECT_TRUE(all.contains(QStringLiteral("week 2026-W49"))) << all.toStdString();
    EXPECT_GE(all.count(QStringLiteral("Hamstring stretch")), 7);
    EXPECT_GE(all.count(QStringLiteral("Morning")), 7);
    EXPECT_GE(all.count(QStringLiteral("Evening")), 7);
    EXPECT_GE(all.count(QStringLiteral("Back pain")), 7) << "a line to write each day's pain on";
    EXPECT_TRUE(all.contains(QStringLiteral("Warm-up:")));
    EXPECT_TRUE(all.contains(QStringLiteral("Curl-up")) || all.contains(QStringLiteral("Bird-dog")))
        << "exercises are listed";
    EXPECT_TRUE(all.contains(QStringLiteral("Done: %1 min").arg(done->minutes)));
    EXPECT_TRUE(all.contains(QStringLiteral("Stridewise does not replace a clinician.")));
}

TEST_F(WeekPdf, LetterWhereTheLocaleUsesItAndA4Elsewhere)
{
    QProcessEnvironment us;
    us.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    const QString letter = dir.path(QStringLiteral("us.pdf"));
    ASSERT_EQ(exportPdf(letter, {}, us).exitCode, 0);
    EXPECT_EQ(pageSize(letter), QStringLiteral("792 x 612"));

    QProcessEnvironment de;
    de.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const QString a4 = dir.path(QStringLiteral("de.pdf"));
    ASSERT_EQ(exportPdf(a4, {}, de).exitCode, 0);
    EXPECT_EQ(pageSize(a4), QStringLiteral("842 x 595"));
}

TEST_F(WeekPdf, AWeekWithoutAPlanOrABadWeekIsRefused)
{
    const QString out = dir.path(QStringLiteral("none.pdf"));
    auto none = runStridewise({ QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--week"),
        QStringLiteral("2027-W10"), QStringLiteral("--out"), out, QStringLiteral("--db"), path });
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("2027-W10 has no plan yet"))) << none.err.toStdString();
    auto bad = runStridewise({ QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("--week"),
        QStringLiteral("2026-W54"), QStringLiteral("--out"), out, QStringLiteral("--db"), path });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--week: Week 54 does not exist in 2026"))) << bad.err.toStdString();
    auto page = exportPdf(out, { QStringLiteral("--page"), QStringLiteral("a3") });
    EXPECT_EQ(page.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(WeekPdf, AQPrinterDrivesTheSameRendererAndABusyWeekStillFitsOnePage)
{
    // Three extra hand-added sessions a day: the text shrinks until the busiest day fits.
    Week week = PlanRepository(*db).week(kFirstMonday).value().value();
    for (int d = 0; d < 7; ++d) {
        for (int i = 0; i < 3; ++i) {
            PlannedSession extra = week.sessions.first();
            extra.id = 0;
            extra.date = kFirstMonday.addDays(d);
            extra.activity = Activity::Strength;
            extra.timeOfDay = TimeOfDay::Evening;
            extra.title = QStringLiteral("Extra strength %1").arg(i + 1);
            extra.minutes = 20;
            extra.structure = sessions.at(1).structure;
            week.sessions << extra;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir.path(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(pdf);
    WeekPrinter renderer(week);
    ASSERT_TRUE(renderer.print(printer, QPageSize::A4).ok());
    EXPECT_LT(renderer.fittedScale(), 1.0);
    EXPECT_EQ(pageCount(pdf), 1);
    const QString all = squeezed(text(pdf));
    EXPECT_TRUE(all.contains(QStringLiteral("Extra strength 3")));
    EXPECT_TRUE(all.contains(QStringLiteral("Stridewise does not replace a clinician.")));
}

TEST(ReportPdf, HalfAYearOnTwoPagesWithTheNumbersOfStats)
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("demo.db"));
    auto demo = runStridewise(
        { QStringLiteral("demo"), QStringLiteral("--weeks"), QStringLiteral("27"), QStringLiteral("--seed"),
            QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-11-29"), QStringLiteral("--db"), db });
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const QString from = QStringLiteral("2026-06-01");
    const QString to = QStringLiteral("2026-11-29");
    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    auto r = runStridewise({ QStringLiteral("report"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
        QStringLiteral("--out"), pdf, QStringLiteral("--page"), QStringLiteral("a4"), QStringLiteral("--db"), db });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_LE(pageCount(pdf), 2);
    EXPECT_EQ(pageSize(pdf), QStringLiteral("595 x 842")) << "A4 portrait";
    EXPECT_EQ(rasterImages(pdf), 0) << "the chart is drawn, not a screenshot";

    auto stats = runStridewise({ QStringLiteral("stats"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db });
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QJsonObject json = stats.json().object();
    double painSum = 0;
    int painDays = 0;
    QStringList redFlagDates;
    for (const QJsonValue &d : json.value(QStringLiteral("days")).toArray()) {
        if (!d.toObject().value(QStringLiteral("pain")).isNull()) {
            painSum += d.toObject().value(QStringLiteral("pain")).toDouble();
            ++painDays;
        }
        if (d.toObject().value(QStringLiteral("red_flag")).toBool())
            redFlagDates << d.toObject().value(QStringLiteral("date")).toString();
    }
    ASSERT_GT(painDays, 100);
    ASSERT_FALSE(redFlagDates.isEmpty()) << "the demo data has a red-flag episode";

    const QString layout = text(pdf);
    const QString all = squeezed(layout);
    EXPECT_TRUE(all.contains(QStringLiteral("Mean back pain over the range: %1/10, logged on %2 of 182 days.")
                                 .arg(QString::number(painSum / painDays, 'f', 1))
                                 .arg(painDays)))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("not a diagnosis and does not replace a clinician")));
    EXPECT_TRUE(all.contains(QStringLiteral("Back pain and training load")));
    EXPECT_TRUE(all.contains(QStringLiteral("Symptoms logged")));
    EXPECT_TRUE(all.contains(QStringLiteral("What the plan changed and why")));
    EXPECT_TRUE(all.contains(QStringLiteral("Days with red-flag symptoms logged: %1.").arg(redFlagDates.size())));

    // Every week of `stats` is a row with the same load, mean pain, pain days and red-flag days.
    const QJsonArray weeks = json.value(QStringLiteral("weeks")).toArray();
    ASSERT_GE(weeks.size(), 26);
    for (const QJsonValue &v : weeks) {
        const QJsonObject w = v.toObject();
        const QString name = w.value(QStringLiteral("week")).toString();
        const QRegularExpression row(QRegularExpression::escape(name)
                + QStringLiteral(R"( · .*?\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.–]+)\s+(\d+)\s+(\d+)\s*$)"),
            QRegularExpression::MultilineOption);
        const auto m = row.match(layout);
        ASSERT_TRUE(m.hasMatch()) << "no table row for " << name.toStdString();
        EXPECT_EQ(m.captured(1).toInt(), w.value(QStringLiteral("run_minutes")).toInt()) << name.toStdString();
        EXPECT_EQ(m.captured(4).toInt(), w.value(QStringLiteral("load")).toInt()) << name.toStdString();
        const QJsonValue mean = w.value(QStringLiteral("mean_pain"));
        EXPECT_EQ(m.captured(5), mean.isNull() ? QStringLiteral("–") : QString::number(mean.toDouble(), 'f', 1))
            << name.toStdString();
        EXPECT_EQ(m.captured(6).toInt(), w.value(QStringLiteral("pain_days")).toInt()) << name.toStdString();
        EXPECT_EQ(m.captured(7).toInt(), w.value(QStringLiteral("red_flag_days")).toInt()) << name.toStdString();
    }
    // The first red-flag day is listed with its date.
    const QDate first = QDate::fromString(redFlagDates.first(), Qt::ISODate);
    EXPECT_TRUE(all.contains(first.toString(Qt::ISODate) + QStringLiteral(" to ")))
        << redFlagDates.first().toStdString();
}

TEST(ReportPdf, ARangeWithoutDataStillSaysWhatItIsOnOnePage)
{
    TempDir dir;
    auto db = openDb(dir.path());
    ASSERT_TRUE(db);
    planWeeks(*db, 1);
    const QString path = db->path();
    db.reset();
    const QString pdf = dir.path(QStringLiteral("empty.pdf"));
    auto r = runStridewise(
        { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-07"), QStringLiteral("--to"),
            QStringLiteral("2026-12-20"), QStringLiteral("--out"), pdf, QStringLiteral("--db"), path });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("no back pain logged"))) << r.out.toStdString();
    EXPECT_EQ(pageCount(pdf), 1);
    const QString all = squeezed(text(pdf));
    EXPECT_TRUE(all.contains(QStringLiteral("No back pain was logged in this range.")));
    EXPECT_TRUE(all.contains(QStringLiteral("No red-flag symptoms were logged in this range.")));
    auto reversed = runStridewise(
        { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-20"), QStringLiteral("--to"),
            QStringLiteral("2026-12-07"), QStringLiteral("--out"), pdf, QStringLiteral("--db"), path });
    EXPECT_EQ(reversed.exitCode, 2);
}
