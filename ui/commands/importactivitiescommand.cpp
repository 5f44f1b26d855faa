#include "ui/commands/importactivitiescommand.h"

#include "ui/document/plandocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Stridewise {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Stridewise::Commands", text, nullptr, n);
}
} // namespace

ImportActivitiesCommand::ImportActivitiesCommand(
    PlanDocument &document, QList<ImportFile> files, const ImportOptions &options, ImportReport *firstReport)
    : m_document(document)
    , m_files(std::move(files))
    , m_options(options)
    , m_firstReport(firstReport)
{
    setText(m_files.size() == 1 ? tr("Import %1").arg(QFileInfo(m_files.first().path).fileName())
                                : tr("Import %n files", int(m_files.size())));
}

void ImportActivitiesCommand::redo()
{
    Importer importer(m_document.database());
    ImportReport report;
    QList<ImportFile> imported;
    for (const ImportFile &file : std::as_const(m_files)) {
        ImportOptions options = m_options;
        options.activity = file.activity;
        options.fromFolder = file.fromFolder;
        const ImportReport one = importer.importData(file.path, file.data, options);
        if (!one.imported.isEmpty())
            imported << file;
        report.append(one);
    }
    m_report = report;
    refreshSessions();
    if (m_firstRedo) {
        m_firstRedo = false;
        if (m_firstReport)
            *m_firstReport = report;
        m_firstReport = nullptr;
        // Only the files that imported something need their bytes for a redo; a step that imported nothing is none.
        m_files = imported;
        if (report.imported.isEmpty()) {
            setObsolete(true);
            return;
        }
        setText(report.imported.size() == 1 ? tr("Import 1 activity")
                                            : tr("Import %n activities", int(report.imported.size())));
        m_document.reportSaved(report.summary());
        return;
    }
    m_document.reportSaved(tr("Redone: %1").arg(report.summary()));
}

void ImportActivitiesCommand::undo()
{
    const Result<void> undone = Importer(m_document.database()).undo(m_report);
    if (!undone) {
        // Nothing was taken back (one transaction): the step stays as it was, and cannot be tried again.
        setObsolete(true);
        m_document.reportFailure(undone.error());
        return;
    }
    refreshSessions();
    m_document.reportSaved(tr("Undone: %1").arg(text()));
}

void ImportActivitiesCommand::refreshSessions()
{
    QSet<qint64> seen;
    for (const ImportedItem &item : std::as_const(m_report.imported)) {
        if (item.sessionId != 0 && !seen.contains(item.sessionId)) {
            seen.insert(item.sessionId);
            m_document.refreshSession(item.sessionId);
        }
    }
}

} // namespace Stridewise
