#pragma once

#include <QDate>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QUndoStack;

namespace Stridewise {

class DataActions;
class Database;
class PlanActions;
class PlanDocument;
class ReminderActions;
class SessionPanel;
class SettingsActions;
class TodayPanel;
class ViewActions;
class WeekBanner;
class WeekHeader;
class WeekModel;
class WeekPicker;
class WeekView;

/**
 * The Stridewise window: it arranges the week in the middle, the Session and Back Pain Today docks, the menus,
 * the toolbar and the status bar around one PlanDocument, and puts the action handlers' actions in place.
 * What the actions do is theirs (PlanActions, DataActions, ViewActions); what is shown is the document's.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** today: the day to highlight and to plan from; invalid means the system date. */
    explicit MainWindow(std::unique_ptr<Database> db, QDate today = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanDocument &document() const { return *m_document; }
    /** The open database (the document's). */
    Database &database() const;
    QUndoStack &undoStack() const;
    WeekModel &weekModel() const { return *m_model; }
    WeekView *weekView() const { return m_weekView; }
    WeekBanner *banner() const { return m_banner; }
    PlanActions &planActions() const { return *m_planActions; }
    DataActions &dataActions() const { return *m_dataActions; }
    ViewActions &viewActions() const { return *m_viewActions; }
    ReminderActions &reminderActions() const { return *m_reminderActions; }
    SettingsActions &settingsActions() const { return *m_settingsActions; }

    /** Marks the window as showing Help ▸ Open Demo Data's file: the title and the status bar say so. */
    void setDemoData(bool demo);
    bool isDemoData() const { return m_demo; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralWidget();
    void createDocks();
    void createMenus();
    void createToolBar();
    void connectStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void showLogPain();

    std::unique_ptr<PlanDocument> m_document;
    WeekModel *m_model = nullptr;
    PlanActions *m_planActions = nullptr;
    DataActions *m_dataActions = nullptr;
    ViewActions *m_viewActions = nullptr;
    ReminderActions *m_reminderActions = nullptr;
    SettingsActions *m_settingsActions = nullptr;
    WeekHeader *m_header = nullptr;
    WeekView *m_weekView = nullptr;
    WeekBanner *m_banner = nullptr;
    WeekPicker *m_weekPicker = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    TodayPanel *m_todayPanel = nullptr;
    QDockWidget *m_sessionDock = nullptr;
    QDockWidget *m_todayDock = nullptr;
    QLabel *m_demoLabel = nullptr;
    bool m_demo = false;
};

} // namespace Stridewise
