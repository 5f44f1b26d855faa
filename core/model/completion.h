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
    std::optional<double> distanceMeters = std::nullopt; ///< recorded distance (an imported activity), when known
    std::optional<qint64> shoeId = std::nullopt; ///< the shoe a run was done in
    QString shoeName = {}; ///< that shoe's name, as read from the store (not written)
    /**
     * Imported, and the runner has not yet given effort and pain after: rpe holds the planned effort, which
     * counts for load until they do (issue 12, the "needs your effort" marker).
     */
    bool needsEffort = false;
    bool operator==(const Completion &) const = default;
};

} // namespace Stridewise
