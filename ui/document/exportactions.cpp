#include "ui/document/exportactions.h"

#include "core/io/icalendar.h"
#include "core/model/isoweek.h"
#include "core/service/calendarexport.h"
#include "core/service/clinicianreport.h"
#include "core/store/database.h"
#include "core/store/planrepository.h"
#include "core/sync/passwordstore.h"
#include "core/sync/publishscheduler.h"
#include "ui/document/plandocument.h"
#include "ui/print/printcanvas.h"
#include "ui/print/reportprinter.h"
#include "ui/print/weekprinter.h"
#include "ui/shell/calendardialog.h"
#include "ui/shell/exportdialog.h"
#include "ui/shell/prompt.h"
#include "ui/shell/settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStyle>
#include <QTimeZone>

namespace Stridewise {

namespace {

/** How far ahead the calendar mirrors the plan: planned weeks rarely reach further (our choice). */
constexpr int kPublishWeeksAhead = 52;
/** The report's range offered first: the last half-year, what fits on two pages. */
constexpr int kReportWeeks = 26;
/** The calendar's range offered first: this week and the three after it. */
constexpr int kCalendarWeeks = 4;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::MainWindow", text, nullptr, n);
}

QString trn(const char *one, const char *many, int n)
{
    return n == 1 ? tr(one) : tr(many, n);
}

QString systemTimeZone()
{
    const QString id = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return id.isEmpty() || !ICalendar::knowsTimeZone(id) ? QStringLiteral("UTC") : id;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportActions::ExportActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    m_exportCalendar = new QAction(tr("&Calendar (iCalendar)…"), this);
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    m_exportCalendar->setStatusTip(tr("Save the planned sessions as an .ics file for your calendar program"));
    connect(m_exportCalendar, &QAction::triggered, this, &ExportActions::exportCalendarWithDialog);

    m_exportReport = new QAction(tr("&Report for My Clinician…"), this);
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setStatusTip(tr("A PDF of your training and back-pain log to show your physiotherapist or doctor"));
    connect(m_exportReport, &QAction::triggered, this, &ExportActions::exportReportWithDialog);

    m_printWeek = new QAction(tr("&Print Week…"), this);
    m_printWeek->setObjectName(QStringLiteral("printWeekAction"));
    m_printWeek->setShortcut(QKeySequence::Print);
    m_printWeek->setStatusTip(tr("Print the week shown on one page, with tick boxes, for the fridge"));
    connect(m_printWeek, &QAction::triggered, this, [this] { showPrintPreview(); });

    m_calendarSettings = new QAction(tr("Calendar &Publishing…"), this);
    m_calendarSettings->setObjectName(QStringLiteral("calendarSettingsAction"));
    m_calendarSettings->setStatusTip(tr("Keep your own calendar (CalDAV) showing the plan from this week on"));
    connect(m_calendarSettings, &QAction::triggered, this, &ExportActions::showCalendarSettings);

    m_publishNow = new QAction(tr("Publish to Calendar &Now"), this);
    m_publishNow->setObjectName(QStringLiteral("publishNowAction"));
    m_publishNow->setStatusTip(tr("Send the plan to your calendar now instead of after the next change"));

    m_scheduler = new PublishScheduler(
        [this](std::function<void(const Result<PublishSummary> &)> done) { startPublish(std::move(done)); }, this);
    connect(m_publishNow, &QAction::triggered, m_scheduler, &PublishScheduler::publishNow);
    // The scheduler's sentence goes to the status bar: success fades, "publishing…" and a failure stay until the
    // next message (failed() follows the failure's sentence, which is then shown again without a timeout).
    connect(m_scheduler, &PublishScheduler::statusChanged, this, [this](const QString &text) {
        m_lastStatus = text;
        emit message(text, m_scheduler->isPublishing() ? 0 : 10000);
    });
    connect(m_scheduler, &PublishScheduler::failed, this, [this] { emit message(m_lastStatus, 0); });
    connect(&m_document, &PlanDocument::sessionsChanged, m_scheduler, &PublishScheduler::schedule);
    connect(&m_document, &PlanDocument::databaseReplaced, this, &ExportActions::updateActions);
    connect(&m_document, &PlanDocument::weekChanged, this, &ExportActions::updateActions);
    updateActions();
}

ExportActions::~ExportActions() = default;

void ExportActions::setPasswordStore(PasswordStore *store)
{
    m_passwords = store;
}

void ExportActions::updateActions()
{
    const bool open = m_document.hasDatabase();
    const bool editable = m_document.isEditable();
    // The export keeps each session's UID in the file, so it needs to write; the report and printing only read.
    m_exportCalendar->setEnabled(editable);
    m_exportReport->setEnabled(open);
    m_printWeek->setEnabled(open && m_document.week().has_value());
    m_calendarSettings->setEnabled(editable);
    const bool publish =
        editable && Settings::value(Settings::Key::CalendarPublish, m_document.database().path()).toBool();
    m_publishNow->setEnabled(publish);
    m_scheduler->setEnabled(publish);
}

void ExportActions::showProblem(const QString &title, const QString &text)
{
    emit message(text, 0);
    Prompt::warning(m_window, title, text);
}

QString ExportActions::suggestedPath(const QString &fileName) const
{
    return QDir(Settings::value(Settings::Key::ExportFolder).toString()).filePath(fileName);
}

void ExportActions::rememberFolder(const QString &path) const
{
    Settings::setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
}

Result<QString> ExportActions::exportCalendar(const QString &path, QDate from, QDate to, bool withStretches)
{
    if (!m_document.isEditable()) {
        return Result<QString>::failure(ErrorKind::ReadOnly,
            tr("This window has your data read-only; a calendar export keeps each session's event name in it, so "
               "export from a window that can save."));
    }
    CalendarExportOptions options;
    options.withStretches = withStretches;
    options.timeZone = systemTimeZone();
    CalendarExport calendar(m_document.database());
    auto events = calendar.events(from, to, options);
    if (!events)
        return events.error();
    if (events->isEmpty()) {
        return Result<QString>::failure(ErrorKind::NotFound,
            tr("No sessions are planned from %1 to %2: plan those weeks first (Plan ▸ Plan Week).")
                .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat)));
    }
    auto bytes = ICalendar::write(*events, options.timeZone, QDateTime::currentDateTimeUtc());
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return Result<QString>::failure(
            ErrorKind::Storage, tr("Could not write %1: %2").arg(shown(path), file.errorString()));
    }
    return trn("Exported 1 session to %2.", "Exported %n sessions to %2.", int(events->size())).arg(shown(path));
}

