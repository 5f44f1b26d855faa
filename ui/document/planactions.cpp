#include "ui/shell/mainwindow.h"

// The second half of MainWindow (split to keep files short): its actions, menus and toolbar, and the
// slots that change the plan. Every change goes through an undo command or core's Planner.

#include "core/model/isoweek.h"
#include "core/model/validation.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "ui/commands/completioncommands.h"
#include "ui/commands/logpaincommand.h"
#include "ui/commands/sessioncommands.h"
#include "ui/log/completiondialog.h"
#include "ui/log/skipdialog.h"
#include "ui/log/todaypanel.h"
#include "ui/shell/profilewizard.h"
#include "ui/shell/prompt.h"
#include "ui/week/sessiondialog.h"
#include "ui/week/sessionpanel.h"
#include "ui/week/weekmodel.h"
#include "ui/week/weekview.h"
#include "ui/widgets/activitystyle.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace Stridewise {

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *objectName, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(objectName));
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    m_previousWeekAction = make(tr("&Previous Week"), "previousWeekAction");
    m_previousWeekAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left) });
    m_previousWeekAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_previousWeekAction->setToolTip(tr("Previous week (Ctrl+Page Up)"));
    connect(m_previousWeekAction, &QAction::triggered, this, &MainWindow::previousWeek);
    m_nextWeekAction = make(tr("&Next Week"), "nextWeekAction");
    m_nextWeekAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right) });
    m_nextWeekAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_nextWeekAction->setToolTip(tr("Next week (Ctrl+Page Down)"));
    connect(m_nextWeekAction, &QAction::triggered, this, &MainWindow::nextWeek);
    m_thisWeekAction = make(tr("&This Week"), "thisWeekAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_thisWeekAction->setToolTip(tr("Go to this week (Ctrl+T)"));
    m_thisWeekAction->setIcon(ActivityStyle::todayIcon());
    connect(m_thisWeekAction, &QAction::triggered, this, &MainWindow::thisWeek);
    m_goToWeekAction = make(tr("&Go to Week…"), "goToWeekAction", QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToWeekAction, &QAction::triggered, this, [this] { m_weekPicker->setFocus(Qt::ShortcutFocusReason); });

    m_planAction = make(tr("&Plan This Week"), "planAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_planAction->setIcon(ActivityStyle::appIcon());
    m_planAction->setToolTip(tr("Make a plan for the week shown"));
    connect(m_planAction, &QAction::triggered, this, &MainWindow::planThisWeek);
    m_replanAction =
        make(tr("&Re-plan the Rest of the Week…"), "replanAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_replanAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_replanAction->setIconText(tr("Re-plan"));
    connect(m_replanAction, &QAction::triggered, this, &MainWindow::replanWeek);

    m_undoAction = m_undoStack.createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowLeft));
    m_redoAction = m_undoStack.createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));

    m_tickAction = make(tr("&Tick Off…"), "tickOffAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_tickAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_tickAction, &QAction::triggered, this, &MainWindow::tickOffSelected);
    m_skipAction = make(tr("&Skip…"), "skipAction", QKeySequence(Qt::CTRL | Qt::Key_K));
    m_skipAction->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(m_skipAction, &QAction::triggered, this, &MainWindow::skipSelected);
    m_untickAction = make(tr("U&ntick"), "untickAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_untickAction->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    connect(m_untickAction, &QAction::triggered, this, &MainWindow::untickSelected);
    m_editAction = make(tr("&Edit Session…"), "editSessionAction", QKeySequence(Qt::Key_F2));
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    m_deleteAction = make(tr("&Delete Session"), "deleteSessionAction", QKeySequence::Delete);
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_addAction = make(tr("&Add Session…"), "addSessionAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addSession);
    m_moveEarlierAction =
        make(tr("Move to Previous &Day"), "moveEarlierAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(m_moveEarlierAction, &QAction::triggered, this, [this] { moveSelectedBy(-1); });
    m_moveLaterAction =
        make(tr("Move to Ne&xt Day"), "moveLaterAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_moveLaterAction, &QAction::triggered, this, [this] { moveSelectedBy(1); });
    m_profileAction = make(tr("&Profile…"), "profileAction");
    connect(m_profileAction, &QAction::triggered, this, &MainWindow::editProfile);
    m_logPainAction = make(tr("&Log Back Pain"), "logPainAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logPainAction, &QAction::triggered, this, [this] {
        m_todayDock->show();
        m_todayDock->raise();
        m_todayPanel->findChild<QWidget *>(QStringLiteral("painScoreSpinBox"))->setFocus(Qt::ShortcutFocusReason);
    });
    m_rulesAction = make(tr("&How Stridewise Plans"), "rulesAction", QKeySequence::HelpContents);
    connect(m_rulesAction, &QAction::triggered, this, [this] { showRules(); });
    m_aboutAction = make(tr("&About Stridewise"), "aboutAction");
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_backupNowAction);
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_tickAction);
    edit->addAction(m_skipAction);
    edit->addAction(m_untickAction);
    edit->addSeparator();
    edit->addAction(m_editAction);
    edit->addAction(m_moveEarlierAction);
    edit->addAction(m_moveLaterAction);
    m_moveToMenu = edit->addMenu(tr("&Move To"));
    m_moveToMenu->setObjectName(QStringLiteral("moveToMenu"));
    connect(m_moveToMenu, &QMenu::aboutToShow, this, [this] {
        m_moveToMenu->clear();
        const auto s = selectedSession();
        for (int d = 0; d < 7; ++d) {
            const QDate date = shownMonday().addDays(d);
            QAction *a = m_moveToMenu->addAction(QLocale().toString(date, tr("dddd d MMM")));
            a->setEnabled(s && s->date != date && m_model->isEditable());
            connect(a, &QAction::triggered, this, [this, date] {
                if (const auto current = selectedSession())
                    onMoveRequested(current->id, date);
            });
        }
    });
    edit->addAction(m_deleteAction);
    edit->addAction(m_addAction);
    edit->addSeparator();
    edit->addAction(m_logPainAction);
    edit->addAction(m_profileAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_previousWeekAction);
    m_viewMenu->addAction(m_nextWeekAction);
    m_viewMenu->addAction(m_thisWeekAction);
    m_viewMenu->addAction(m_goToWeekAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_sessionDock->toggleViewAction());
    m_viewMenu->addAction(m_todayDock->toggleViewAction());

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    plan->setObjectName(QStringLiteral("planMenu"));
    plan->addAction(m_planAction);
    plan->addAction(m_replanAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_rulesAction);
    help->addAction(m_openDemoAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Week"));
    bar->setObjectName(QStringLiteral("weekToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_previousWeekAction);
    bar->addAction(m_thisWeekAction);
    bar->addAction(m_nextWeekAction);
    m_weekPicker = new QDateEdit(bar);
    m_weekPicker->setObjectName(QStringLiteral("weekPickerDateEdit"));
    m_weekPicker->setCalendarPopup(true);
    m_weekPicker->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_weekPicker->setAccessibleName(tr("Go to the week of this day"));
    m_weekPicker->setToolTip(tr("Go to the week of this day (Ctrl+G)"));
    m_weekPicker->setDate(m_today);
    connect(m_weekPicker, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (IsoWeek::mondayOf(date) != shownMonday())
            showWeek(date);
    });
    bar->addWidget(m_weekPicker);
    bar->addSeparator();
    bar->addAction(m_planAction);
    bar->addAction(m_replanAction);
    bar->addSeparator();
    // Icons only: the undo actions' text names the whole command and would push the bar off screen.
    for (QAction *a : { m_undoAction, m_redoAction }) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
}

bool MainWindow::startFirstRun()
{
    if (hasProfile() || !m_model->isEditable())
        return false;
    openProfileWizard(true);
    return true;
}

void MainWindow::editProfile()
{
    if (m_model->isEditable())
        openProfileWizard(!hasProfile());
}

void MainWindow::openProfileWizard(bool firstRun)
{
    auto stored = ProfileRepository(*m_db).load();
    const Profile current = stored && stored->has_value() ? **stored : Profile{};
    auto *wizard = new ProfileWizard(current, firstRun, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        const bool first = wizard->isFirstRun();
        if (const Result<void> saved = ProfileRepository(*m_db).save(wizard->profile()); !saved) {
            showSaveFailed(notSavedMessage(saved.message()));
            return;
        }
        if (first) {
            showWeek(m_today);
            if (!m_model->hasPlan())
                planThisWeek();
            if (m_model->hasPlan())
                showSaved(tr("Welcome! Your first week is planned. Tick sessions off as you do them."));
            return;
        }
        showSaved(tr("Profile saved."));
        updateActions();
        if (m_model->hasPlan() && m_replanAction->isEnabled()
            && MessageBox::question(
                   this, tr("Re-plan?"), tr("Re-plan the rest of the week shown with your new profile?"))
                == QMessageBox::Yes)
            replanFrom(m_today);
    });
    wizard->open();
}

void MainWindow::planThisWeek()
{
    if (!m_model->isEditable())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto week = Planner(*m_db).planWeek(shownMonday());
    QApplication::restoreOverrideCursor();
    if (!week) {
        showSaveFailed(tr("Not planned: %1").arg(week.message()));
        return;
    }
    // Planning replaces sessions outside the undo stack and SQLite may reuse their ids: earlier steps
    // would then act on the wrong session, so the undo history ends here.
    m_undoStack.clear();
    refreshWeek();
    showSaved(tr("Planned %1.").arg(IsoWeek::name(shownMonday())));
}

void MainWindow::replanWeek()
{
    if (!m_model->isEditable())
        return;
    const QDate sunday = shownMonday().addDays(6);
    if (sunday < m_today) {
        MessageBox::information(
            this, tr("Re-plan"), tr("This week is over; only weeks still to come can be re-planned."));
        return;
    }
    const QDate from = qMax(m_today, shownMonday());
    const auto answer = MessageBox::question(this, tr("Re-plan the rest of the week?"),
        tr("Sessions from %1 on that are not ticked or skipped will be planned afresh from your profile, what you did "
           "and how your back felt. Ticked and skipped sessions and sessions you added stay; other changes to those "
           "days "
           "are replaced, and earlier edits can no longer be undone.")
            .arg(QLocale().toString(from, tr("dddd d MMMM"))));
    if (answer == QMessageBox::Yes)
        replanFrom(from);
}

void MainWindow::replanFrom(QDate from)
{
    const QDate start = qMax(from, shownMonday());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto week = Planner(*m_db).replan(shownMonday(), start);
    QApplication::restoreOverrideCursor();
    if (!week) {
        showSaveFailed(tr("Not re-planned: %1").arg(week.message()));
        return;
    }
    m_undoStack.clear(); // as after planning: the replaced sessions' ids may be reused
    refreshWeek();
    showSaved(tr("Re-planned %1 from %2 on.")
                  .arg(IsoWeek::name(shownMonday()), QLocale().toString(start, QLocale::ShortFormat)));
}

void MainWindow::onTickToggled(qint64 id, bool checked)
{
    const auto s = m_model->sessionById(id);
    if (!s || !m_model->isEditable())
        return;
    const QModelIndex index = m_model->index(m_model->rowOf(id));
    if (!checked) {
        // Unticking asks nothing: Edit ▸ Undo brings the record back.
        if (s->completion && !s->isDone())
            m_undoStack.push(new UntickSessionCommand(*m_model, *s));
        else
            m_model->setData(index, Qt::Unchecked, Qt::CheckStateRole);
        return;
    }
    if (s->activity == Activity::Stretch)
        m_model->setData(index, Qt::Checked, Qt::CheckStateRole);
    else
        openCompletionDialog(*s);
}

void MainWindow::openCompletionDialog(const PlannedSession &session)
{
    auto *dialog = new CompletionDialog(session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto current = m_model->sessionById(dialog->session().id);
        if (current)
            m_undoStack.push(new CompleteSessionCommand(*m_model, *current, dialog->completion()));
    });
    dialog->open();
}

void MainWindow::tickOffSelected()
{
    if (const auto s = selectedSession(); s && m_model->isEditable())
        openCompletionDialog(*s);
}

void MainWindow::skipSelected()
{
    const auto s = selectedSession();
    if (!s || !m_model->isEditable())
        return;
    auto *dialog = new SkipDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (const auto current = m_model->sessionById(id))
            m_undoStack.push(new SkipSessionCommand(*m_model, *current, dialog->reason()));
    });
    dialog->open();
}

