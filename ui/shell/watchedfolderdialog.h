#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Stridewise {

/**
 * File ▸ Watched Folder…: the folder whose new activity files Stridewise imports by itself (a watch's
 * GARMIN/Activity folder when it is plugged in, a phone's sync folder), chosen by typing, with Choose… (asked
 * through Prompt) or cleared with Stop Watching. A folder that does not exist yet is accepted (the watch may be
 * unplugged), a path that is a file is refused. The dialog only chooses; ImportActions saves and watches.
 */
class WatchedFolderDialog : public QDialog
{
    Q_OBJECT

public:
    /** status: what is watched now, in words (ImportActions::watchStatus()). */
    WatchedFolderDialog(const QString &folder, const QString &status, QWidget *parent = nullptr);

    /** The folder chosen (empty: none), once accepted. */
    QString folder() const;

    void accept() override;

private:
    void choose();
    void updateState();

    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Stridewise
