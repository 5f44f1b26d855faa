#include "core/service/datapaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Stridewise::DataPaths {

QString dataFolder()
{
    // GenericDataLocation + our name, not AppDataLocation: that one would insert the organisation's name.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("stridewise"));
}

QString defaultDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("stridewise.db"));
}

QString demoDatabasePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("demo.db"));
}

} // namespace Stridewise::DataPaths
