#include "ui/shell/calendardialog.h"

#include "core/sync/caldavpublisher.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stridewise {

CalendarDialog::CalendarDialog(const CalendarAccountSettings &current, bool hasPassword, QWidget *parent)
    : QDialog(parent)
    , m_hasPassword(hasPassword)
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Calendar Publishing"));

    auto *intro = new QLabel(tr("Stridewise can keep your own calendar (Nextcloud, Radicale, Fastmail, iCloud with "
                                "an app password …) showing the planned sessions from this week on. It changes "
                                "only its own events and publishes in the background after every plan, edit and "
                                "tick."),
        this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(current.url, this);
    m_url->setObjectName(QStringLiteral("calendarUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://cloud.example.org/remote.php/dav/calendars/me/training/"));
    m_url->setAccessibleName(tr("Calendar address"));
    m_user = new QLineEdit(current.user, this);
    m_user->setObjectName(QStringLiteral("calendarUserLineEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("calendarPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(hasPassword ? tr("saved in your keyring; type to change it")
                                               : tr("kept in your desktop's keyring, not by Stridewise"));
    m_publish = new QCheckBox(tr("&Publish my plan to this calendar"), this);
    m_publish->setObjectName(QStringLiteral("calendarPublishCheckBox"));
    m_publish->setChecked(current.publish);
    m_stretches = new QCheckBox(tr("Include the twice-daily &stretch"), this);
    m_stretches->setObjectName(QStringLiteral("calendarStretchesCheckBox"));
    m_stretches->setChecked(current.withStretches);

    auto *form = new QFormLayout;
    form->addRow(tr("Calendar &address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_publish);
    form->addRow(QString(), m_stretches);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : { m_url, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, &CalendarDialog::validate);
    connect(m_publish, &QCheckBox::toggled, this, &CalendarDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    validate();
}

CalendarAccountSettings CalendarDialog::settings() const
{
    CalendarAccountSettings s;
    s.url = m_url->text().trimmed();
    s.user = m_user->text().trimmed();
    s.publish = m_publish->isChecked();
    s.withStretches = m_stretches->isChecked();
    return s;
}

QString CalendarDialog::newPassword() const
{
    return m_password->text();
}

void CalendarDialog::validate()
{
    QString problem;
    const CalendarAccountSettings s = settings();
    if (!s.url.isEmpty()) {
        if (auto checked = CalDavPublisher::checkCalendarUrl(QUrl(s.url, QUrl::StrictMode)); !checked)
            problem = checked.message();
    }
    if (problem.isEmpty() && s.publish) {
        if (s.url.isEmpty())
            problem = tr("Enter the calendar's address to publish.");
        else if (s.user.isEmpty())
            problem = tr("Enter your user name on the calendar server.");
        else if (!m_hasPassword && m_password->text().isEmpty())
            problem = tr("Enter the password (for iCloud and Fastmail, an app password).");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Stridewise
