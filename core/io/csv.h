#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stridewise {

/** RFC 4180 comma-separated values in UTF-8: the text layer under the CSV exports and the activity reader. */
namespace Csv {

/** A field as written: quoted (quotes doubled) when it holds a comma, a quote, CR or LF, or starts or ends with a
 * space. */
QString field(const QString &value);
/** One record: fields joined by commas, ended by CRLF, as UTF-8. */
QByteArray row(const QStringList &fields);

/** One record as read, or why it could not be read. */
struct Record
{
    int line = 0; ///< physical line (1-based) the record starts on
    QStringList fields;
    QString error; ///< empty when the record was read; else what is wrong, in plain words
    int errorColumn = 0; ///< 1-based field the error is in, when error is set
};

/**
 * Splits RFC 4180 text into records (CRLF or LF line ends; a UTF-8 byte order mark is skipped; blank lines are
 * left out). A record that breaks the format (a quote inside an unquoted field, text after a closing quote, a
 * quoted field never closed, bytes that are not UTF-8) comes back with error and errorColumn set, and reading goes
 * on at the next line, so a caller can report every bad line at once.
 */
QList<Record> parse(const QByteArray &data);

} // namespace Csv

} // namespace Stridewise
