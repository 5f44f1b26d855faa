#include "app/cli/commands.h"
#include "app/cli/common.h"
#include "app/cli/exportcommon.h"
#include "core/model/isoweek.h"
#include "core/service/clinicianreport.h"
#include "core/store/planrepository.h"
#include "ui/print/printcanvas.h"
#include "ui/print/reportprinter.h"
#include "ui/print/weekprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPdfWriter>
#include <QSaveFile>

namespace Stridewise::Cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Cli", text, nullptr, n);
}

/** English needs its own singular: without a plural translation installed, "%n day(s)" would show as is. */
QString trn(const char *one, const char *many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

std::optional<QPageSize::PageSizeId> pageSize(Context &ctx, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("page")))
        return Print::pageSizeFor(QLocale());
    const QPageSize::PageSizeId size = Print::parsePageSize(parser.value(QStringLiteral("page")));
    if (size == QPageSize::Custom) {
        fail(ctx.err, tr("--page: \"%1\" is not a4 or letter.").arg(parser.value(QStringLiteral("page"))));
        return std::nullopt;
    }
    return size;
}

/** A PDF written through QSaveFile: the file appears whole or not at all. */
class PdfFile
{
public:
    explicit PdfFile(const QString &path, const QString &title)
        : m_file(path)
    {
        if (m_file.open(QIODevice::WriteOnly)) {
            m_writer = std::make_unique<QPdfWriter>(&m_file);
            m_writer->setResolution(600);
            m_writer->setTitle(title);
            m_writer->setCreator(QStringLiteral("Stridewise"));
        }
    }
    QPdfWriter *writer() const { return m_writer.get(); }
    QString errorString() const { return m_file.errorString(); }
    bool commit()
    {
        m_writer.reset();
        return m_file.commit();
    }

private:
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace

bool needsPainting(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor --db's value.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        if (a == QLatin1String("report"))
            return true;
        return a == QLatin1String("export") && arguments.mid(i + 1).contains(QStringLiteral("pdf"));
    }
    return false;
}

int exportWeekPdf(Context &ctx, const QCommandLineParser &parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        fail(ctx.err, tr("export pdf needs --out FILE.pdf."));
        return Usage;
    }
    auto monday = parser.isSet(QStringLiteral("week")) ? IsoWeek::parse(parser.value(QStringLiteral("week")))
                                                       : Result<QDate>(IsoWeek::mondayOf(QDate::currentDate()));
    if (!monday) {
        fail(ctx.err, tr("--week: %1").arg(monday.message()));
        return Usage;
    }
    const auto size = pageSize(ctx, parser);
    if (!size)
        return Usage;
    if (!requireExistingDatabase(ctx))
        return Failed;
    auto db = openDatabase(ctx, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    auto week = PlanRepository(*db).week(*monday);
    if (!week)
        return report(ctx, week.error());
    if (!*week || (*week)->sessions.isEmpty()) {
        fail(ctx.err, tr("%1 has no plan yet: make it with stridewise plan --week %1.").arg(IsoWeek::name(*monday)));
        return Failed;
    }
    PdfFile pdf(out, tr("Stridewise · week %1").arg(IsoWeek::name(*monday)));
    if (!pdf.writer()) {
        fail(ctx.err, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), pdf.errorString()));
        return Failed;
    }
    if (auto printed = WeekPrinter(**week).print(*pdf.writer(), *size); !printed)
        return report(ctx, printed.error());
    if (!pdf.commit()) {
        fail(ctx.err, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), pdf.errorString()));
        return Failed;
    }
    ctx.out << tr("Wrote the week %1 (%2, one page) to %3.")
                   .arg(IsoWeek::name(*monday), *size == QPageSize::Letter ? tr("Letter") : tr("A4"),
                       QDir::toNativeSeparators(out))
            << Qt::endl;
    return Ok;
}

int reportCommand(Context &ctx)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("from"), tr("First day, YYYY-MM-DD."), tr("date") });
    parser.addOption({ QStringLiteral("to"), tr("Last day, YYYY-MM-DD."), tr("date") });
    parser.addOption({ QStringLiteral("out"), tr("The PDF file to write."), tr("file") });
    parser.addOption({ QStringLiteral("page"), tr("a4 or letter (default: from the locale)."), tr("size") });
    if (auto code = parseArguments(parser, ctx,
            tr("stridewise report --from 2026-06-01 --to 2026-11-30 --out report.pdf [--page a4|letter]\n"
               "A report for your clinician: the pain-versus-load chart, a weekly table, the symptoms you logged and "
               "what the plan changed. At most two pages for half a year.")))
        return *code;
    if (!parser.positionalArguments().isEmpty()) {
        fail(ctx.err,
            tr("report: unexpected \"%1\" (see stridewise report --help).").arg(parser.positionalArguments().first()));
        return Usage;
    }
    const auto range = dateRange(ctx, parser, QStringLiteral("report"));
    if (!range)
        return Usage;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        fail(ctx.err, tr("report needs --out FILE.pdf."));
        return Usage;
    }
    const auto size = pageSize(ctx, parser);
    if (!size)
        return Usage;
    if (!requireExistingDatabase(ctx))
        return Failed;
    auto db = openDatabase(ctx, Database::Mode::ReadOnly);
    if (!db)
        return Failed;
    auto data = buildClinicianReport(*db, range->first, range->second);
    if (!data)
        return report(ctx, data.error());
    PdfFile pdf(out,
        tr("Training and back-pain log, %1 to %2")
            .arg(range->first.toString(Qt::ISODate), range->second.toString(Qt::ISODate)));
    if (!pdf.writer()) {
        fail(ctx.err, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), pdf.errorString()));
        return Failed;
    }
    const ReportPrinter printer(*data, QDate::currentDate());
    auto pages = printer.print(*pdf.writer(), *size);
    if (!pages)
        return report(ctx, pages.error());
    if (!pdf.commit()) {
        fail(ctx.err, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), pdf.errorString()));
        return Failed;
    }
    const QString pain = data->meanPain
        ? trn("mean back pain %1/10 over 1 logged day", "mean back pain %1/10 over %n logged days", data->painDays)
              .arg(QString::number(*data->meanPain, 'f', 1))
        : tr("no back pain logged");
    ctx.out << trn("Wrote the report for %1 to %2 (1 page, %3) to %4.",
        "Wrote the report for %1 to %2 (%n pages, %3) to %4.", *pages)
                   .arg(range->first.toString(Qt::ISODate), range->second.toString(Qt::ISODate), pain,
                       QDir::toNativeSeparators(out))
            << Qt::endl;
    if (printer.changesLeftOut() > 0)
        ctx.out << trn("1 earlier plan change was left out to keep it to two pages.",
            "%n earlier plan changes were left out to keep it to two pages.", printer.changesLeftOut())
                << Qt::endl;
    return Ok;
}

} // namespace Stridewise::Cli
