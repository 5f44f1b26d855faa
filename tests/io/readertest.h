#pragma once

#include "core/io/activityformat.h"

#include <QFile>
#include <QString>

namespace Stridewise::Test {

/** The path of a file in tests/fixtures/activities. */
inline QString activityFixture(const QString &name)
{
    return QStringLiteral(STRIDEWISE_SOURCE_DIR "/tests/fixtures/activities/") + name;
}

inline QByteArray fixtureBytes(const QString &name)
{
    QFile f(activityFixture(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** Reads a fixture with the format its name says. */
inline Result<QList<RecordedActivity>> readFixture(const QString &name)
{
    const QByteArray data = fixtureBytes(name);
    const ActivityFormat *format = ActivityFormats::forFile(name, data.left(512));
    if (!format)
        return Result<QList<RecordedActivity>>::failure(ErrorKind::Invalid, QStringLiteral("no format for ") + name);
    return format->read(data);
}

inline QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace Stridewise::Test
