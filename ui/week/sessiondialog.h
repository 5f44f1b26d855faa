#pragma once

#include "core/model/plannedsession.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Stridewise {

/**
 * Adds a session by hand or changes one: activity (only when adding), title, day, time of day,
 * planned minutes and target effort. Refuses what core's validateSession() refuses, saying why.
 */
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    /** session.id == 0 means "add"; otherwise the session is edited (its activity stays). */
    explicit SessionDialog(const PlannedSession &session, QWidget *parent = nullptr);

    PlannedSession session() const;
    void accept() override;

private:
    PlannedSession m_original;
    QComboBox *m_activity = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_timeOfDay = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_effort = nullptr;
    QLabel *m_borg = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Stridewise
