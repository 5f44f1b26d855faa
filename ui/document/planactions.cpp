#include "ui/document/planactions.h"

#include "core/model/isoweek.h"
#include "core/plan/weekchange.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/shoerepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/commands/logpaincommand.h"
#include "ui/commands/plancommands.h"
#include "ui/commands/sessioncommands.h"
#include "ui/document/plandocument.h"
#include "ui/document/redflags.h"
#include "ui/log/completiondialog.h"
#include "ui/log/skipdialog.h"
#include "ui/shell/profilewizard.h"
#include "ui/shell/prompt.h"
#include "ui/week/sessiondialog.h"
#include "ui/widgets/activitystyle.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMenu>

namespace Stridewise {

namespace {

/**
 * Opens a dialog that deletes itself when closed; when the runner accepts it, onAccepted gets it. Every editor
 * the plan actions open goes this way: the window stays usable, and a cancelled dialog changes nothing.
 */
template <typename Dialog, typename OnAccepted> void openDialog(QObject *context, Dialog *dialog, OnAccepted onAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, context, [dialog, onAccepted] { onAccepted(*dialog); });
    dialog->open();
}

/** Runs work with the busy cursor: planning reads weeks of history. */
template <typename Work> auto busy(Work work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}

} // namespace

PlanActions::PlanActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    createActions();
    for (auto signal : { &PlanDocument::weekChanged, &PlanDocument::sessionsChanged, &PlanDocument::profileChanged,
             &PlanDocument::databaseReplaced }) {
        connect(&m_document, signal, this, &PlanActions::updateActions);
    }
    connect(&m_document, &PlanDocument::selectionChanged, this, &PlanActions::updateActions);
    connect(&m_document, &PlanDocument::sessionChanged, this, &PlanActions::updateActions);
    connect(&m_document, &PlanDocument::todayChanged, this, &PlanActions::updateActions);
    updateActions();
}

