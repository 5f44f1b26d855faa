#include "ui/charts/chartpalette.h"

namespace Stridewise::Charts {

ChartPalette ChartPalette::from(const QPalette &palette)
{
    ChartPalette p;
    p.background = palette.color(QPalette::Base);
    p.text = palette.color(QPalette::Text);
    p.dark = p.background.lightness() < 128;
    p.mutedText = palette.color(QPalette::PlaceholderText);
    p.grid = p.text;
    p.grid.setAlpha(p.dark ? 45 : 35);
    if (p.dark) {
        p.running = QColor(0x56, 0xb4, 0xe9); // sky blue
        p.lowImpact = QColor(0x2e, 0xc4, 0x9a); // bluish green, lifted for dark backgrounds
        p.strength = QColor(0xf0, 0xc0, 0x4a); // orange-yellow
        p.pain = QColor(0xf0, 0x8c, 0xc8); // reddish purple, lifted
        p.redFlag = QColor(0xff, 0x7a, 0x3d); // vermillion, lifted
    } else {
        p.running = QColor(0x00, 0x72, 0xb2); // blue
        p.lowImpact = QColor(0x00, 0x9e, 0x73); // bluish green
        p.strength = QColor(0xe6, 0x9f, 0x00); // orange
        p.pain = QColor(0xa8, 0x32, 0x7a); // reddish purple, darkened for contrast on white
        p.redFlag = QColor(0xd5, 0x5e, 0x00); // vermillion
    }
    p.spike = p.text;
    p.ratio = p.dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x60, 0x60, 0x60);
    return p;
}

} // namespace Stridewise::Charts
