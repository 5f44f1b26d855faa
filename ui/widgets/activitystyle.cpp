#include "ui/widgets/activitystyle.h"

#include "core/model/names.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyle>
#include <QStyleOption>

namespace Stridewise::ActivityStyle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::ActivityStyle", text);
}

/** Draws a glyph in a 24×24 box; the caller scales. */
void drawGlyph(QPainter &p, Activity activity)
{
    QPen pen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (activity) {
    case Activity::Run:
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(14.5, 5), 2.1, 2.1);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF{ { 13.5, 8.5 }, { 11, 13.5 } });
        p.drawPolyline(QPolygonF{ { 11, 13.5 }, { 14, 16 }, { 13, 20.5 } });
        p.drawPolyline(QPolygonF{ { 11, 13.5 }, { 8, 17 }, { 5, 16.5 } });
        p.drawPolyline(QPolygonF{ { 7.5, 10 }, { 10, 8.5 }, { 13.5, 8.5 }, { 16, 11 }, { 18.5, 11 } });
        break;
    case Activity::Walk:
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(12.5, 4.8), 2.1, 2.1);
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(12.3, 8.5), QPointF(11.8, 14));
        p.drawPolyline(QPolygonF{ { 11.8, 14 }, { 14, 17 }, { 14.5, 20.5 } });
        p.drawPolyline(QPolygonF{ { 11.8, 14 }, { 10, 20.5 } });
        p.drawPolyline(QPolygonF{ { 9, 13 }, { 12.2, 9 }, { 15, 12.5 } });
        break;
    case Activity::Cycle:
        p.drawEllipse(QPointF(6.5, 15.5), 4, 4);
        p.drawEllipse(QPointF(17.5, 15.5), 4, 4);
        p.drawPolyline(QPolygonF{ { 6.5, 15.5 }, { 10.5, 9 }, { 15, 9 }, { 17.5, 15.5 } });
        p.drawPolyline(QPolygonF{ { 10.5, 9 }, { 12, 15.5 }, { 15, 9 } });
        p.drawLine(QPointF(9, 6.5), QPointF(11.5, 6.5));
        break;
    case Activity::Swim: {
        for (double y : { 11.0, 16.0 }) {
            QPainterPath wave(QPointF(3, y));
            wave.cubicTo(QPointF(6, y - 3), QPointF(8, y + 3), QPointF(11, y));
            wave.cubicTo(QPointF(14, y - 3), QPointF(16, y + 3), QPointF(21, y));
            p.drawPath(wave);
        }
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(16.5, 6), 2, 2);
        break;
    }
    case Activity::Strength:
        p.drawLine(QPointF(6, 12), QPointF(18, 12));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(4, 7.5, 3, 9), 1, 1);
        p.drawRoundedRect(QRectF(17, 7.5, 3, 9), 1, 1);
        p.drawRoundedRect(QRectF(2, 9.5, 1.5, 5), 0.5, 0.5);
        p.drawRoundedRect(QRectF(20.5, 9.5, 1.5, 5), 0.5, 0.5);
        break;
    case Activity::Stretch:
        // Lying on the back with one straight leg raised: the supine straight-leg raise.
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(4.5, 16.5), 2, 2);
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(7, 17), QPointF(14, 17));
        p.drawLine(QPointF(14, 17), QPointF(21, 17));
        p.drawLine(QPointF(14, 17), QPointF(18.5, 6));
        p.drawLine(QPointF(9, 16), QPointF(16.5, 9));
        break;
    }
}

/**
 * An icon drawn for whatever size and device pixel ratio is asked, so it stays sharp on high-DPI screens.
 * Subclasses only paint.
 */
class DrawnIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        // The same glyph at the same size is drawn once per process: a week shows a dozen of each (issue 15).
        const QString look = lookKey(mode);
        const QString cacheKey = look.isEmpty()
            ? QString()
            : QStringLiteral("%1/%2x%3@%4").arg(look).arg(size.width()).arg(size.height()).arg(scale);
        static QHash<QString, QPixmap> s_drawn;
        if (const auto it = s_drawn.constFind(cacheKey); !cacheKey.isEmpty() && it != s_drawn.cend())
            return *it;
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            paint(&p, QRect(QPoint(0, 0), size), mode, state);
        }
        if (!cacheKey.isEmpty()) {
            if (s_drawn.size() > 512)
                s_drawn.clear();
            s_drawn.insert(cacheKey, pm);
        }
        return pm;
    }

