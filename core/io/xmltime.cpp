#include "core/io/xmltime.h"

#include <QTimeZone>

#include <cmath>

namespace Stridewise::XmlSupport {

namespace {

/** Reads exactly `count` digits at text[pos]; -1 when they are not all digits. */
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<XmlTime> parseTime(QStringView raw)
{
    const QStringView text = raw.trimmed();
    // YYYY-MM-DDTHH:MM:SS
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || text.at(4) != QLatin1Char('-')
        || text.at(7) != QLatin1Char('-') || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' '))
        || text.at(13) != QLatin1Char(':') || text.at(16) != QLatin1Char(':'))
        return std::nullopt;
    qsizetype pos = 19;
    int msec = 0;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        int scale = 100;
        const qsizetype first = pos;
        while (pos < text.size() && text.at(pos).isDigit()) {
            msec += (text.at(pos).unicode() - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == first)
            return std::nullopt;
    }
    std::optional<int> offset;
    if (pos < text.size()) {
        const QChar sign = text.at(pos);
        if (sign == QLatin1Char('Z') && pos + 1 == text.size()) {
            ++pos;
        } else if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
            const int oh = digits(text, pos + 1, 2);
            qsizetype mpos = pos + 3;
            if (mpos < text.size() && text.at(mpos) == QLatin1Char(':'))
                ++mpos;
            const int om = digits(text, mpos, 2);
            if (oh < 0 || om < 0 || mpos + 2 != text.size() || oh > 14 || om > 59)
                return std::nullopt;
            offset = (sign == QLatin1Char('-') ? -1 : 1) * (oh * 3600 + om * 60);
            pos = text.size();
        } else {
            return std::nullopt;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    // 24:00:00 is not accepted; a leap second (…:60) is read as the next second.
    const QTime time(hour, minute, second == 60 ? 59 : second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime utc(date, time, Qt::UTC);
    if (second == 60)
        utc = utc.addSecs(1);
    if (offset)
        utc = utc.addSecs(-*offset);
    return XmlTime{ utc, offset };
}

QByteArray withoutLeadingWhitespace(const QByteArray &data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype bom = i;
    while (i < data.size() && (data.at(i) == ' ' || data.at(i) == '\t' || data.at(i) == '\r' || data.at(i) == '\n'))
        ++i;
    return i == 0 || (i == bom) ? data : data.mid(i);
}

double haversineMeters(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double kEarthRadius = 6371008.8;
    constexpr double kDegree = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kDegree;
    const double dLon = (lon2 - lon1) * kDegree;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * kDegree) * std::cos(lat2 * kDegree) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadius * std::asin(std::sqrt(std::min(1.0, a)));
}

} // namespace Stridewise::XmlSupport
