#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Stridewise {

/**
 * A pair of running shoes. Comfort is the runner's own rating, 1–5: a review proposes choosing shoes by comfort,
 * as a hypothesis not yet tested (Nigg 2015, expert opinion; ../shared/EVIDENCE.md "Shoes"). The 700 km retirement
 * default is our own rule of thumb, not evidence.
 */
struct Shoe
{
    static constexpr int kDefaultRetireKm = 700;
    static constexpr int kMaxRetireKm = 5000;
    static constexpr int kMinComfort = 1;
    static constexpr int kMaxComfort = 5;
    static constexpr int kMaxNameLength = 80;

    qint64 id = 0; ///< 0 until saved
    QString name = {};
    std::optional<int> comfort = std::nullopt; ///< 1–5 as the runner rates it; not rated when empty
    QDate started = {}; ///< first run in them; invalid when not known
    int retireKm = kDefaultRetireKm;
    QDate retired = {}; ///< invalid while still in use
    bool isDefault = false; ///< the shoe imported and ticked runs get

    bool isRetired() const { return retired.isValid(); }
    bool operator==(const Shoe &) const = default;
};

/** Name 1–80 characters, comfort 1–5, retire at 1–5000 km; an Invalid error naming the value otherwise. */
Result<void> validateShoe(const Shoe &shoe);

} // namespace Stridewise
