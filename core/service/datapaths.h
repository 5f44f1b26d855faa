#pragma once

#include <QString>

namespace Stridewise::DataPaths {

/**
 * The folder that holds the runner's own database and the demo file: $XDG_DATA_HOME/stridewise
 * (~/.local/share/stridewise on Linux). Independent of QCoreApplication's organisation name, which only
 * decides where QSettings keeps the window's settings.
 */
QString dataFolder();
/** dataFolder()/stridewise.db: the file the window and every command use without --db. */
QString defaultDatabasePath();
/** dataFolder()/demo.db: Help ▸ Open Demo Data's file, never the runner's own. */
QString demoDatabasePath();

} // namespace Stridewise::DataPaths
