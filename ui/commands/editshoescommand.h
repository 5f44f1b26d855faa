#pragma once

#include "core/model/shoe.h"

#include <QList>
#include <QUndoCommand>

namespace Stridewise {

class PlanDocument;

/**
 * Edit ▸ Shoes… saved (issue 12): redo makes the shoe table the edited list, undo the list before, each one
 * transaction through ShoeRepository::replaceAll. If the store refuses, the command becomes obsolete and the
 * window says "Not saved: …"; nothing changed.
 */
class EditShoesCommand : public QUndoCommand
{
public:
    EditShoesCommand(PlanDocument &document, QList<Shoe> before, QList<Shoe> after);

    void redo() override;
    void undo() override;

private:
    void apply(const QList<Shoe> &shoes, const QString &message);

    PlanDocument &m_document;
    QList<Shoe> m_before;
    QList<Shoe> m_after;
};

} // namespace Stridewise
