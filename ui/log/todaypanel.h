#pragma once

#include "core/model/painentry.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Stridewise {

class PlanDocument;

/**
 * The daily back-pain log ("Today" dock): a 0–10 score, the seven red-flag symptoms and a note, for any
 * date (today by default). Ticking a symptom shows at once what to do (under the Log button, so the button
 * stays where it was). Enter in the score, the note or on a symptom logs. Saving is asked for by signal; the
 * plan actions save through an undo command. Follows the document: its today, its saved log and whether it
 * can be written.
 */
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPanel(PlanDocument &document, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(QDate date);
    /** Shows the saved entry for the chosen date again (after a save, an undo or a failure). */
    void reload();
    PainEntry entry() const;
    const std::optional<PainEntry> &savedEntry() const { return m_saved; }

signals:
    void saveRequested(const PainEntry &entry);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setToday(QDate today);
    void updateEditable();
    void updateAdvice();
    void save();

    PlanDocument &m_document;
    std::optional<PainEntry> m_saved;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_score = nullptr;
    QList<QCheckBox *> m_symptoms;
    QToolButton *m_more = nullptr; ///< shows the rarer warning signs
    QWidget *m_moreBox = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Stridewise
