#include "core/io/gpxreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// libFuzzer entry point: any bytes must give activities or a message, never a crash, hang or sanitizer report.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto result = Stridewise::GpxReader().read(bytes);
    if (!result.ok() && result.message().isEmpty())
        __builtin_trap(); // every refusal must say what is wrong
    return 0;
}
