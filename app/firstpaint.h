#pragma once

class QWidget;

namespace Stridewise {

/**
 * `--quit-after-first-paint` (issue 15): quits the application once window has painted once (its own paint event
 * and those of its children, drawn into the backing store and flushed), without saving a PNG, so a benchmark can
 * time a start to the first frame. Only QtWidgets: the bare window in tests/bench uses the very same code.
 */
void quitAfterFirstPaint(QWidget *window);

} // namespace Stridewise