protected:
    /** Everything the drawing depends on besides size and scale, or empty when it must be drawn every time. */
    virtual QString lookKey(QIcon::Mode) const { return {}; }
};

/** A white glyph on a rounded square of the activity's colour. */
class GlyphIconEngine : public DrawnIconEngine
{
public:
    GlyphIconEngine(QColor color, std::optional<Activity> activity)
        : m_color(color)
        , m_activity(activity)
    {
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = m_color;
        if (mode == QIcon::Disabled)
            fill.setAlpha(110);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
        painter->drawRoundedRect(box, side * 0.22, side * 0.22);
        painter->translate(box.topLeft());
        painter->scale(side / 24.0, side / 24.0);
        if (m_activity) {
            drawGlyph(*painter, *m_activity);
        } else {
            drawGlyph(*painter, Activity::Run);
        }
        painter->restore();
    }
    QIconEngine *clone() const override { return new GlyphIconEngine(m_color, m_activity); }

protected:
    QString lookKey(QIcon::Mode mode) const override
    {
        return QStringLiteral("glyph/%1/%2/%3")
            .arg(m_color.rgba())
            .arg(m_activity ? static_cast<int>(*m_activity) : -1)
            .arg(mode == QIcon::Disabled ? 1 : 0);
    }

private:
    QColor m_color;
    std::optional<Activity> m_activity;
};

/** The toolbar's own glyphs, drawn in the palette's button text colour at the time they are drawn. */
enum class InkGlyph
{
    Undo,
    Redo,
    Progress,
    Previous,
    Next,
    Replan,
    Tick,
    Skip,
    Untick,
    Delete,
    Backup,
};

/** A filled arrow head at tip, pointing along angle (degrees, 0 = right, counter-clockwise as on paper). */
void arrowHead(QPainter &p, QPointF tip, qreal angle, qreal size, const QColor &ink)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.translate(tip);
    p.rotate(-angle);
    p.drawPolygon(QPolygonF{ { 0, 0 }, { -size, -size * 0.75 }, { -size, size * 0.75 } });
    p.restore();
}

