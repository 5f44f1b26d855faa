#pragma once

#include <QString>

#include <optional>

namespace Stridewise {

/** What the runner recorded for a planned session: done (minutes, effort, pain after) or skipped with a reason. */
struct Completion
{
    qint64 sessionId = 0;
    bool skipped = false;
    int minutes = 0; ///< actual minutes, > 0 when done
    int rpe = 0; ///< effort 0–10 (Borg CR-10) when done
    std::optional<int> pain; ///< back pain after, 0–10, when given
    QString note; ///< the runner's note, or the reason for skipping
    bool operator==(const Completion &) const = default;
};

} // namespace Stridewise
