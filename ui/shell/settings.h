#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

namespace Stridewise {

/**
 * Every setting Stridewise keeps, in one table of key, default and scope (after KeePassXC's Config), stored
 * with QSettings. Code reads and writes settings only through here, so the table is the whole list: a new
 * setting is one row in settings.cpp, and Preferences, tests and the README can enumerate them.
 *
 * Scopes: Window settings describe this machine's screen (sizes, dock layout); User settings are the
 * runner's preferences; File settings belong to one database file and take its path (stored under a hash of
 * the absolute path, so two files never share them).
 */
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        WindowGeometry, ///< the main window's size and place (QMainWindow::saveGeometry)
        WindowState, ///< its docks and toolbars (QMainWindow::saveState)
        ProgressGeometry, ///< the Progress window's size and place
        ChartExportSize, ///< the size Export PNG… offered last (an id of ProgressView's export sizes)
        ChartExportFolder, ///< where the last chart was exported (default: the Pictures folder)
        LastWeek, ///< File: the ISO week last shown for the file, "2026-W48"
        DataSeen, ///< File: the file held data once, so an emptied file is noticed (issue 6)
        ReminderMorningTime, ///< the morning stretch reminder, "07:30" (issue 14)
        ReminderEveningTime, ///< the evening stretch reminder, "21:00"
        ReminderMorningStretch, ///< remind of the morning stretch
        ReminderEveningStretch, ///< remind of the evening stretch
        ReminderBeforeRun, ///< remind an hour before a planned run
        RunTimeMorning, ///< when the runner usually runs in the morning, "07:00" (for the run reminder)
        RunTimeMidday, ///< … at midday, "12:30"
        RunTimeEvening, ///< … in the evening, "18:00"
        RemindersWhenClosed, ///< the systemd user timer that reminds with the window closed is wanted
        Theme, ///< "system" (follow the desktop), "light" or "dark"
    };
    Q_ENUM(Key)

    enum class Scope
    {
        Window,
        User,
        File,
    };
    Q_ENUM(Scope)

    struct Entry
    {
        Key key;
        const char *name; ///< the QSettings key (File scope: followed by "/" and the file's hash)
        Scope scope;
        QVariant defaultValue;
    };

    /** The one instance, which says when a setting changed. */
    static Settings &instance();
    /** The table, in the order of Key. */
    static const QList<Entry> &entries();
    static const Entry &entry(Key key);

    /** The setting, or its default when none is saved. File-scope keys need databasePath. */
    static QVariant value(Key key, const QString &databasePath = {});
    static void setValue(Key key, const QVariant &value, const QString &databasePath = {});
    static void remove(Key key, const QString &databasePath = {});
    /**
     * Before the program named its organisation, QSettings kept everything in
     * $XDG_CONFIG_HOME/Unknown Organization/<app>.conf. When the current file does not exist yet and that one
     * does, moves it into place, so the window keeps its size, layout and what it knows about each file.
     * Returns whether it moved a file.
     */
    static bool adoptLegacyFile();
    /** The QSettings key a setting is stored under (for tests and migrations). */
    static QString storageKey(Key key, const QString &databasePath = {});

signals:
    void changed(Stridewise::Settings::Key key);

private:
    Settings() = default;
};

} // namespace Stridewise