void drawInk(QPainter &p, InkGlyph glyph, const QColor &ink)
{
    p.setPen(QPen(ink, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case InkGlyph::Redo:
        p.translate(24, 0);
        p.scale(-1, 1);
        [[fallthrough]];
    case InkGlyph::Undo: {
        // A curved arrow back (mirrored for redo): unlike the straight arrows of week navigation.
        QPainterPath hook(QPointF(18.5, 18));
        hook.cubicTo(QPointF(20.5, 12), QPointF(16.5, 8), QPointF(11, 8));
        hook.lineTo(QPointF(6.5, 8));
        p.drawPath(hook);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPolygon(QPolygonF{ { 2.5, 8 }, { 8.5, 3 }, { 8.5, 13 } });
        break;
    }
    case InkGlyph::Progress:
        // Bars of load with a line of pain over them, as the Progress chart draws them.
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRect(QRectF(3, 14, 4, 7));
        p.drawRect(QRectF(10, 10, 4, 11));
        p.drawRect(QRectF(17, 16, 4, 5));
        p.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF{ { 3, 9 }, { 10, 4 }, { 15, 7 }, { 21, 3 } });
        break;
    case InkGlyph::Next:
        p.translate(24, 0);
        p.scale(-1, 1);
        [[fallthrough]];
    case InkGlyph::Previous:
        p.drawLine(QPointF(20, 12), QPointF(8, 12));
        arrowHead(p, QPointF(3, 12), 180, 7, ink);
        break;
    case InkGlyph::Replan: {
        // Most of a circle, clockwise, with its head at the top: "again, from here".
        QPainterPath arc;
        arc.arcMoveTo(QRectF(4, 4, 16, 16), 60);
        arc.arcTo(QRectF(4, 4, 16, 16), 60, 270);
        p.drawPath(arc);
        arrowHead(p, QPointF(17.5, 4.2), 10, 5.5, ink);
        break;
    }
    case InkGlyph::Tick:
        p.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{ { 4, 12.5 }, { 9.5, 18 }, { 20, 6 } });
        break;
    case InkGlyph::Skip:
        p.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(6, 6), QPointF(18, 18));
        p.drawLine(QPointF(18, 6), QPointF(6, 18));
        break;
    case InkGlyph::Untick: {
        p.drawPolyline(QPolygonF{ { 9, 9.5 }, { 12.5, 13 }, { 20, 4.5 } });
        QPainterPath back(QPointF(20, 14));
        back.cubicTo(QPointF(20, 20), QPointF(12, 22), QPointF(7.5, 18.5));
        p.drawPath(back);
        arrowHead(p, QPointF(3.5, 15), 140, 5.5, ink);
        break;
    }
    case InkGlyph::Delete:
        p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
        p.drawPolyline(QPolygonF{ { 9, 6.5 }, { 9.5, 3.5 }, { 14.5, 3.5 }, { 15, 6.5 } });
        p.drawPolyline(QPolygonF{ { 6, 6.5 }, { 7.2, 20.5 }, { 16.8, 20.5 }, { 18, 6.5 } });
        p.drawLine(QPointF(10.5, 10), QPointF(10.7, 17));
        p.drawLine(QPointF(13.5, 10), QPointF(13.3, 17));
        break;
    case InkGlyph::Backup:
        p.drawLine(QPointF(12, 3), QPointF(12, 12));
        arrowHead(p, QPointF(12, 16.5), -90, 6, ink);
        p.drawPolyline(QPolygonF{ { 3.5, 14 }, { 3.5, 20.5 }, { 20.5, 20.5 }, { 20.5, 14 } });
        break;
    }
}

class InkIconEngine : public DrawnIconEngine
{
public:
    explicit InkIconEngine(InkGlyph glyph)
        : m_glyph(glyph)
    {
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor ink = QGuiApplication::palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2);
        painter->scale(side / 24.0, side / 24.0);
        drawInk(*painter, m_glyph, ink);
        painter->restore();
    }
    QIconEngine *clone() const override { return new InkIconEngine(m_glyph); }

protected:
    QString lookKey(QIcon::Mode mode) const override
    {
        // The ink is the palette's at the time: a palette switch draws anew.
        const QColor ink = QGuiApplication::palette().color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        return QStringLiteral("ink/%1/%2").arg(static_cast<int>(m_glyph)).arg(ink.rgba());
    }

private:
    InkGlyph m_glyph;
};

} // namespace

QColor color(Activity activity)
{
    switch (activity) {
    case Activity::Run:
        return QColor(0xD9, 0x4F, 0x2B);
    case Activity::Walk:
        return QColor(0x3D, 0x8B, 0x5A);
    case Activity::Cycle:
        return QColor(0x2B, 0x6C, 0xB0);
    case Activity::Swim:
        return QColor(0x13, 0x8D, 0x9C);
    case Activity::Strength:
        return QColor(0x7E, 0x57, 0xC2);
    case Activity::Stretch:
        return QColor(0xC2, 0x85, 0x0C);
    }
    return Qt::gray;
}

QIcon icon(Activity activity)
{
    return QIcon(new GlyphIconEngine(color(activity), activity));
}

