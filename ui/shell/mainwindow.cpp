#include "ui/shell/mainwindow.h"

#include "core/model/isoweek.h"
#include "core/store/database.h"
#include "ui/document/dataactions.h"
#include "ui/document/exportactions.h"
#include "ui/document/importactions.h"
#include "ui/document/planactions.h"
#include "ui/document/plandocument.h"
#include "ui/document/reminderactions.h"
#include "ui/document/settingsactions.h"
#include "ui/document/shoeactions.h"
#include "ui/document/viewactions.h"
#include "ui/log/todaypanel.h"
#include "ui/shell/settings.h"
#include "ui/week/sessionpanel.h"
#include "ui/week/weekbanner.h"
#include "ui/week/weekheader.h"
#include "ui/week/weekmodel.h"
#include "ui/week/weekview.h"
#include "ui/widgets/activitystyle.h"
#include "ui/widgets/weekpicker.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Stridewise {

MainWindow::MainWindow(std::unique_ptr<Database> db, QDate today, QWidget *parent)
    : QMainWindow(parent)
    , m_document(std::make_unique<PlanDocument>(std::move(db), today))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stridewise"));
    setWindowIcon(ActivityStyle::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);

    m_model = new WeekModel(*m_document, this);
    m_planActions = new PlanActions(*m_document, this);
    m_dataActions = new DataActions(*m_document, this);
    m_viewActions = new ViewActions(*m_document, this);
    m_reminderActions = new ReminderActions(*m_document, this);
    m_settingsActions = new SettingsActions(*m_planActions, *m_reminderActions, this);
    m_importActions = new ImportActions(*m_document, this);
    m_shoeActions = new ShoeActions(*m_document, this);
    setAcceptDrops(true);
    m_exportActions = new ExportActions(*m_document, this);
    connect(m_settingsActions, &SettingsActions::watchedFolderRequested, m_importActions->watchedFolderAction(),
        &QAction::trigger);
    connect(m_settingsActions, &SettingsActions::calendarRequested, m_exportActions->calendarSettingsAction(),
        &QAction::trigger);

    createCentralWidget();
    createDocks();
    createMenus();
    createToolBar();
    connectStatusBar();
    connect(m_document.get(), &PlanDocument::weekChanged, this, &MainWindow::updateTitle);

    resize(1180, 760);
    restoreSettings();
    if (m_document->hasDatabase() && database().isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(QDir::toNativeSeparators(database().path())));
}

MainWindow::~MainWindow()
{
    // The views and actions refer to the document: they go before it does.
    m_viewActions->closeWindows();
    delete m_viewActions;
    delete m_settingsActions;
    delete m_reminderActions;
    delete centralWidget();
    const auto docks = findChildren<QDockWidget *>();
    qDeleteAll(docks);
    delete m_planActions;
    delete m_dataActions;
    delete m_importActions;
    delete m_shoeActions;
    delete m_exportActions;
    delete m_model;
}

Database &MainWindow::database() const
{
    return m_document->database();
}

