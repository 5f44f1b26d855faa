#include "core/io/fitreader.h"

#include <QCoreApplication>

#include <array>

namespace Stridewise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::FitReader", text);
}

Error invalid(const QString &message)
{
    return { ErrorKind::Invalid, message };
}

// FIT protocol constants.
constexpr int kShortHeader = 12;
constexpr int kLongHeader = 14;
constexpr int kCrcSize = 2;
constexpr quint32 kFitEpochUnix = 631065600; ///< 1989-12-31T00:00:00Z, where FIT date_time counts from
constexpr quint32 kMinAbsoluteTime = 0x10000000; ///< smaller date_time values count from the device's power-on
constexpr int kLocalTypes = 16;

// Global message numbers and field numbers of the FIT profile that we read.
constexpr int kMesgFileId = 0;
constexpr int kMesgSession = 18;
constexpr int kMesgActivity = 34;
constexpr int kFieldTimestamp = 253;
constexpr int kFileIdType = 0;
constexpr int kFileTypeActivity = 4;
constexpr int kSessionStartTime = 2;
constexpr int kSessionSport = 5;
constexpr int kSessionSubSport = 6;
constexpr int kSessionElapsed = 7; ///< ms
constexpr int kSessionTimer = 8; ///< ms
constexpr int kSessionDistance = 9; ///< cm
constexpr int kSessionAvgHeartRate = 16;
constexpr int kActivityLocalTimestamp = 5;
constexpr int kSportTransition = 3;
constexpr int kMaxUtcOffset = 14 * 3600;

struct FieldDef
{
    quint8 number = 0;
    quint8 size = 0;
    quint8 baseType = 0;
};

struct Definition
{
    bool defined = false;
    bool bigEndian = false;
    quint16 global = 0;
    QList<FieldDef> fields;
    int size = 0; ///< bytes of one data message, developer fields included
};

/** The values of the fields we read, by field number; absent or invalid values are not set. */
struct Values
{
    std::array<std::optional<quint32>, 256> field;
    std::optional<quint32> get(int number) const { return field[size_t(number)]; }
};

struct Session
{
    std::optional<quint32> timestamp, start, elapsedMs, timerMs, distanceCm, sport, subSport, avgHeartRate;
};

/** What one file of a chain holds. */
struct FitFile
{
    std::optional<quint32> type;
    QList<Session> sessions;
    std::optional<quint32> activityTimestamp, activityLocal;
    bool relativeTime = false;
};

int baseTypeSize(quint8 baseType)
{
    switch (baseType & 0x1F) {
    case 0: // enum
    case 1: // sint8
    case 2: // uint8
    case 7: // string
    case 10: // uint8z
    case 13: // byte
        return 1;
    case 3: // sint16
    case 4: // uint16
    case 11: // uint16z
        return 2;
    case 5: // sint32
    case 6: // uint32
    case 8: // float32
    case 12: // uint32z
        return 4;
    case 9: // float64
    case 14: // sint64
    case 15: // uint64
    case 16: // uint64z
        return 8;
    default:
        return 0;
    }
}

/** An unsigned value of 1, 2 or 4 bytes; nullopt when it is the base type's "invalid" marker. */
std::optional<quint32> readUnsigned(const uchar *p, const FieldDef &f, bool bigEndian)
{
    const int width = baseTypeSize(f.baseType);
    if (width != f.size || (width != 1 && width != 2 && width != 4))
        return std::nullopt; // an array or a type we do not read
    quint32 v = 0;
    for (int i = 0; i < width; ++i) {
        const quint32 byte = p[bigEndian ? i : width - 1 - i];
        v = (v << 8) | byte;
    }
    const int type = f.baseType & 0x1F;
    const bool zeroInvalid = type == 10 || type == 11 || type == 12;
    const quint32 allOnes = width == 4 ? 0xFFFFFFFFu : ((1u << (8 * width)) - 1);
    if (zeroInvalid ? v == 0 : v == allOnes)
        return std::nullopt;
    if (type == 1 || type == 3 || type == 5)
        return std::nullopt; // signed: none of the fields we read is signed
    return v;
}

QDateTime fromFitTime(quint32 t)
{
    return QDateTime::fromSecsSinceEpoch(qint64(kFitEpochUnix) + t, Qt::UTC);
}

