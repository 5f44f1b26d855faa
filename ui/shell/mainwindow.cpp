#include "ui/shell/mainwindow.h"

#include "core/model/isoweek.h"
#include "core/model/names.h"
#include "core/plan/rules.h"
#include "core/service/planner.h"
#include "core/store/database.h"
#include "core/store/logrepository.h"
#include "core/store/profilerepository.h"
#include "ui/charts/progressview.h"
#include "ui/log/todaypanel.h"
#include "ui/shell/prompt.h"
#include "ui/shell/rulesdialog.h"
#include "ui/week/sessionpanel.h"
#include "ui/week/weekbanner.h"
#include "ui/week/weekmodel.h"
#include "ui/week/weekview.h"
#include "ui/widgets/activitystyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace Stridewise {

MainWindow::MainWindow(std::unique_ptr<Database> db, QDate today, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stridewise"));
    setWindowIcon(ActivityStyle::appIcon());
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);
    m_undoStack.setObjectName(QStringLiteral("undoStack"));

    m_model = new WeekModel(*m_db, this);
    m_model->setUndoStack(&m_undoStack);
    connect(m_model, &WeekModel::saved, this, &MainWindow::showSaved);
    connect(m_model, &WeekModel::saveFailed, this, &MainWindow::showSaveFailed);
    connect(m_model, &WeekModel::painChanged, this, [this](QDate date) {
        if (m_todayPanel->date() == date)
            m_todayPanel->reload();
        updateBanner();
    });

    createActions();
    createDataActions();
    // Every saved tick, skip or pain log changes what the chart shows.
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::refreshProgress);
    createCentralWidget();
    createDocks();
    createMenus();
    createToolBar();
    // The Progress view is ours by default; tests may swap in another widget through the same hook.
    setProgressViewFactory([](Database &database, QDate day, QWidget *dock) -> QWidget * {
        return new ProgressView(database, day, dock);
    });
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connect(m_model, &WeekModel::weekLoaded, this, [this] {
        updateTitle();
        updateBanner();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);

    resize(1180, 760);
    restoreSettings();
    if (m_db->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(QDir::toNativeSeparators(m_db->path())));
}

MainWindow::~MainWindow() = default;

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    m_titleLabel = new QLabel(central);
    m_titleLabel->setObjectName(QStringLiteral("weekTitleLabel"));
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_summaryLabel = new QLabel(central);
    m_summaryLabel->setObjectName(QStringLiteral("weekSummaryLabel"));
    QPalette muted = m_summaryLabel->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_summaryLabel->setPalette(muted);
    m_planButton = new QPushButton(central);
    m_planButton->setObjectName(QStringLiteral("planPushButton"));
    // Without a profile there is nothing to plan from: the same button asks for the profile first.
    connect(m_planButton, &QPushButton::clicked, this, [this] { hasProfile() ? planThisWeek() : editProfile(); });
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_summaryLabel);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 0);
    header->addLayout(titles, 1);
    header->addWidget(m_planButton, 0, Qt::AlignVCenter);

    m_banner = new WeekBanner(central);
    m_weekView = new WeekView(*m_model, central);
    m_weekView->setToday(m_today);
    connect(m_weekView, &WeekView::sessionSelected, this, &MainWindow::onSessionSelected);
    connect(m_weekView, &WeekView::tickToggled, this, &MainWindow::onTickToggled);
    connect(m_weekView, &WeekView::moveRequested, this, &MainWindow::onMoveRequested);
    connect(m_weekView, &WeekView::sessionActivated, this, [this](qint64 id) {
        const auto s = m_model->sessionById(id);
        if (s && !s->completion && m_model->isEditable())
            openCompletionDialog(*s);
    });

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addWidget(m_weekView, 1);
    setCentralWidget(central);
}