QUndoStack &MainWindow::undoStack() const
{
    return *m_document->undoStack();
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    m_header = new WeekHeader(*m_document, central);
    connect(m_header, &WeekHeader::planRequested, m_planActions, &PlanActions::planOrFillInProfile);
    m_banner = new WeekBanner(*m_document, central);
    connect(m_banner, &WeekBanner::clearanceRequested, m_planActions, &PlanActions::recordClearance);
    m_weekView = new WeekView(*m_model, *m_document, central);
    connect(m_weekView, &WeekView::tickToggled, m_planActions, &PlanActions::toggleTick);
    connect(m_weekView, &WeekView::moveRequested, m_planActions, &PlanActions::moveSession);
    connect(m_weekView, &WeekView::sessionActivated, m_planActions, &PlanActions::activate);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_weekView, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_sessionPanel = new SessionPanel(*m_document, this);
    m_sessionPanel->setActions(m_planActions->sessionActions());
    connect(m_sessionPanel, &SessionPanel::ruleLinkActivated, m_viewActions, &ViewActions::showRules);
    m_sessionDock = new QDockWidget(tr("Session"), this);
    m_sessionDock->setObjectName(QStringLiteral("sessionDockWidget"));
    m_sessionDock->setWidget(m_sessionPanel);
    m_sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_sessionDock);

    m_todayPanel = new TodayPanel(*m_document, this);
    connect(m_todayPanel, &TodayPanel::saveRequested, m_planActions, &PlanActions::logPain);
    m_todayDock = new QDockWidget(tr("Back Pain Today"), this);
    m_todayDock->setObjectName(QStringLiteral("todayDockWidget"));
    // In a scroll area, so a short window scrolls the log instead of squeezing the session above it.
    auto *todayScroll = new QScrollArea(this);
    todayScroll->setObjectName(QStringLiteral("todayScrollArea"));
    todayScroll->setWidgetResizable(true);
    todayScroll->setFrameShape(QFrame::NoFrame);
    todayScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    todayScroll->setWidget(m_todayPanel);
    m_todayDock->setWidget(todayScroll);
    m_todayDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_todayDock);
    // The whole log without scrolling; the session above gets the rest of the height. The separator between them
    // is a splitter the runner can drag, and saveState() remembers where.
    // (A line to spare: what was logged may take two once it names symptoms.)
    const int todayHeight = m_todayPanel->sizeHint().height() + m_todayPanel->fontMetrics().lineSpacing();
    todayScroll->setMinimumHeight(todayHeight);
    // Never narrower than the log's own rows, which do not scroll sideways.
    todayScroll->setMinimumWidth(m_todayPanel->minimumSizeHint().width()
        + todayScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, todayScroll));
    resizeDocks({ m_sessionDock, m_todayDock }, { 280, 280 }, Qt::Horizontal);
    resizeDocks({ m_sessionDock, m_todayDock }, { 460, todayHeight }, Qt::Vertical);
}

void MainWindow::createMenus()
{
    PlanActions &plan = *m_planActions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_importActions->importAction());
    file->addAction(m_importActions->watchedFolderAction());
    file->addSeparator();
    file->addAction(m_dataActions->backupNowAction());
    file->addAction(m_dataActions->restoreAction());
    file->addSeparator();
    file->addAction(m_exportActions->printWeekAction());
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addActions({ m_exportActions->exportCalendarAction(), m_exportActions->exportReportAction() });
    file->addActions({ m_exportActions->calendarSettingsAction(), m_exportActions->publishNowAction() });
    file->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({ plan.undoAction(), plan.redoAction() });
    edit->addSeparator();
    edit->addActions({ plan.tickOffAction(), plan.skipAction(), plan.untickAction() });
    edit->addSeparator();
    edit->addActions({ plan.editSessionAction(), plan.moveEarlierAction(), plan.moveLaterAction() });
    edit->addMenu(plan.moveToMenu());
    edit->addActions({ plan.deleteSessionAction(), plan.addSessionAction() });
    edit->addSeparator();
    edit->addActions({ plan.logPainAction(), plan.profileAction() });
    edit->addAction(m_shoeActions->shoesAction());
    edit->addSeparator();
    edit->addAction(m_settingsActions->preferencesAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions(
        { plan.previousWeekAction(), plan.nextWeekAction(), plan.thisWeekAction(), plan.goToWeekAction() });
    view->addSeparator();
    view->addActions({ m_sessionDock->toggleViewAction(), m_todayDock->toggleViewAction() });
    view->addSeparator();
    view->addAction(m_viewActions->progressAction());
    view->addAction(m_shoeActions->milesAction());

    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    planMenu->setObjectName(QStringLiteral("planMenu"));
    planMenu->addActions({ plan.planAction(), plan.replanAction() });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_viewActions->rulesAction());
    help->addAction(m_dataActions->openDemoAction());
    help->addSeparator();
    help->addAction(m_viewActions->aboutAction());
}

