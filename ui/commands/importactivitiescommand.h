#pragma once

#include "core/model/enums.h"
#include "core/service/importer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace Stridewise {

class PlanDocument;

/** One file to import, read into memory so that redo imports exactly the same bytes again. */
struct ImportFile
{
    QString path; ///< where it was read from (names it in messages and in what is remembered)
    QByteArray data;
    std::optional<Activity> activity; ///< what the runner said a recording of an unknown sport was
    bool fromFolder = false; ///< found in a folder: a file without an activity is skipped quietly
};

/**
 * One import (File ▸ Import Activities…, a drop, or what turned up in the watched folder) as one undo step
 * (issue 12). redo() imports every file through core's Importer, each file in its own transaction, and tells the
 * document which sessions it ticked or added; undo() takes the whole import back with Importer::undo, so the
 * files can be imported again. An import that imported nothing (every file already known, or refused) leaves no
 * step behind: it is obsolete after its first redo, and report() still says what happened.
 */
class ImportActivitiesCommand : public QUndoCommand
{
public:
    /** firstReport, when given, gets what the first redo() did (the stack deletes a command that imported nothing). */
    ImportActivitiesCommand(PlanDocument &document,
        QList<ImportFile> files,
        const ImportOptions &options,
        ImportReport *firstReport = nullptr);

    void redo() override;
    void undo() override;

    /** What the last redo() did. */
    const ImportReport &report() const { return m_report; }

private:
    void refreshSessions();

    PlanDocument &m_document;
    QList<ImportFile> m_files;
    ImportOptions m_options;
    ImportReport m_report;
    ImportReport *m_firstReport = nullptr;
    bool m_firstRedo = true;
};

} // namespace Stridewise
