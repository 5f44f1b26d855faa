#pragma once

#include <QDate>
#include <QMainWindow>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDateEdit;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;

namespace Stridewise {

class Database;
class SessionPanel;
class TodayPanel;
class WeekBanner;
class WeekModel;
class WeekView;
struct PainEntry;
struct PlannedSession;

/**
 * The Stridewise window: one runner's database, one ISO week at a time. Every edit goes through the undo
 * stack; every save failure is undone on screen and reported as "Not saved: …". "Today" is a parameter
 * so tests (and screenshots) are deterministic.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** today: the day to highlight and to plan from; invalid means the system date. */
    explicit MainWindow(std::unique_ptr<Database> db, QDate today = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    WeekModel &weekModel() const { return *m_model; }
    QUndoStack &undoStack() { return m_undoStack; }
    WeekView *weekView() const { return m_weekView; }
    WeekBanner *banner() const { return m_banner; }

    QDate today() const { return m_today; }
    void setToday(QDate today);
    QDate shownMonday() const;
    /** Shows the ISO week that contains day. */
    void showWeek(QDate day);
    /** Opens the first-run profile wizard when no profile is saved yet; true when it opened. */
    bool startFirstRun();

    /**
     * Hook for the Progress view (pain against load), built elsewhere: once set, View ▸ Progress shows the
     * widget the factory makes, e.g. [](Database &db, QDate today, QWidget *p) { return new ProgressView(db, today, p);
     * }.
     */
    using ProgressViewFactory = std::function<QWidget *(Database &, QDate, QWidget *)>;
    void setProgressViewFactory(ProgressViewFactory factory);

    /** Marks the window as showing Help ▸ Open Demo Data's file: the title says so. */
    void setDemoData(bool demo);
    bool isDemoData() const { return m_demo; }
    /** Where Help ▸ Open Demo Data keeps its file: "demo.db" in the app-data folder, never the runner's own. */
    static QString demoDatabasePath();

    /** Starts a program without waiting for it; returns false when it could not be started. */
    using ProcessLauncher = std::function<bool(const QString &program, const QStringList &arguments)>;
    /** Test seam for Help ▸ Open Demo Data's new window; an empty function restores QProcess::startDetached. */
    static void setProcessLauncher(ProcessLauncher launcher);

public slots:
    void previousWeek();
    void nextWeek();
    void thisWeek();
    void planThisWeek();
    void replanWeek();
    void tickOffSelected();
    void skipSelected();
    void untickSelected();
    void editSelected();
    void deleteSelected();
    void addSession();
    void moveSelectedBy(int days);
    void editProfile();
    void showRules(const QString &ruleId = {});
    void showAbout();
    void showProgress();
    void refreshProgress();
    /** File ▸ Back Up Now…: a manual backup beside the database; says where it went. Works read-only. */
    void backUpNow();
    /** File ▸ Restore…: lets the runner choose a backup, asks to confirm, restores. */
    void restoreBackup();
    /**
     * Replaces the window's data with the file at path (confirmation is the caller's): the window lets go of its
     * database, restores through BackupManager::restoreAndReopen and shows the result. Returns false (with a
     * message shown) when the restore was refused; the window then works on its data as it was.
     */
    bool restoreFrom(const QString &path);
    /** Help ▸ Open Demo Data: fills demoDatabasePath() if it is new and opens it in a new window. */
    void openDemoData();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createDocks();
    void createDataActions();
    void detachDatabase();
    void attachDatabase(QDate monday);
    void backupOnClose();
    void restoreSettings();
    void saveSettings() const;

    std::optional<PlannedSession> selectedSession() const;
    void onSessionSelected(qint64 id);
    void onTickToggled(qint64 id, bool checked);
    void onMoveRequested(qint64 id, QDate to);
    void openCompletionDialog(const PlannedSession &session);
    void savePain(const PainEntry &entry);
    void offerReplanAfterRedFlag(const PainEntry &entry);
    void openProfileWizard(bool firstRun);
    void replanFrom(QDate from);
    void showSaved(const QString &message);
    void showSaveFailed(const QString &message);
    void refreshWeek();
    void updateActions();
    void updateBanner();
    void updateTitle();
    bool hasProfile() const;

    std::unique_ptr<Database> m_db;
    QDate m_today;
    QUndoStack m_undoStack;
    WeekModel *m_model = nullptr;
    WeekView *m_weekView = nullptr;
    WeekBanner *m_banner = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    TodayPanel *m_todayPanel = nullptr;
    QDockWidget *m_sessionDock = nullptr;
    QDockWidget *m_todayDock = nullptr;
    QDockWidget *m_progressDock = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_planButton = nullptr;
    QDateEdit *m_weekPicker = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_moveToMenu = nullptr;
    QString m_lastFailure;
    ProgressViewFactory m_progressFactory;

    QAction *m_previousWeekAction = nullptr;
    QAction *m_nextWeekAction = nullptr;
    QAction *m_thisWeekAction = nullptr;
    QAction *m_goToWeekAction = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_replanAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_tickAction = nullptr;
    QAction *m_skipAction = nullptr;
    QAction *m_untickAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_moveEarlierAction = nullptr;
    QAction *m_moveLaterAction = nullptr;
    QAction *m_profileAction = nullptr;
    QAction *m_logPainAction = nullptr;
    QAction *m_rulesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_backupNowAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QLabel *m_demoLabel = nullptr;
    bool m_demo = false;

    static ProcessLauncher s_processLauncher;
};

} // namespace Stridewise