void MainWindow::createToolBar()
{
    PlanActions &plan = *m_planActions;
    QToolBar *bar = addToolBar(tr("Week"));
    bar->setObjectName(QStringLiteral("weekToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({ plan.previousWeekAction(), plan.thisWeekAction(), plan.nextWeekAction() });
    m_weekPicker = new WeekPicker(bar);
    connect(m_weekPicker, &WeekPicker::dateChosen, m_document.get(), &PlanDocument::showWeek);
    connect(m_document.get(), &PlanDocument::weekChanged, m_weekPicker,
        [this] { m_weekPicker->setWeek(m_document->monday()); });
    connect(&plan, &PlanActions::goToWeekRequested, m_weekPicker, &WeekPicker::startTyping);
    bar->addWidget(m_weekPicker);
    bar->addSeparator();
    bar->addActions({ plan.planAction(), plan.replanAction(), m_viewActions->progressAction() });
    bar->addSeparator();
    // "Undo" and "Redo" beside their arrows; the tooltip names the step ("Undo Tick off Easy run").
    bar->addActions({ plan.undoAction(), plan.redoAction() });
}

void MainWindow::connectStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    connect(m_document.get(), &PlanDocument::saved, this,
        [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_document.get(), &PlanDocument::saveFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    const auto show = [this](const QString &message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); };
    connect(m_planActions, &PlanActions::message, this, show);
    connect(m_dataActions, &DataActions::message, this, show);
    connect(m_reminderActions, &ReminderActions::message, this, show);
    connect(m_importActions, &ImportActions::message, this, show);
    connect(m_shoeActions, &ShoeActions::message, this, show);
    connect(m_exportActions, &ExportActions::message, this, show);
    connect(m_planActions, &PlanActions::logPainRequested, this, &MainWindow::showLogPain);
}

void MainWindow::showLogPain()
{
    m_todayDock->show();
    m_todayDock->raise();
    m_todayPanel->findChild<QSpinBox *>(QStringLiteral("painScoreSpinBox"))->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::restoreSettings()
{
    restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    QDate week = m_document->today();
    // The last-viewed week belongs to the file it was viewed in.
    if (m_document->hasDatabase()) {
        if (auto saved = IsoWeek::parse(Settings::value(Settings::Key::LastWeek, database().path()).toString()))
            week = *saved;
    }
    m_document->showWeek(week);
}

void MainWindow::saveSettings() const
{
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    if (m_document->hasDatabase())
        Settings::setValue(Settings::Key::LastWeek, IsoWeek::name(m_document->monday()), database().path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_viewActions->closeWindows();
    m_dataActions->backupOnClose();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Session cards dragged between days carry no files: the day columns take those.
    if (m_document->isEditable() && !ImportActions::localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        statusBar()->showMessage(tr("Drop to import these activities"), 3000);
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_document->isEditable() && !ImportActions::localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragMoveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = ImportActions::localPaths(event->mimeData());
    if (!m_document->isEditable() || paths.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // After the drop has finished: the file manager that dragged them must not wait for questions asked here.
    QTimer::singleShot(0, m_importActions, [this, paths] { m_importActions->importPaths(paths); });
}

void MainWindow::setDemoData(bool demo)
{
    m_demo = demo;
    m_dataActions->setDemoData(demo);
    if (demo)
        m_importActions->stopWatching(); // made-up data never takes the runner's recordings
    if (demo && !m_demoLabel) {
        m_demoLabel = new QLabel(tr("Demo data: made up, to look around. Your own data is in another file."), this);
        m_demoLabel->setObjectName(QStringLiteral("demoDataLabel"));
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    if (m_demoLabel)
        m_demoLabel->setVisible(demo);
    updateTitle();
}

void MainWindow::showDataNotice(const QString &text)
{
    if (text.isEmpty())
        return;
    delete m_dataNotice;
    m_dataNotice = new QWidget(this);
    m_dataNotice->setObjectName(QStringLiteral("dataNoticeWidget"));
    auto *label = new QLabel(text, m_dataNotice);
    label->setObjectName(QStringLiteral("dataNoticeLabel"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_dataNotice);
    dismiss->setObjectName(QStringLiteral("dismissNoticeToolButton"));
    dismiss->setText(tr("OK"));
    dismiss->setToolTip(tr("Hide this notice"));
    dismiss->setAccessibleName(tr("Hide the notice about your data files"));
    auto *layout = new QHBoxLayout(m_dataNotice);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(dismiss);
    // Stretch 1: the sentence takes the bar's free width, so it is read whole, not cut short.
    statusBar()->addWidget(m_dataNotice, 1);
    connect(dismiss, &QToolButton::clicked, this, [this] {
        statusBar()->removeWidget(m_dataNotice);
        m_dataNotice->deleteLater();
        m_dataNotice = nullptr;
    });
}

void MainWindow::updateTitle()
{
    const QString week = IsoWeek::name(m_document->monday());
    setWindowTitle(m_demo ? tr("%1 – demo data – Stridewise").arg(week) : tr("%1 – Stridewise").arg(week));
}

} // namespace Stridewise
