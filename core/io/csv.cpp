#include "core/io/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Stridewise::Csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Csv", text);
}

/** Reads bytes as UTF-8; false when they are not. */
bool decode(const QByteArray &bytes, QString &out)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QString field(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray row(const QStringList &fields)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &f : fields)
        written << field(f);
    return written.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QList<Record> parse(const QByteArray &data)
{
    // Byte by byte: quotes, commas, CR and LF are ASCII, and ASCII bytes never occur inside a UTF-8 sequence.
    QList<Record> records;
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype n = data.size();
    int line = 1;
    while (i < n) {
        Record record;
        record.line = line;
        QList<QByteArray> raw;
        QByteArray current;
        bool done = false;
        while (!done) {
            if (i >= n) {
                raw << current;
                break;
            }
            const char c = data.at(i);
            if (c == '"') {
                if (!current.isEmpty()) {
                    record.error =
                        tr("a quote inside an unquoted field; put the whole field in quotes and double the quote");
                    record.errorColumn = int(raw.size()) + 1;
                    break;
                }
                // A quoted field: up to the closing quote; "" is one quote; commas and line breaks are text.
                const int openedOn = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const char q = data.at(i);
                    if (q == '"') {
                        if (i + 1 < n && data.at(i + 1) == '"') {
                            current += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (q == '\n')
                        ++line;
                    current += q;
                    ++i;
                }
                if (!closed) {
                    record.line = openedOn;
                    record.error = tr("a quoted field is never closed");
                    record.errorColumn = int(raw.size()) + 1;
                    i = n;
                    break;
                }
                if (i < n && data.at(i) != ',' && data.at(i) != '\n' && data.at(i) != '\r') {
                    record.error = tr("text after the closing quote of a field");
                    record.errorColumn = int(raw.size()) + 1;
                    break;
                }
                continue;
            }
            if (c == ',') {
                raw << current;
                current.clear();
                ++i;
                continue;
            }
            if (c == '\r' || c == '\n') {
                raw << current;
                i += (c == '\r' && i + 1 < n && data.at(i + 1) == '\n') ? 2 : 1;
                ++line;
                done = true;
                continue;
            }
            current += c;
            ++i;
        }
        if (!record.error.isEmpty()) {
            // Skip the rest of the bad line so the next record starts on the next one.
            while (i < n && data.at(i) != '\n')
                ++i;
            if (i < n) {
                ++i;
                ++line;
            }
            records << record;
            continue;
        }
        if (raw.size() == 1 && raw.at(0).trimmed().isEmpty())
            continue; // a blank line
        for (int f = 0; f < raw.size(); ++f) {
            QString text;
            if (!decode(raw.at(f), text)) {
                record.error = tr("the text is not UTF-8; save the file as UTF-8");
                record.errorColumn = f + 1;
                record.fields.clear();
                break;
            }
            record.fields << text;
        }
        records << record;
    }
    return records;
}

} // namespace Stridewise::Csv
