#pragma once

#include "core/model/profile.h"
#include "core/result.h"

#include <optional>

namespace Stridewise {

class Database;

/** The runner's profile: one row. */
class ProfileRepository
{
public:
    explicit ProfileRepository(Database &db)
        : m_db(db)
    {
    }

    /** The saved profile, or nullopt before the first run's wizard has saved one. */
    Result<std::optional<Profile>> load() const;
    /** Validates, then saves in one transaction. */
    Result<void> save(const Profile &profile);

private:
    Database &m_db;
};

} // namespace Stridewise
