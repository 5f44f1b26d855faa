#pragma once

#include "core/model/enums.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace Stridewise {

struct PlannedSession;

/** How an activity looks everywhere in the window: one colour and one drawn icon each (no image files needed). */
namespace ActivityStyle {

QColor color(Activity activity);
/** A white glyph on the activity's colour, drawn for every device pixel ratio (high-DPI clean). */
QIcon icon(Activity activity);
/** The application's icon, drawn the same way. */
QIcon appIcon();
/** A calendar page with today's mark, for "This week". */
QIcon todayIcon();
/** Curved arrows for Edit ▸ Undo and Redo, drawn in the palette's button text colour (unlike week navigation). */
QIcon undoIcon();
QIcon redoIcon();
/** Load bars under a pain line, for View ▸ Progress. */
QIcon progressIcon();
/**
 * The toolbar's and session panel's other glyphs, drawn in the button text colour at the size asked for. The style's
 * standard icons decode every size of their PNGs when made (Qt 6.4): a tenth of a start for icons drawn at one size.
 */
enum class Glyph
{
    PreviousWeek, ///< a straight arrow left
    NextWeek, ///< a straight arrow right
    Replan, ///< a circular arrow
    TickOff, ///< a check mark
    Skip, ///< a cross
    Untick, ///< a check mark struck back by a curved arrow
    Delete, ///< a bin
    Backup, ///< an arrow down into a tray
};
QIcon glyphIcon(Glyph glyph);
/** "40 min" */
QString minutes(int minutes);
/** "effort 4/10" */
QString effort(int rpe);
/** "effort 4/10, somewhat hard" */
QString effortWithWord(int rpe);

} // namespace ActivityStyle

} // namespace Stridewise
