#include "ui/widgets/theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

namespace Stridewise::Theme {

namespace {

/**
 * Fusion outlines a check box in the window colour made darker, which on a dark window is nearly black on
 * nearly black: an empty box cannot be seen. On dark palettes this adds an outline in the muted text colour.
 */
class ContrastStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck) || !isDark(option->palette))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

QString &desktopStyle()
{
    static QString name;
    return name;
}

} // namespace

void rememberDesktopLook()
{
    if (desktopStyle().isEmpty() && QApplication::style())
        desktopStyle() = QApplication::style()->name();
}

void applyDesktop()
{
    if (!desktopStyle().isEmpty())
        QApplication::setStyle(QStyleFactory::create(desktopStyle()));
    // An empty palette resolves to the platform's: the desktop's colours, and its later switches, come through.
    QApplication::setPalette(QPalette());
}

void applySetting(const QString &theme)
{
    if (theme == QLatin1String("dark"))
        applyDark();
    else if (theme == QLatin1String("light"))
        applyLight();
    else
        applyDesktop();
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2D, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Base, QColor(0x1F, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3A));
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x3F, 0x41));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9D, 0xA1));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Button, QColor(0x3A, 0x3D, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x45, 0x49));
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5C));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1A, 0x1C));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xD0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7F, 0xB2, 0xF0));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

void applyDark()
{
    QApplication::setStyle(new ContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(darkPalette());
}

void applyLight()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void setMuted(QWidget *widget)
{
    // The role, not a colour: the widget looks its colour up in the palette it has at each paint.
    widget->setForegroundRole(QPalette::PlaceholderText);
}

QColor doneTint()
{
    return QColor(0x2E, 0x7D, 0x32);
}

QColor doneText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
}

} // namespace Stridewise::Theme
