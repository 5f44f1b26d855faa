#include "core/io/activityformat.h"

#include "core/io/fitreader.h"
#include "core/io/gpxreader.h"
#include "core/io/tcxreader.h"

#include <QFileInfo>

namespace Stridewise::ActivityFormats {

const QList<const ActivityFormat *> &all()
{
    static const FitReader s_fit;
    static const TcxReader s_tcx;
    static const GpxReader s_gpx;
    static const QList<const ActivityFormat *> s_all{ &s_fit, &s_tcx, &s_gpx };
    return s_all;
}

const ActivityFormat *forFile(const QString &fileName, const QByteArray &head)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const ActivityFormat *format : all()) {
        if (format->suffixes().contains(suffix))
            return format;
    }
    for (const ActivityFormat *format : all()) {
        if (format->recognises(head))
            return format;
    }
    return nullptr;
}

bool isActivityFileName(const QString &fileName)
{
    return suffixes().contains(QFileInfo(fileName).suffix().toLower());
}

QStringList suffixes()
{
    QStringList out;
    for (const ActivityFormat *format : all())
        out << format->suffixes();
    return out;
}

} // namespace Stridewise::ActivityFormats