void PlanActions::createActions()
{
    auto make = [this](const QString &text, const char *objectName, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(objectName));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_previousWeek = make(tr("&Previous Week"), "previousWeekAction");
    m_previousWeek->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left) });
    m_previousWeek->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::PreviousWeek));
    m_previousWeek->setToolTip(tr("Previous week (Ctrl+Page Up)"));
    m_previousWeek->setIconText(tr("Previous"));
    connect(
        m_previousWeek, &QAction::triggered, this, [this] { m_document.showWeek(m_document.monday().addDays(-7)); });
    m_nextWeek = make(tr("&Next Week"), "nextWeekAction");
    m_nextWeek->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right) });
    m_nextWeek->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::NextWeek));
    m_nextWeek->setToolTip(tr("Next week (Ctrl+Page Down)"));
    m_nextWeek->setIconText(tr("Next"));
    connect(m_nextWeek, &QAction::triggered, this, [this] { m_document.showWeek(m_document.monday().addDays(7)); });
    m_thisWeek = make(tr("&This Week"), "thisWeekAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_thisWeek->setToolTip(tr("Go to this week (Ctrl+T)"));
    m_thisWeek->setIcon(ActivityStyle::todayIcon());
    connect(m_thisWeek, &QAction::triggered, this, [this] { m_document.showWeek(m_document.today()); });
    m_goToWeek = make(tr("&Go to Week…"), "goToWeekAction", QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToWeek, &QAction::triggered, this, &PlanActions::goToWeekRequested);

    m_plan = make(tr("&Plan This Week"), "planAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_plan->setIcon(ActivityStyle::appIcon());
    m_plan->setToolTip(tr("Make a plan for the week shown"));
    connect(m_plan, &QAction::triggered, this, &PlanActions::planWeek);
    m_replan =
        make(tr("&Re-plan the Rest of the Week…"), "replanAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_replan->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::Replan));
    m_replan->setIconText(tr("Re-plan"));
    connect(m_replan, &QAction::triggered, this, &PlanActions::replanWeek);

    // The menu says the whole step ("Undo Tick off Easy run"); the toolbar says just Undo, and the tooltip the step.
    m_undo = m_document.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(ActivityStyle::undoIcon());
    m_undo->setIconText(tr("Undo"));
    m_redo = m_document.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(ActivityStyle::redoIcon());
    m_redo->setIconText(tr("Redo"));

    m_tickOff = make(tr("&Tick Off…"), "tickOffAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_tickOff->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::TickOff));
    m_tickOff->setIconText(tr("Tick off…"));
    connect(m_tickOff, &QAction::triggered, this, &PlanActions::tickOffSelected);
    m_skip = make(tr("&Skip…"), "skipAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_skip->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::Skip));
    m_skip->setIconText(tr("Skip…"));
    connect(m_skip, &QAction::triggered, this, &PlanActions::skipSelected);
    m_untick = make(tr("U&ntick"), "untickAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_untick->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::Untick));
    m_untick->setIconText(tr("Untick"));
    connect(m_untick, &QAction::triggered, this, &PlanActions::untickSelected);
    m_editSession = make(tr("&Edit Session…"), "editSessionAction", QKeySequence(Qt::Key_F2));
    m_editSession->setIconText(tr("Edit…"));
    connect(m_editSession, &QAction::triggered, this, &PlanActions::editSelected);
    m_deleteSession = make(tr("&Delete Session"), "deleteSessionAction", QKeySequence::Delete);
    m_deleteSession->setIcon(ActivityStyle::glyphIcon(ActivityStyle::Glyph::Delete));
    m_deleteSession->setIconText(tr("Delete"));
    connect(m_deleteSession, &QAction::triggered, this, &PlanActions::deleteSelected);
    m_addSession = make(tr("&Add Session…"), "addSessionAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addSession, &QAction::triggered, this, &PlanActions::addSession);
    m_moveEarlier =
        make(tr("Move to Previous &Day"), "moveEarlierAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(m_moveEarlier, &QAction::triggered, this, [this] { moveSelectedBy(-1); });
    m_moveLater = make(tr("Move to Ne&xt Day"), "moveLaterAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_moveLater, &QAction::triggered, this, [this] { moveSelectedBy(1); });
    m_moveToMenu = new QMenu(tr("&Move To"), m_window);
    m_moveToMenu->setObjectName(QStringLiteral("moveToMenu"));
    connect(m_moveToMenu, &QMenu::aboutToShow, this, &PlanActions::fillMoveToMenu);
    m_profile = make(tr("&Profile…"), "profileAction");
    connect(m_profile, &QAction::triggered, this, &PlanActions::editProfile);
    m_logPain = make(tr("&Log Back Pain"), "logPainAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logPain, &QAction::triggered, this, &PlanActions::logPainRequested);
}

QList<QAction *> PlanActions::sessionActions() const
{
    return { m_tickOff, m_skip, m_untick, m_editSession, m_deleteSession };
}

void PlanActions::updateActions()
{
    const bool editable = m_document.isEditable();
    const auto s = m_document.selectedSession();
    const bool planned = m_document.hasPlan();
    const bool profile = m_document.hasProfile();
    const QDate monday = m_document.monday();
    m_plan->setEnabled(editable && !planned && profile);
    m_replan->setEnabled(editable && planned && profile && !m_document.isWeekOver());
    // An imported tick still needs the runner's effort: Tick Off… gives it.
    m_tickOff->setEnabled(editable && s && (!s->isDone() || s->completion->needsEffort));
    m_skip->setEnabled(editable && s && !s->completion);
    m_untick->setEnabled(editable && s && s->completion);
    m_editSession->setEnabled(editable && s);
    m_deleteSession->setEnabled(editable && s);
    m_moveEarlier->setEnabled(editable && s && s->date > monday);
    m_moveLater->setEnabled(editable && s && s->date < monday.addDays(6));
    m_moveToMenu->setEnabled(editable && s);
    m_addSession->setEnabled(editable);
    m_profile->setEnabled(editable);
    m_logPain->setEnabled(editable);
    m_document.undoStack()->setActive(true);
    if (!editable) {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
}

void PlanActions::fillMoveToMenu()
{
    m_moveToMenu->clear();
    const auto s = m_document.selectedSession();
    for (int d = 0; d < 7; ++d) {
        const QDate date = m_document.monday().addDays(d);
        QAction *a = m_moveToMenu->addAction(QLocale().toString(date, tr("dddd d MMM")));
        a->setEnabled(s && s->date != date && m_document.isEditable());
        connect(a, &QAction::triggered, this, [this, date] {
            if (const auto current = m_document.selectedSession())
                moveSession(current->id, date);
        });
    }
}

bool PlanActions::startFirstRun()
{
    if (m_document.hasProfile() || !m_document.isEditable())
        return false;
    openProfileWizard(true);
    return true;
}

void PlanActions::editProfile()
{
    if (m_document.isEditable())
        openProfileWizard(!m_document.hasProfile());
}

void PlanActions::planOrFillInProfile()
{
    if (m_document.hasProfile())
        planWeek();
    else
        editProfile();
}

void PlanActions::openProfileWizard(bool firstRun)
{
    const Profile current = m_document.profile().value_or(Profile{});
    openDialog(this, new ProfileWizard(current, firstRun, m_window), [this](ProfileWizard &wizard) {
        const bool first = wizard.isFirstRun();
        if (const Result<void> saved = m_document.saveProfile(wizard.profile()); !saved) {
            m_document.reportFailure(saved.error());
            return;
        }
        if (first) {
            m_document.showWeek(m_document.today());
            if (!m_document.hasPlan())
                planWeek();
            if (m_document.hasPlan())
                m_document.reportSaved(tr("Welcome! Your first week is planned. Tick sessions off as you do them."));
            return;
        }
        m_document.reportSaved(tr("Profile saved."));
        if (m_document.hasPlan() && m_replan->isEnabled()
            && Prompt::question(
                   m_window, tr("Re-plan?"), tr("Re-plan the rest of the week shown with your new profile?"))
                == QMessageBox::Yes)
            replanFrom(m_document.today());
    });
}

void PlanActions::planWeek()
{
    if (!m_document.isEditable())
        return;
    const auto week = busy([this] { return m_document.planWeek(); });
    if (!week) {
        m_document.reportFailure(tr("Not planned: %1").arg(week.message()));
        return;
    }
    m_document.reportSaved(tr("Planned %1.").arg(IsoWeek::name(m_document.monday())));
}

void PlanActions::replanWeek()
{
    if (!m_document.isEditable())
        return;
    if (m_document.isWeekOver()) {
        Prompt::information(
            m_window, tr("Re-plan"), tr("This week is over; only weeks still to come can be re-planned."));
        return;
    }
    const QDate from = qMax(m_document.today(), m_document.monday());
    const auto answer = Prompt::question(m_window, tr("Re-plan the rest of the week?"),
        tr("Sessions from %1 on that are not ticked or skipped will be planned afresh from your profile, what you did "
           "and how your back felt. Ticked and skipped sessions and sessions you added stay; other changes to those "
           "days are replaced. Edit ▸ Undo brings them back.")
            .arg(QLocale().toString(from, tr("dddd d MMMM"))));
    if (answer == QMessageBox::Yes)
        replanFrom(from);
}

void PlanActions::replanFrom(QDate from)
{
    const QDate start = qMax(from, m_document.monday());
    const auto week = busy([this, start] { return m_document.replanFrom(start); });
    if (!week) {
        m_document.reportFailure(tr("Not re-planned: %1").arg(week.message()));
        return;
    }
    m_document.reportSaved(
        tr("Re-planned %1 from %2 on.")
            .arg(IsoWeek::name(m_document.monday()), QLocale().toString(start, QLocale::ShortFormat)));
}

void PlanActions::toggleTick(qint64 id, bool checked)
{
    const auto s = m_document.session(id);
    if (!s || !m_document.isEditable())
        return;
    if (!checked) {
        // Unticking asks nothing: Edit ▸ Undo brings the record back.
        if (s->completion)
            m_document.undoStack()->push(new UntickSessionCommand(m_document, *s));
        return;
    }
    if (!agreeToMoveToToday(*s)) {
        m_document.resync(s->id); // the card's tick goes back
        return;
    }
    if (s->activity == Activity::Stretch) {
        // Done as planned; sessions with details use the editor.
        pushTick(*s, [this](const PlannedSession &on) { return CompleteSessionCommand::asPlanned(m_document, on); });
    } else {
        openCompletionDialog(*s);
    }
}

bool PlanActions::agreeToMoveToToday(const PlannedSession &session)
{
    // Issue 9: a completion never lies in the future; it would feed load and the next plan as if done that day.
    const QDate today = m_document.today();
    if (session.date <= today)
        return true;
    return Prompt::question(m_window, tr("Tick Off Today?"),
               tr("%1 is planned for %2, a day still to come. What you did counts on the day you did it: move it to "
                  "today, %3, and tick it off there?")
                   .arg(session.title, QLocale().toString(session.date, tr("dddd d MMMM")),
                       QLocale().toString(today, tr("dddd d MMMM"))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes;
}

void PlanActions::pushTick(
    const PlannedSession &session, const std::function<QUndoCommand *(const PlannedSession &)> &makeTick)
{
    QUndoStack *stack = m_document.undoStack();
    const QDate today = m_document.today();
    if (session.date <= today) {
        stack->push(makeTick(session));
        return;
    }
    // One undo step: the move to today and the tick.
    PlannedSession moved = session;
    moved.date = today;
    stack->beginMacro(tr("Move %1 to today and tick it off").arg(session.title));
    stack->push(new MoveSessionCommand(m_document, session, today));
    stack->push(makeTick(moved));
    stack->endMacro();
}

void PlanActions::activate(qint64 id)
{
    const auto s = m_document.session(id);
    // An imported tick still waiting for the runner's effort opens too (the "needs your effort" marker); a session
    // not yet done that is planned for a later day is moved to today first, if the runner agrees (issue 9).
    if (s && (!s->completion || s->completion->needsEffort) && m_document.isEditable()
        && (s->completion || agreeToMoveToToday(*s)))
        openCompletionDialog(*s);
}

void PlanActions::openCompletionDialog(const PlannedSession &session)
{
    // Runs offer the runner's shoes; without them (none yet, or unreadable) the dialog simply offers none.
    const auto shoes = ShoeRepository(m_document.database()).shoes();
    openDialog(this, new CompletionDialog(session, shoes ? *shoes : QList<Shoe>(), m_window),
        [this](CompletionDialog &dialog) {
            if (const auto current = m_document.session(dialog.session().id)) {
                const Completion completion = dialog.completion();
                pushTick(*current, [this, completion](const PlannedSession &on) {
                    return new CompleteSessionCommand(m_document, on, completion);
                });
            }
        });
}

void PlanActions::tickOffSelected()
{
    if (const auto s = m_document.selectedSession(); s && m_document.isEditable() && agreeToMoveToToday(*s))
        openCompletionDialog(*s);
}

void PlanActions::skipSelected()
{
    const auto s = m_document.selectedSession();
    if (!s || !m_document.isEditable())
        return;
    const qint64 id = s->id;
    openDialog(this, new SkipDialog(*s, m_window), [this, id](SkipDialog &dialog) {
        if (const auto current = m_document.session(id))
            m_document.undoStack()->push(new SkipSessionCommand(m_document, *current, dialog.reason()));
    });
}

void PlanActions::untickSelected()
{
    if (const auto s = m_document.selectedSession(); s && s->completion && m_document.isEditable())
        m_document.undoStack()->push(new UntickSessionCommand(m_document, *s));
}

void PlanActions::editSelected()
{
    const auto s = m_document.selectedSession();
    if (!s || !m_document.isEditable())
        return;
    const qint64 id = s->id;
    openDialog(this, new SessionDialog(*s, m_window), [this, id](SessionDialog &dialog) {
        const auto before = m_document.session(id);
        const PlannedSession after = dialog.session();
        if (before && !(after == *before))
            m_document.undoStack()->push(new ChangeSessionCommand(m_document, *before, after));
    });
}

void PlanActions::deleteSelected()
{
    if (const auto s = m_document.selectedSession(); s && m_document.isEditable()) {
        m_document.undoStack()->push(new DeleteSessionCommand(m_document, *s));
        emit message(tr("Deleted %1. Edit ▸ Undo brings it back.").arg(s->title), 6000);
    }
}

void PlanActions::addSession()
{
    if (!m_document.isEditable())
        return;
    PlannedSession s;
    const auto selected = m_document.selectedSession();
    s.date = selected ? selected->date : (m_document.containsToday() ? m_document.today() : m_document.monday());
    s.activity = Activity::Walk;
    s.timeOfDay = TimeOfDay::Midday;
    s.minutes = 30;
    s.rpe = 2;
    openDialog(this, new SessionDialog(s, m_window), [this](SessionDialog &dialog) {
        m_document.undoStack()->push(new AddSessionCommand(m_document, dialog.session()));
    });
}

void PlanActions::moveSelectedBy(int days)
{
    const auto s = m_document.selectedSession();
    if (!s)
        return;
    const QDate to = s->date.addDays(days);
    if (to >= m_document.monday() && to <= m_document.sunday())
        moveSession(s->id, to);
}

void PlanActions::moveSession(qint64 id, QDate to)
{
    const auto s = m_document.session(id);
    if (!s || s->date == to || !m_document.isEditable() || !to.isValid())
        return;
    m_document.undoStack()->push(new MoveSessionCommand(m_document, *s, to));
}

void PlanActions::logPain(const PainEntry &entry)
{
    if (!m_document.isEditable())
        return;
    auto before = LogRepository(m_document.database()).painOn(entry.date);
    if (!before) {
        m_document.reportFailure(before.error());
        return;
    }
    QUndoStack *stack = m_document.undoStack();
    const int count = stack->count();
    const bool hadRedFlag = *before && (*before)->hasRedFlag();
    stack->push(new LogPainCommand(m_document, *before, entry));
    if (stack->count() == count)
        return; // refused: the document said why
    offerReplanAfterLog(entry, hadRedFlag);
}

void PlanActions::offerReplanAfterLog(const PainEntry &entry, bool hadRedFlag)
{
    // Issue 17: the week reacts as it goes. When a day's log moves this week's zone or raises (or takes back) a red
    // flag, the window says what re-planning the rest of the week would change, from the planner's own preview.
    const QDate today = m_document.today();
    const QDate thisMonday = IsoWeek::mondayOf(today);
    if (entry.date < today.addDays(-Planner::kPainDays) || !m_document.hasDatabase())
        return; // too old to govern this week
    auto change = Planner(m_document.database()).previewReplan(thisMonday, today);
    if (!change) {
        if (change.kind() == ErrorKind::NotFound && entry.hasRedFlag())
            emit message(tr("Your next plan will have no running and no strength work."), 8000);
        else if (change.kind() != ErrorKind::NotFound)
            m_document.reportFailure(change.error());
        return;
    }
    if (!change->zoneChanged() && !change->redFlagChanged())
        return;
    m_document.showWeek(today);
    QString text;
    if (entry.hasRedFlag())
        text = RedFlags::advice(entry.symptoms).full + QStringLiteral("\n\n");
    else if (hadRedFlag)
        text =
            tr("This week was planned around red-flag symptoms that no longer hold it back.") + QStringLiteral("\n\n");
    text += tr("Re-planning the rest of this week from today would change:") + QLatin1Char('\n')
        + describeChange(*change).join(QLatin1Char('\n'));
    text += QStringLiteral("\n\n") + tr("Re-plan the rest of this week now? Ticked and skipped sessions stay.");
    const auto answer = Prompt::question(
        m_window, tr("Re-plan this week?"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes && m_document.monday() == thisMonday)
        replanFrom(today);
}

void PlanActions::recordClearance()
{
    if (!m_document.isEditable())
        return;
    const QDate today = m_document.today();
    Planner planner(m_document.database());
    auto pending = planner.redFlagStatus(today);
    if (!pending) {
        m_document.reportFailure(pending.error());
        return;
    }
    if (!pending->pending)
        return;
    const auto answer = Prompt::question(m_window, tr("A Clinician Has Seen You?"),
        tr("Record that a clinician has seen you today, %1, about %2?\n\nFrom the next plan on, running comes back "
           "on the return ladder, starting with walk–runs, and strength at two sessions a week. If the clinician "
           "told you otherwise, follow their advice.")
            .arg(QLocale().toString(today, tr("dddd d MMMM")), RedFlags::symptomWords(pending->symptoms)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    auto cleared = planner.recordClearance(Clearance{ today, {} }, today);
    if (!cleared) {
        m_document.reportFailure(cleared.error());
        return;
    }
    m_document.notifyPainChanged(today); // the red banner goes
    m_document.reportSaved(RedFlags::clearedMessage(today, cleared->symptoms));
    offerReplanAfterLog(PainEntry{ today, 0, {}, {} }, true);
}

} // namespace Stridewise
