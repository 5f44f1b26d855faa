#include "ui/charts/progresswindow.h"

#include "ui/charts/progressview.h"
#include "ui/document/plandocument.h"
#include "ui/shell/settings.h"
#include "ui/widgets/activitystyle.h"

#include <QCloseEvent>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace Stridewise {

ProgressWindow::ProgressWindow(PlanDocument &document, QWidget *near)
    : QWidget(nullptr, Qt::Window)
    , m_document(document)
    , m_near(near)
{
    setObjectName(QStringLiteral("progressWindow"));
    setWindowTitle(tr("Progress – Stridewise"));
    setWindowIcon(ActivityStyle::appIcon());
    // Closing the week's window closes this one too; closing this one alone never quits.
    setAttribute(Qt::WA_QuitOnClose, false);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 6, 6, 6);
    createView();

    connect(&m_document, &PlanDocument::sessionsChanged, this, &ProgressWindow::refreshSoon);
    connect(&m_document, &PlanDocument::painChanged, this, &ProgressWindow::refreshSoon);
    connect(&m_document, &PlanDocument::todayChanged, this, [this](QDate today) {
        if (m_view)
            m_view->setToday(today);
    });
    // The view reads the file on threads of its own: it goes (and waits for them) before the file is replaced.
    connect(&m_document, &PlanDocument::databaseAboutToBeReplaced, this, &ProgressWindow::dropView);
    connect(&m_document, &PlanDocument::databaseReplaced, this, &ProgressWindow::createView);
}

ProgressWindow::~ProgressWindow() = default;

void ProgressWindow::createView()
{
    if (m_view || !m_document.hasDatabase())
        return;
    m_view = new ProgressView(m_document.database(), m_document.today(), this);
    m_layout->addWidget(m_view);
    m_stale = false;
}

void ProgressWindow::dropView()
{
    delete m_view;
    m_view = nullptr;
}

void ProgressWindow::refreshSoon()
{
    // One reading for a burst of changes (a re-plan changes many sessions at once), and none while hidden.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_view)
            m_view->refresh();
    });
}

void ProgressWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_view) {
        m_stale = false;
        m_view->refresh();
    }
}

void ProgressWindow::closeEvent(QCloseEvent *event)
{
    Settings::setValue(Settings::Key::ProgressGeometry, saveGeometry());
    QWidget::closeEvent(event);
}

void ProgressWindow::placeFirstTime()
{
    if (m_placed)
        return;
    m_placed = true;
    if (restoreGeometry(Settings::value(Settings::Key::ProgressGeometry).toByteArray()))
        return;
    // Room for the chart, never more than the screen: 1000 × 680 where it fits, centred on the week's window.
    QScreen *screen = m_near ? m_near->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const QSize size(qMin(1000, available.width() * 9 / 10), qMin(680, available.height() * 9 / 10));
    resize(size);
    const QPoint centre = m_near ? m_near->frameGeometry().center() : available.center();
    QRect frame(QPoint(0, 0), size);
    frame.moveCenter(centre);
    frame.moveLeft(qBound(available.left(), frame.left(), available.right() - size.width()));
    frame.moveTop(qBound(available.top(), frame.top(), available.bottom() - size.height()));
    move(frame.topLeft());
}

void ProgressWindow::showAndRaise()
{
    placeFirstTime();
    show();
    raise();
    activateWindow();
}

} // namespace Stridewise
