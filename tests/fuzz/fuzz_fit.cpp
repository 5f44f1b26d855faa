#include "core/io/fitreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

/**
 * The input with its first file's data size and CRCs made to fit, so that mutations reach the decoder instead of
 * stopping at the CRC check (the fuzzer would almost never guess a CRC).
 */
QByteArray withValidFrame(const QByteArray &in)
{
    QByteArray out = in;
    const int headerSize = out.isEmpty() ? 0 : quint8(out.at(0));
    if ((headerSize != 12 && headerSize != 14) || out.size() < headerSize + 2)
        return out;
    const quint32 dataSize = quint32(out.size() - headerSize - 2);
    for (int i = 0; i < 4; ++i)
        out[4 + i] = char((dataSize >> (8 * i)) & 0xFF);
    out.replace(8, 4, QByteArrayLiteral(".FIT"));
    if (headerSize == 14) {
        const quint16 headerCrc = Stridewise::FitReader::crc(out.constData(), 12);
        out[12] = char(headerCrc & 0xFF);
        out[13] = char(headerCrc >> 8);
    }
    const quint16 fileCrc = Stridewise::FitReader::crc(out.constData(), out.size() - 2);
    out[out.size() - 2] = char(fileCrc & 0xFF);
    out[out.size() - 1] = char(fileCrc >> 8);
    return out;
}

} // namespace

// libFuzzer entry point: any bytes must give activities or a message, never a crash, hang or sanitizer report.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &input : { bytes, withValidFrame(bytes) }) {
        auto result = Stridewise::FitReader().read(input);
        if (!result.ok() && result.message().isEmpty())
            __builtin_trap(); // every refusal must say what is wrong
    }
    return 0;
}