Result<QString> ExportActions::exportReport(const QString &path, QDate from, QDate to, QPageSize::PageSizeId pageSize)
{
    if (!m_document.hasDatabase())
        return Result<QString>::failure(ErrorKind::Invalid, tr("No data is open."));
    auto data = buildClinicianReport(m_document.database(), from, to);
    if (!data)
        return data.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<QString>::failure(
            ErrorKind::Storage, tr("Could not write %1: %2").arg(shown(path), file.errorString()));
    }
    const ReportPrinter printer(*data, m_document.today());
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Stridewise"));
        writer.setTitle(
            tr("Training and back-pain log, %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        pages = printer.print(writer, pageSize);
    }
    if (!pages)
        return pages.error();
    if (!file.commit()) {
        return Result<QString>::failure(
            ErrorKind::Storage, tr("Could not write %1: %2").arg(shown(path), file.errorString()));
    }
    return trn("Saved the report (1 page) to %2.", "Saved the report (%n pages) to %2.", *pages).arg(shown(path));
}

Result<void> ExportActions::printWeek(QPrinter &printer)
{
    if (!m_document.hasDatabase())
        return Result<void>::failure(ErrorKind::Invalid, tr("No data is open."));
    auto week = PlanRepository(m_document.database()).week(m_document.monday());
    if (!week)
        return week.error();
    if (!*week || (*week)->sessions.isEmpty()) {
        return Result<void>::failure(ErrorKind::NotFound,
            tr("%1 has no plan yet: plan it first (Plan ▸ Plan Week).").arg(IsoWeek::name(m_document.monday())));
    }
    // The page size the runner chose in the print dialog (the locale's until then); the week is landscape.
    return WeekPrinter(**week).print(printer, printer.pageLayout().pageSize().id());
}