namespace {

/**
 * Square PNGs of known sizes, each decoded only when a pixmap near its size is first asked for. QIcon::addFile decodes
 * every file at once (Qt 6.4), which cost a start a tenth of its time for icons mostly never drawn at that size.
 */
class SizedFilesIconEngine : public QIconEngine
{
public:
    explicit SizedFilesIconEngine(QList<std::pair<int, QString>> files)
        : m_files(std::move(files))
    {
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize want = size * scale;
        QImage image = imageFor(std::max(want.width(), want.height()));
        if (image.isNull())
            return {};
        if (image.size() != want)
            image = image.scaled(want, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPixmap pm = QPixmap::fromImage(image);
        if (mode == QIcon::Disabled) {
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            if (QStyle *style = QApplication::style())
                pm = style->generatedIconPixmap(mode, pm, &option);
        }
        pm.setDevicePixelRatio(scale);
        return pm;
    }
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({ size.width(), size.height(), m_files.isEmpty() ? 0 : m_files.last().first });
        return QSize(side, side);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const auto &[side, file] : m_files)
            sizes.append(QSize(side, side));
        return sizes;
    }
    QIconEngine *clone() const override { return new SizedFilesIconEngine(m_files); }

private:
    /** The smallest file at least side pixels wide (else the largest), decoded once. */
    QImage imageFor(int side)
    {
        qsizetype at = m_files.size() - 1;
        for (qsizetype i = 0; i < m_files.size(); ++i) {
            if (m_files.at(i).first >= side) {
                at = i;
                break;
            }
        }
        if (at < 0)
            return {};
        if (!m_decoded.contains(at))
            m_decoded.insert(at, QImage(m_files.at(at).second));
        return m_decoded.value(at);
    }

    QList<std::pair<int, QString>> m_files; ///< (side, file), smallest first
    QHash<qsizetype, QImage> m_decoded;
};

} // namespace

QIcon appIcon()
{
    // The compiled-in PNGs (resources/stridewise.qrc) when present; the same drawing otherwise.
    QList<std::pair<int, QString>> files;
    for (int size : { 32, 64, 256 }) {
        const QString file = QStringLiteral(":/icons/stridewise-%1.png").arg(size);
        if (QFile::exists(file))
            files.append({ size, file });
    }
    if (files.isEmpty())
        return QIcon(new GlyphIconEngine(QColor(0x2B, 0x6C, 0xB0), std::nullopt));
    return QIcon(new SizedFilesIconEngine(std::move(files)));
}

QIcon todayIcon()
{
    QPixmap pm(QSize(64, 64));
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0x45, 0x5A, 0x64), 4));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(8, 12, 48, 44), 6, 6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xC6, 0x28, 0x28));
    p.drawRoundedRect(QRectF(8, 12, 48, 13), 4, 4);
    p.setBrush(QColor(0x2B, 0x6C, 0xB0));
    p.drawEllipse(QPointF(32, 40), 8, 8);
    return QIcon(pm);
}

QIcon undoIcon()
{
    return QIcon(new InkIconEngine(InkGlyph::Undo));
}

QIcon redoIcon()
{
    return QIcon(new InkIconEngine(InkGlyph::Redo));
}

QIcon progressIcon()
{
    return QIcon(new InkIconEngine(InkGlyph::Progress));
}

QIcon glyphIcon(Glyph glyph)
{
    switch (glyph) {
    case Glyph::PreviousWeek:
        return QIcon(new InkIconEngine(InkGlyph::Previous));
    case Glyph::NextWeek:
        return QIcon(new InkIconEngine(InkGlyph::Next));
    case Glyph::Replan:
        return QIcon(new InkIconEngine(InkGlyph::Replan));
    case Glyph::TickOff:
        return QIcon(new InkIconEngine(InkGlyph::Tick));
    case Glyph::Skip:
        return QIcon(new InkIconEngine(InkGlyph::Skip));
    case Glyph::Untick:
        return QIcon(new InkIconEngine(InkGlyph::Untick));
    case Glyph::Delete:
        return QIcon(new InkIconEngine(InkGlyph::Delete));
    case Glyph::Backup:
        return QIcon(new InkIconEngine(InkGlyph::Backup));
    }
    return {};
}

QString minutes(int value)
{
    // A non-breaking space: "25 min" never splits across lines in a narrow card.
    return tr("%1 min").arg(value).replace(QLatin1Char(' '), QChar::Nbsp);
}

QString effort(int rpe)
{
    return tr("effort %1/10").arg(rpe);
}

QString effortWithWord(int rpe)
{
    return tr("effort %1/10, %2").arg(rpe).arg(Labels::borgWord(rpe).toLower());
}

} // namespace Stridewise::ActivityStyle
