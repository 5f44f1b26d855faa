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

namespace Stridewise {

class Database;

/**
 * The daily back-pain log ("Today" dock): a 0–10 score, the seven red-flag symptoms and a note, for any
 * date (today by default). Ticking a symptom shows at once what to do. Saving is asked for by signal; the
 * window saves through an undo command.
 */
class TodayPanel : public QWidget
{
    Q_OBJECT

public:
    TodayPanel(Database &db, QDate today, QWidget *parent = nullptr);

    void setToday(QDate today);
    QDate date() const;
    void setDate(QDate date);
    /** Shows the saved entry for the chosen date again (after a save, an undo or a failure). */
    void reload();
    void setEditable(bool editable);
    /** Reads from another database from now on (after a restore), or from none (null: shows nothing saved). */
    void setDatabase(Database *db);
    PainEntry entry() const;
    const std::optional<PainEntry> &savedEntry() const { return m_saved; }
    /** What to do for these symptoms, in plain words; empty when there are none. */
    static QString advice(const QList<Symptom> &symptoms);
    /** The same in one short line, for the narrow panel (the banner above the week has the full text). */
    static QString shortAdvice(const QList<Symptom> &symptoms);

signals:
    void saveRequested(const PainEntry &entry);

private:
    void updateAdvice();
    void save();

    Database *m_db = nullptr;
    QDate m_today;
    bool m_editable = true;
    std::optional<PainEntry> m_saved;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_score = nullptr;
    QList<QCheckBox *> m_symptoms;
    QLineEdit *m_note = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Stridewise
