#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Stridewise {

/**
 * The window's light and dark looks, and the colours that carry meaning in both. Widgets take their colours
 * from the palette when they paint, never a copy made once, so a palette switch while running repaints
 * everything right.
 */
namespace Theme {

/** A dark palette (for --dark, screenshots and tests where the platform has no dark theme of its own). */
QPalette darkPalette();
/** Fusion with the dark palette, drawn so that empty check boxes show against the dark window. */
void applyDark();
/** Fusion with its standard light palette. */
void applyLight();
/**
 * Remembers the desktop's own style and palette, before Stridewise changes either, so "follow the desktop" can
 * go back to them. Call once, right after the QApplication is made; later calls do nothing.
 */
void rememberDesktopLook();
/** The desktop's own style and palette (Preferences: "Follow the desktop"). */
void applyDesktop();
/** Applies a Preferences theme: "system" (follow the desktop), "light" or "dark"; anything else is "system". */
void applySetting(const QString &theme);

/** Whether a palette is a dark one (light text on a dark window). */
bool isDark(const QPalette &palette);

/** Draws the widget's text in the palette's muted (placeholder) colour, now and after any palette switch. */
void setMuted(QWidget *widget);

/** The fill tint of a done session: green, which reads "done" in either look, never the activity's own red. */
QColor doneTint();
/** Text that says "done" (✓ Done: 30 min…), readable on the palette's base colour. */
QColor doneText(const QPalette &palette);

} // namespace Theme

} // namespace Stridewise
