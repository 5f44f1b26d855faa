#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QSpinBox;
class QWidget;

namespace Stridewise {

/**
 * The editors every form shares, built one way so they accept exactly core's ranges (Limits::) and read
 * the same everywhere: whole minutes with "min", scores 0–10 shown as "n / 10", and a red error line.
 */
namespace FormWidgets {

/** The red of errors and red flags. */
QColor alertRed();
/** Minutes 1–Limits::kMaxSessionMinutes, e.g. "35 min". */
QSpinBox *minutesSpinBox(const QString &objectName, const QString &accessibleName, int value, QWidget *parent);
/** A pain or effort score 0–10, e.g. "4 / 10". */
QSpinBox *scoreSpinBox(const QString &objectName, const QString &accessibleName, int value, QWidget *parent);
/** A hidden, word-wrapped red line for why input was refused. */
QLabel *errorLabel(QWidget *parent, const QString &objectName = QStringLiteral("errorLabel"));

} // namespace FormWidgets

} // namespace Stridewise
