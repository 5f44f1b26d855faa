#pragma once

#include "core/result.h"
#include "core/sync/caldavpublisher.h"

#include <QDate>
#include <QObject>
#include <QPageSize>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace Stridewise {

class PasswordStore;
class PlanDocument;
class PublishScheduler;

/**
 * How the plan leaves the window (issue 13): File ▸ Export ▸ Calendar… (iCalendar through core's CalendarExport),
 * File ▸ Export ▸ Report for My Clinician… (ui/print's ReportPrinter to PDF), File ▸ Print Week… (a print preview
 * whose Print button opens QPrintDialog; WeekPrinter paints), and File ▸ Calendar Publishing… with the background
 * CalDAV publish after every change (PublishScheduler, CalDavPublisher; the password from the desktop's secret
 * service). Computes nothing itself: it asks, calls core or ui/print, and says what happened in the status bar.
 */
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(PlanDocument &document, QWidget *window);
    ~ExportActions() override;

    QAction *exportCalendarAction() const { return m_exportCalendar; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *printWeekAction() const { return m_printWeek; }
    QAction *calendarSettingsAction() const { return m_calendarSettings; }
    QAction *publishNowAction() const { return m_publishNow; }

    /** Where passwords are read and written (default: the desktop's secret service via QtKeychain). For tests. */
    void setPasswordStore(PasswordStore *store);
    PublishScheduler &scheduler() const { return *m_scheduler; }

    /** Writes from..to as an iCalendar file at path; the sentence for the status bar, or why not. */
    Result<QString> exportCalendar(const QString &path, QDate from, QDate to, bool withStretches);
    /** Writes the clinician report for from..to as a PDF at path; the sentence for the status bar, or why not. */
    Result<QString> exportReport(const QString &path, QDate from, QDate to, QPageSize::PageSizeId pageSize);
    /** Paints the week shown on printer (a QPrintDialog's, or a preview's); an error when it has no plan. */
    Result<void> printWeek(QPrinter &printer);
    /** The print preview of the week shown (non-modal, deleted on close); nullptr with a message when no plan. */
    QPrintPreviewDialog *showPrintPreview();

    /** File ▸ Export ▸ Calendar…: asks for the range, then the file. */
    void exportCalendarWithDialog();
    /** File ▸ Export ▸ Report for My Clinician…: asks for the range, then the file. */
    void exportReportWithDialog();
    /** File ▸ Calendar Publishing…: the account dialog (reads whether a password is saved first). */
    void showCalendarSettings();
    /** Applies what the account dialog gave: settings, the password to the secret service, then publishes. */
    void applyCalendarSettings(
        const QString &url, const QString &user, const QString &newPassword, bool publish, bool withStretches);

signals:
    /** Something to say in the status bar (0: until the next message). */
    void message(const QString &text, int timeoutMs);

private:
    void updateActions();
    void startPublish(std::function<void(const Result<PublishSummary> &)> done);
    void showProblem(const QString &title, const QString &text);
    QString suggestedPath(const QString &fileName) const;
    void rememberFolder(const QString &path) const;

    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QAction *m_exportCalendar = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_printWeek = nullptr;
    QAction *m_calendarSettings = nullptr;
    QAction *m_publishNow = nullptr;
    PublishScheduler *m_scheduler = nullptr;
    PasswordStore *m_passwords = nullptr;
    std::unique_ptr<PasswordStore> m_ownPasswords;
    std::unique_ptr<CalDavPublisher> m_publisher;
    QString m_lastStatus; ///< the scheduler's last sentence
};

} // namespace Stridewise
