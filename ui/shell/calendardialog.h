#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Stridewise {

/** What File ▸ Calendar Publishing… keeps in Settings (per data file); the password is not part of it. */
struct CalendarAccountSettings
{
    QString url;
    QString user;
    bool publish = false;
    bool withStretches = false;
};

/**
 * File ▸ Calendar Publishing… (issue 13): the CalDAV calendar's address and user name, the password (handed to
 * the desktop's secret service by the caller, never kept here), whether to publish after every change, and
 * whether the twice-daily stretch goes on the calendar. OK stays off, with a line saying why, while publishing is
 * on and the address is not a calendar address or a field is missing.
 */
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    /** hasPassword: the secret service already holds a password for the account (the field then may stay empty). */
    CalendarDialog(const CalendarAccountSettings &current, bool hasPassword, QWidget *parent = nullptr);

    CalendarAccountSettings settings() const;
    /** The password typed, empty when the runner kept the saved one. */
    QString newPassword() const;

private:
    void validate();

    bool m_hasPassword = false;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_publish = nullptr;
    QCheckBox *m_stretches = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Stridewise
