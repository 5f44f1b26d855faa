#pragma once

#include "core/model/week.h"
#include "core/result.h"

#include <QLocale>
#include <QPageSize>
#include <QRectF>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace Stridewise {

/**
 * The printed week for the fridge (issue 13): one landscape page, days as columns, each session with a tick box,
 * its minutes, target effort, structure and exercises, the twice-daily hamstring stretch as two boxes a day, a
 * line to write the day's back pain on, and the statement that Stridewise does not replace a clinician.
 * Vector drawing with QPainter, so QPdfWriter, a QPrinter (QPrintDialog) or a print preview can drive it.
 * Text shrinks (down to about 60 %) until the busiest day fits; below that the structure is cut to one line a step.
 */
class WeekPrinter
{
public:
    explicit WeekPrinter(Week week, QLocale locale = QLocale())
        : m_week(std::move(week))
        , m_locale(std::move(locale))
    {
    }

    /**
     * Paints the week on painter, active on device, inside page (device units, usually the device's paint rect
     * from its page layout). For a print preview's or QPrinter's painter as well as QPdfWriter's.
     */
    void paint(QPainter &painter, QPaintDevice *device, const QRectF &page) const;

    /**
     * Sets device up (page size, landscape, 10 mm margins) and paints one page on it. A Storage error when
     * painting cannot start on the device (for instance an unwritable file behind a QPdfWriter).
     */
    Result<void> print(QPagedPaintDevice &device, QPageSize::PageSizeId pageSize) const;

    /** The text scale the week was fitted at by the last paint() (1 = full size), for tests. */
    double fittedScale() const { return m_fittedScale; }

private:
    Week m_week;
    QLocale m_locale;
    mutable double m_fittedScale = 1.0;
};

} // namespace Stridewise