void MainWindow::untickSelected()
{
    if (const auto s = selectedSession(); s && s->completion && m_model->isEditable())
        m_undoStack.push(new UntickSessionCommand(*m_model, *s));
}

void MainWindow::editSelected()
{
    const auto s = selectedSession();
    if (!s || !m_model->isEditable())
        return;
    auto *dialog = new SessionDialog(*s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = s->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const auto before = m_model->sessionById(id);
        const PlannedSession after = dialog->session();
        if (before && !(after == *before))
            m_undoStack.push(new ChangeSessionCommand(*m_model, *before, after));
    });
    dialog->open();
}

void MainWindow::deleteSelected()
{
    if (const auto s = selectedSession(); s && m_model->isEditable()) {
        m_undoStack.push(new DeleteSessionCommand(*m_model, *s));
        statusBar()->showMessage(tr("Deleted %1. Edit ▸ Undo brings it back.").arg(s->title), 6000);
    }
}

void MainWindow::addSession()
{
    if (!m_model->isEditable())
        return;
    PlannedSession s;
    const auto selected = selectedSession();
    const QDate monday = shownMonday();
    s.date = selected ? selected->date : (m_today >= monday && m_today <= monday.addDays(6) ? m_today : monday);
    s.activity = Activity::Walk;
    s.timeOfDay = TimeOfDay::Midday;
    s.minutes = 30;
    s.rpe = 2;
    auto *dialog = new SessionDialog(s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto *command = new AddSessionCommand(*m_model, dialog->session());
        m_undoStack.push(command);
    });
    dialog->open();
}

