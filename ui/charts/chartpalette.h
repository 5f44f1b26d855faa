#pragma once

#include <QColor>
#include <QPalette>

namespace Stridewise::Charts {

/**
 * Chart colours taken from the system palette, so light and dark themes both read well. Activity groups use
 * the Okabe–Ito colour-blind-safe set (one shade for light backgrounds, a lighter one for dark), the same
 * colour for a group everywhere. The acute:chronic ratio is drawn in a neutral grey on purpose: no
 * green "safe" or red "danger" colouring for a disputed measure (EVIDENCE.md).
 */
struct ChartPalette
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor running;
    QColor lowImpact;
    QColor strength;
    QColor pain;
    QColor redFlag;
    QColor spike;
    QColor ratio;

    static ChartPalette from(const QPalette &palette);
};

} // namespace Stridewise::Charts
