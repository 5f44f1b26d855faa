// Issue 13 in the window: File ▸ Export ▸ Calendar…, File ▸ Export ▸ Report for My Clinician…, File ▸ Print Week…
// and File ▸ Calendar Publishing… with the background publish to a real Radicale.

#include "core/io/icalendar.h"
#include "core/model/isoweek.h"
#include "core/service/calendarexport.h"
#include "core/store/logrepository.h"
#include "core/store/planrepository.h"
#include "core/sync/passwordstore.h"
#include "core/sync/publishscheduler.h"
#include "ui/document/exportactions.h"
#include "ui/shell/calendardialog.h"
#include "ui/shell/exportdialog.h"
#include "ui/shell/settings.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include "tests/export/exportfixture.h"
#include "tests/sync/radicaleserver.h"
#include "tests/ui/uitest.h"

using namespace Stridewise;
using namespace Stridewise::Test;

namespace {

QString poppler(const QString &tool, const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(tool);
    EXPECT_FALSE(program.isEmpty()) << tool.toStdString() << " is missing: apt-get install poppler-utils";
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(poppler(QStringLiteral("pdfinfo"), { pdf })).captured(1).toInt();
}

QString pdfText(const QString &pdf)
{
    return poppler(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }).simplified();
}

/** Saves a screenshot for the report when STRIDEWISE_SHOTS names a folder. */
void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STRIDEWISE_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name);
}

/** A password store in memory, answering from the event loop like the secret service does. */
class MemoryPasswords : public PasswordStore
{
public:
    void read(const QString &key, ReadDone done) override
    {
        QTimer::singleShot(0, this, [this, key, done] {
            if (!m_saved.contains(key))
                done(Result<QString>::failure(ErrorKind::NotFound, QStringLiteral("no password")));
            else
                done(m_saved.value(key));
        });
    }
    void write(const QString &key, const QString &password, Done done) override
    {
        m_saved.insert(key, password);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    void remove(const QString &key, Done done) override
    {
        m_saved.remove(key);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    QHash<QString, QString> m_saved;
};

class ExportWindow : public UiTest
{
protected:
    /** Plans `weeks` weeks from this week (Monday 23 November 2026) and opens the window on them. */
    MainWindow &openPlanned(int weeks)
    {
        {
            auto db = openDb(m_dir.path());
            EXPECT_TRUE(db);
            planWeeks(*db, weeks, m_monday);
        }
        return openWindow();
    }
    Database &db() const { return m_window->document().database(); }
    ExportActions &actions() const { return m_window->exportActions(); }
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    /** Non-stretch sessions from..to, straight from the store. */
    int sessionsBetween(QDate from, QDate to) const
    {
        int n = 0;
        const QList<PlannedSession> sessions = PlanRepository(db()).sessionsBetween(from, to).value();
        for (const PlannedSession &s : sessions)
            n += s.activity != Activity::Stretch;
        return n;
    }
    QAction *fileMenuAction(const QString &text) const
    {
        const auto menu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        for (QAction *a : menu->actions()) {
            if (a->text() == text)
                return a;
            if (a->menu()) {
                for (QAction *b : a->menu()->actions()) {
                    if (b->text() == text)
                        return b;
                }
            }
        }
        return nullptr;
    }
};

TEST_F(ExportWindow, TheFileMenuOffersPrintExportAndCalendarPublishing)
{
    openPlanned(1);
    for (const char *text : { "&Print Week…", "&Calendar (iCalendar)…", "&Report for My Clinician…",
             "Calendar &Publishing…", "Publish to Calendar &Now" })
        EXPECT_NE(fileMenuAction(QString::fromUtf8(text)), nullptr) << text;
    EXPECT_EQ(action(QStringLiteral("printWeekAction"))->shortcut(), QKeySequence(QKeySequence::Print));
    EXPECT_TRUE(action(QStringLiteral("exportCalendarAction"))->isEnabled());
    EXPECT_FALSE(action(QStringLiteral("publishNowAction"))->isEnabled()) << "publishing is off until set up";
}

TEST_F(ExportWindow, ExportCalendarAsksForTheRangeAndWritesEventsLibicalReadsWithTheSameUidsNextTime)
{
    openPlanned(4);
    const QString out = m_dir.path(QStringLiteral("plan.ics"));
    const QDate last = m_monday.addDays(27);
    QStringList uids[2];
    for (int round = 0; round < 2; ++round) {
        m_prompts.file(out);
        action(QStringLiteral("exportCalendarAction"))->trigger();
        auto *dialog = waitFor<ExportDialog>(QStringLiteral("exportCalendarDialog"));
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->from(), m_monday) << "offers this week and the three after it";
        EXPECT_EQ(dialog->to(), last);
        EXPECT_FALSE(dialog->withStretches()) << "stretches are off by default";
        if (round == 0) {
            shoot(dialog, QStringLiteral("export-calendar-dialog.png"));
            // A range that ends before it starts cannot be exported, and says why.
            dialog->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(m_monday.addDays(-1));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            EXPECT_FALSE(ok->isEnabled());
            EXPECT_FALSE(dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().isEmpty());
            shoot(dialog, QStringLiteral("export-calendar-dialog-bad-range.png"));
            dialog->findChild<QDateEdit *>(QStringLiteral("toDateEdit"))->setDate(last);
            EXPECT_TRUE(ok->isEnabled());
        }
        dialog->accept();
        ASSERT_TRUE(QTest::qWaitFor([&] { return statusText().contains(QStringLiteral("Exported")); }))
            << statusText().toStdString();
        auto events = ICalendar::read(readAll(out));
        ASSERT_TRUE(events.ok()) << events.message().toStdString();
        EXPECT_EQ(events->size(), sessionsBetween(m_monday, last)) << "one event per session, no stretches";
        for (const ParsedEvent &e : *events)
            uids[round] << e.uid;
        uids[round].sort();
        EXPECT_TRUE(statusText().contains(QString::number(events->size()))) << statusText().toStdString();
    }
    EXPECT_EQ(uids[0], uids[1]) << "exporting again keeps every event's UID";
    EXPECT_GT(uids[0].size(), 8);
    EXPECT_EQ(m_prompts.asked().first().kind, Prompt::Kind::SaveFile);
    EXPECT_TRUE(m_prompts.asked().first().path.endsWith(QStringLiteral(".ics")));
}

TEST_F(ExportWindow, ExportCalendarWithStretchesAddsTwoADay)
{
    openPlanned(1);
    const QString out = m_dir.path(QStringLiteral("stretch.ics"));
    m_prompts.file(out);
    action(QStringLiteral("exportCalendarAction"))->trigger();
    auto *dialog = waitFor<ExportDialog>(QStringLiteral("exportCalendarDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->setRange(m_monday, m_monday.addDays(6));
    dialog->findChild<QCheckBox *>(QStringLiteral("withStretchesCheckBox"))->setChecked(true);
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(out); }));
    const int all = int(PlanRepository(db()).sessionsBetween(m_monday, m_monday.addDays(6)).value().size());
    EXPECT_EQ(ICalendar::read(readAll(out)).value().size(), all);
    EXPECT_EQ(all - sessionsBetween(m_monday, m_monday.addDays(6)), 14) << "two stretches a day";
}

