#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace Stridewise {

/**
 * Asks which days to export (issue 13): File ▸ Export ▸ Calendar… (with the choice to add the twice-daily stretch)
 * and File ▸ Export ▸ Report for My Clinician…. OK stays off, with a line saying why, while the last day is
 * before the first or the range is longer than maxDays.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Calendar,
        Report,
    };

    ExportDialog(Kind kind, QDate from, QDate to, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    /** Calendar: the twice-daily stretch goes on the calendar too (off by default: it belongs to reminders). */
    bool withStretches() const;
    void setWithStretches(bool on);
    void setRange(QDate from, QDate to);

    /** The longest range offered: a year for a calendar, two for a report. */
    int maxDays() const;

private:
    void validate();

    Kind m_kind;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_stretches = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Stridewise