QPrintPreviewDialog *ExportActions::showPrintPreview()
{
    if (!m_document.hasDatabase())
        return nullptr;
    auto week = PlanRepository(m_document.database()).week(m_document.monday());
    if (!week || !*week || (*week)->sessions.isEmpty()) {
        emit message(week
                ? tr("%1 has no plan yet: plan it first, then print it.").arg(IsoWeek::name(m_document.monday()))
                : week.message(),
            8000);
        return nullptr;
    }
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(Print::pageSizeFor(QLocale())));
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(tr("Stridewise · week %1").arg(IsoWeek::name(m_document.monday())));
    auto *preview = new QPrintPreviewDialog(printer, m_window);
    preview->setObjectName(QStringLiteral("printPreviewDialog"));
    preview->setWindowTitle(tr("Print Week %1").arg(IsoWeek::name(m_document.monday())));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (auto printed = printWeek(*p); !printed)
            emit message(tr("Not printed: %1").arg(printed.message()), 0);
    });
    preview->resize(1000, 760);
    preview->open();
    return preview;
}

void ExportActions::exportCalendarWithDialog()
{
    if (!m_document.isEditable())
        return;
    const QDate monday = IsoWeek::mondayOf(m_document.today());
    auto *dialog =
        new ExportDialog(ExportDialog::Kind::Calendar, monday, monday.addDays(7 * kCalendarWeeks - 1), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = QStringLiteral("stridewise-%1-to-%2.ics")
                                 .arg(dialog->from().toString(Qt::ISODate), dialog->to().toString(Qt::ISODate));
        const QString path =
            Prompt::saveFileName(m_window, tr("Export Calendar"), suggestedPath(name), tr("iCalendar files (*.ics)"));
        if (path.isEmpty())
            return;
        rememberFolder(path);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = exportCalendar(path, dialog->from(), dialog->to(), dialog->withStretches());
        QApplication::restoreOverrideCursor();
        if (!done) {
            showProblem(tr("Not Exported"), tr("Not exported: %1").arg(done.message()));
            return;
        }
        emit message(*done, 10000);
    });
    dialog->open();
}

void ExportActions::exportReportWithDialog()
{
    if (!m_document.hasDatabase())
        return;
    const QDate today = m_document.today();
    auto *dialog = new ExportDialog(
        ExportDialog::Kind::Report, IsoWeek::mondayOf(today).addDays(-7 * (kReportWeeks - 1)), today, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = QStringLiteral("stridewise-report-%1-to-%2.pdf")
                                 .arg(dialog->from().toString(Qt::ISODate), dialog->to().toString(Qt::ISODate));
        const QString path =
            Prompt::saveFileName(m_window, tr("Report for My Clinician"), suggestedPath(name), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        rememberFolder(path);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = exportReport(path, dialog->from(), dialog->to(), Print::pageSizeFor(QLocale()));
        QApplication::restoreOverrideCursor();
        if (!done) {
            showProblem(tr("No Report"), tr("The report was not saved: %1").arg(done.message()));
            return;
        }
        emit message(*done, 10000);
    });
    dialog->open();
}

void ExportActions::showCalendarSettings()
{
    if (!m_document.isEditable())
        return;
    const QString file = m_document.database().path();
    CalendarAccountSettings current;
    current.url = Settings::value(Settings::Key::CalendarUrl, file).toString();
    current.user = Settings::value(Settings::Key::CalendarUser, file).toString();
    current.publish = Settings::value(Settings::Key::CalendarPublish, file).toBool();
    current.withStretches = Settings::value(Settings::Key::CalendarWithStretches, file).toBool();
    if (!m_passwords) {
        m_ownPasswords = std::make_unique<KeychainPasswordStore>();
        m_passwords = m_ownPasswords.get();
    }
    const auto open = [this, current](bool hasPassword) {
        auto *dialog = new CalendarDialog(current, hasPassword, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const CalendarAccountSettings s = dialog->settings();
            applyCalendarSettings(s.url, s.user, dialog->newPassword(), s.publish, s.withStretches);
        });
        dialog->open();
    };
    if (current.url.isEmpty() || current.user.isEmpty()) {
        open(false);
        return;
    }
    QPointer<ExportActions> self(this);
    m_passwords->read(
        PasswordStore::calendarKey(QUrl(current.url), current.user), [self, open](const Result<QString> &password) {
            if (self)
                open(password.ok());
        });
}

