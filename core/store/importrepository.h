#pragma once

#include "core/model/completion.h"
#include "core/model/enums.h"
#include "core/model/plannedsession.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Stridewise {

class Database;

/** One activity imported from a file, as remembered so that importing it again changes nothing. */
struct ImportRecord
{
    QString fingerprint; ///< activity + start + duration (Importer::fingerprint)
    QString fileHash; ///< SHA-256 of the whole file, hex
    QString fileName;
    Activity activity = Activity::Run;
    QString sport; ///< as the file named it
    QDateTime start; ///< UTC
    double movingSeconds = 0;
    double elapsedSeconds = 0;
    std::optional<double> distanceMeters;
    std::optional<int> averageHeartRate;
    qint64 sessionId = 0; ///< the session it ticked or added; 0 once that session was deleted
    bool matched = false; ///< ticked a planned session (else added an unplanned one)
    bool operator==(const ImportRecord &) const = default;
};

/**
 * The store side of importing activities (issue 12). Reads work anywhere; every write must run inside a
 * Transaction the caller holds, so that one file is one transaction (Importer).
 */
class ImportRepository
{
public:
    explicit ImportRepository(Database &db)
        : m_db(db)
    {
    }

    /** Whether any activity was imported from a file with this hash. */
    Result<bool> hasFile(const QString &fileHash) const;
    Result<std::optional<ImportRecord>> byFingerprint(const QString &fingerprint) const;
    /** Sessions of that date and activity with no record yet (neither done nor skipped), in the day's order. */
    Result<QList<PlannedSession>> openSessions(QDate date, Activity activity) const;

    /** Records a session as done; Conflict when it already has a record. Inside a Transaction. */
    Result<void> insertCompletion(const Completion &completion);
    /** Adds a session, with its completion, to its week (creating the week row). Inside a Transaction. */
    Result<qint64> insertSession(const PlannedSession &session);
    /** Remembers an imported activity. Inside a Transaction. */
    Result<void> insertRecord(const ImportRecord &record);

    /** Undoing an import, inside a Transaction: forgets the activity and removes what it ticked or added. */
    Result<void> removeImport(const ImportRecord &record);

private:
    Database &m_db;
};

} // namespace Stridewise
