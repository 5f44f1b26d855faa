#pragma once

#include <QList>
#include <QStringList>

namespace Stridewise::Schema {

/**
 * Forward-only migrations: element i takes the database from user_version i to i + 1.
 * Never edit a released migration; add a new one and raise Database::kSchemaVersion.
 */
QList<QStringList> migrations();

} // namespace Stridewise::Schema