void ExportActions::applyCalendarSettings(
    const QString &url, const QString &user, const QString &newPassword, bool publish, bool withStretches)
{
    if (!m_document.isEditable())
        return;
    const QString file = m_document.database().path();
    Settings::setValue(Settings::Key::CalendarUrl, url, file);
    Settings::setValue(Settings::Key::CalendarUser, user, file);
    Settings::setValue(Settings::Key::CalendarWithStretches, withStretches, file);
    const auto finish = [this, file, publish] {
        Settings::setValue(Settings::Key::CalendarPublish, publish, file);
        updateActions();
        if (publish)
            m_scheduler->publishNow();
        else
            emit message(tr("Calendar publishing is off."), 6000);
    };
    if (newPassword.isEmpty()) {
        finish();
        return;
    }
    if (!m_passwords) {
        m_ownPasswords = std::make_unique<KeychainPasswordStore>();
        m_passwords = m_ownPasswords.get();
    }
    QPointer<ExportActions> self(this);
    m_passwords->write(
        PasswordStore::calendarKey(QUrl(url), user), newPassword, [self, finish](const Result<void> &written) {
            if (!self)
                return;
            if (!written) {
                // Without the password publishing cannot work: it stays off, and the runner is told why.
                Settings::setValue(Settings::Key::CalendarPublish, false, self->m_document.database().path());
                self->updateActions();
                self->showProblem(tr("Password Not Saved"),
                    tr("The calendar password was not saved, so publishing stays off: %1").arg(written.message()));
                return;
            }
            finish();
        });
}

void ExportActions::startPublish(std::function<void(const Result<PublishSummary> &)> done)
{
    if (!m_document.isEditable()) {
        done(Result<PublishSummary>::failure(ErrorKind::ReadOnly, tr("this window has your data read-only.")));
        return;
    }
    const QString file = m_document.database().path();
    const QString url = Settings::value(Settings::Key::CalendarUrl, file).toString();
    const QString user = Settings::value(Settings::Key::CalendarUser, file).toString();
    const bool withStretches = Settings::value(Settings::Key::CalendarWithStretches, file).toBool();
    if (!m_passwords) {
        m_ownPasswords = std::make_unique<KeychainPasswordStore>();
        m_passwords = m_ownPasswords.get();
    }
    QPointer<ExportActions> self(this);
    m_passwords->read(PasswordStore::calendarKey(QUrl(url), user),
        [self, url, user, withStretches, done](const Result<QString> &password) {
            if (!self)
                return;
            if (!password) {
                done(Result<PublishSummary>::failure(ErrorKind::Invalid,
                    password.kind() == ErrorKind::NotFound
                        ? tr("no password for %1 in your keyring; enter it in File ▸ Calendar Publishing….").arg(user)
                        : password.message()));
                return;
            }
            if (!self->m_document.isEditable()) {
                done(Result<PublishSummary>::failure(ErrorKind::ReadOnly, tr("your data is not open.")));
                return;
            }
            CalDavAccount account;
            account.calendarUrl = QUrl(url, QUrl::StrictMode);
            account.user = user;
            account.password = *password;
            CalendarExportOptions options;
            options.withStretches = withStretches;
            options.timeZone = systemTimeZone();
            const QDate today = self->m_document.today();
            const QDate monday = IsoWeek::mondayOf(today);
            self->m_publisher = std::make_unique<CalDavPublisher>(self->m_document.database());
            self->m_publisher->publish(account, monday, monday.addDays(7 * kPublishWeeksAhead - 1), today, options,
                QDateTime::currentDateTimeUtc(), done);
        });
}

} // namespace Stridewise
