#include "ui/document/shoeactions.h"

#include "core/model/units.h"
#include "core/service/shoereport.h"
#include "ui/commands/editshoescommand.h"
#include "ui/document/plandocument.h"
#include "ui/log/shoesdialog.h"
#include "ui/shell/settings.h"

#include <QAction>

namespace Stridewise {

ShoeActions::ShoeActions(PlanDocument &document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    m_shoes = new QAction(tr("S&hoes…"), this);
    m_shoes->setObjectName(QStringLiteral("shoesAction"));
    m_shoes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_shoes->setStatusTip(tr("Your shoes: comfort as you rate it, kilometres run, and back pain the day after"));
    connect(m_shoes, &QAction::triggered, this, &ShoeActions::editShoes);

    m_miles = new QAction(tr("Distances in &Miles"), this);
    m_miles->setObjectName(QStringLiteral("milesAction"));
    m_miles->setCheckable(true);
    m_miles->setChecked(Settings::distanceUnit() == DistanceUnit::Miles);
    m_miles->setStatusTip(tr("Show distances and pace in miles instead of kilometres"));
    connect(m_miles, &QAction::toggled, this, [](bool miles) {
        const QString unit = Units::name(miles ? DistanceUnit::Miles : DistanceUnit::Kilometres);
        if (Settings::value(Settings::Key::Units).toString() != unit)
            Settings::setValue(Settings::Key::Units, unit);
    });
    connect(&Settings::instance(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::Units)
            m_miles->setChecked(Settings::distanceUnit() == DistanceUnit::Miles);
    });
    for (auto signal : { &PlanDocument::databaseReplaced, &PlanDocument::weekChanged })
        connect(&m_document, signal, this, &ShoeActions::updateActions);
    updateActions();
}

void ShoeActions::updateActions()
{
    m_shoes->setEnabled(m_document.isEditable());
}

void ShoeActions::editShoes()
{
    if (!m_document.isEditable())
        return;
    auto facts = buildShoeReport(m_document.database(), m_document.today());
    if (!facts) {
        m_document.reportFailure(facts.error());
        return;
    }
    auto *dialog = new ShoesDialog(*facts, m_document.today(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->shoes() != dialog->original())
            m_document.undoStack()->push(new EditShoesCommand(m_document, dialog->original(), dialog->shoes()));
    });
    dialog->open();
}

} // namespace Stridewise