void MainWindow::createDocks()
{
    m_sessionPanel = new SessionPanel(this);
    m_sessionPanel->setActions({ m_tickAction, m_skipAction, m_untickAction, m_editAction, m_deleteAction });
    connect(m_sessionPanel, &SessionPanel::ruleLinkActivated, this, &MainWindow::showRules);
    m_sessionDock = new QDockWidget(tr("Session"), this);
    m_sessionDock->setObjectName(QStringLiteral("sessionDockWidget"));
    m_sessionDock->setWidget(m_sessionPanel);
    m_sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_sessionDock);

    m_todayPanel = new TodayPanel(*m_db, m_today, this);
    m_todayPanel->setEditable(m_model->isEditable());
    connect(m_todayPanel, &TodayPanel::saveRequested, this, &MainWindow::savePain);
    m_todayDock = new QDockWidget(tr("Back Pain Today"), this);
    m_todayDock->setObjectName(QStringLiteral("todayDockWidget"));
    // In a scroll area, so a short window scrolls the panel instead of squeezing its text.
    auto *todayScroll = new QScrollArea(this);
    todayScroll->setObjectName(QStringLiteral("todayScrollArea"));
    todayScroll->setWidgetResizable(true);
    todayScroll->setFrameShape(QFrame::NoFrame);
    todayScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    todayScroll->setWidget(m_todayPanel);
    // Tall enough for the score, all seven symptoms and the red-flag advice at 1024×700 without scrolling.
    todayScroll->setMinimumHeight(qMin(m_todayPanel->sizeHint().height() + 30, 400));
    m_todayDock->setWidget(todayScroll);
    m_todayDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_todayDock);
    resizeDocks({ m_sessionDock, m_todayDock }, { 270, 270 }, Qt::Horizontal);
    resizeDocks({ m_sessionDock, m_todayDock }, { 420, 330 }, Qt::Vertical);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    QDate week = m_today;
    // The last-viewed week belongs to the file it was viewed in.
    if (settings.value(QStringLiteral("window/lastDatabase")).toString() == m_db->path()) {
        if (auto saved = IsoWeek::parse(settings.value(QStringLiteral("window/lastWeek")).toString()))
            week = *saved;
    }
    showWeek(week);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_db)
        settings.setValue(QStringLiteral("window/lastDatabase"), m_db->path());
    settings.setValue(QStringLiteral("window/lastWeek"), IsoWeek::name(shownMonday()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    backupOnClose();
    QMainWindow::closeEvent(event);
}

void MainWindow::setToday(QDate today)
{
    m_today = today;
    m_weekView->setToday(today);
    m_todayPanel->setToday(today);
    updateTitle();
    updateBanner();
}

QDate MainWindow::shownMonday() const
{
    return m_model->monday();
}

void MainWindow::showWeek(QDate day)
{
    const QDate monday = IsoWeek::mondayOf(day);
    if (const Result<void> loaded = m_model->load(monday); !loaded)
        showSaveFailed(tr("Could not read %1: %2").arg(IsoWeek::name(monday), loaded.message()));
    if (m_weekPicker && IsoWeek::mondayOf(m_weekPicker->date()) != monday) {
        const QSignalBlocker block(m_weekPicker);
        m_weekPicker->setDate(monday);
    }
}

void MainWindow::previousWeek()
{
    showWeek(shownMonday().addDays(-7));
}

void MainWindow::nextWeek()
{
    showWeek(shownMonday().addDays(7));
}

void MainWindow::thisWeek()
{
    showWeek(m_today);
}

bool MainWindow::hasProfile() const
{
    auto profile = ProfileRepository(*m_db).load();
    return profile && profile->has_value();
}

void MainWindow::refreshWeek()
{
    const qint64 selected = m_weekView->selectedSessionId();
    showWeek(shownMonday());
    m_weekView->selectSession(m_model->rowOf(selected) >= 0 ? selected : 0);
}

void MainWindow::updateTitle()
{
    const QDate monday = shownMonday();
    const QDate sunday = monday.addDays(6);
    const QLocale locale;
    QString range = monday.month() == sunday.month()
        ? tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, tr("d MMMM yyyy")))
        : tr("%1 – %2").arg(locale.toString(monday, tr("d MMM")), locale.toString(sunday, tr("d MMM yyyy")));
    const qint64 weeksAway = IsoWeek::mondayOf(m_today).daysTo(monday) / 7;
    QString when;
    if (weeksAway == 0)
        when = tr("This week");
    else if (weeksAway == 1)
        when = tr("Next week");
    else if (weeksAway == -1)
        when = tr("Last week");
    m_titleLabel->setText(when.isEmpty() ? tr("Week %1 · %2").arg(monday.weekNumber()).arg(range)
                                         : tr("%1 · week %2 · %3").arg(when).arg(monday.weekNumber()).arg(range));
    m_titleLabel->setAccessibleName(m_titleLabel->text());

    int planned = 0;
    int done = 0;
    int runPlanned = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const PlannedSession &s = m_model->session(row);
        if (s.activity == Activity::Stretch)
            continue;
        ++planned;
        done += s.isDone() ? 1 : 0;
        if (s.activity == Activity::Run)
            runPlanned += s.minutes;
    }
    if (!m_model->hasPlan()) {
        m_summaryLabel->setText(
            hasProfile() ? tr("No plan for this week yet.") : tr("Fill in your profile to get a plan."));
    } else {
        m_summaryLabel->setText(tr("%1 of %2 sessions done · %3 of running planned")
                                    .arg(done)
                                    .arg(planned)
                                    .arg(ActivityStyle::minutes(runPlanned)));
    }
    setWindowTitle(m_demo ? tr("%1 – demo data – Stridewise").arg(IsoWeek::name(monday))
                          : tr("%1 – Stridewise").arg(IsoWeek::name(monday)));
}

