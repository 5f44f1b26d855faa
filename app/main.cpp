#include "app/cli/cli.h"
#include "app/cli/exportcommon.h"
#include "app/firstpaint.h"
#include "app/guiopen.h"
#include "core/model/isoweek.h"
#include "core/service/datapaths.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "ui/document/dataactions.h"
#include "ui/document/importactions.h"
#include "ui/document/planactions.h"
#include "ui/document/plandocument.h"
#include "ui/document/reminderactions.h"
#include "ui/shell/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settings.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStringDecoder>
#include <QStyleFactory>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/stat.h>
#include <thread>

namespace {

using namespace Stridewise;

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("stridewise"));
    // Without an organisation QSettings writes to "~/.config/Unknown Organization/stridewise.conf" and reports
    // an access error; with ours it is ~/.config/stridewise/stridewise.conf. Data paths do not depend on it.
    QCoreApplication::setOrganizationName(QStringLiteral("stridewise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRIDEWISE_VERSION));
}

/** The first argument that is not valid UTF-8 (its number), or 0: such text is refused, not turned into "?". */
int invalidUtf8Argument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(argv[i])); // decoding is lazy: convert to see errors
        Q_UNUSED(text);
        if (decoder.hasError())
            return i;
    }
    return 0;
}

/** The settings file holds which files held a runner's data: the owner's only, like the data (issue 16.13). */
void keepSettingsPrivate()
{
    const QString file = QSettings().fileName();
    struct stat st;
    if (::stat(QFile::encodeName(file).constData(), &st) == 0 && (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        ::chmod(QFile::encodeName(file).constData(), st.st_mode & S_IRWXU);
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
    Language::install(); // LANGUAGE / LC_MESSAGES / LANG choose German or English
    Settings::adoptLegacyFile();
    keepSettingsPrivate();

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
    const QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Exit as soon as the main window has painted once (for benchmarks)."));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(darkOption);
    parser.addOption(demoOption);
    parser.addOption(firstPaintOption);
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
    // Fontconfig's first scan of the installed fonts is a fifth of a start (issue 15): begin it on another core while
    // the file is opened and checked. QFontDatabase is thread-safe; the first text measured waits for it if need be.
    // The application font is resolved here first, so the platform's font database is made on this thread.
    (void)QGuiApplication::font();
    std::jthread fontScan([] { (void)QFontDatabase::families(); });
    Theme::rememberDesktopLook();
    if (parser.isSet(darkOption))
        Theme::applyDark();
    else if (screenshot)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    else
        Theme::applySetting(Settings::value(Settings::Key::Theme).toString()); // Preferences: desktop, light, dark
    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : DataPaths::defaultDatabasePath();

    // Lock (one window per file), open, offer a backup for a refused file; headless never waits for input.
    auto opened = GuiOpen::open(dbPath, screenshot);
    if (!opened.db)
        return opened.exitCode;

    MainWindow window(std::move(opened.db));
    window.showDataNotice(opened.privacyNotice); // once: the files stay private after this
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
    if (parser.isSet(firstPaintOption))
        quitAfterFirstPaint(&window);
    window.show();
    window.reminderActions().start();
    window.planActions().startFirstRun();
    // New recordings in the watched folder are imported now and while the window is open (not for demo data).
    if (!window.isDemoData())
        window.importActions().startWatching();
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Health data: everything Stridewise creates — database, log, backups, settings, folders — is the user's only.
    ::umask(077);
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Cli::isSubcommand(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (Cli::needsPainting(arguments)) {
            // A PDF is painted with fonts, which need a QGuiApplication; nothing is shown, so no display is needed.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        Language::install(); // the CLI's text and help in the runner's language; JSON stays locale-free
        if (const int bad = invalidUtf8Argument(argc, argv); bad > 0) {
            QTextStream err(stderr);
            Cli::fail(err,
                QCoreApplication::translate("main", "argument %1 is not valid UTF-8 text; nothing was changed.")
                    .arg(bad));
            return Cli::Usage;
        }
        return Cli::run(arguments, DataPaths::defaultDatabasePath());
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
