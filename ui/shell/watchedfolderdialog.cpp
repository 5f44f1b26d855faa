#include "ui/shell/watchedfolderdialog.h"

#include "ui/shell/prompt.h"
#include "ui/widgets/formwidgets.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stridewise {

WatchedFolderDialog::WatchedFolderDialog(const QString &folder, const QString &status, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("watchedFolderDialog"));
    setWindowTitle(tr("Watched Folder"));

    auto *intro = new QLabel(tr("Stridewise imports new FIT, TCX and GPX files from this folder and the folders in "
                                "it by itself: when the window opens, and the moment they appear while it is open. "
                                "Each import ticks the planned sessions it matches and can be undone."),
        this);
    intro->setWordWrap(true);
    auto *examples = new QLabel(tr("For example a Garmin watch plugged in by USB (its GARMIN/Activity folder), or "
                                   "the folder a phone or a website export syncs to."),
        this);
    examples->setWordWrap(true);

    m_edit = new QLineEdit(QDir::toNativeSeparators(folder), this);
    m_edit->setObjectName(QStringLiteral("folderLineEdit"));
    m_edit->setAccessibleName(tr("Watched folder"));
    m_edit->setPlaceholderText(tr("No folder: nothing is imported by itself"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(QStringLiteral("choosePushButton"));
    connect(choose, &QPushButton::clicked, this, &WatchedFolderDialog::choose);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(choose);

    auto *statusLabel = new QLabel(status, this);
    statusLabel->setObjectName(QStringLiteral("watchStatusLabel"));
    statusLabel->setWordWrap(true);
    statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error = FormWidgets::errorLabel(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("savePushButton"));
    auto *stop = buttons->addButton(tr("&Stop Watching"), QDialogButtonBox::ResetRole);
    stop->setObjectName(QStringLiteral("stopPushButton"));
    stop->setEnabled(!folder.isEmpty());
    connect(stop, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &WatchedFolderDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(examples);
    layout->addSpacing(6);
    layout->addLayout(row);
    layout->addWidget(statusLabel);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Wrapped words need their height: never smaller than the layout asks for.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    // A top-level layout does not ask wrapped labels for their height at its width: give it to them.
    const int width = m_edit->minimumWidth() + choose->sizeHint().width();
    for (QLabel *label : { intro, examples }) {
        label->setMinimumWidth(width);
        label->setMinimumHeight(label->heightForWidth(width));
    }
    adjustSize();
    updateState();
}

QString WatchedFolderDialog::folder() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void WatchedFolderDialog::choose()
{
    const QString start = folder().isEmpty() ? QDir::homePath() : folder();
    const QString chosen = Prompt::existingFolder(this, tr("Choose the Watched Folder"), start);
    if (!chosen.isEmpty())
        m_edit->setText(QDir::toNativeSeparators(chosen));
}

void WatchedFolderDialog::updateState()
{
    m_error->hide();
}

void WatchedFolderDialog::accept()
{
    const QString path = folder();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (info.isRelative()) {
            m_error->setText(tr("Give the whole path of the folder, starting with %1.").arg(QDir::rootPath()));
            m_error->show();
            return;
        }
        if (info.exists() && !info.isDir()) {
            m_error->setText(tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path)));
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace Stridewise
