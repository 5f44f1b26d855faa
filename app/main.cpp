#include "app/cli/cli.h"
#include "app/cli/exportcommon.h"
#include "app/guiopen.h"
#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "ui/document/dataactions.h"
#include "ui/document/planactions.h"
#include "ui/document/plandocument.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

using namespace Stridewise;

/** ~/.local/share/stridewise/stridewise.db on Linux: the runner's own file. */
QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("stridewise.db"));
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("stridewise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRIDEWISE_VERSION));
}

/** The week a screenshot shows: this week if it has a plan, else the planned week nearest to today. */
QDate screenshotWeek(Database &db, QDate today)
{
    PlanRepository plans(db);
    auto mondays = plans.plannedMondays(today.addDays(-366), today.addDays(366));
    if (!mondays || mondays->isEmpty() || mondays->contains(IsoWeek::mondayOf(today)))
        return today;
    QDate best = mondays->first();
    for (QDate m : *mondays) {
        if (qAbs(m.daysTo(today)) < qAbs(best.daysTo(today)))
            best = m;
    }
    return best;
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Stridewise"));
    QApplication::setDesktopFileName(QStringLiteral("org.stridewise.Stridewise"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Stridewise plans running weeks that look after your back.\n\n") + Cli::commandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this database file instead of your own."),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::translate("main", "Render the main window to a PNG file and exit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette (for screenshots)."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Say in the window that it shows demo data."));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(darkOption);
    parser.addOption(demoOption);
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "stridewise: %s\n", qPrintable(parser.errorText()));
        std::fprintf(stderr, "Run stridewise --help for the options.\n");
        return Cli::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return Cli::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("stridewise %s\n", STRIDEWISE_VERSION);
        return Cli::Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "stridewise: unknown command \"%s\". Run stridewise --help for the list.\n",
                     qPrintable(parser.positionalArguments().first()));
        return Cli::Usage;
    }
    const bool screenshot = parser.isSet(screenshotOption);
    if (parser.isSet(darkOption))
        Theme::applyDark();
    else if (screenshot)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();

    // Lock (one window per file), open, offer a backup for a refused file; headless never waits for input.
    auto opened = GuiOpen::open(dbPath, screenshot);
    if (!opened.db)
        return opened.exitCode;

    MainWindow window(std::move(opened.db));
    // Help ▸ Open Demo Data starts us with --demo; the demo file opened by hand is demo data too.
    window.setDemoData(parser.isSet(demoOption)
        || QFileInfo(dbPath).absoluteFilePath() == QFileInfo(DataActions::demoDatabasePath()).absoluteFilePath());
    if (screenshot) {
        // A realistic populated week, never a dialog: nothing may wait for input here.
        PlanDocument &document = window.document();
        document.showWeek(screenshotWeek(document.database(), document.today()));
        for (const PlannedSession &s : document.sessions()) {
            if (s.activity != Activity::Stretch) {
                document.setSelectedSessionId(s.id);
                if (s.date >= document.today())
                    break;
            }
        }
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file, "PNG")) {
            std::fprintf(stderr, "stridewise: could not write the screenshot to %s\n", qPrintable(file));
            return Cli::Failed;
        }
        return Cli::Ok;
    }
    window.show();
    window.planActions().startFirstRun();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Cli::isSubcommand(arguments)) {
        if (Cli::needsPainting(arguments)) {
            // A PDF is painted with fonts, which need a QGuiApplication; nothing is shown, so no display is needed.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            setIdentity();
            return Cli::run(arguments, defaultDatabasePath());
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        return Cli::run(arguments, defaultDatabasePath());
    }
    // Before QApplication: without a display it aborts (xcb), and a mistyped command is no reason to need one.
    if (const QString unknown = Cli::unknownCommand(arguments); !unknown.isEmpty()) {
        QTextStream err(stderr);
        Cli::fail(err,
            QCoreApplication::translate("main", "unknown command \"%1\". Run stridewise --help for the list.")
                .arg(unknown));
        return Cli::Usage;
    }
    // Help, version and headless screenshots need no screen: without a display (and no platform chosen) use the
    // offscreen platform instead of letting QApplication abort.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    const bool headless = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v") || a == QLatin1String("--screenshot") || a.startsWith(QLatin1String("--screenshot="));
    });
    if (noDisplay && headless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return runGui(argc, argv);
}
