#include "core/model/isoweek.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Stridewise::IsoWeek {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::IsoWeek", text);
}
} // namespace

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString name(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

Result<QDate> parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return Result<QDate>::failure(ErrorKind::Invalid,
                                      tr("\"%1\" is not an ISO week; write it like 2026-W49.").arg(text));
    }
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    // ISO week 1 is the week with 4 January in it.
    const QDate jan4(year, 1, 4);
    const QDate monday = mondayOf(jan4).addDays(7 * (week - 1));
    int isoYear = 0;
    if (week < 1 || !monday.isValid() || monday.weekNumber(&isoYear) != week || isoYear != year) {
        return Result<QDate>::failure(ErrorKind::Invalid, tr("Week %1 does not exist in %2.").arg(week).arg(year));
    }
    return monday;
}

Result<QDate> parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!pattern.match(t).hasMatch() || !date.isValid()) {
        return Result<QDate>::failure(ErrorKind::Invalid,
                                      tr("\"%1\" is not a date that exists; write it like 2026-12-01.").arg(text));
    }
    return date;
}

} // namespace Stridewise::IsoWeek