void MainWindow::updateActions()
{
    const bool editable = m_model->isEditable();
    const auto s = selectedSession();
    const bool planned = m_model->hasPlan();
    const bool profile = hasProfile();
    m_planAction->setEnabled(editable && !planned && profile);
    m_replanAction->setEnabled(editable && planned && profile);
    m_tickAction->setEnabled(editable && s && !s->isDone());
    m_skipAction->setEnabled(editable && s && !s->completion);
    m_untickAction->setEnabled(editable && s && s->completion);
    m_editAction->setEnabled(editable && s);
    m_deleteAction->setEnabled(editable && s);
    m_moveEarlierAction->setEnabled(editable && s && s->date > shownMonday());
    m_moveLaterAction->setEnabled(editable && s && s->date < shownMonday().addDays(6));
    m_moveToMenu->setEnabled(editable && s);
    m_addAction->setEnabled(editable);
    m_profileAction->setEnabled(editable);
    m_logPainAction->setEnabled(editable);
    // A backup only reads, so it works read-only; a restore replaces the file, so it needs write access.
    m_backupNowAction->setEnabled(m_db != nullptr);
    m_restoreAction->setEnabled(m_db && !m_db->isReadOnly());
    m_undoStack.setActive(true);
    if (!editable) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
    m_planButton->setVisible(editable && !planned);
    m_planButton->setText(profile ? tr("Plan this week") : tr("Fill in your profile…"));
    m_planButton->setEnabled(editable);
}

void MainWindow::updateBanner()
{
    QList<WeekBanner::Message> messages;
    if (m_db->isReadOnly()) {
        const QString reason = m_db->readOnlyReason();
        messages << WeekBanner::Message{ WeekBanner::Level::ReadOnly,
            reason.isEmpty() ? tr("This file is open read-only, so nothing can be changed or saved: %1")
                                   .arg(QDir::toNativeSeparators(m_db->path()))
                             : tr("This file is open read-only because %1, so nothing can be changed or saved: %2")
                                   .arg(reason, QDir::toNativeSeparators(m_db->path())) };
    }
    if (!m_lastFailure.isEmpty())
        messages << WeekBanner::Message{ WeekBanner::Level::SaveFailed, m_lastFailure };

    // Red flags logged in the week before this one or during it (up to today) govern this week.
    const QDate monday = shownMonday();
    const QDate last = qMin(monday.addDays(6), m_today);
    bool redFlagShown = false;
    if (last >= monday.addDays(-7)) {
        auto entries = LogRepository(*m_db).painBetween(monday.addDays(-7), last);
        if (entries) {
            for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
                if (!it->hasRedFlag())
                    continue;
                QStringList names;
                for (Symptom symptom : it->symptoms)
                    names << Labels::symptom(symptom).toLower();
                messages << WeekBanner::Message{ it->hasUrgentRedFlag() ? WeekBanner::Level::Urgent
                                                                        : WeekBanner::Level::RedFlag,
                    tr("Red flag on %1: %2. %3")
                        .arg(QLocale().toString(it->date, tr("dddd d MMM")), names.join(QStringLiteral(", ")),
                            TodayPanel::advice(it->symptoms)) };
                redFlagShown = true;
                break; // the latest entry says what to do now
            }
        }
    }
    if (const auto &week = m_model->week()) {
        if (week->redFlag && !redFlagShown) {
            messages << WeekBanner::Message{ week->urgent ? WeekBanner::Level::Urgent : WeekBanner::Level::RedFlag,
                TodayPanel::advice({ week->urgent ? Symptom::BladderBowel : Symptom::LegPain }) };
        }
        for (const Adaptation &a : week->adaptations) {
            const bool red = a.rule.startsWith(QLatin1String("red-flag"));
            messages << WeekBanner::Message{ red ? WeekBanner::Level::RedFlag : WeekBanner::Level::Adaptation,
                a.message };
        }
        for (const QString &text : week->unsatisfied)
            messages << WeekBanner::Message{ WeekBanner::Level::NotFitted, text };
    }
    m_banner->setMessages(messages);
}

