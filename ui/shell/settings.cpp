#include "ui/shell/settings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Stridewise {

namespace {

/** Pictures when the desktop has such a folder, else home: never the folder the program was started in. */
QString picturesFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

QList<Settings::Entry> buildEntries()
{
    using K = Settings::Key;
    using S = Settings::Scope;
    return {
        { K::WindowGeometry, "window/geometry", S::Window, QByteArray() },
        { K::WindowState, "window/state", S::Window, QByteArray() },
        { K::ProgressGeometry, "progress/geometry", S::Window, QByteArray() },
        { K::ChartExportSize, "progress/exportSize", S::User, QStringLiteral("a4-150") },
        { K::ChartExportFolder, "progress/exportFolder", S::User, picturesFolder() },
        { K::LastWeek, "lastWeek", S::File, QString() },
        // The name the window has used since issue 6: keep it, or an emptied file would no longer be noticed.
        { K::DataSeen, "dataSeen", S::File, false },
        // Issue 14: reminders (times as "HH:mm", read by the window and by `stridewise remind`) and the look.
        { K::ReminderMorningTime, "reminders/morningTime", S::User, QStringLiteral("07:30") },
        { K::ReminderEveningTime, "reminders/eveningTime", S::User, QStringLiteral("21:00") },
        { K::ReminderMorningStretch, "reminders/morningStretch", S::User, true },
        { K::ReminderEveningStretch, "reminders/eveningStretch", S::User, true },
        { K::ReminderBeforeRun, "reminders/beforeRun", S::User, false },
        { K::RunTimeMorning, "reminders/runMorning", S::User, QStringLiteral("07:00") },
        { K::RunTimeMidday, "reminders/runMidday", S::User, QStringLiteral("12:30") },
        { K::RunTimeEvening, "reminders/runEvening", S::User, QStringLiteral("18:00") },
        { K::RemindersWhenClosed, "reminders/whenClosed", S::User, false },
        { K::Theme, "appearance/theme", S::User, QStringLiteral("system") },
    };
}

} // namespace

Settings &Settings::instance()
{
    static Settings *settings = new Settings; // lives as long as the program: QObject without a parent
    return *settings;
}

const QList<Settings::Entry> &Settings::entries()
{
    static const QList<Entry> table = buildEntries();
    return table;
}

const Settings::Entry &Settings::entry(Key key)
{
    const QList<Entry> &table = entries();
    Q_ASSERT(static_cast<int>(key) < table.size() && table.at(static_cast<int>(key)).key == key);
    return table.at(static_cast<int>(key));
}

QString Settings::storageKey(Key key, const QString &databasePath)
{
    const Entry &e = entry(key);
    QString name = QString::fromLatin1(e.name);
    if (e.scope == Scope::File) {
        Q_ASSERT(!databasePath.isEmpty());
        const QByteArray hash =
            QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                .toHex();
        name += QLatin1Char('/') + QString::fromLatin1(hash);
    }
    return name;
}

QVariant Settings::value(Key key, const QString &databasePath)
{
    return QSettings().value(storageKey(key, databasePath), entry(key).defaultValue);
}

void Settings::setValue(Key key, const QVariant &value, const QString &databasePath)
{
    QSettings settings;
    const QString name = storageKey(key, databasePath);
    if (settings.contains(name) && settings.value(name) == value)
        return;
    settings.setValue(name, value);
    emit instance().changed(key);
}

bool Settings::adoptLegacyFile()
{
    const QString current = QSettings().fileName();
    if (QFileInfo::exists(current))
        return false;
    const QString legacy = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                               .filePath(QStringLiteral("Unknown Organization/") + QCoreApplication::applicationName()
                                         + QStringLiteral(".conf"));
    if (!QFileInfo::exists(legacy) || !QDir().mkpath(QFileInfo(current).absolutePath()))
        return false;
    if (!QFile::copy(legacy, current))
        return false;
    QFile::remove(legacy);
    QDir().rmdir(QFileInfo(legacy).absolutePath()); // only when empty: another program may share the folder
    return true;
}

void Settings::remove(Key key, const QString &databasePath)
{
    QSettings().remove(storageKey(key, databasePath));
    emit instance().changed(key);
}

} // namespace Stridewise
