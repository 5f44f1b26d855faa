#pragma once

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QLocale;
class QPagedPaintDevice;
class QPainter;

namespace Stridewise::Print {

/** Letter in the countries that use it (United States, Canada, Mexico, much of Central and South America, the
 * Philippines), A4 everywhere else. */
QPageSize::PageSizeId pageSizeFor(const QLocale &locale);

/** "a4" or "letter" (any case) as a page size; nullopt-like QPageSize::Custom for anything else. */
QPageSize::PageSizeId parsePageSize(const QString &text);

/**
 * Drawing on paper in millimetres and points, whatever the device's resolution (QPdfWriter, QPrinter, or a
 * preview's QPicture): every length goes through mm(), every font through font(), so the same code measures and
 * paints. A canvas in measuring mode (painter null) paints nothing and only answers heights.
 */
class Canvas
{
public:
    Canvas(QPainter *painter, QPaintDevice *device, double scale = 1.0);

    QPainter *painter() const { return m_painter; }
    bool isMeasuring() const { return m_painter == nullptr; }
    /** Device units for a length in millimetres. */
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    /** The sans-serif print font at size points × the canvas's scale. */
    QFont font(double points, bool bold = false, bool italic = false) const;
    double scale() const { return m_scale; }

    /** Height text needs in width with wrapping. */
    double textHeight(const QString &text, const QFont &font, double width, int flags = Qt::TextWordWrap) const;
    /** Draws text wrapped into rect's width from its top; returns the height used. */
    double text(const QRectF &rect,
        const QString &text,
        const QFont &font,
        const QColor &color = Qt::black,
        int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap) const;
    /** A tick box of side size (mm) at topLeft, ticked with a drawn check mark when ticked. */
    void tickBox(const QPointF &topLeft, double size, bool ticked) const;
    void line(const QPointF &a, const QPointF &b, const QColor &color, double widthMm = 0.2) const;
    void rect(
        const QRectF &rect, const QColor &border, const QColor &fill = Qt::transparent, double widthMm = 0.25) const;

private:
    QPainter *m_painter = nullptr;
    QPaintDevice *m_device = nullptr;
    double m_dpi = 72;
    double m_scale = 1.0;
};

/** Grey for secondary text and rules on paper. */
inline QColor muted()
{
    return QColor(0x55, 0x55, 0x55);
}

} // namespace Stridewise::Print
