#include "ui/mainwindow.h"

#include "core/model/isoweek.h"
#include "core/store/database.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace Stridewise {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stridewise"));
    auto *label = new QLabel(tr("This week: %1").arg(IsoWeek::name(QDate::currentDate())), this);
    label->setObjectName(QStringLiteral("weekLabel"));
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    statusBar()->showMessage(tr("Data file: %1").arg(QDir::toNativeSeparators(m_db->path())));
}

MainWindow::~MainWindow() = default;

} // namespace Stridewise