void MainWindow::showSaved(const QString &message)
{
    if (!m_lastFailure.isEmpty()) {
        m_lastFailure.clear();
        updateBanner();
    }
    statusBar()->showMessage(message, 6000);
    updateTitle();
}

void MainWindow::showSaveFailed(const QString &message)
{
    m_lastFailure = message;
    statusBar()->showMessage(message);
    updateBanner();
}

std::optional<PlannedSession> MainWindow::selectedSession() const
{
    return m_model->sessionById(m_weekView->selectedSessionId());
}

void MainWindow::onSessionSelected(qint64)
{
    m_sessionPanel->setSession(selectedSession());
    updateActions();
}

void MainWindow::showRules(const QString &ruleId)
{
    auto *dialog = findChild<RulesDialog *>(QStringLiteral("rulesDialog"));
    if (!dialog)
        dialog = new RulesDialog(this);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    if (!ruleId.isEmpty())
        dialog->showRule(ruleId);
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About Stridewise"),
        tr("Stridewise %1\n\nWeekly running plans that look after your back: runs, low-impact "
           "sessions, core strength and daily hamstring stretches, adapted to what you did and "
           "how your back felt.\n\n%2")
            .arg(QCoreApplication::applicationVersion(), safetyNote()));
}

void MainWindow::setProgressViewFactory(ProgressViewFactory factory)
{
    m_progressFactory = std::move(factory);
    if (!m_progressAction && m_progressFactory) {
        m_progressAction = new QAction(tr("P&rogress"), this);
        m_progressAction->setObjectName(QStringLiteral("progressAction"));
        m_progressAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        connect(m_progressAction, &QAction::triggered, this, &MainWindow::showProgress);
        m_progressAction->setToolTip(tr("Back pain against training load (Ctrl+R)"));
        m_viewMenu->addSeparator();
        m_viewMenu->addAction(m_progressAction);
        // On the toolbar right after Re-plan: the chart is one of the things runners come for.
        if (auto *bar = findChild<QToolBar *>(QStringLiteral("weekToolBar"))) {
            const QList<QAction *> actions = bar->actions();
            const qsizetype at = actions.indexOf(m_replanAction);
            bar->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr, m_progressAction);
        }
    }
}

void MainWindow::refreshProgress()
{
    if (!m_progressDock)
        return;
    if (auto *view = qobject_cast<ProgressView *>(m_progressDock->widget()))
        view->refresh();
}

void MainWindow::showProgress()
{
    if (!m_progressFactory)
        return;
    if (!m_progressDock) {
        m_progressDock = new QDockWidget(tr("Progress"), this);
        m_progressDock->setObjectName(QStringLiteral("progressDockWidget"));
        m_progressDock->setWidget(m_progressFactory(*m_db, m_today, m_progressDock));
        addDockWidget(Qt::BottomDockWidgetArea, m_progressDock);
        // A chart needs room: it opens as its own window, which the runner can dock if they like.
        m_progressDock->setFloating(true);
        m_progressDock->resize(1000, 640);
    }
    m_progressDock->show();
    m_progressDock->raise();
}

} // namespace Stridewise
