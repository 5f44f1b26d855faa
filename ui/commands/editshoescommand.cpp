#include "ui/commands/editshoescommand.h"

#include "core/store/shoerepository.h"
#include "ui/document/plandocument.h"

#include <QCoreApplication>

namespace Stridewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Stridewise::Commands", text);
}
} // namespace

EditShoesCommand::EditShoesCommand(PlanDocument &document, QList<Shoe> before, QList<Shoe> after)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit shoes"));
}

void EditShoesCommand::redo()
{
    apply(m_after, tr("Saved: your shoes."));
}

void EditShoesCommand::undo()
{
    apply(m_before, tr("Undone: the shoe edit."));
}

void EditShoesCommand::apply(const QList<Shoe> &shoes, const QString &message)
{
    const Result<void> saved = ShoeRepository(m_document.database()).replaceAll(shoes);
    if (!saved) {
        setObsolete(true);
        m_document.reportFailure(saved.error());
        return;
    }
    // Done runs show their shoe's name: read the week again.
    m_document.reload();
    m_document.reportSaved(message);
}

} // namespace Stridewise