QString fileTypeProblem(quint32 type)
{
    switch (type) {
    case 15: // monitoring_a
    case 28: // monitoring_daily
    case 32: // monitoring_b
        return tr("a monitoring file, not an activity");
    case 2:
        return tr("a settings file, not an activity");
    case 5:
        return tr("a workout file, not an activity");
    case 6:
        return tr("a course file, not an activity");
    case 9:
        return tr("a weight file, not an activity");
    case 1:
        return tr("a device file, not an activity");
    default:
        return tr("a FIT file of type %1, not an activity").arg(type);
    }
}

/** Decodes one file of a chain starting at `pos`; on success, `pos` is moved past its CRC. */
Result<FitFile> readOne(const QByteArray &data, qsizetype &pos)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype size = data.size();
    const qsizetype start = pos;
    if (size - start < 1)
        return invalid(tr("cut short at byte %1").arg(size));
    const int headerSize = bytes[start];
    if (headerSize != kShortHeader && headerSize != kLongHeader) {
        return invalid(start == 0 ? tr("not a FIT file (no FIT header)")
                                  : tr("damaged: bytes after the end at byte %1 are not a FIT file").arg(start));
    }
    if (size - start < headerSize)
        return invalid(tr("cut short at byte %1").arg(size));
    if (data.mid(start + 8, 4) != QByteArrayLiteral(".FIT")) {
        return invalid(start == 0 ? tr("not a FIT file (no \".FIT\" mark)")
                                  : tr("damaged: bytes after the end at byte %1 are not a FIT file").arg(start));
    }
    const quint32 dataSize = quint32(bytes[start + 4]) | quint32(bytes[start + 5]) << 8
        | quint32(bytes[start + 6]) << 16 | quint32(bytes[start + 7]) << 24;
    if (headerSize == kLongHeader) {
        const quint16 headerCrc = quint16(bytes[start + 12] | bytes[start + 13] << 8);
        if (headerCrc != 0 && headerCrc != FitReader::crc(data.constData() + start, kShortHeader))
            return invalid(tr("header CRC mismatch at byte %1: the file is damaged").arg(start));
    }
    const qsizetype end = start + headerSize + qsizetype(dataSize);
    if (end + kCrcSize > size)
        return invalid(tr("cut short at byte %1 (its header promises %2 bytes)").arg(size).arg(end + kCrcSize));
    const quint16 fileCrc = quint16(bytes[end] | bytes[end + 1] << 8);
    if (fileCrc != FitReader::crc(data.constData() + start, end - start))
        return invalid(tr("CRC mismatch: the file is damaged"));

    FitFile file;
    std::array<Definition, kLocalTypes> defs;
    std::optional<quint32> lastTimestamp;
    qsizetype p = start + headerSize;
    while (p < end) {
        const qsizetype recordAt = p;
        const quint8 header = bytes[p++];
        std::optional<quint32> compressedTime;
        int local = 0;
        if (header & 0x80) {
            // Compressed timestamp header: 5 bits of seconds on top of the last full timestamp.
            local = (header >> 5) & 0x03;
            const quint32 offset = header & 0x1F;
            if (!lastTimestamp)
                return invalid(tr("damaged: a compressed timestamp before any full one at byte %1").arg(recordAt));
            quint32 t = (*lastTimestamp & ~0x1Fu) + offset;
            if (offset < (*lastTimestamp & 0x1Fu))
                t += 0x20;
            compressedTime = t;
            lastTimestamp = t;
        } else if (header & 0x40) {
            local = header & 0x0F;
            const bool developer = header & 0x20;
            if (end - p < 5)
                return invalid(tr("damaged: a definition runs past the end of the data at byte %1").arg(recordAt));
            Definition def;
            const quint8 architecture = bytes[p + 1];
            if (architecture > 1)
                return invalid(tr("damaged: unknown byte order %1 at byte %2").arg(architecture).arg(recordAt));
            def.bigEndian = architecture == 1;
            def.global =
                def.bigEndian ? quint16(bytes[p + 2] << 8 | bytes[p + 3]) : quint16(bytes[p + 3] << 8 | bytes[p + 2]);
            const int fieldCount = bytes[p + 4];
            p += 5;
            if (end - p < qsizetype(fieldCount) * 3)
                return invalid(tr("damaged: a definition runs past the end of the data at byte %1").arg(recordAt));
            for (int i = 0; i < fieldCount; ++i) {
                FieldDef f{ bytes[p], bytes[p + 1], bytes[p + 2] };
                def.fields << f;
                def.size += f.size;
                p += 3;
            }
            if (developer) {
                if (end - p < 1)
                    return invalid(tr("damaged: a definition runs past the end of the data at byte %1").arg(recordAt));
                const int devCount = bytes[p++];
                if (end - p < qsizetype(devCount) * 3)
                    return invalid(tr("damaged: a definition runs past the end of the data at byte %1").arg(recordAt));
                for (int i = 0; i < devCount; ++i) {
                    def.size += bytes[p + 1]; // developer fields are skipped by their declared size
                    p += 3;
                }
            }
            def.defined = true;
            defs[size_t(local)] = def;
            continue;
        } else {
            local = header & 0x0F;
        }

        const Definition &def = defs[size_t(local)];
        if (!def.defined)
            return invalid(tr("damaged: a message without its definition at byte %1").arg(recordAt));
        if (end - p < def.size)
            return invalid(tr("damaged: a message runs past the end of the data at byte %1").arg(recordAt));
        Values values;
        qsizetype q = p;
        for (const FieldDef &f : def.fields) {
            values.field[f.number] = readUnsigned(bytes + q, f, def.bigEndian);
            q += f.size;
        }
        p += def.size;
        if (compressedTime)
            values.field[kFieldTimestamp] = compressedTime;
        else if (auto t = values.get(kFieldTimestamp))
            lastTimestamp = t;

        switch (def.global) {
        case kMesgFileId:
            if (!file.type)
                file.type = values.get(kFileIdType);
            break;
        case kMesgSession: {
            Session s;
            s.timestamp = values.get(kFieldTimestamp);
            s.start = values.get(kSessionStartTime);
            s.elapsedMs = values.get(kSessionElapsed);
            s.timerMs = values.get(kSessionTimer);
            s.distanceCm = values.get(kSessionDistance);
            s.sport = values.get(kSessionSport);
            s.subSport = values.get(kSessionSubSport);
            s.avgHeartRate = values.get(kSessionAvgHeartRate);
            file.sessions << s;
            break;
        }
        case kMesgActivity:
            file.activityTimestamp = values.get(kFieldTimestamp);
            file.activityLocal = values.get(kActivityLocalTimestamp);
            break;
        default:
            break;
        }
    }
    pos = end + kCrcSize;
    return file;
}

} // namespace

