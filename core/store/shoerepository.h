#pragma once

#include "core/load/distancestats.h"
#include "core/model/shoe.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Stridewise {

class Database;

/** How far a shoe has run: done runs ticked with it and the distance they recorded. */
struct ShoeUsage
{
    qint64 shoeId = 0;
    double meters = 0; ///< sum of the recorded distances
    int runs = 0; ///< done runs in this shoe
    int runsWithoutDistance = 0; ///< of those, runs ticked by hand without a distance
    bool operator==(const ShoeUsage &) const = default;
};

/** The runner's shoes, the default shoe, and the shoe of each done run (issue 12). */
class ShoeRepository
{
public:
    explicit ShoeRepository(Database &db)
        : m_db(db)
    {
    }

    /** Every shoe, those in use first, then by name. */
    Result<QList<Shoe>> shoes() const;
    Result<std::optional<Shoe>> shoe(qint64 id) const;
    /** The shoe with that name (case-insensitive), nullopt when none. */
    Result<std::optional<Shoe>> findByName(const QString &name) const;
    Result<std::optional<Shoe>> defaultShoe() const;

    /** Adds a shoe; the first shoe, or one marked isDefault, becomes the default. Conflict if the name is taken. */
    Result<Shoe> add(const Shoe &shoe);
    /** Saves name, comfort, date started and retirement distance. NotFound, Conflict (name taken) or Invalid. */
    Result<void> update(const Shoe &shoe);
    /** Marks a shoe retired from `date`; a retired shoe is no longer the default. */
    Result<void> retire(qint64 id, QDate date);
    /** Makes a shoe in use the default (Conflict for a retired one). */
    Result<void> setDefault(qint64 id);

    /**
     * Sets (or clears, with nullopt) the shoe of a done session. NotFound without such a done session,
     * Conflict when the session is not a run.
     */
    Result<void> setShoeOfSession(qint64 sessionId, std::optional<qint64> shoeId);

    /** Kilometres and runs per shoe (shoes never used are absent). */
    Result<QList<ShoeUsage>> usage() const;
    /** Done runs with a shoe dated from..to, oldest first. */
    Result<QList<ShoeRun>> runs(QDate from, QDate to) const;

private:
    Database &m_db;
};

} // namespace Stridewise
