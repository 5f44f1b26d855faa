#pragma once

#include "core/io/activityformat.h"

namespace Stridewise {

/**
 * FIT activity files, decoded from the published FIT protocol (no SDK): file headers of 12 or 14 bytes
 * (header CRC checked when present), definition and data messages in either byte order, compressed
 * timestamp headers, developer fields skipped by their sizes, chained files, and each file's CRC.
 *
 * Reads file_id (only activity files count), one activity per session message (multisport files give each
 * sport; transitions are left out), and activity.local_timestamp for the local date. Any damage anywhere in
 * the chain refuses the whole file.
 */
class FitReader : public ActivityFormat
{
public:
    QString name() const override { return QStringLiteral("FIT"); }
    QStringList suffixes() const override { return { QStringLiteral("fit") }; }
    bool recognises(const QByteArray &head) const override;
    Result<QList<RecordedActivity>> read(const QByteArray &data) const override;

    /** The FIT CRC-16 of bytes, continuing from crc (0 to start). */
    static quint16 crc(const char *bytes, qsizetype size, quint16 crc = 0);
    /** FIT profile names of sport and sub_sport values ("running", "treadmill"); "sport 77" when unknown. */
    static QString sportName(int sport);
    static QString subSportName(int subSport);
};

} // namespace Stridewise