TEST_F(ExportWindow, AWeekWithoutPlansIsNotExportedAndTheRunnerIsTold)
{
    openWindow();
    const QString out = m_dir.path(QStringLiteral("empty.ics"));
    m_prompts.file(out);
    action(QStringLiteral("exportCalendarAction"))->trigger();
    auto *dialog = waitFor<ExportDialog>(QStringLiteral("exportCalendarDialog"));
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_prompts.count(Prompt::Kind::Warning) == 1; }));
    EXPECT_TRUE(m_prompts.lastText().contains(QStringLiteral("plan those weeks first")))
        << m_prompts.lastText().toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ExportWindow, TheClinicianReportIsSavedAsAPdfOfAtMostTwoPages)
{
    openPlanned(2);
    for (int d = 0; d < 3; ++d)
        ASSERT_TRUE(LogRepository(db()).logPain(PainEntry{ m_monday.addDays(d), 3 + d, {}, {} }).ok());
    const QString out = m_dir.path(QStringLiteral("report.pdf"));
    m_prompts.file(out);
    action(QStringLiteral("exportReportAction"))->trigger();
    auto *dialog = waitFor<ExportDialog>(QStringLiteral("exportReportDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->to(), m_today);
    EXPECT_EQ(dialog->from(), m_monday.addDays(-7 * 25)) << "offers the last half-year";
    EXPECT_EQ(dialog->findChild<QCheckBox *>(), nullptr) << "no stretch choice in a report";
    shoot(dialog, QStringLiteral("export-report-dialog.png"));
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return statusText().contains(QStringLiteral("Saved the report")); }))
        << statusText().toStdString();
    EXPECT_GE(pageCount(out), 1);
    EXPECT_LE(pageCount(out), 2);
    const QString text = pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("not a diagnosis"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("4.0"))) << "mean of 3, 4 and 5, to one decimal";
}