quint16 FitReader::crc(const char *bytes, qsizetype size, quint16 crc)
{
    static constexpr std::array<quint16, 16> kTable{ 0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400 };
    for (qsizetype i = 0; i < size; ++i) {
        const quint8 byte = quint8(bytes[i]);
        quint16 tmp = kTable[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ kTable[byte & 0xF];
        tmp = kTable[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ kTable[(byte >> 4) & 0xF];
    }
    return crc;
}

bool FitReader::recognises(const QByteArray &head) const
{
    return head.size() >= kShortHeader && (head.at(0) == kShortHeader || head.at(0) == kLongHeader)
        && head.mid(8, 4) == QByteArrayLiteral(".FIT");
}

QString FitReader::sportName(int sport)
{
    // FIT profile, type "sport".
    static const char *const kNames[] = { "generic", "running", "cycling", "transition", "fitness_equipment",
        "swimming", "basketball", "soccer", "tennis", "american_football", "training", "walking",
        "cross_country_skiing", "alpine_skiing", "snowboarding", "rowing", "mountaineering", "hiking", "multisport",
        "paddling", "flying", "e_biking", "motorcycling", "boating", "driving", "golf", "hang_gliding",
        "horseback_riding", "hunting", "fishing", "inline_skating", "rock_climbing", "sailing", "ice_skating",
        "sky_diving", "snowshoeing", "snowmobiling", "stand_up_paddleboarding", "surfing", "wakeboarding",
        "water_skiing", "kayaking", "rafting", "windsurfing", "kitesurfing", "tactical", "jumpmaster", "boxing",
        "floor_climbing" };
    if (sport >= 0 && sport < int(std::size(kNames)))
        return QString::fromLatin1(kNames[sport]);
    return QStringLiteral("sport %1").arg(sport);
}

QString FitReader::subSportName(int subSport)
{
    // FIT profile, type "sub_sport".
    static const char *const kNames[] = { "generic", "treadmill", "street", "trail", "track", "spin", "indoor_cycling",
        "road", "mountain", "downhill", "recumbent", "cyclocross", "hand_cycling", "track_cycling", "indoor_rowing",
        "elliptical", "stair_climbing", "lap_swimming", "open_water", "flexibility_training", "strength_training",
        "warm_up", "match", "exercise", "challenge", "indoor_skiing", "cardio_training", "indoor_walking",
        "e_bike_fitness", "bmx", "casual_walking", "speed_walking", "bike_to_run_transition", "run_to_bike_transition",
        "swim_to_bike_transition", "atv", "motocross", "backcountry", "resort", "rc_drone", "wingsuit", "whitewater",
        "skate_skiing", "yoga", "pilates", "indoor_running", "gravel_cycling", "e_bike_mountain", "commuting",
        "mixed_surface", "navigate", "track_me", "map" };
    if (subSport >= 0 && subSport < int(std::size(kNames)))
        return QString::fromLatin1(kNames[subSport]);
    if (subSport == 58)
        return QStringLiteral("virtual_activity");
    return QStringLiteral("sub_sport %1").arg(subSport);
}

Result<QList<RecordedActivity>> FitReader::read(const QByteArray &data) const
{
    if (data.isEmpty())
        return invalid(tr("the file is empty"));
    QList<FitFile> files;
    qsizetype pos = 0;
    while (pos < data.size()) {
        // Some devices pad a file with zeros after its last CRC: that is not another file.
        if (pos > 0 && data.mid(pos).count('\0') == data.size() - pos)
            break;
        auto file = readOne(data, pos);
        if (!file)
            return file.error();
        files << *file;
    }

    QList<RecordedActivity> out;
    std::optional<quint32> firstType;
    bool sawActivityFile = false;
    for (const FitFile &file : files) {
        if (!firstType)
            firstType = file.type;
        if (file.type != std::optional<quint32>(kFileTypeActivity))
            continue;
        sawActivityFile = true;
        std::optional<int> offset;
        if (file.activityTimestamp && file.activityLocal && *file.activityTimestamp >= kMinAbsoluteTime) {
            const qint64 diff = qint64(*file.activityLocal) - qint64(*file.activityTimestamp);
            if (qAbs(diff) <= kMaxUtcOffset)
                offset = int(diff);
        }
        if (file.sessions.isEmpty())
            return invalid(tr("no session in it: the recording was not saved to its end"));
        for (const Session &s : file.sessions) {
            if (s.sport == std::optional<quint32>(kSportTransition))
                continue; // multisport: the transition between two sports is not an activity
            const std::optional<quint32> elapsedMs = s.elapsedMs ? s.elapsedMs : s.timerMs;
            std::optional<quint32> start = s.start;
            if (!start && s.timestamp && elapsedMs && *s.timestamp >= *elapsedMs / 1000)
                start = *s.timestamp - *elapsedMs / 1000;
            if (!start || !elapsedMs)
                return invalid(tr("no timestamps: cannot tell how long"));
            if (*start < kMinAbsoluteTime) {
                return invalid(tr("timestamps count from when the device was switched on, not from a date: "
                                  "its clock was not set"));
            }
            RecordedActivity a;
            a.sport = s.sport ? sportName(int(*s.sport)) : QString();
            a.subSport = s.subSport ? subSportName(int(*s.subSport)) : QString();
            a.start = fromFitTime(*start);
            a.utcOffsetSeconds = offset;
            a.elapsedSeconds = *elapsedMs / 1000.0;
            a.movingSeconds = s.timerMs ? *s.timerMs / 1000.0 : a.elapsedSeconds;
            if (s.distanceCm)
                a.distanceMeters = *s.distanceCm / 100.0;
            if (s.avgHeartRate)
                a.averageHeartRate = int(*s.avgHeartRate);
            out << a;
        }
    }
    if (!sawActivityFile) {
        if (!firstType)
            return invalid(tr("no file_id message: cannot tell what kind of FIT file it is"));
        return Error{ ErrorKind::NotFound, fileTypeProblem(*firstType) };
    }
    if (out.isEmpty())
        return Error{ ErrorKind::NotFound, tr("only transitions in it, no activity") };
    return out;
}

} // namespace Stridewise
