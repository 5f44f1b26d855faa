#pragma once

#include "core/model/completion.h"
#include "core/model/plannedsession.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QSpinBox;

namespace Stridewise {

/**
 * The tick-off editor: actual minutes (pre-filled with the planned ones), effort 0–10 with its Borg CR-10
 * word, back pain after (optional, 0–10) and a note. Save is refused, with the reason shown, while a value
 * is outside what core accepts.
 */
class CompletionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompletionDialog(const PlannedSession &session, QWidget *parent = nullptr);

    const PlannedSession &session() const { return m_session; }
    /** What the runner entered (valid once accepted). */
    Completion completion() const;

    void accept() override;

private:
    void updateState();

    PlannedSession m_session;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_effort = nullptr;
    QLabel *m_borg = nullptr;
    QCheckBox *m_painGiven = nullptr;
    QSpinBox *m_pain = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Stridewise