TEST_F(ExportWindow, PrintWeekShowsAPreviewAndPrintsTheWeekShownOnOnePage)
{
    openPlanned(1);
    action(QStringLiteral("printWeekAction"))->trigger();
    auto *preview = waitFor<QPrintPreviewDialog>(QStringLiteral("printPreviewDialog"));
    ASSERT_NE(preview, nullptr);
    EXPECT_TRUE(preview->windowTitle().contains(IsoWeek::name(m_monday)));
    QTest::qWait(200);
    shoot(preview, QStringLiteral("print-preview.png"));
    preview->close();

    // What the print dialog's printer gets: the same painter, the runner's page size kept.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString out = m_dir.path(QStringLiteral("week.pdf"));
    printer.setOutputFileName(out);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    ASSERT_TRUE(actions().printWeek(printer).ok());
    EXPECT_EQ(pageCount(out), 1);
    EXPECT_TRUE(poppler(QStringLiteral("pdfinfo"), { out }).contains(QStringLiteral("792 x 612 pts")))
        << "Letter, landscape, as chosen";
    const QString text = pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("clinician"))) << text.toStdString();
    const QList<PlannedSession> week = PlanRepository(db()).sessionsBetween(m_monday, m_monday.addDays(6)).value();
    for (const PlannedSession &s : week) {
        if (s.activity != Activity::Stretch) {
            EXPECT_TRUE(text.contains(s.title.simplified().left(10))) << s.title.toStdString();
        }
    }
}

TEST_F(ExportWindow, PrintingAWeekWithoutAPlanSaysSo)
{
    openWindow();
    EXPECT_FALSE(action(QStringLiteral("printWeekAction"))->isEnabled());
    EXPECT_EQ(actions().showPrintPreview(), nullptr);
    EXPECT_TRUE(statusText().contains(QStringLiteral("no plan yet"))) << statusText().toStdString();
}

TEST_F(ExportWindow, TheCalendarDialogRefusesAnUnencryptedAddressAndAMissingPassword)
{
    openPlanned(1);
    MemoryPasswords passwords;
    actions().setPasswordStore(&passwords);
    action(QStringLiteral("calendarSettingsAction"))->trigger();
    auto *dialog = waitFor<CalendarDialog>(QStringLiteral("calendarDialog"));
    ASSERT_NE(dialog, nullptr);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"));
    dialog->findChild<QLineEdit *>(QStringLiteral("calendarUrlLineEdit"))
        ->setText(QStringLiteral("http://cloud.example.org/dav/calendars/me/training/"));
    dialog->findChild<QLineEdit *>(QStringLiteral("calendarUserLineEdit"))->setText(QStringLiteral("me"));
    dialog->findChild<QCheckBox *>(QStringLiteral("calendarPublishCheckBox"))->setChecked(true);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("https://"))) << problem->text().toStdString();
    dialog->findChild<QLineEdit *>(QStringLiteral("calendarUrlLineEdit"))
        ->setText(QStringLiteral("https://cloud.example.org/dav/calendars/me/training/"));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("password"))) << problem->text().toStdString();
    shoot(dialog, QStringLiteral("calendar-dialog-needs-password.png"));
    dialog->findChild<QLineEdit *>(QStringLiteral("calendarPasswordLineEdit"))->setText(QStringLiteral("pw"));
    EXPECT_TRUE(ok->isEnabled());
    dialog->reject();
    EXPECT_TRUE(passwords.m_saved.isEmpty()) << "cancel keeps nothing";
}

