#pragma once

#include "core/io/recordedactivity.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stridewise {

/**
 * A file format activities are read from (FIT, TCX, GPX), after Tiled's MapFormat: a name, the file name
 * suffixes it owns, a sniff of the first bytes, and a reader.
 *
 * read() returns every activity in the data, or an error whose message says what is wrong and where in
 * plain words without the file name ("cut short at byte 768", "CRC mismatch"); the caller adds the name.
 * ErrorKind::NotFound means the file is fine but holds no activity (a monitoring file, a route), which a
 * folder scan skips; ErrorKind::Invalid means a damaged or unusable file. Nothing is returned from a file
 * that fails: never a part of it.
 */
class ActivityFormat
{
public:
    virtual ~ActivityFormat() = default;
    virtual QString name() const = 0; ///< "FIT"
    virtual QStringList suffixes() const = 0; ///< lower case, without the dot: {"fit"}
    /** Whether the first bytes of a file look like this format (for files whose suffix does not say). */
    virtual bool recognises(const QByteArray &head) const = 0;
    virtual Result<QList<RecordedActivity>> read(const QByteArray &data) const = 0;
};

/** The registry of activity formats. */
namespace ActivityFormats {

/** Largest file read: a day-long 1-second FIT recording is a few MB; anything this big is not an activity. */
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

/** Every format, FIT first. */
const QList<const ActivityFormat *> &all();

/** The format for a file: by its suffix, else by its first bytes; nullptr when none fits. */
const ActivityFormat *forFile(const QString &fileName, const QByteArray &head);

/** Whether a file name ends in a suffix some format owns (.fit, .tcx, .gpx, any case): what a folder scan picks. */
bool isActivityFileName(const QString &fileName);

/** The suffixes of all formats, for file dialogs and help texts: {"fit", "tcx", "gpx"}. */
QStringList suffixes();

} // namespace ActivityFormats

} // namespace Stridewise
