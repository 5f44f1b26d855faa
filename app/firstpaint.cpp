#include "app/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>

namespace Stridewise {

namespace {

/** Sees the window's first paint event and quits once that paint pass (children included) is over. */
class FirstPaintFilter : public QObject
{
public:
    explicit FirstPaintFilter(QWidget *window)
        : QObject(window)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The window paints before its children in the same pass, and the pass flushes before the event
            // loop runs again: a queued exit runs after the whole frame is drawn. exit(), not quit(): nothing is
            // closed on the way out, so no close-time work is timed.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void quitAfterFirstPaint(QWidget *window)
{
    window->installEventFilter(new FirstPaintFilter(window));
}

} // namespace Stridewise