class PublishWindow : public ExportWindow
{
protected:
    void SetUp() override
    {
        ExportWindow::SetUp();
        QString missing;
        ASSERT_TRUE(
            pythonHas({ QStringLiteral("radicale"), QStringLiteral("caldav"), QStringLiteral("icalendar") }, &missing))
            << "Debian's radicale, python3-caldav and python3-icalendar are needed (missing: " << missing.toStdString()
            << ")";
        QDir().mkpath(m_dir.path(QStringLiteral("radicale")));
        server = std::make_unique<RadicaleServer>(m_dir.path(QStringLiteral("radicale")));
        ASSERT_TRUE(server->start()) << server->why().toStdString();
        ASSERT_TRUE(server->makeCalendar());
    }
    void TearDown() override
    {
        ExportWindow::TearDown();
        server.reset();
    }
    /** Turns publishing on through the dialog, as a runner would, with the password going to `passwords`. */
    void setUpPublishing(const QString &password)
    {
        actions().setPasswordStore(&passwords);
        actions().scheduler().setDelaysForTesting(50, { 200 });
        action(QStringLiteral("calendarSettingsAction"))->trigger();
        auto *dialog = waitFor<CalendarDialog>(QStringLiteral("calendarDialog"));
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("calendarUrlLineEdit"))
            ->setText(server->calendarUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("calendarUserLineEdit"))->setText(server->user());
        dialog->findChild<QLineEdit *>(QStringLiteral("calendarPasswordLineEdit"))->setText(password);
        dialog->findChild<QCheckBox *>(QStringLiteral("calendarPublishCheckBox"))->setChecked(true);
        shoot(dialog, QStringLiteral("calendar-dialog.png"));
        dialog->accept();
    }
    /** Waits for the next publish to end; true when it succeeded. */
    bool waitForPublish(int timeoutMs = 60000)
    {
        QSignalSpy published(&actions().scheduler(), &PublishScheduler::published);
        QSignalSpy failed(&actions().scheduler(), &PublishScheduler::failed);
        (void)QTest::qWaitFor([&] { return !published.isEmpty() || !failed.isEmpty(); }, timeoutMs);
        return !published.isEmpty();
    }
    /** Our events on the server equal the plan from this week on, each once. */
    void expectServerMatchesPlan(QDate last)
    {
        const QJsonArray all = server->events();
        QStringList serverUids;
        for (const QJsonValue &v : all)
            serverUids << v.toObject().value(QStringLiteral("uid")).toString();
        const int before = int(serverUids.size());
        serverUids.removeDuplicates();
        EXPECT_EQ(serverUids.size(), before) << "no duplicates on the server";
        CalendarExportOptions options;
        options.timeZone = QStringLiteral("UTC");
        QStringList planUids;
        const QList<CalendarEvent> events = CalendarExport(db()).events(m_monday, last, options).value();
        for (const CalendarEvent &e : events)
            planUids << e.uid;
        serverUids.sort();
        planUids.sort();
        EXPECT_EQ(serverUids, planUids);
    }

    std::unique_ptr<RadicaleServer> server;
    MemoryPasswords passwords;
};

TEST_F(PublishWindow, TurningPublishingOnPublishesAndARePlanIsMirroredWithoutDuplicates)
{
    openPlanned(2);
    const QDate last = m_monday.addDays(13);
    setUpPublishing(server->password());
    ASSERT_TRUE(waitForPublish()) << statusText().toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("Calendar up to date"))) << statusText().toStdString();
    EXPECT_EQ(
        passwords.m_saved.value(PasswordStore::calendarKey(server->calendarUrl(), server->user())), server->password());
    EXPECT_TRUE(Settings::value(Settings::Key::CalendarPublish, db().path()).toBool());
    EXPECT_TRUE(action(QStringLiteral("publishNowAction"))->isEnabled());
    const int first = int(server->events().size());
    EXPECT_EQ(first, sessionsBetween(m_monday, last));
    expectServerMatchesPlan(last);

    // A painful few days, then Plan ▸ Re-plan from today: the background publish follows the change.
    for (int d = 0; d < 2; ++d)
        ASSERT_TRUE(LogRepository(db()).logPain(PainEntry{ m_monday.addDays(d), 7, {}, {} }).ok());
    m_prompts.answer(QMessageBox::Yes);
    action(QStringLiteral("replanAction"))->trigger();
    ASSERT_TRUE(waitForPublish()) << statusText().toStdString();
    expectServerMatchesPlan(last);
}

TEST_F(PublishWindow, AWrongPasswordAndAStoppedServerAreSaidInTheStatusBarAndNothingIsLost)
{
    openPlanned(1);
    setUpPublishing(QStringLiteral("not the password"));
    EXPECT_FALSE(waitForPublish());
    EXPECT_TRUE(statusText().startsWith(QStringLiteral("Calendar not updated"))) << statusText().toStdString();
    EXPECT_TRUE(server->events().isEmpty());

    // The right password, then the server goes away: the window says it will try again.
    passwords.m_saved.insert(PasswordStore::calendarKey(server->calendarUrl(), server->user()), server->password());
    server->stop();
    action(QStringLiteral("publishNowAction"))->trigger();
    EXPECT_FALSE(waitForPublish());
    EXPECT_TRUE(statusText().contains(QStringLiteral("cannot be reached"))) << statusText().toStdString();
    shoot(m_window.get(), QStringLiteral("window-calendar-unreachable.png"));
    EXPECT_TRUE(actions().scheduler().isRetryPending());

    // Back again: the retry publishes everything.
    ASSERT_TRUE(server->start());
    ASSERT_TRUE(waitForPublish()) << statusText().toStdString();
    expectServerMatchesPlan(m_monday.addDays(6));
}

} // namespace