void MainWindow::moveSelectedBy(int days)
{
    const auto s = selectedSession();
    if (!s)
        return;
    const QDate to = s->date.addDays(days);
    if (to >= shownMonday() && to <= shownMonday().addDays(6))
        onMoveRequested(s->id, to);
}

void MainWindow::onMoveRequested(qint64 id, QDate to)
{
    const auto s = m_model->sessionById(id);
    if (!s || s->date == to || !m_model->isEditable() || !to.isValid())
        return;
    m_undoStack.push(new MoveSessionCommand(*m_model, *s, to));
}

void MainWindow::savePain(const PainEntry &entry)
{
    if (!m_model->isEditable())
        return;
    auto before = LogRepository(*m_db).painOn(entry.date);
    if (!before) {
        showSaveFailed(notSavedMessage(before.message()));
        return;
    }
    const int count = m_undoStack.count();
    m_undoStack.push(new LogPainCommand(*m_model, *before, entry));
    if (m_undoStack.count() > count && entry.hasRedFlag())
        offerReplanAfterRedFlag(entry);
}

void MainWindow::offerReplanAfterRedFlag(const PainEntry &entry)
{
    const QDate thisMonday = IsoWeek::mondayOf(m_today);
    if (entry.date < m_today.addDays(-6))
        return; // an old entry: the plans it affected are over
    showWeek(m_today);
    if (!m_model->hasPlan()) {
        statusBar()->showMessage(tr("Your next plan will have no running and no strength work."), 8000);
        return;
    }
    const auto answer = MessageBox::question(this, tr("Re-plan this week?"),
        tr("%1\n\nRe-plan the rest of this week now? Ticked and skipped sessions stay.")
            .arg(TodayPanel::advice(entry.symptoms)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes && shownMonday() == thisMonday)
        replanFrom(m_today);
}

} // namespace Stridewise
