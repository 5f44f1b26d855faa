#pragma once

#include "core/model/painentry.h"
#include "core/model/plannedsession.h"

#include <QDate>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoCommand;
class QWidget;

namespace Stridewise {

class PlanDocument;
struct PainEntry;
struct PlannedSession;

/**
 * What the runner does to the plan (after Tiled's MapDocumentActionHandler): move between weeks, plan and
 * re-plan, tick off, skip, untick, edit, add, delete and move sessions, log back pain, edit the profile, undo
 * and redo. It owns these QActions, keeps them enabled exactly when they apply to the document's week and
 * selection, and carries each out through the document: an undo command, or core's Planner.
 *
 * The window only places the actions in its menus and toolbar and shows the messages.
 */
class PlanActions : public QObject
{
    Q_OBJECT

public:
    /** window: the parent of the dialogs and questions. */
    PlanActions(PlanDocument &document, QWidget *window);

    QAction *previousWeekAction() const { return m_previousWeek; }
    QAction *nextWeekAction() const { return m_nextWeek; }
    QAction *thisWeekAction() const { return m_thisWeek; }
    QAction *goToWeekAction() const { return m_goToWeek; }
    QAction *planAction() const { return m_plan; }
    QAction *replanAction() const { return m_replan; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *tickOffAction() const { return m_tickOff; }
    QAction *skipAction() const { return m_skip; }
    QAction *untickAction() const { return m_untick; }
    QAction *editSessionAction() const { return m_editSession; }
    QAction *deleteSessionAction() const { return m_deleteSession; }
    QAction *addSessionAction() const { return m_addSession; }
    QAction *moveEarlierAction() const { return m_moveEarlier; }
    QAction *moveLaterAction() const { return m_moveLater; }
    /** Edit ▸ Move To: the seven days of the week shown. */
    QMenu *moveToMenu() const { return m_moveToMenu; }
    QAction *logPainAction() const { return m_logPain; }
    QAction *profileAction() const { return m_profile; }
    /** What the Session panel offers as buttons for the selected session. */
    QList<QAction *> sessionActions() const;

    /** Opens the first-run profile wizard when no profile is saved yet; true when it opened. */
    bool startFirstRun();
    /** Edit ▸ Profile…: the wizard on the saved profile (or the first-run one without a profile). */
    void editProfile();
    /** The week's plan button: plan it, or fill in the profile first when there is none. */
    void planOrFillInProfile();
    void planWeek();
    /** Asks, then re-plans the rest of the week shown from today on. */
    void replanWeek();

    /** The week view asks: a card's tick or a stretch tick was clicked (checked is what the runner asked for). */
    void toggleTick(qint64 id, bool checked);
    /** The week view asks: Enter or a double click on a card. */
    void activate(qint64 id);
    /** The week view asks: a card was dropped on another day. */
    void moveSession(qint64 id, QDate to);
    /** The back-pain panel asks: save this day's entry (undoable); offers a re-plan when red flags come or go. */
    void logPain(const PainEntry &entry);
    /** The red banner asks: record that a clinician has seen the runner today, then offer to re-plan (issue 17). */
    void recordClearance();

signals:
    /** Something to say in the status bar (0: until the next message). */
    void message(const QString &text, int timeoutMs);
    /** Edit ▸ Log Back Pain: the window shows the back-pain panel and puts the cursor on the score. */
    void logPainRequested();
    /** View ▸ Go to Week…: the window puts the cursor in the week picker. */
    void goToWeekRequested();

private:
    void createActions();
    void updateActions();
    void openCompletionDialog(const PlannedSession &session);
    void tickOffSelected();
    void skipSelected();
    void untickSelected();
    void editSelected();
    void deleteSelected();
    void addSession();
    void moveSelectedBy(int days);
    void fillMoveToMenu();
    void openProfileWizard(bool firstRun);
    void replanFrom(QDate from);
    /** After a day's log: offers a re-plan of the rest of this week when it moves the zone or a red flag. */
    void offerReplanAfterLog(const PainEntry &entry, bool hadRedFlag);
    /** Ticking a session planned for a later day asks to move it to today (issue 9); true to go on. */
    bool agreeToMoveToToday(const PlannedSession &session);
    /** Pushes makeTick(session), or for a session ahead of today the move to today and the tick as one step. */
    void pushTick(const PlannedSession &session, const std::function<QUndoCommand *(const PlannedSession &)> &makeTick);

    PlanDocument &m_document;
    QWidget *m_window = nullptr;
    QAction *m_previousWeek = nullptr;
    QAction *m_nextWeek = nullptr;
    QAction *m_thisWeek = nullptr;
    QAction *m_goToWeek = nullptr;
    QAction *m_plan = nullptr;
    QAction *m_replan = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_tickOff = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_untick = nullptr;
    QAction *m_editSession = nullptr;
    QAction *m_deleteSession = nullptr;
    QAction *m_addSession = nullptr;
    QAction *m_moveEarlier = nullptr;
    QAction *m_moveLater = nullptr;
    QMenu *m_moveToMenu = nullptr;
    QAction *m_logPain = nullptr;
    QAction *m_profile = nullptr;
};

} // namespace Stridewise
