#include "ui/print/printcanvas.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

namespace Stridewise::Print {

QPageSize::PageSizeId pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Belize:
    case QLocale::Guatemala:
    case QLocale::Honduras:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::CostaRica:
    case QLocale::Panama:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Chile:
    case QLocale::DominicanRepublic:
    case QLocale::PuertoRico:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QPageSize::PageSizeId parsePageSize(const QString &text)
{
    if (text.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (text.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return QPageSize::Custom;
}

Canvas::Canvas(QPainter *painter, QPaintDevice *device, double scale)
    : m_painter(painter)
    , m_device(device)
    , m_dpi(device ? device->logicalDpiY() : 72)
    , m_scale(scale)
{
}

QFont Canvas::font(double points, bool bold, bool italic) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    // No ligatures: "fl" in "red-flag" stays two letters, so the PDF's text can be searched and copied.
    f.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    f.setPointSizeF(points * m_scale);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

double Canvas::textHeight(const QString &text, const QFont &font, double width, int flags) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags | Qt::AlignLeft | Qt::AlignTop, text).height();
}

double Canvas::text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags) const
{
    const double height = textHeight(text, font, rect.width(), flags);
    if (m_painter && !text.isEmpty()) {
        m_painter->save();
        m_painter->setFont(font);
        m_painter->setPen(color);
        m_painter->drawText(
            QRectF(rect.left(), rect.top(), rect.width(), std::max(height, rect.height())), flags, text);
        m_painter->restore();
    }
    return height;
}

void Canvas::tickBox(const QPointF &topLeft, double size, bool ticked) const
{
    if (!m_painter)
        return;
    const double side = mm(size);
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setPen(QPen(Qt::black, mm(0.3)));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(QRectF(topLeft, QSizeF(side, side)));
    if (ticked) {
        QPainterPath check;
        check.moveTo(topLeft + QPointF(side * 0.18, side * 0.52));
        check.lineTo(topLeft + QPointF(side * 0.42, side * 0.78));
        check.lineTo(topLeft + QPointF(side * 0.86, side * 0.2));
        m_painter->setPen(QPen(Qt::black, mm(0.45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter->drawPath(check);
    }
    m_painter->restore();
}

void Canvas::line(const QPointF &a, const QPointF &b, const QColor &color, double widthMm) const
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setPen(QPen(color, mm(widthMm)));
    m_painter->drawLine(a, b);
    m_painter->restore();
}

void Canvas::rect(const QRectF &r, const QColor &border, const QColor &fill, double widthMm) const
{
    if (!m_painter)
        return;
    m_painter->save();
    m_painter->setPen(border.alpha() == 0 ? QPen(Qt::NoPen) : QPen(border, mm(widthMm)));
    m_painter->setBrush(fill.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(fill));
    m_painter->drawRect(r);
    m_painter->restore();
}

} // namespace Stridewise::Print
